/* wk-export.h: the network as an SVG, PNG or PDF file, with title, date and legend
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-network.h"
#include "wk-renderer.h"

G_BEGIN_DECLS

#define WK_EXPORT_ERROR (wk_export_error_quark ())

typedef enum {
  WK_EXPORT_ERROR_NO_LAYOUT,   /* visible nodes have no position: lay the network out first */
  WK_EXPORT_ERROR_WRITE,       /* the file cannot be written */
  WK_EXPORT_ERROR_TOO_LARGE,   /* more pixels than an image can have */
  WK_EXPORT_ERROR_FAILED,      /* drawing failed (cairo) */
} WkExportError;

typedef enum {
  WK_EXPORT_SVG,
  WK_EXPORT_PNG,
  WK_EXPORT_PDF,
} WkExportFormat;

typedef enum {
  WK_PAPER_A4,
  WK_PAPER_A3,
  WK_PAPER_A2,
  WK_PAPER_A1,
  WK_PAPER_A0,
} WkPaperSize;

typedef enum {
  WK_ORIENTATION_LANDSCAPE,
  WK_ORIENTATION_PORTRAIT,
} WkOrientation;

typedef struct {
  WkExportFormat  format;
  const char     *title;               /* the wijk's name; NULL or "" for none */
  const char     *date;                /* YYYY-MM-DD; NULL for today. Written as 23-11-2026 */
  gboolean        hide_personal_data;  /* TRUE by default; hidden as well when the render
                                          options hide it */
  gboolean        legend;              /* TRUE by default */
  /* PNG: a width in pixels, or else a resolution (one point of the drawing
   * is 1/72 inch) */
  int             png_width;           /* 0: use dpi */
  double          dpi;                 /* 150 by default */
  /* PDF: one page, the diagram fitted inside the margins */
  WkPaperSize     paper;               /* A4 by default */
  WkOrientation   orientation;         /* landscape by default */
} WkExportOptions;

GQuark    wk_export_error_quark    (void);
void      wk_export_options_init   (WkExportOptions        *options);
gboolean  wk_export_format_for_path (const char            *path,
                                     WkExportFormat        *format);
gboolean  wk_export_network        (WkNetwork              *network,
                                    const WkRenderOptions  *render_options,
                                    const WkExportOptions  *options,
                                    const char             *path,
                                    GError                **error);
GBytes   *wk_export_network_to_bytes (WkNetwork             *network,
                                      const WkRenderOptions *render_options,
                                      const WkExportOptions *options,
                                      GError               **error);

G_END_DECLS

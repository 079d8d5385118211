/* wk-map-export.h: the community map as a PNG or PDF, with title, date, legend and attribution
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-export.h"
#include "wk-map-renderer.h"

G_BEGIN_DECLS

/* Draws the base map (image or tiles) filling @width × @height from the origin. */
typedef void (*WkMapBackgroundFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  user_data);

GBytes    *wk_map_export_to_bytes  (WkMapRenderer        *renderer,
                                    WkExportFormat        format,
                                    WkPaperSize           paper,
                                    WkOrientation         orientation,
                                    double                width_px,
                                    double                height_px,
                                    WkMapBackgroundFunc   background,
                                    gpointer              background_data,
                                    const WkMapMark      *marks,
                                    guint                 n_marks,
                                    const guint          *pairs,
                                    const int            *strengths,
                                    guint                 n_links,
                                    const guint          *counts,
                                    const char           *title,
                                    const char           *date_line,
                                    const char           *attribution,
                                    GError              **error);
gboolean   wk_map_export           (WkMapRenderer        *renderer,
                                    const char           *path,
                                    WkExportFormat        format,
                                    WkPaperSize           paper,
                                    WkOrientation         orientation,
                                    double                width_px,
                                    double                height_px,
                                    WkMapBackgroundFunc   background,
                                    gpointer              background_data,
                                    const WkMapMark      *marks,
                                    guint                 n_marks,
                                    const guint          *pairs,
                                    const int            *strengths,
                                    guint                 n_links,
                                    const guint          *counts,
                                    const char           *title,
                                    const char           *date_line,
                                    const char           *attribution,
                                    GError              **error);

G_END_DECLS

/* wk-map-renderer.h: draws the pins of the community map with cairo, for the map view and its exports
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "wk-palette.h"

G_BEGIN_DECLS

typedef struct {
  double      red;      /* 0–1 */
  double      green;
  double      blue;
  const char *label;    /* for the legend */
  const char *symbol;   /* drawn white inside the pin: an emoji or one or two letters; may be NULL */
} WkMapCategory;

typedef enum {
  WK_MAP_MARK_SELECTED     = 1 << 0,   /* bigger, with a ring, on top */
  WK_MAP_MARK_DIMMED       = 1 << 1,   /* 30 % opaque: filtered out but still there */
  WK_MAP_MARK_DRAFT        = 1 << 2,   /* not saved yet: an outlined pin */
  WK_MAP_MARK_STREET_LEVEL = 1 << 3,   /* a person: a soft circle around a street-level
                                          spot (wk-map-privacy.h), never a pin on a house */
  WK_MAP_MARK_HOVER        = 1 << 4,   /* a little bigger, on top */
} WkMapMarkFlags;

#define WK_MAP_NO_CATEGORY G_MAXUINT

typedef struct {
  double      x;          /* where the pin's tip is, in the user units of the cairo_t */
  double      y;
  guint       category;   /* index into the categories; WK_MAP_NO_CATEGORY (or any
                             index past them): a grey pin without a symbol */
  const char *label;      /* may be NULL */
  guint       flags;      /* WkMapMarkFlags */
} WkMapMark;

#define WK_MAP_PIN_HEIGHT  32.   /* user units at scale 1 */
#define WK_MAP_MAX_LABELS  300   /* per frame; more would be unreadable anyway */

#define WK_TYPE_MAP_RENDERER (wk_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (WkMapRenderer, wk_map_renderer, WK, MAP_RENDERER, GObject)

WkMapRenderer  *wk_map_renderer_new               (void);
void            wk_map_renderer_set_categories    (WkMapRenderer       *self,
                                                   const WkMapCategory *categories,
                                                   guint                n_categories);
guint           wk_map_renderer_get_n_categories  (WkMapRenderer       *self);
void            wk_map_renderer_set_scale         (WkMapRenderer       *self,
                                                   double               scale);
double          wk_map_renderer_get_scale         (WkMapRenderer       *self);
void            wk_map_renderer_set_pixel_ratio   (WkMapRenderer       *self,
                                                   double               ratio);
void            wk_map_renderer_set_palette       (WkMapRenderer       *self,
                                                   WkPaletteKind        palette);
WkPaletteKind   wk_map_renderer_get_palette       (WkMapRenderer       *self);

void            wk_map_renderer_draw_marks        (WkMapRenderer       *self,
                                                   cairo_t             *cr,
                                                   const WkMapMark     *marks,
                                                   guint                n_marks,
                                                   gboolean             labels);
void            wk_map_renderer_draw_links        (WkMapRenderer       *self,
                                                   cairo_t             *cr,
                                                   const WkMapMark     *marks,
                                                   guint                n_marks,
                                                   const guint         *pairs,
                                                   const int           *strengths,
                                                   guint                n_links);
int             wk_map_renderer_hit               (WkMapRenderer       *self,
                                                   const WkMapMark     *marks,
                                                   guint                n_marks,
                                                   double               x,
                                                   double               y);
void            wk_map_renderer_draw_legend       (WkMapRenderer       *self,
                                                   cairo_t             *cr,
                                                   double               x,
                                                   double               y,
                                                   const guint         *counts,
                                                   const char          *title,
                                                   double              *width,
                                                   double              *height);
void            wk_map_renderer_draw_attribution  (WkMapRenderer       *self,
                                                   cairo_t             *cr,
                                                   double               width,
                                                   double               height,
                                                   const char          *text);

G_END_DECLS

/* wk-map-renderer-private.h: what the map's legend and exports share with its renderer
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <pango/pango.h>

#include "wk-map-renderer.h"
#include "wk-palette.h"

G_BEGIN_DECLS

/* a pin's sprite: one per category and look, drawn once per scale */
typedef enum {
  PIN_PLAIN,
  PIN_SELECTED = 1 << 0,
  PIN_HOVER    = 1 << 1,
  PIN_DRAFT    = 1 << 2,
  PIN_STREET   = 8,          /* the soft circle of a street-level mark */
  N_PIN_LOOKS,
} PinLook;

typedef struct {
  cairo_surface_t *surface;
  cairo_pattern_t *pattern;
  double           anchor_x;   /* the tip (a circle's centre) in the sprite's pixels */
  double           anchor_y;
} WkMapSprite;

/* Where sprites go: a cairo_t without transformation, @scale pixels to its
 * unit, whose pixel (0, 0) is pixel (@off_x, @off_y) of the frame; the marks'
 * user units become the frame's pixels by @m and @ppd. */
typedef struct {
  cairo_t              *cr;
  double                scale;
  double                off_x;
  double                off_y;
  const cairo_matrix_t *m;
  double                ppd;
} WkMapBlit;

typedef struct {
  WkColor      color;
  char        *label;
  char        *symbol;
  PangoLayout *symbol_layout;   /* NULL without a symbol */
} WkMapCategoryData;

struct _WkMapRenderer
{
  GObject             parent_instance;

  WkMapCategoryData  *categories;   /* n_categories + 1: the last is "none" */
  guint               n_categories;
  double              scale;
  double              pixel_ratio;
  WkPaletteKind       palette;      /* of the labels and panels; the pins keep their colours */
  PangoContext       *context;
  WkMapSprite        *sprites;      /* (n_categories + 1) × N_PIN_LOOKS, made when first drawn */
  double              sprite_ppu;   /* pixels per user unit they were drawn at */
  GHashTable         *labels;       /* label text → its layout and sprite */
};

#define WK_MAP_HEAD_RADIUS    11.5   /* of a pin WK_MAP_PIN_HEIGHT tall */
#define WK_MAP_SHADOW_RY      2.6    /* how far the shadow reaches under the tip */
#define WK_MAP_STREET_RADIUS  40.
#define WK_MAP_STREET_DOT     4.
#define WK_MAP_DIM_ALPHA      .3
#define WK_MAP_SYMBOL_SIZE    13.
#define WK_MAP_SELECTED_SIZE  1.3
#define WK_MAP_HOVER_SIZE     1.15
#define WK_MAP_RING_WIDTH     2.5
#define WK_MAP_RING_REACH     5.5    /* past the head: the ring and its white halo */

static inline double
_wk_map_look_size (PinLook look)
{
  if (look == PIN_STREET)
    return 1.;
  if (look & PIN_SELECTED)
    return WK_MAP_SELECTED_SIZE;
  if (look & PIN_HOVER)
    return WK_MAP_HOVER_SIZE;
  return 1.;
}

static inline PinLook
_wk_map_mark_look (const WkMapMark *mark)
{
  PinLook look = PIN_PLAIN;

  if (mark->flags & WK_MAP_MARK_STREET_LEVEL)
    return PIN_STREET;
  if (mark->flags & WK_MAP_MARK_SELECTED)
    look |= PIN_SELECTED;
  if (mark->flags & WK_MAP_MARK_HOVER)
    look |= PIN_HOVER;
  if (mark->flags & WK_MAP_MARK_DRAFT)
    look |= PIN_DRAFT;
  return look;
}

/* 0: street-level circles, 1: pins, 2: selected and hovered on top */
static inline guint
_wk_map_mark_pass (const WkMapMark *mark)
{
  if (mark->flags & (WK_MAP_MARK_SELECTED | WK_MAP_MARK_HOVER))
    return 2;
  if (mark->flags & WK_MAP_MARK_STREET_LEVEL)
    return 0;
  return 1;
}

/* behind labels and on panels over the map: never see-through enough to
 * make the text hard to read, whatever the map under it */
static inline WkColor
_wk_map_backdrop (const WkMapRenderer *self)
{
  WkColor color = wk_palette_get_scheme (self->palette)->label_backdrop;

  color.alpha = MAX (color.alpha, .85);
  return color;
}

/* wk-map-renderer.c */
PangoLayout  *_wk_map_renderer_new_layout     (WkMapRenderer       *self,
                                               const char          *text,
                                               double               size,
                                               gboolean             bold);
void          _wk_map_renderer_copy_style     (WkMapRenderer       *self,
                                               WkMapRenderer       *from);
void          _wk_map_renderer_clear_sprites  (WkMapRenderer       *self);
void          _wk_map_sprite_clear            (WkMapSprite         *sprite);
void          _wk_map_blit_sprite             (const WkMapBlit     *blit,
                                               WkMapSprite         *sprite,
                                               double               x,
                                               double               y,
                                               double               alpha);

/* wk-map-renderer-pin.c */
void          _wk_map_renderer_paint_pin      (WkMapRenderer       *self,
                                               cairo_t             *cr,
                                               guint                category,
                                               PinLook              look,
                                               double               size);
void          _wk_map_renderer_ensure_sprites (WkMapRenderer       *self,
                                               double               ppu);
WkMapSprite  *_wk_map_renderer_get_sprite     (WkMapRenderer       *self,
                                               guint                category,
                                               PinLook              look);
gboolean      _wk_map_renderer_contains       (WkMapRenderer       *self,
                                               const WkMapMark     *mark,
                                               double               x,
                                               double               y);

/* wk-map-renderer-labels.c */
void          _wk_map_labels_free             (gpointer             data);
double        _wk_map_labels_reach            (void);
void          _wk_map_renderer_draw_labels    (WkMapRenderer       *self,
                                               cairo_t             *cr,
                                               const WkMapBlit     *blit,
                                               const WkMapMark     *marks,
                                               guint                n_marks,
                                               double               x1,
                                               double               y1,
                                               double               x2,
                                               double               y2);

G_END_DECLS

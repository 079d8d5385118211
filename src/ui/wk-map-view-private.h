/* wk-map-view-private.h: what the map view's files share: its fields, signals and drawing steps
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-map-view.h"

G_BEGIN_DECLS

typedef struct
{
  WkPin  *pin;        /* borrowed: the list holds it */
  guint   category;   /* index into the renderer's categories */
  char   *label;
  double  a;          /* x (0–1) or latitude; at street level when hidden */
  double  b;          /* y (0–1) or longitude */
  guint   flags;
  gint64  actor_id;
} Entry;

struct _WkMapView
{
  GtkWidget         parent_instance;

  WkStore          *store;
  WkWijk           *wijk;
  GListModel       *pins;
  GListModel       *categories;
  GHashTable       *category_index;   /* id → index + 1 */
  WkMapRenderer    *renderer;
  GArray           *entries;          /* Entry, the pins shown */
  gboolean          entries_dirty;
  GArray           *marks;            /* WkMapMark, one per entry, projected per frame */
  guint            *counts;           /* per category, of the pins shown */
  guint             n_categories;
  GArray           *link_pairs;       /* guint pairs of entry indices */
  GArray           *link_strengths;   /* int */

  /* an image base map */
  WkMapImage       *image;
  cairo_surface_t  *base_surface;     /* the image as it was in view: */
  double            base_scale;       /* at this scale */
  double            base_ox, base_oy; /* and this place */
  int               base_width, base_height;
  guint             base_settle_id;
  double            scale;            /* widget px per image px */
  double            ox, oy;           /* where the image's top left is */
  gboolean          fit_pending;
  gboolean          place_pending;    /* set_place before the view had a size: */
  double            pending_x, pending_y, pending_zoom;

  /* a web map */
  GtkWidget        *simple_map;
  ShumateViewport  *viewport;
  char             *attribution;

  gboolean          placing;
  gboolean          hide_personal_data;
  gboolean          veil;             /* a dark palette: the base map is darkened */
  gboolean          show_network;
  WkMapPinFilter    filter;
  gpointer          filter_data;
  gboolean          has_draft;
  WkPinSpot         draft;
  gint64            draft_category;

  int               hover;            /* entry under the pointer, or -1 */
  int               drag_entry;       /* entry pressed on, or -1 */
  gboolean          dragging;
  gboolean          panning;
  double            press_x, press_y;
  double            grab_dx, grab_dy;  /* from where a pin was grabbed to its tip */
  double            drag_dx, drag_dy;
  double            pan_ox, pan_oy;
};

enum {
  PIN_ACTIVATED,
  PIN_DRAGGED,
  PLACE_CHOSEN,
  VIEW_CHANGED,
  _WK_MAP_VIEW_N_SIGNALS
};

extern guint _wk_map_view_signals[_WK_MAP_VIEW_N_SIGNALS];

/* wk-map-view.c */
void _wk_map_view_project_marks  (WkMapView *self);
void _wk_map_view_invalidate     (WkMapView *self);

/* wk-map-view-base.c: the image base map, and the base map in exports */
void _wk_map_view_clamp_image    (WkMapView *self);
void _wk_map_view_zoom_image_at  (WkMapView *self,
                                  double     factor,
                                  double     x,
                                  double     y);
void _wk_map_view_paint_base     (WkMapView *self,
                                  cairo_t   *cr,
                                  int        width,
                                  int        height);

/* wk-map-view-input.c: the pointer and keys */
void _wk_map_view_init_input     (WkMapView *self);

G_END_DECLS

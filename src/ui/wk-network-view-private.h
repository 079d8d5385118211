/* wk-network-view-private.h: what the network view's files share: its fields and drawing
 * SPDX-License-Identifier: EUPL-1.2
 *
 * wk-network-view.c has the input, the content and the widget;
 * wk-network-view-draw.c its drawing, kept in render nodes from frame to
 * frame; wk-network-view-place.c the view transform: fitting the network
 * in, zoom, and a place kept relative to the fit.
 */
#pragma once

#include "wk-network-view.h"

G_BEGIN_DECLS

#define MIN_SCALE 0.02
#define MAX_SCALE 8.0
#define CLICK_SLOP 4.0     /* pixels a press may move and still be a click */
#define FIT_MARGIN 24.0
#define LEGEND_MARGIN 12.0

struct _WkNetworkView
{
  GtkWidget        parent_instance;

  WkNetwork       *network;
  WkRenderer      *renderer;
  WkRenderOptions  options;
  gboolean        *visible;
  double          *metric;
  int             *communities;
  char            *relation_type;

  /* widget = drawing × scale + offset */
  double           scale;
  double           offset_x;
  double           offset_y;
  gboolean         needs_fit;
  gboolean         place_pending;   /* set_place() before the view had a size */
  double           pending_x, pending_y, pending_zoom;

  double           pointer_x;
  double           pointer_y;

  /* a drag: of a node, or of the background */
  int              drag_node;
  double           drag_start_x;    /* the node's drawing position, or the offset */
  double           drag_start_y;
  gboolean         dragged;

  double           zoom_start_scale;
  gboolean         fitted;          /* showing the whole network: fitted again as it changes */
  int              last_width;      /* the size the place was last kept at */
  int              last_height;
  gboolean         show_legend;

  /* presentation mode: a tour's highlight, which hover does not change */
  int              spotlight;
  guint8          *emphasis;
  double           label_size;      /* times the label scale that zoom gives */
  double           legend_scale;

  /* the drawing without hover, selection and the dragged node, and the
   * legend: nodes kept from frame to frame, so that GTK redraws only what
   * changed around them */
  cairo_surface_t *background;
  GskRenderNode   *background_node;
  GskRenderNode   *dimmed_node;     /* the same under the veil of a highlight */
  GskRenderNode   *legend_node;
  double           cached_scale;
  double           cached_x;
  double           cached_y;
  int              cached_width;
  int              cached_height;
  int              cached_foreground;
};

static inline guint
_wk_network_view_n_nodes (WkNetworkView *self)
{
  return self->network != NULL ? wk_network_get_n_nodes (self->network) : 0;
}

/* wk-network-view-draw.c */
void _wk_network_view_snapshot           (GtkWidget     *widget,
                                          GtkSnapshot   *snapshot);
void _wk_network_view_invalidate_drawing (WkNetworkView *self);

/* wk-network-view-place.c */
void _wk_network_view_size_allocate      (GtkWidget     *widget,
                                          int            width,
                                          int            height,
                                          int            baseline);
void _wk_network_view_to_drawing         (WkNetworkView *self,
                                          double         x,
                                          double         y,
                                          double        *dx,
                                          double        *dy);

G_END_DECLS

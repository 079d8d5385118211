/* wk-renderer.h: draws a network with cairo, for the network view and the exports
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "wk-network.h"
#include "wk-palette.h"

G_BEGIN_DECLS

/*
 * Drawing coordinates: Graphviz points with the y axis turned down, so that
 * text stands upright without the caller flipping the context:
 *
 *   x_drawing = node->x        y_drawing = -node->y
 *
 * The caller sets up the view (pan and zoom) as an ordinary cairo transform
 * from drawing coordinates to the surface; bounds, hit tests and the node
 * geometry below are all in drawing coordinates. When a node is dragged to
 * (x, y), store node->x = x, node->y = -y.
 */

typedef enum {
  WK_COMMUNITY_COLOR,   /* fill each node with its community's colour */
  WK_COMMUNITY_HULL,    /* a soft area behind each community; nodes keep their type colour */
} WkCommunityMode;

/* What to draw of the network, so a view can keep the drawing in a texture
 * and redraw only what hover and drag change:
 *
 *   cached:  BACKGROUND with foreground = the node being dragged (or -1)
 *   on top:  FOREGROUND with the same foreground, highlight and selection
 *
 * FOREGROUND veils what is under it when a node is highlighted, so that the
 * two together look the same as ALL. TOP is FOREGROUND without the veil, for
 * a view that paints the veil itself. */
typedef enum {
  WK_RENDER_LAYER_ALL,
  WK_RENDER_LAYER_BACKGROUND,   /* all but the foreground node, its relations and its
                                   label; no highlight, no selection */
  WK_RENDER_LAYER_FOREGROUND,   /* the foreground node with its relations and neighbours,
                                   the highlight, the selection */
  WK_RENDER_LAYER_TOP,          /* FOREGROUND without its veil, which the caller paints */
} WkRenderLayer;

/* Called with every text the drawing shows, as it was before it was wrapped
 * or shortened: node labels, legend entries, title and date. */
typedef void (*WkRenderTextFunc) (const char *text,
                                  gpointer    user_data);

typedef struct {
  gboolean          hide_personal_data;  /* persons by role or type, never by name */
  double            label_scale;         /* 1.0–3.0 */
  WkPaletteKind     palette;
  const gboolean   *visible;             /* per node; NULL: all. Edges only between visible nodes */
  int               min_strength;        /* edges at least this strong (0: all) */
  const char       *relation_type;       /* only edges of this type key; NULL: all */
  const double     *node_metric;         /* per node, ≥ 0 (betweenness); NULL: all the same size */
  const int        *communities;         /* per node, -1 for none; NULL: no communities */
  WkCommunityMode   community_mode;
  int               highlight;           /* node whose neighbourhood stands out (hover), or -1 */
  const guint8     *emphasis;            /* per node, when highlight is -1: 1 stands out with the
                                            relations among them, the rest is dimmed (a
                                            community in a tour); NULL: none */
  int               selected;            /* node drawn with a selection ring, or -1 */
  WkRenderLayer     layer;
  int               foreground;          /* for the layers: the node being dragged, or -1 */
  gboolean          show_labels;
  gboolean          declutter_labels;    /* leave out a label that would cover a more central
                                            node's; the highlight's labels are always drawn */
  double            min_label_pixels;    /* skip labels whose font is smaller on the surface
                                            than this many device units; 0 draws them always */
  WkRenderTextFunc  text_func;
  gpointer          text_data;
} WkRenderOptions;

typedef struct {
  double x;
  double y;
  double width;
  double height;
} WkRect;

void  wk_render_options_init  (WkRenderOptions *options);

#define WK_TYPE_RENDERER (wk_renderer_get_type ())
G_DECLARE_FINAL_TYPE (WkRenderer, wk_renderer, WK, RENDERER, GObject)

WkRenderer  *wk_renderer_new              (WkNetwork               *network);
WkNetwork   *wk_renderer_get_network      (WkRenderer              *self);
void         wk_renderer_invalidate       (WkRenderer              *self);

gboolean     wk_renderer_get_bounds       (WkRenderer              *self,
                                           const WkRenderOptions   *options,
                                           WkRect                  *bounds);
gboolean     wk_renderer_get_highlight_bounds (WkRenderer          *self,
                                           const WkRenderOptions   *options,
                                           WkRect                  *bounds);
void         wk_renderer_draw             (WkRenderer              *self,
                                           cairo_t                 *cr,
                                           const WkRenderOptions   *options);
int          wk_renderer_node_at          (WkRenderer              *self,
                                           const WkRenderOptions   *options,
                                           double                   x,
                                           double                   y);
double       wk_renderer_get_node_radius  (WkRenderer              *self,
                                           const WkRenderOptions   *options,
                                           guint                    index);
char        *wk_renderer_dup_node_text    (WkRenderer              *self,
                                           const WkRenderOptions   *options,
                                           guint                    index);

void         wk_renderer_measure_legend   (WkRenderer              *self,
                                           const WkRenderOptions   *options,
                                           double                   max_height,
                                           double                  *width,
                                           double                  *height);
void         wk_renderer_draw_legend      (WkRenderer              *self,
                                           cairo_t                 *cr,
                                           const WkRenderOptions   *options,
                                           double                   max_height);

G_END_DECLS

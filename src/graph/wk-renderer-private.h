/* wk-renderer-private.h: what the exports need of the renderer beyond its public API
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <pango/pango.h>

#include "wk-renderer.h"

G_BEGIN_DECLS

#define WK_FONT_FAMILY "Cantarell, sans-serif"

typedef enum {
  WK_TEXT_START,
  WK_TEXT_MIDDLE,
} WkTextAnchor;

/* Instead of glyphs: the SVG export writes each line as a <text> element.
 * Coordinates and size are in device units of the cairo_t drawn on. */
typedef struct {
  void (*group_begin) (const char *title, gpointer data);
  void (*line)        (const char *text, double x, double baseline, double size,
                       gboolean bold, WkTextAnchor anchor, const WkColor *color,
                       double alpha, gpointer data);
  void (*group_end)   (gpointer data);
  gpointer data;
} WkTextSink;

#define LABEL_SIZE        10.    /* points, before label_scale */
#define LABEL_MAX_WIDTH   110.   /* before label_scale */
#define LABEL_GAP         3.
#define LABEL_PAD         2.
#define NODE_RADIUS       10.
#define NODE_RADIUS_MIN   7.
#define NODE_RADIUS_MAX   24.
#define HULL_PAD          10.
#define SHAPE_EXTENT      1.25   /* the star's points reach furthest */

typedef struct {
  char        *source;   /* the text it was made from, before wrapping */
  char        *title;    /* the same, made fit to draw: the SVG's <title> */
  PangoLayout *layout;   /* at most two lines, centred, the last one shortened with … */
  double       width;
  double       height;
} WkLabel;

/* where a label goes: under its node unless that would cover another */
typedef enum {
  WK_LABEL_BELOW,
  WK_LABEL_ABOVE,
  WK_LABEL_RIGHT,
  WK_LABEL_LEFT,
  WK_N_LABEL_PLACES,
} WkLabelPlace;

struct _WkRenderer
{
  GObject       parent_instance;

  WkNetwork    *network;
  PangoContext *context;
  double        label_scale;   /* that the labels were laid out for */
  WkLabel      *labels;
  guint         n_labels;
  guint        *adjacency_start;   /* n_nodes + 1 offsets into adjacency */
  guint        *adjacency;
  guint        *edge_order;        /* edges sorted by how they are stroked */
  guint         n_edges;
  char        **aliases;           /* per node: a person's numbered text when others show
                                      the same with hide_personal_data, else NULL; made
                                      when first needed */
  WkTextSink    sink;
  gboolean      has_sink;
  /* where the last decluttered drawing put its labels, for a highlight
   * drawn over it: per node, whether shown, and where */
  guint8       *placed_shown;
  WkRect       *placed_rects;
  WkRect        placed_clip;
  double        placed_scale;
};

/* What one frame needs to know, worked out once per call. */
typedef struct {
  WkRenderer            *self;
  const WkRenderOptions *options;
  const WkScheme        *scheme;
  guint                  n_nodes;
  double                 metric_max;
  double                 device_scale;   /* drawing units to device pixels */
  guint8                *near;           /* highlight: 1 for the node and its neighbours */
  guint8                *focus;          /* foreground: 1 for the node and its neighbours */
} WkFrame;


gboolean     _wk_frame_init             (WkFrame               *f,
                                         WkRenderer            *self,
                                         const WkRenderOptions *options);
void         _wk_frame_clear            (WkFrame               *f);
gboolean     _wk_frame_is_visible       (const WkFrame         *f,
                                         guint                  i);
double       _wk_frame_node_radius      (const WkFrame         *f,
                                         guint                  i);
void         _wk_frame_node_rect        (const WkFrame         *f,
                                         guint                  i,
                                         WkRect                *rect);
WkLabel     *_wk_frame_get_label        (const WkFrame         *f,
                                         guint                  i);
void         _wk_frame_label_rect       (const WkFrame         *f,
                                         guint                  i,
                                         const WkLabel         *label,
                                         WkRect                *rect);
gboolean     _wk_frame_placed_label_rect (const WkFrame        *f,
                                         guint                  i,
                                         WkRect                *rect);
void         _wk_frame_label_rect_at    (const WkFrame         *f,
                                         guint                  i,
                                         const WkLabel         *label,
                                         WkLabelPlace           place,
                                         WkRect                *rect);
gboolean     _wk_frame_labels_shown     (const WkFrame         *f,
                                         cairo_t               *cr);
const char  *_wk_renderer_node_text     (WkRenderer            *self,
                                         const WkRenderOptions *options,
                                         guint                  i);
gboolean     _wk_rect_intersects        (const WkRect          *a,
                                         const WkRect          *b);
void         _wk_renderer_show_layout   (WkRenderer            *self,
                                         cairo_t               *cr,
                                         PangoLayout           *layout,
                                         const char            *title,
                                         double                 x,
                                         double                 y,
                                         double                 size,
                                         gboolean               bold,
                                         gboolean               centred,
                                         const WkColor         *color,
                                         double                 alpha);

/* drawing coordinates: y down */
static inline void
_wk_node_center (const WkNetworkNode *node,
                 double              *x,
                 double              *y)
{
  *x = node->x;
  *y = -node->y;
}

void  _wk_renderer_set_text_sink  (WkRenderer            *self,
                                   const WkTextSink      *sink);

/* One paragraph of text with its top left corner at (@x, @y) in user
 * coordinates; @cr may be %NULL to only measure it. */
void  _wk_renderer_draw_text      (WkRenderer            *self,
                                   cairo_t               *cr,
                                   const WkRenderOptions *options,
                                   const char            *text,
                                   double                 x,
                                   double                 y,
                                   double                 size,
                                   gboolean               bold,
                                   const WkColor         *color,
                                   double                *width,
                                   double                *height);

char *_wk_sanitize_text           (const char            *text);

/* wk-renderer-aliases.c */
void  _wk_renderer_clear_aliases  (WkRenderer            *self);

G_END_DECLS

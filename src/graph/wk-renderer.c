/* wk-renderer.c: draws a network with cairo, for the network view and the exports
 * SPDX-License-Identifier: EUPL-1.2
 *
 * One drawing for the screen and every export, so what a team sees is what
 * it hands out: same filter, colours and positions. The window draws it in
 * gtk_snapshot_append_cairo() on every hover and drag, so the work that does
 * not change between frames (text layout, the neighbours of each node, the
 * order edges are stroked in) is done once per network and kept here.
 *
 * Text is laid out with a context of its own at 72 dpi without hinting, so a
 * label measures the same at every zoom and on every surface: one unit of
 * drawing coordinates is one Graphviz point is one PDF point. The labels
 * and the writing of text are in wk-renderer-labels.c, the drawing itself
 * in wk-renderer-scene.c.
 */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "wk-renderer-private.h"

G_DEFINE_FINAL_TYPE (WkRenderer, wk_renderer, G_TYPE_OBJECT)

void
wk_render_options_init (WkRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->label_scale = 1.;
  options->palette = WK_PALETTE_NORMAL;
  options->community_mode = WK_COMMUNITY_HULL;
  options->highlight = -1;
  options->selected = -1;
  options->foreground = -1;
  options->show_labels = TRUE;
}

static void
labels_clear (WkRenderer *self)
{
  for (guint i = 0; i < self->n_labels; i++)
    {
      g_free (self->labels[i].source);
      g_free (self->labels[i].title);
      g_clear_object (&self->labels[i].layout);
    }
  g_clear_pointer (&self->labels, g_free);
  self->n_labels = 0;
}

static void
structure_clear (WkRenderer *self)
{
  _wk_renderer_clear_aliases (self);
  labels_clear (self);
  g_clear_pointer (&self->adjacency_start, g_free);
  g_clear_pointer (&self->adjacency, g_free);
  g_clear_pointer (&self->edge_order, g_free);
  self->n_edges = 0;
  g_clear_pointer (&self->placed_shown, g_free);
  g_clear_pointer (&self->placed_rects, g_free);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  WkNetwork *network = user_data;
  const WkNetworkEdge *ea = wk_network_get_edge (network, *(const guint *) a);
  const WkNetworkEdge *eb = wk_network_get_edge (network, *(const guint *) b);
  int cmp = g_strcmp0 (ea->type_key, eb->type_key);

  if (cmp != 0)
    return cmp;
  if (ea->strength != eb->strength)
    return ea->strength - eb->strength;
  return (int) ea->directed - (int) eb->directed;
}

/* The neighbours of each node, for the hover highlight, and the edges in
 * groups of one style, so a frame strokes each group at once. */
static void
structure_build (WkRenderer *self)
{
  guint n_nodes = wk_network_get_n_nodes (self->network);
  guint n_edges = wk_network_get_n_edges (self->network);
  g_autofree guint *fill = g_new0 (guint, n_nodes + 1);

  self->labels = g_new0 (WkLabel, n_nodes);
  self->n_labels = n_nodes;

  self->adjacency_start = g_new0 (guint, n_nodes + 1);
  for (guint e = 0; e < n_edges; e++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (self->network, e);

      self->adjacency_start[edge->source + 1]++;
      self->adjacency_start[edge->target + 1]++;
    }
  for (guint i = 0; i < n_nodes; i++)
    self->adjacency_start[i + 1] += self->adjacency_start[i];
  self->adjacency = g_new (guint, MAX (2 * n_edges, 1));
  for (guint e = 0; e < n_edges; e++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (self->network, e);

      self->adjacency[self->adjacency_start[edge->source] + fill[edge->source]++] = edge->target;
      self->adjacency[self->adjacency_start[edge->target] + fill[edge->target]++] = edge->source;
    }

  self->n_edges = n_edges;
  self->edge_order = g_new (guint, MAX (n_edges, 1));
  for (guint e = 0; e < n_edges; e++)
    self->edge_order[e] = e;
  g_qsort_with_data (self->edge_order, n_edges, sizeof (guint), compare_edges, self->network);
}

static void
wk_renderer_finalize (GObject *object)
{
  WkRenderer *self = WK_RENDERER (object);

  structure_clear (self);
  g_clear_object (&self->context);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (wk_renderer_parent_class)->finalize (object);
}

static void
wk_renderer_class_init (WkRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_renderer_finalize;
}

static void
wk_renderer_init (WkRenderer *self)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *font_options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72.);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_language (self->context, pango_language_get_default ());
  self->label_scale = 1.;
}

/**
 * wk_renderer_new:
 * @network: the network to draw; nodes may move, but nodes and edges are not
 *   added or removed while the renderer lives (wk_renderer_invalidate() if
 *   labels or types are changed in place)
 *
 * The renderer belongs to the thread that creates it (Pango's font map is
 * per thread): an export in a worker thread makes its own.
 */
WkRenderer *
wk_renderer_new (WkNetwork *network)
{
  WkRenderer *self;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);

  self = g_object_new (WK_TYPE_RENDERER, NULL);
  self->network = g_object_ref (network);
  structure_build (self);
  return self;
}

/* Returns: (transfer none) */
WkNetwork *
wk_renderer_get_network (WkRenderer *self)
{
  g_return_val_if_fail (WK_IS_RENDERER (self), NULL);
  return self->network;
}

/* Forgets the text layouts and neighbours, after the network's texts changed. */
void
wk_renderer_invalidate (WkRenderer *self)
{
  g_return_if_fail (WK_IS_RENDERER (self));

  structure_clear (self);
  structure_build (self);
}

void
_wk_renderer_set_text_sink (WkRenderer       *self,
                            const WkTextSink *sink)
{
  self->has_sink = sink != NULL;
  if (sink != NULL)
    self->sink = *sink;
}

/* Control characters and line separators become spaces: a label is one
 * paragraph, and XML 1.0 cannot hold most control characters at all. */
char *
_wk_sanitize_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
          c == 0xfffe || c == 0xffff)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
_wk_frame_is_visible (const WkFrame *f,
            guint        i)
{
  if (f->options->visible != NULL && !f->options->visible[i])
    return FALSE;
  return wk_network_get_node (f->self->network, i)->has_position;
}

/**
 * wk_renderer_dup_node_text:
 *
 * Returns: (transfer full): the text shown for node @index: its name, or with
 * hide_personal_data a person's role or type, numbered ("Sleutelfiguur 2")
 * when several persons would show the same; before wrapping and shortening
 */
char *
wk_renderer_dup_node_text (WkRenderer            *self,
                           const WkRenderOptions *options,
                           guint                  index)
{
  g_return_val_if_fail (WK_IS_RENDERER (self), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (index < wk_network_get_n_nodes (self->network), NULL);

  return g_strdup (_wk_renderer_node_text (self, options, index));
}

/* 1 for @node and its neighbours */
static guint8 *
neighbourhood (WkRenderer *self,
               guint       node,
               guint       n_nodes)
{
  guint8 *set = g_malloc0 (n_nodes);

  set[node] = 1;
  for (guint k = self->adjacency_start[node]; k < self->adjacency_start[node + 1]; k++)
    set[self->adjacency[k]] = 1;
  return set;
}

gboolean
_wk_frame_init (WkFrame                 *f,
            WkRenderer            *self,
            const WkRenderOptions *options)
{
  double scale = CLAMP (options->label_scale, 1., 3.);

  memset (f, 0, sizeof *f);
  f->self = self;
  f->options = options;
  f->scheme = wk_palette_get_scheme (options->palette);
  f->n_nodes = wk_network_get_n_nodes (self->network);
  if (f->n_nodes != self->n_labels)
    {
      g_critical ("The network changed under its renderer: call wk_renderer_invalidate()");
      return FALSE;
    }

  if (scale != self->label_scale)
    {
      for (guint i = 0; i < self->n_labels; i++)
        g_clear_object (&self->labels[i].layout);
      self->label_scale = scale;
    }

  if (options->node_metric != NULL)
    for (guint i = 0; i < f->n_nodes; i++)
      if (isfinite (options->node_metric[i]))
        f->metric_max = MAX (f->metric_max, options->node_metric[i]);

  if (options->highlight >= 0 && (guint) options->highlight < f->n_nodes)
    f->near = neighbourhood (self, options->highlight, f->n_nodes);
  else if (options->emphasis != NULL)
    f->near = g_memdup2 (options->emphasis, f->n_nodes);
  if (options->layer != WK_RENDER_LAYER_ALL &&
      options->foreground >= 0 && (guint) options->foreground < f->n_nodes)
    f->focus = neighbourhood (self, options->foreground, f->n_nodes);
  f->device_scale = 1.;
  return TRUE;
}

void
_wk_frame_clear (WkFrame *f)
{
  g_clear_pointer (&f->near, g_free);
  g_clear_pointer (&f->focus, g_free);
}

double
_wk_frame_node_radius (const WkFrame *f,
             guint        i)
{
  double m;

  if (f->options->node_metric == NULL || f->metric_max <= 0.)
    return NODE_RADIUS;
  m = f->options->node_metric[i];
  if (!isfinite (m) || m <= 0.)
    return NODE_RADIUS_MIN;
  return NODE_RADIUS_MIN + (NODE_RADIUS_MAX - NODE_RADIUS_MIN) * sqrt (MIN (m / f->metric_max, 1.));
}

/* how far below the centre the shape ends: where the label starts */
static void
rect_union (WkRect       *a,
            const WkRect *b,
            gboolean     *empty)
{
  double x1, y1;

  if (*empty)
    {
      *a = *b;
      *empty = FALSE;
      return;
    }
  x1 = MAX (a->x + a->width, b->x + b->width);
  y1 = MAX (a->y + a->height, b->y + b->height);
  a->x = MIN (a->x, b->x);
  a->y = MIN (a->y, b->y);
  a->width = x1 - a->x;
  a->height = y1 - a->y;
}

gboolean
_wk_rect_intersects (const WkRect *a,
                 const WkRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

void
_wk_frame_node_rect (const WkFrame *f,
           guint        i,
           WkRect      *rect)
{
  double x, y, r = _wk_frame_node_radius (f, i) * SHAPE_EXTENT;

  _wk_node_center (wk_network_get_node (f->self->network, i), &x, &y);
  rect->x = x - r;
  rect->y = y - r;
  rect->width = rect->height = 2. * r;
}

/* The box around the visible nodes and their labels, or only those of the
 * highlight (@near_only) */
static gboolean
frame_bounds (WkFrame  *f,
              gboolean  near_only,
              WkRect   *bounds)
{
  gboolean empty = TRUE;
  gboolean labels = _wk_frame_labels_shown (f, NULL);

  memset (bounds, 0, sizeof *bounds);
  for (guint i = 0; i < f->n_nodes; i++)
    {
      WkRect rect;

      if (!_wk_frame_is_visible (f, i) || (near_only && (f->near == NULL || !f->near[i])))
        continue;
      _wk_frame_node_rect (f, i, &rect);
      if (f->options->communities != NULL && f->options->community_mode == WK_COMMUNITY_HULL &&
          f->options->communities[i] >= 0 && !near_only)
        {
          double pad = _wk_frame_node_radius (f, i) + HULL_PAD + 1.;
          WkRect hull = { rect.x + rect.width / 2. - pad, rect.y + rect.height / 2. - pad,
                          2. * pad, 2. * pad };

          rect_union (&rect, &hull, &(gboolean) { FALSE });
        }
      rect_union (bounds, &rect, &empty);
      if (labels || near_only)
        {
          /* the highlight's, where the drawing under it placed them */
          if (!near_only || !_wk_frame_placed_label_rect (f, i, &rect))
            _wk_frame_label_rect (f, i, _wk_frame_get_label (f, i), &rect);
          rect.x -= LABEL_PAD;
          rect.width += 2. * LABEL_PAD;
          rect.height += LABEL_PAD;
          rect_union (bounds, &rect, &empty);
        }
    }
  return !empty;
}

static gboolean
get_bounds (WkRenderer            *self,
            const WkRenderOptions *options,
            gboolean               near_only,
            WkRect                *bounds)
{
  WkFrame f;
  gboolean found;

  g_return_val_if_fail (WK_IS_RENDERER (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  memset (bounds, 0, sizeof *bounds);
  if (!_wk_frame_init (&f, self, options))
    return FALSE;
  found = frame_bounds (&f, near_only, bounds);
  _wk_frame_clear (&f);
  return found;
}

/**
 * wk_renderer_get_bounds:
 * @bounds: (out): the box around the visible nodes and their labels (and
 *   community areas), in drawing coordinates
 *
 * Returns: %FALSE when no node is visible
 */
gboolean
wk_renderer_get_bounds (WkRenderer            *self,
                        const WkRenderOptions *options,
                        WkRect                *bounds)
{
  return get_bounds (self, options, FALSE, bounds);
}

/**
 * wk_renderer_get_highlight_bounds:
 * @bounds: (out): the box around what stands out: @options' highlight and
 *   its neighbours, or its emphasis, with their labels, in drawing
 *   coordinates
 *
 * Returns: %FALSE when nothing stands out
 */
gboolean
wk_renderer_get_highlight_bounds (WkRenderer            *self,
                                  const WkRenderOptions *options,
                                  WkRect                *bounds)
{
  return get_bounds (self, options, TRUE, bounds);
}

/**
 * wk_renderer_get_node_radius:
 *
 * Returns: the size of node @index: half its width, in points
 */
double
wk_renderer_get_node_radius (WkRenderer            *self,
                             const WkRenderOptions *options,
                             guint                  index)
{
  WkFrame f;
  double r;

  g_return_val_if_fail (WK_IS_RENDERER (self), NODE_RADIUS);
  g_return_val_if_fail (options != NULL, NODE_RADIUS);
  g_return_val_if_fail (index < wk_network_get_n_nodes (self->network), NODE_RADIUS);

  if (!_wk_frame_init (&f, self, options))
    return NODE_RADIUS;
  r = _wk_frame_node_radius (&f, index);
  _wk_frame_clear (&f);
  return r;
}

/**
 * wk_renderer_node_at:
 * @x, @y: a point in drawing coordinates
 *
 * Returns: the visible node whose shape or label is at the point, the one
 * drawn on top when several are; -1 when none
 */
int
wk_renderer_node_at (WkRenderer            *self,
                     const WkRenderOptions *options,
                     double                 x,
                     double                 y)
{
  WkFrame f;
  int found = -1;
  gboolean labels;

  g_return_val_if_fail (WK_IS_RENDERER (self), -1);
  g_return_val_if_fail (options != NULL, -1);

  if (!_wk_frame_init (&f, self, options))
    return -1;
  labels = _wk_frame_labels_shown (&f, NULL);

  /* shapes first: a node wins over a label that runs under it */
  for (guint i = f.n_nodes; found < 0 && i-- > 0;)
    {
      const WkNetworkNode *node = wk_network_get_node (self->network, i);
      double cx, cy;

      if (!_wk_frame_is_visible (&f, i))
        continue;
      _wk_node_center (node, &cx, &cy);
      if (hypot (x - cx, y - cy) <=
          wk_palette_border_distance (wk_palette_node_shape (node), _wk_frame_node_radius (&f, i) + 2.,
                                      x - cx, y - cy))
        found = i;
    }
  for (guint i = f.n_nodes; labels && found < 0 && i-- > 0;)
    {
      WkRect rect;

      if (!_wk_frame_is_visible (&f, i) || !_wk_frame_placed_label_rect (&f, i, &rect))
        continue;
      if (x >= rect.x - LABEL_PAD && x <= rect.x + rect.width + LABEL_PAD &&
          y >= rect.y && y <= rect.y + rect.height)
        found = i;
    }
  _wk_frame_clear (&f);
  return found;
}

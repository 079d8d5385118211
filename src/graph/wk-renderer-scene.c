/* wk-renderer-scene.c: the network drawn in layers: community areas, relations, nodes, labels
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Speed, measured with cairo 1.16's image surface: a stroke or fill costs
 * about 10 µs whatever its size, and one path of hundreds of crossing lines
 * costs far more than the same lines stroked a few at a time. So relations
 * are stroked four at a time, outlines are a second fill rather than a
 * stroke, dashes too fine to see are drawn as lighter solid lines, and
 * nothing outside the clip is drawn at all. The hover effect draws
 * everything once, veils it, and draws the hovered neighbourhood again on
 * top, so that a view can keep the first part in a texture.
 */
#include <math.h>
#include <string.h>

#include "wk-renderer-private.h"

typedef enum {
  PASS_BASE,   /* the whole network, less the foreground in the background layer */
  PASS_TOP,    /* the highlighted neighbourhood and the foreground, over the veil */
} Pass;

/* Convex hull (Andrew's monotone chain) of @points, in place; returns the
 * number of hull points, counter-clockwise in the mathematical sense. */
static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const double *p = a, *q = b;

  if (p[0] != q[0])
    return p[0] < q[0] ? -1 : 1;
  if (p[1] != q[1])
    return p[1] < q[1] ? -1 : 1;
  return 0;
}

static double
cross (const double *o,
       const double *a,
       const double *b)
{
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

static guint
convex_hull (double *points,
             guint   n,
             double *hull)
{
  guint k = 0;

  if (n < 3)
    {
      memcpy (hull, points, n * 2 * sizeof (double));
      return n;
    }
  qsort (points, n, 2 * sizeof (double), compare_points);
  for (guint i = 0; i < n; i++)
    {
      while (k >= 2 && cross (&hull[(k - 2) * 2], &hull[(k - 1) * 2], &points[i * 2]) <= 0)
        k--;
      memcpy (&hull[k++ * 2], &points[i * 2], 2 * sizeof (double));
    }
  for (guint i = n - 1, t = k + 1; i-- > 0;)
    {
      while (k >= t && cross (&hull[(k - 2) * 2], &hull[(k - 1) * 2], &points[i * 2]) <= 0)
        k--;
      memcpy (&hull[k++ * 2], &points[i * 2], 2 * sizeof (double));
    }
  return k - 1;
}

/* The hull grown by @pad on every side: its edges moved out, arcs at the corners. */
static void
append_hull (cairo_t      *cr,
             const double *hull,
             guint         n,
             double        pad)
{
  cairo_new_sub_path (cr);
  if (n == 1)
    {
      cairo_arc (cr, hull[0], hull[1], pad, 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const double *prev = &hull[((i + n - 1) % n) * 2];
      const double *p = &hull[i * 2];
      const double *next = &hull[((i + 1) % n) * 2];
      double a0 = atan2 (-(p[0] - prev[0]), p[1] - prev[1]);
      double a1 = atan2 (-(next[0] - p[0]), next[1] - p[1]);

      while (a1 < a0)
        a1 += 2 * G_PI;
      cairo_arc (cr, p[0], p[1], pad, a0, a1);
    }
  cairo_close_path (cr);
}

static void
draw_hulls (const WkFrame *f,
            cairo_t     *cr)
{
  const int *communities = f->options->communities;
  g_autoptr(GHashTable) members = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GList) keys = NULL;

  for (guint i = 0; i < f->n_nodes; i++)
    {
      const WkNetworkNode *node = wk_network_get_node (f->self->network, i);
      GArray *points;
      double p[3];

      if (communities[i] < 0 || !_wk_frame_is_visible (f, i))
        continue;
      points = g_hash_table_lookup (members, GINT_TO_POINTER (communities[i]));
      if (points == NULL)
        {
          points = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (members, GINT_TO_POINTER (communities[i]), points);
        }
      _wk_node_center (node, &p[0], &p[1]);
      p[2] = _wk_frame_node_radius (f, i);
      g_array_append_vals (points, p, 3);
    }

  cairo_set_line_width (cr, f->scheme->line_scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, NULL, 0, 0.);
  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *array = value;
      guint n = array->len / 3;
      g_autofree double *points = g_new (double, 2 * n);
      g_autofree double *hull = g_new (double, 2 * n + 2);
      WkColor color = wk_palette_community_color (f->options->palette, GPOINTER_TO_INT (key));
      double pad = 0.;
      guint n_hull;

      for (guint k = 0; k < n; k++)
        {
          points[2 * k] = g_array_index (array, double, 3 * k);
          points[2 * k + 1] = g_array_index (array, double, 3 * k + 1);
          pad = MAX (pad, g_array_index (array, double, 3 * k + 2));
        }
      n_hull = convex_hull (points, n, hull);
      append_hull (cr, hull, n_hull, pad + HULL_PAD);
      wk_color_set_source (cr, &color, .13);
      cairo_fill_preserve (cr);
      wk_color_set_source (cr, &color, .4);
      cairo_stroke (cr);
    }
}

static void
edge_ends (const WkFrame         *f,
           const WkNetworkEdge *edge,
           double              *x0,
           double              *y0,
           double              *x1,
           double              *y1,
           double              *length)
{
  _wk_node_center (wk_network_get_node (f->self->network, edge->source), x0, y0);
  _wk_node_center (wk_network_get_node (f->self->network, edge->target), x1, y1);
  *length = hypot (*x1 - *x0, *y1 - *y0);
}

static gboolean
edge_drawn (const WkFrame         *f,
            const WkNetworkEdge *edge,
            const WkRect        *clip)
{
  const WkNetworkNode *a, *b;
  WkRect box;

  if (edge->source == edge->target || !_wk_frame_is_visible (f, edge->source) || !_wk_frame_is_visible (f, edge->target))
    return FALSE;
  /* the relation filters */
  if (edge->strength < f->options->min_strength)
    return FALSE;
  if (f->options->relation_type != NULL && g_strcmp0 (edge->type_key, f->options->relation_type) != 0)
    return FALSE;
  if (clip == NULL)
    return TRUE;
  a = wk_network_get_node (f->self->network, edge->source);
  b = wk_network_get_node (f->self->network, edge->target);
  box.x = MIN (a->x, b->x);
  box.y = MIN (-a->y, -b->y);
  box.width = fabs (a->x - b->x);
  box.height = fabs (a->y - b->y);
  return _wk_rect_intersects (&box, clip);
}

static double
arrow_length (double width)
{
  return 7. + 2. * width;
}

static gboolean
touches (const WkNetworkEdge *edge,
         int                  node)
{
  return node >= 0 && (edge->source == (guint) node || edge->target == (guint) node);
}

static gboolean
edge_in_pass (const WkFrame       *f,
              const WkNetworkEdge *edge,
              Pass                 pass)
{
  const WkRenderOptions *o = f->options;

  if (pass == PASS_BASE)
    return !(o->layer == WK_RENDER_LAYER_BACKGROUND && touches (edge, o->foreground));
  if (f->near != NULL &&
      (o->highlight >= 0 ? touches (edge, o->highlight) : f->near[edge->source] && f->near[edge->target]))
    return TRUE;
  return f->focus != NULL && touches (edge, o->foreground);
}

static gboolean
node_in_pass (const WkFrame *f,
              guint          i,
              Pass           pass)
{
  const WkRenderOptions *o = f->options;

  if (pass == PASS_BASE)
    return !(o->layer == WK_RENDER_LAYER_BACKGROUND && (int) i == o->foreground);
  return (f->near != NULL && f->near[i]) || (f->focus != NULL && f->focus[i]);
}

/* Strokes the edges order[start..end), which share a style. */
static void
draw_edge_group (const WkFrame *f,
                 cairo_t       *cr,
                 guint          start,
                 guint          end,
                 Pass           pass,
                 const WkRect  *clip)
{
  WkRenderer *self = f->self;
  const WkNetworkEdge *first = wk_network_get_edge (self->network, self->edge_order[start]);
  WkColor color = wk_palette_edge_color (f->options->palette, first->type_key);
  WkLineStyle style = wk_palette_edge_style (first->type_key);
  double width = wk_palette_edge_width (first->strength) * f->scheme->line_scale;
  double alpha = 1.;
  guint pending = 0;
  gboolean any = FALSE;

  /* dashes closer than a few pixels only cost time: a lighter line looks the same */
  if (style != WK_LINE_SOLID && (2. * width + 3.) * f->device_scale < 4.)
    {
      style = WK_LINE_SOLID;
      alpha = .55;
    }
  wk_palette_set_line_style (cr, style, width);
  wk_color_set_source (cr, &color, alpha);
  for (guint k = start; k < end; k++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (self->network, self->edge_order[k]);
      double x0, y0, x1, y1, len;

      if (!edge_drawn (f, edge, clip) || !edge_in_pass (f, edge, pass))
        continue;
      edge_ends (f, edge, &x0, &y0, &x1, &y1, &len);
      cairo_move_to (cr, x0, y0);
      if (edge->directed && len > 0.)
        {
          const WkNetworkNode *target = wk_network_get_node (self->network, edge->target);
          double back = wk_palette_border_distance (wk_palette_node_shape (target),
                                                    _wk_frame_node_radius (f, edge->target),
                                                    x0 - x1, y0 - y1) + arrow_length (width) * .8;

          back = MIN (back, len);
          cairo_line_to (cr, x1 + (x0 - x1) * back / len, y1 + (y0 - y1) * back / len);
        }
      else
        cairo_line_to (cr, x1, y1);
      any = TRUE;
      if (++pending == 4)
        {
          cairo_stroke (cr);
          pending = 0;
        }
    }
  if (pending > 0)
    cairo_stroke (cr);
  if (!any || !first->directed)
    return;

  for (guint k = start; k < end; k++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (self->network, self->edge_order[k]);
      const WkNetworkNode *target = wk_network_get_node (self->network, edge->target);
      double x0, y0, x1, y1, len, ux, uy, tip, al, aw;

      if (!edge_drawn (f, edge, clip) || !edge_in_pass (f, edge, pass))
        continue;
      edge_ends (f, edge, &x0, &y0, &x1, &y1, &len);
      if (len <= 0.)
        continue;
      ux = (x1 - x0) / len;
      uy = (y1 - y0) / len;
      tip = wk_palette_border_distance (wk_palette_node_shape (target),
                                        _wk_frame_node_radius (f, edge->target), -ux, -uy) + 1.;
      al = arrow_length (width);
      aw = al * .45;
      cairo_move_to (cr, x1 - ux * tip, y1 - uy * tip);
      cairo_line_to (cr, x1 - ux * (tip + al) - uy * aw, y1 - uy * (tip + al) + ux * aw);
      cairo_line_to (cr, x1 - ux * (tip + al * .8), y1 - uy * (tip + al * .8));
      cairo_line_to (cr, x1 - ux * (tip + al) + uy * aw, y1 - uy * (tip + al) - ux * aw);
      cairo_close_path (cr);
    }
  wk_color_set_source (cr, &color, 1.);
  cairo_fill (cr);
}

static int
compare_order (const WkFrame *f,
               guint          a,
               guint          b)
{
  const WkNetworkEdge *ea = wk_network_get_edge (f->self->network, f->self->edge_order[a]);
  const WkNetworkEdge *eb = wk_network_get_edge (f->self->network, f->self->edge_order[b]);

  if (g_strcmp0 (ea->type_key, eb->type_key) != 0)
    return 1;
  return ea->strength != eb->strength || ea->directed != eb->directed;
}

static void
draw_edges (const WkFrame *f,
            cairo_t       *cr,
            Pass           pass,
            const WkRect  *clip)
{
  guint start = 0;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  while (start < f->self->n_edges)
    {
      guint end = start + 1;

      while (end < f->self->n_edges && compare_order (f, start, end) == 0)
        end++;
      draw_edge_group (f, cr, start, end, pass, clip);
      start = end;
    }
  cairo_set_dash (cr, NULL, 0, 0.);
}

static WkColor
fill_color (const WkFrame       *f,
            guint                i,
            const WkNetworkNode *node)
{
  if (f->options->communities != NULL && f->options->community_mode == WK_COMMUNITY_COLOR)
    return wk_palette_community_color (f->options->palette, f->options->communities[i]);
  return wk_palette_node_color (f->options->palette, node);
}

static void
draw_node (const WkFrame *f,
           cairo_t       *cr,
           guint          i)
{
  const WkNetworkNode *node = wk_network_get_node (f->self->network, i);
  WkColor fill = fill_color (f, i, node);
  WkColor outline = wk_palette_outline (fill);
  WkNodeShape shape = wk_palette_node_shape (node);
  double x, y, r = _wk_frame_node_radius (f, i);
  double ring = (f->options->highlight == (int) i ? 1.5 : .75) * f->scheme->outline_scale;

  _wk_node_center (node, &x, &y);
  /* the outline as a larger shape under the fill: two fills cost less than
   * a fill and a stroke; too small to see, it is left out */
  if (r * f->device_scale >= 2.5)
    {
      wk_palette_append_shape (cr, shape, x, y, r + ring);
      wk_color_set_source (cr, &outline, 1.);
      cairo_fill (cr);
      r -= ring;
    }
  wk_palette_append_shape (cr, shape, x, y, r);
  wk_color_set_source (cr, &fill, 1.);
  cairo_fill (cr);
}

/* Whether node @i's label can reach into @clip, without laying it out:
 * off-screen labels of a zoomed-in view cost nothing. */
static gboolean
label_may_show (const WkFrame *f,
                guint          i,
                const WkRect  *clip)
{
  double reach = LABEL_MAX_WIDTH * f->self->label_scale;
  WkRect rect;

  _wk_frame_node_rect (f, i, &rect);
  rect.x -= reach;
  rect.y -= reach;
  rect.width += 2. * reach;
  rect.height += 2. * reach;
  return _wk_rect_intersects (&rect, clip);
}

/* How central a node is, for which label gives way: its size (betweenness)
 * when the nodes are sized, else its number of relations */
static double
centrality (const WkFrame *f,
            guint          i)
{
  const double *metric = f->options->node_metric;

  if (metric != NULL && isfinite (metric[i]))
    return metric[i];
  return f->self->adjacency_start[i + 1] - f->self->adjacency_start[i];
}

typedef struct
{
  const WkFrame *f;
  const double  *centrality;
} OrderData;

static int
compare_centrality (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const OrderData *data = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  if (data->centrality[i] != data->centrality[j])
    return data->centrality[i] > data->centrality[j] ? -1 : 1;
  return i < j ? -1 : i > j;
}

typedef enum {
  LABELS_EVERY,      /* every label under its node */
  LABELS_DECLUTTER,  /* the most central first, each where it covers none placed, or left out */
  LABELS_ARRANGE,    /* the same, but none left out: the highlight's labels */
} LabelMode;

/* The labels placed so far, in cells of a grid, so that finding room for
 * one looks at its neighbours only */
typedef struct
{
  double      cell;
  GHashTable *cells;    /* cell key → GArray of indices into rects */
  GArray     *rects;
} Placed;

static void
placed_init (Placed *placed,
             double  cell)
{
  placed->cell = cell;
  placed->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  placed->rects = g_array_new (FALSE, FALSE, sizeof (WkRect));
}

static void
placed_clear (Placed *placed)
{
  g_hash_table_unref (placed->cells);
  g_array_unref (placed->rects);
}

/* Calls @func on the cells @rect overlaps, until it returns FALSE */
static gboolean
placed_each_cell (Placed       *placed,
                  const WkRect *rect,
                  gboolean    (*func) (Placed *, gint64, gconstpointer),
                  gconstpointer data)
{
  gint64 x0 = (gint64) floor (rect->x / placed->cell), x1 = (gint64) floor ((rect->x + rect->width) / placed->cell);
  gint64 y0 = (gint64) floor (rect->y / placed->cell), y1 = (gint64) floor ((rect->y + rect->height) / placed->cell);

  for (gint64 x = x0; x <= x1; x++)
    for (gint64 y = y0; y <= y1; y++)
      if (!func (placed, (gint64) ((guint64) x << 32 ^ (guint32) y), data))
        return FALSE;
  return TRUE;
}

static gboolean
cell_is_free (Placed        *placed,
              gint64         key,
              gconstpointer  data)
{
  GArray *indices = g_hash_table_lookup (placed->cells, &key);

  for (guint k = 0; indices != NULL && k < indices->len; k++)
    if (_wk_rect_intersects (data, &g_array_index (placed->rects, WkRect, g_array_index (indices, guint, k))))
      return FALSE;
  return TRUE;
}

static gboolean
cell_add (Placed        *placed,
          gint64         key,
          gconstpointer  data)
{
  GArray *indices = g_hash_table_lookup (placed->cells, &key);

  if (indices == NULL)
    {
      indices = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (placed->cells, g_memdup2 (&key, sizeof key), indices);
    }
  g_array_append_vals (indices, data, 1);
  return TRUE;
}

static gboolean
placed_is_free (Placed       *placed,
                const WkRect *rect)
{
  return placed_each_cell (placed, rect, cell_is_free, rect);
}

static void
placed_add (Placed       *placed,
            const WkRect *rect)
{
  guint index = placed->rects->len;

  g_array_append_val (placed->rects, *rect);
  placed_each_cell (placed, rect, cell_add, &index);
}

/* Where the @drawn labels go (@rects), and which are shown (@shown).
 * Decluttered, the most central node places its label first, under its
 * node, or over it or beside it when that covers a label already placed;
 * the highlighted node comes first of all. The labels @fixed (per node, or
 * NULL) are placed first, where @fixed_rects has them. */
static void
place_labels (const WkFrame *f,
              const WkRect  *clip,
              const guint8  *drawn,
              LabelMode      mode,
              const guint8  *fixed,
              const WkRect  *fixed_rects,
              guint8        *shown,
              WkRect        *rects)
{
  g_autofree guint *order = NULL;
  g_autofree double *weight = NULL;
  Placed placed;
  guint n = 0;

  for (guint i = 0; i < f->n_nodes; i++)
    {
      shown[i] = drawn[i] && (mode == LABELS_EVERY || label_may_show (f, i, clip));
      if (mode == LABELS_EVERY && shown[i] && label_may_show (f, i, clip))
        _wk_frame_label_rect (f, i, _wk_frame_get_label (f, i), &rects[i]);
    }
  if (mode == LABELS_EVERY)
    return;

  placed_init (&placed, LABEL_MAX_WIDTH * f->self->label_scale);
  order = g_new (guint, MAX (f->n_nodes, 1));
  weight = g_new (double, MAX (f->n_nodes, 1));
  for (guint i = 0; i < f->n_nodes; i++)
    if (shown[i] && fixed != NULL && fixed[i])
      {
        rects[i] = fixed_rects[i];
        placed_add (&placed, &rects[i]);
      }
    else if (shown[i])
      {
        weight[i] = (int) i == f->options->highlight ? G_MAXDOUBLE : centrality (f, i);
        order[n++] = i;
      }
  g_qsort_with_data (order, (int) n, sizeof (guint), compare_centrality, &(OrderData) { f, weight });
  for (guint k = 0; k < n; k++)
    {
      guint i = order[k];
      WkLabel *label = _wk_frame_get_label (f, i);
      gboolean found = FALSE;

      for (WkLabelPlace place = WK_LABEL_BELOW; place < WK_N_LABEL_PLACES && !found; place++)
        {
          _wk_frame_label_rect_at (f, i, label, place, &rects[i]);
          found = placed_is_free (&placed, &rects[i]);
        }
      if (!found && mode == LABELS_DECLUTTER)
        {
          shown[i] = 0;
          continue;
        }
      if (!found)
        _wk_frame_label_rect (f, i, label, &rects[i]);
      placed_add (&placed, &rects[i]);
    }
  placed_clear (&placed);
}

static void
draw_labels (const WkFrame *f,
             cairo_t       *cr,
             const WkRect  *clip,
             const guint8  *drawn,
             LabelMode      mode)
{
  WkRenderer *self = f->self;
  double size = LABEL_SIZE * self->label_scale;
  gboolean any = FALSE;
  g_autofree guint8 *shown = g_malloc0 (MAX (f->n_nodes, 1));
  g_autofree WkRect *rects = g_new0 (WkRect, MAX (f->n_nodes, 1));
  const guint8 *base = NULL;
  const WkRect *base_rects = NULL;
  g_autofree guint8 *own_base = NULL;
  g_autofree WkRect *own_base_rects = NULL;

  /* the highlight's labels stay where the decluttered drawing under them
   * has them, so that none shows twice; those it left out find room among
   * them. That drawing's places are kept from when it was drawn. */
  if (mode == LABELS_ARRANGE && self->placed_shown != NULL && self->placed_scale == self->label_scale &&
      memcmp (&self->placed_clip, clip, sizeof *clip) == 0)
    {
      base = self->placed_shown;
      base_rects = self->placed_rects;
    }
  else if (mode == LABELS_ARRANGE)
    {
      g_autofree guint8 *visible = g_malloc0 (MAX (f->n_nodes, 1));

      for (guint i = 0; i < f->n_nodes; i++)
        visible[i] = _wk_frame_is_visible (f, i);
      base = own_base = g_malloc0 (MAX (f->n_nodes, 1));
      base_rects = own_base_rects = g_new0 (WkRect, MAX (f->n_nodes, 1));
      place_labels (f, clip, visible, LABELS_DECLUTTER, NULL, NULL, own_base, own_base_rects);
    }
  place_labels (f, clip, drawn, mode, base, base_rects, shown, rects);
  if (mode == LABELS_DECLUTTER)
    {
      g_free (self->placed_shown);
      g_free (self->placed_rects);
      self->placed_shown = g_memdup2 (shown, MAX (f->n_nodes, 1));
      self->placed_rects = g_memdup2 (rects, sizeof (WkRect) * MAX (f->n_nodes, 1));
      self->placed_clip = *clip;
      self->placed_scale = self->label_scale;
    }

  /* one backdrop path for all labels, then the text over it */
  for (guint i = 0; i < f->n_nodes; i++)
    {
      const WkRect *rect = &rects[i];
      double r;

      if (!shown[i] || !label_may_show (f, i, clip) || rect->width <= 0.)
        continue;
      r = MIN (rect->height / 2., 6.);
      cairo_new_sub_path (cr);
      cairo_arc (cr, rect->x + LABEL_PAD, rect->y + rect->height / 2., r, G_PI / 2, 3 * G_PI / 2);
      cairo_arc (cr, rect->x + rect->width - LABEL_PAD, rect->y + rect->height / 2., r,
                 -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
      any = TRUE;
    }
  if (any)
    {
      wk_color_set_source (cr, &f->scheme->label_backdrop, 1.);
      cairo_fill (cr);
    }

  for (guint i = 0; i < f->n_nodes; i++)
    {
      if (!shown[i])
        continue;
      if (f->options->text_func != NULL)
        f->options->text_func (_wk_renderer_node_text (self, f->options, i), f->options->text_data);
      if (!label_may_show (f, i, clip) || !_wk_rect_intersects (&rects[i], clip))
        continue;
      _wk_renderer_show_layout (self, cr, _wk_frame_get_label (f, i)->layout, _wk_frame_get_label (f, i)->title,
                                rects[i].x, rects[i].y, size, FALSE, TRUE, &f->scheme->text, 1.);
    }
}

static void
draw_pass (const WkFrame *f,
           cairo_t       *cr,
           Pass           pass,
           const WkRect  *clip,
           gboolean       labels)
{
  g_autofree guint8 *drawn = g_malloc0 (MAX (f->n_nodes, 1));

  if (pass == PASS_BASE && f->options->communities != NULL &&
      f->options->community_mode == WK_COMMUNITY_HULL)
    draw_hulls (f, cr);
  draw_edges (f, cr, pass, clip);

  for (guint i = 0; i < f->n_nodes; i++)
    {
      WkRect rect;

      if (!_wk_frame_is_visible (f, i) || !node_in_pass (f, i, pass))
        continue;
      drawn[i] = 1;
      _wk_frame_node_rect (f, i, &rect);
      if (_wk_rect_intersects (&rect, clip))
        draw_node (f, cr, i);
    }
  if (labels)
    draw_labels (f, cr, clip, drawn,
                 !f->options->declutter_labels ? LABELS_EVERY : pass == PASS_BASE ? LABELS_DECLUTTER : LABELS_ARRANGE);
}

/**
 * wk_renderer_draw:
 * @cr: transformed by the caller from drawing coordinates to the surface
 *
 * Draws the network, or the layer of it that options->layer says: community
 * areas, relations, nodes, labels, the highlight and the selection, without
 * a background. Only what is inside the clip is drawn.
 */
void
wk_renderer_draw (WkRenderer            *self,
                  cairo_t               *cr,
                  const WkRenderOptions *options)
{
  double x1, y1, x2, y2, dx = 1., dy = 0.;
  gboolean labels;
  WkRect clip;
  WkFrame f;

  g_return_if_fail (WK_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  if (!_wk_frame_init (&f, self, options))
    return;

  cairo_save (cr);
  /* half a pixel is as close as anyone sees; cairo's 0.1 costs a lot on arcs */
  cairo_set_tolerance (cr, .5);
  cairo_user_to_device_distance (cr, &dx, &dy);
  f.device_scale = hypot (dx, dy);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  /* what lies just outside can still reach in: thick strokes, hulls */
  clip.x = x1 - NODE_RADIUS_MAX - HULL_PAD;
  clip.y = y1 - NODE_RADIUS_MAX - HULL_PAD;
  clip.width = x2 - x1 + 2 * (NODE_RADIUS_MAX + HULL_PAD);
  clip.height = y2 - y1 + 2 * (NODE_RADIUS_MAX + HULL_PAD);
  labels = _wk_frame_labels_shown (&f, cr);

  if (options->layer == WK_RENDER_LAYER_ALL || options->layer == WK_RENDER_LAYER_BACKGROUND)
    draw_pass (&f, cr, PASS_BASE, &clip, labels);

  if (options->layer != WK_RENDER_LAYER_BACKGROUND)
    {
      if (f.near != NULL && options->layer != WK_RENDER_LAYER_TOP)
        {
          /* the same as drawing the rest at dim_alpha, for one layer of paint */
          wk_color_set_source (cr, &f.scheme->background, 1. - f.scheme->dim_alpha);
          cairo_paint (cr);
        }
      if (f.near != NULL || f.focus != NULL)
        draw_pass (&f, cr, PASS_TOP, &clip, labels);

      if (options->selected >= 0 && (guint) options->selected < f.n_nodes &&
          _wk_frame_is_visible (&f, options->selected))
        {
          const WkNetworkNode *node = wk_network_get_node (self->network, options->selected);
          double x, y;

          _wk_node_center (node, &x, &y);
          wk_palette_append_shape (cr, wk_palette_node_shape (node), x, y,
                                   _wk_frame_node_radius (&f, options->selected) + 4.);
          wk_color_set_source (cr, &f.scheme->selection, 1.);
          cairo_set_line_width (cr, 2.5 * f.scheme->line_scale);
          cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
  _wk_frame_clear (&f);
}

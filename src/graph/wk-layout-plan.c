/* wk-layout-plan.c: what the layout helper is asked, and what is made of its answer
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The DOT the helper gets holds no user text at all: nodes are called "n"
 * and their index, and a node's size, estimated from its label's length, is
 * all that is said about the label.
 *
 * Stability. Nodes the user pinned stay exactly where they are, to the bit,
 * through every layout. A layout that is not "from scratch" keeps every node
 * that already has a position and only places the new ones: the kept nodes
 * are pinned (pos="x,y!"), and a new node starts at the mean of its placed
 * neighbours plus a little jitter, so neato puts it near them. neato and fdp
 * honour pins; sfdp does not, so the automatic choice takes neato whenever
 * something stays, up to WK_LAYOUT_NEATO_PINNED_MAX nodes (neato's stress
 * majorisation needs all pairwise distances, which does not scale beyond
 * that).
 *
 * Even neato's pins do not survive Graphviz's overlap removal (prism shrinks
 * and stretches the whole drawing, pins or not) and its final translation.
 * So the result is post-processed, whatever the engine: the rotation,
 * reflection, scale (never below 1, which could make boxes overlap) and
 * shift that best map (least squares) the fixed nodes as Graphviz left them
 * onto where they were is applied to the whole layout, the fixed nodes are
 * put back exactly, and then the other nodes are pushed out of any box they
 * now overlap (separate_boxes()). For sfdp, which ignores pins, this is what
 * keeps them; for neato and fdp it undoes what prism did to them.
 */
#include <math.h>

#include "wk-layout-private.h"

#define NODE_HEIGHT       28.0    /* points */
#define NODE_MIN_WIDTH    40.0
#define NODE_MAX_CHARS    32      /* the view ellipsizes longer labels */
#define CHAR_WIDTH        6.5
#define NODE_PADDING      20.0
#define START_JITTER      18.0    /* points around the mean of the neighbours */
#define NODE_MARGIN       4.0     /* points between boxes: sep="+4" */
#define SEPARATE_ROUNDS   200

void
_wk_layout_plan_free (WkLayoutPlan *plan)
{
  g_free (plan->points);
  g_free (plan->state);
  g_free (plan->widths);
  g_free (plan->dot);
  g_free (plan);
}

/**
 * wk_layout_get_node_size:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The box the layout keeps free for @node, from the length of its label.
 */
void
wk_layout_get_node_size (const WkNetworkNode *node,
                         double              *width,
                         double              *height)
{
  glong n_chars;

  g_return_if_fail (node != NULL);

  n_chars = node->label != NULL && g_utf8_validate (node->label, -1, NULL)
    ? g_utf8_strlen (node->label, -1)
    : (node->label != NULL ? (glong) strlen (node->label) : 0);
  n_chars = MIN (n_chars, NODE_MAX_CHARS);
  if (width != NULL)
    *width = MAX (NODE_MIN_WIDTH, n_chars * CHAR_WIDTH + NODE_PADDING);
  if (height != NULL)
    *height = NODE_HEIGHT;
}

static gboolean
node_is_fixed (const WkNetworkNode   *node,
               const WkLayoutOptions *options)
{
  return node->has_position && (node->pinned || !options->from_scratch);
}

static guint
count_fixed (WkNetwork             *network,
             const WkLayoutOptions *options)
{
  guint n = wk_network_get_n_nodes (network);
  guint n_fixed = 0;

  for (guint i = 0; i < n; i++)
    if (node_is_fixed (wk_network_get_node (network, i), options))
      n_fixed++;
  return n_fixed;
}

static WkLayoutEngine
choose_engine (WkNetwork             *network,
               const WkLayoutOptions *options,
               guint                  n_fixed)
{
  guint n = wk_network_get_n_nodes (network);

  if (options->engine != WK_LAYOUT_ENGINE_AUTOMATIC)
    return options->engine;
  if (options->grouping != WK_LAYOUT_GROUP_NONE)
    return WK_LAYOUT_ENGINE_FDP;
  if (n_fixed > 0 && n <= WK_LAYOUT_NEATO_PINNED_MAX)
    return WK_LAYOUT_ENGINE_NEATO;
  return n < WK_LAYOUT_SFDP_THRESHOLD ? WK_LAYOUT_ENGINE_NEATO : WK_LAYOUT_ENGINE_SFDP;
}

/**
 * wk_layout_choose_engine:
 *
 * The engine a layout of @network with @options uses: the one the options
 * name, or automatically fdp when grouping into clusters, neato when nodes
 * keep their place (pinned, or placed by a previous layout) in networks of
 * up to %WK_LAYOUT_NEATO_PINNED_MAX nodes, neato below
 * %WK_LAYOUT_SFDP_THRESHOLD nodes and sfdp from there.
 *
 * Returns: never %WK_LAYOUT_ENGINE_AUTOMATIC
 */
WkLayoutEngine
wk_layout_choose_engine (WkNetwork             *network,
                         const WkLayoutOptions *options)
{
  g_return_val_if_fail (WK_IS_NETWORK (network), WK_LAYOUT_ENGINE_NEATO);
  g_return_val_if_fail (options != NULL, WK_LAYOUT_ENGINE_NEATO);

  return choose_engine (network, options, count_fixed (network, options));
}

/* New nodes start near their placed neighbours: in waves outward from the
 * fixed nodes, each at the mean of the neighbours placed so far. */
static void
plan_start_positions (WkLayoutPlan      *plan,
                      WkNetwork *network)
{
  guint n_edges = wk_network_get_n_edges (network);
  g_autofree guint *degree = g_new0 (guint, plan->n_nodes + 1);
  g_autofree guint *adjacent = g_new (guint, 2 * n_edges);
  g_autofree guint *filled = g_new0 (guint, plan->n_nodes);
  g_autofree guint8 *placed = g_new0 (guint8, plan->n_nodes);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  gboolean progress = TRUE;

  /* neighbours as one array: degree[] becomes the offsets */
  for (guint e = 0; e < n_edges; e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (network, e);

      degree[edge->source + 1]++;
      degree[edge->target + 1]++;
    }
  for (guint i = 0; i < plan->n_nodes; i++)
    degree[i + 1] += degree[i];
  for (guint e = 0; e < n_edges; e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (network, e);

      adjacent[degree[edge->source] + filled[edge->source]++] = edge->target;
      adjacent[degree[edge->target] + filled[edge->target]++] = edge->source;
    }

  for (guint i = 0; i < plan->n_nodes; i++)
    if (plan->state[i] == NODE_FIXED)
      {
        placed[i] = TRUE;
        min_x = MIN (min_x, plan->points[i].x);
        max_x = MAX (max_x, plan->points[i].x);
        min_y = MIN (min_y, plan->points[i].y);
        max_y = MAX (max_y, plan->points[i].y);
      }

  while (progress)
    {
      g_autofree guint8 *wave = g_memdup2 (placed, plan->n_nodes);

      progress = FALSE;
      for (guint i = 0; i < plan->n_nodes; i++)
        {
          double sum_x = 0, sum_y = 0;
          guint n = 0;

          if (placed[i])
            continue;
          for (guint k = degree[i]; k < degree[i + 1]; k++)
            if (wave[adjacent[k]])
              {
                sum_x += plan->points[adjacent[k]].x;
                sum_y += plan->points[adjacent[k]].y;
                n++;
              }
          if (n == 0)
            continue;
          plan->points[i].x = sum_x / n + g_rand_double_range (rand, -START_JITTER, START_JITTER);
          plan->points[i].y = sum_y / n + g_rand_double_range (rand, -START_JITTER, START_JITTER);
          plan->state[i] = NODE_START;
          placed[i] = TRUE;
          progress = TRUE;
        }
    }

  /* not connected to anything placed: somewhere in the picture */
  for (guint i = 0; i < plan->n_nodes; i++)
    if (!placed[i])
      {
        plan->points[i].x = g_rand_double_range (rand, min_x, max_x + 1);
        plan->points[i].y = g_rand_double_range (rand, min_y, max_y + 1);
        plan->state[i] = NODE_START;
      }
}

static void
append_double (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
append_inches (GString *out,
               double   points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.4f", points / 72.0));
}

static void
plan_write_clusters (WkLayoutPlan                  *plan,
                     WkNetwork             *network,
                     const WkLayoutOptions *options,
                     GString               *out)
{
  g_autoptr(GHashTable) clusters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < plan->n_nodes; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *key = NULL;
      GPtrArray *members;

      if (options->grouping == WK_LAYOUT_GROUP_TYPE)
        key = g_strdup_printf ("%d:%s", node->kind, node->type_key != NULL ? node->type_key : "");
      else if (options->communities != NULL)
        key = g_strdup_printf ("%u", options->communities[i]);
      else
        return;

      members = g_hash_table_lookup (clusters, key);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_ptr_array_add (order, members);
          g_hash_table_insert (clusters, g_steal_pointer (&key), members);
        }
      g_ptr_array_add (members, GUINT_TO_POINTER (i));
    }

  for (guint c = 0; c < order->len; c++)
    {
      GPtrArray *members = g_ptr_array_index (order, c);

      g_string_append_printf (out, "subgraph cluster%u {", c);
      for (guint k = 0; k < members->len; k++)
        g_string_append_printf (out, " n%u;", GPOINTER_TO_UINT (g_ptr_array_index (members, k)));
      g_string_append (out, " }\n");
    }
}

void
_wk_layout_plan_write_dot (WkLayoutPlan                  *plan,
                WkNetwork             *network,
                const WkLayoutOptions *options)
{
  GString *out = g_string_sized_new (64 * (plan->n_nodes + wk_network_get_n_edges (network)) + 256);
  guint n_edges = wk_network_get_n_edges (network);

  /* inputscale: pos is in points, as the network has it */
  g_string_append (out, "graph {\n"
                        "graph [splines=false, overlap=prism, sep=\"+4\", inputscale=72];\n");
  g_string_append (out, "node [shape=box, fixedsize=true, label=\"\", height=");
  append_inches (out, NODE_HEIGHT);
  g_string_append (out, "];\n");

  for (guint i = 0; i < plan->n_nodes; i++)
    {
      g_string_append_printf (out, "n%u [width=", i);
      append_inches (out, plan->widths[i]);
      if (plan->state[i] != NODE_FREE)
        {
          g_string_append (out, ", pos=\"");
          append_double (out, plan->points[i].x);
          g_string_append_c (out, ',');
          append_double (out, plan->points[i].y);
          g_string_append (out, plan->state[i] == NODE_FIXED ? "!\"" : "\"");
        }
      g_string_append (out, "];\n");
    }

  if (options->grouping != WK_LAYOUT_GROUP_NONE && plan->engine == WK_LAYOUT_ENGINE_FDP)
    plan_write_clusters (plan, network, options, out);

  for (guint e = 0; e < n_edges; e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (network, e);

      if (edge->source != edge->target)
        g_string_append_printf (out, "n%u -- n%u;\n", edge->source, edge->target);
    }
  g_string_append (out, "}\n");

  plan->dot = g_string_free (out, FALSE);
}

WkLayoutPlan *
_wk_layout_plan_new (WkNetwork             *network,
          const WkLayoutOptions *options)
{
  WkLayoutPlan *plan = g_new0 (WkLayoutPlan, 1);

  plan->n_nodes = wk_network_get_n_nodes (network);
  plan->points = g_new0 (WkLayoutPoint, plan->n_nodes);
  plan->state = g_new0 (guint8, plan->n_nodes);
  plan->widths = g_new0 (double, plan->n_nodes);

  for (guint i = 0; i < plan->n_nodes; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);

      wk_layout_get_node_size (node, &plan->widths[i], NULL);
      if (!node_is_fixed (node, options))
        continue;
      plan->state[i] = NODE_FIXED;
      plan->points[i].x = node->x;
      plan->points[i].y = node->y;
      plan->n_fixed++;
    }
  plan->engine = choose_engine (network, options, plan->n_fixed);

  /* a previous layout kept: the new nodes start beside their neighbours */
  if (plan->n_fixed > 0 && plan->n_fixed < plan->n_nodes && !options->from_scratch)
    plan_start_positions (plan, network);

  return plan;
}

/**
 * wk_layout_write_input:
 * @engine: (out) (optional): the engine the helper would run
 *
 * Returns: (transfer full): the DOT text the layout helper would read
 */
char *
wk_layout_write_input (WkNetwork             *network,
                       const WkLayoutOptions *options,
                       WkLayoutEngine        *engine)
{
  g_autoptr(WkLayoutPlan) plan = NULL;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  plan = _wk_layout_plan_new (network, options);
  _wk_layout_plan_write_dot (plan, network, options);
  if (engine != NULL)
    *engine = plan->engine;
  return g_steal_pointer (&plan->dot);
}

/* Reading the helper's answer ---------------------------------------------- */

static gboolean
parse_number (const char  *text,
              const char **end,
              double      *value)
{
  char *stop = NULL;

  *value = g_ascii_strtod (text, &stop);
  if (stop == text || !isfinite (*value))
    return FALSE;
  *end = stop;
  return TRUE;
}

static gboolean
parse_line (const char    *line,
            guint          n_nodes,
            guint8        *seen,
            WkLayoutPoint *points)
{
  const char *p = line;
  guint64 index;
  char *stop = NULL;
  double x, y;

  if (*p++ != 'n' || !g_ascii_isdigit (*p))
    return FALSE;
  index = g_ascii_strtoull (p, &stop, 10);
  if (index >= n_nodes || seen[index] || *stop != ' ')
    return FALSE;
  if (!parse_number (stop + 1, &p, &x) || *p != ' ')
    return FALSE;
  if (!parse_number (p + 1, &p, &y) || *p != '\0')
    return FALSE;

  seen[index] = TRUE;
  points[index].x = x;
  points[index].y = y;
  return TRUE;
}

gboolean
_wk_layout_parse_output (GBytes        *bytes,
              guint          n_nodes,
              WkLayoutPoint *points)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
  g_autofree char *text = NULL;
  g_autofree guint8 *seen = g_new0 (guint8, n_nodes);
  char *line, *next;
  guint n_seen = 0;
  gboolean ended = FALSE;

  if (data == NULL || size == 0 || memchr (data, '\0', size) != NULL)
    return FALSE;
  text = g_strndup (data, size);

  for (line = text; line != NULL && *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next == NULL)
        return FALSE;   /* cut off */
      *next++ = '\0';

      if (line == text)
        {
          if (strcmp (line, "wk-layout 1") != 0)
            return FALSE;
        }
      else if (ended)
        return FALSE;
      else if (strcmp (line, "end") == 0)
        ended = TRUE;
      else if (parse_line (line, n_nodes, seen, points))
        n_seen++;
      else
        return FALSE;
    }

  return ended && n_seen == n_nodes;
}

/* Putting the fixed nodes back ------------------------------------------------ */

static void
restore_fixed (WkLayoutPlan          *plan,
               WkLayoutPoint *points)
{
  double mean_out_x = 0, mean_out_y = 0, mean_in_x = 0, mean_in_y = 0;
  double a = 1, b = 0;     /* the rotation and scale, as a complex number */
  gboolean reflect = FALSE;

  if (plan->n_fixed == 0)
    return;

  for (guint i = 0; i < plan->n_nodes; i++)
    if (plan->state[i] == NODE_FIXED)
      {
        mean_out_x += points[i].x;
        mean_out_y += points[i].y;
        mean_in_x += plan->points[i].x;
        mean_in_y += plan->points[i].y;
      }
  mean_out_x /= plan->n_fixed;
  mean_out_y /= plan->n_fixed;
  mean_in_x /= plan->n_fixed;
  mean_in_y /= plan->n_fixed;

  /* fit z ↦ a·z or a·z̄ (least squares) on the fixed nodes */
  if (plan->n_fixed >= 2)
    {
      double norm = 0, rot_re = 0, rot_im = 0, ref_re = 0, ref_im = 0;

      for (guint i = 0; i < plan->n_nodes; i++)
        if (plan->state[i] == NODE_FIXED)
          {
            double px = points[i].x - mean_out_x, py = points[i].y - mean_out_y;
            double qx = plan->points[i].x - mean_in_x, qy = plan->points[i].y - mean_in_y;

            norm += px * px + py * py;
            rot_re += px * qx + py * qy;
            rot_im += px * qy - py * qx;
            ref_re += px * qx - py * qy;
            ref_im += px * qy + py * qx;
          }
      if (norm > 1e-9)
        {
          reflect = hypot (ref_re, ref_im) > hypot (rot_re, rot_im);
          a = (reflect ? ref_re : rot_re) / norm;
          b = (reflect ? ref_im : rot_im) / norm;
        }
      /* Graphviz left no overlaps: scaling up keeps it so, shrinking not */
      if (hypot (a, b) < 1 && hypot (a, b) > 1e-9)
        {
          double scale = hypot (a, b);

          a /= scale;
          b /= scale;
        }
      else if (hypot (a, b) <= 1e-9)
        {
          a = 1;
          b = 0;
          reflect = FALSE;
        }
    }

  for (guint i = 0; i < plan->n_nodes; i++)
    {
      double px = points[i].x - mean_out_x;
      double py = points[i].y - mean_out_y;

      if (plan->state[i] == NODE_FIXED)
        {
          points[i] = plan->points[i];
          continue;
        }
      if (reflect)
        py = -py;
      points[i].x = a * px - b * py + mean_in_x;
      points[i].y = b * px + a * py + mean_in_y;
    }
}

static int
compare_left (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const double *left = data;
  double l = left[*(const guint *) a], r = left[*(const guint *) b];

  return l < r ? -1 : l > r;
}

/* Pushes boxes apart that overlap, moving only nodes that are not fixed:
 * Graphviz's own overlap removal would move the fixed ones too. Rounds of
 * a sweep along x; each overlap is undone along the axis where it is
 * smallest. */
static void
separate_boxes (WkLayoutPlan          *plan,
                WkLayoutPoint *points)
{
  guint n = plan->n_nodes;
  g_autofree guint *order = g_new (guint, n);
  g_autofree double *left = g_new (double, n);
  double max_width = 0;

  for (guint i = 0; i < n; i++)
    max_width = MAX (max_width, plan->widths[i]);

  for (guint round = 0; round < SEPARATE_ROUNDS; round++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < n; i++)
        {
          order[i] = i;
          left[i] = points[i].x - plan->widths[i] / 2;
        }
      g_qsort_with_data (order, n, sizeof (guint), compare_left, left);

      for (guint k = 0; k < n; k++)
        for (guint m = k + 1; m < n; m++)
          {
            guint i = order[k], j = order[m];
            gboolean fixed_i = plan->state[i] == NODE_FIXED;
            gboolean fixed_j = plan->state[j] == NODE_FIXED;
            double dx, dy, over_x, over_y, share_i;

            if (left[j] > left[i] + max_width + NODE_MARGIN)
              break;
            if (fixed_i && fixed_j)
              continue;
            dx = points[j].x - points[i].x;
            dy = points[j].y - points[i].y;
            over_x = (plan->widths[i] + plan->widths[j]) / 2 + NODE_MARGIN - fabs (dx);
            over_y = NODE_HEIGHT + NODE_MARGIN - fabs (dy);
            if (over_x <= 0 || over_y <= 0)
              continue;

            share_i = fixed_j ? 1.0 : fixed_i ? 0.0 : 0.5;
            if (over_x < over_y)
              {
                double sign = dx > 0 || (dx == 0 && i < j) ? 1 : -1;

                points[i].x -= sign * over_x * share_i;
                points[j].x += sign * over_x * (1 - share_i);
              }
            else
              {
                double sign = dy > 0 || (dy == 0 && i < j) ? 1 : -1;

                points[i].y -= sign * over_y * share_i;
                points[j].y += sign * over_y * (1 - share_i);
              }
            moved = TRUE;
          }

      if (!moved)
        break;
    }
}

/* nothing to place: the positions as they are */
GArray *
_wk_layout_plan_get_kept (WkLayoutPlan *plan)
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (WkLayoutPoint), plan->n_nodes);

  g_array_append_vals (points, plan->points, plan->n_nodes);
  return points;
}

/* Graphviz's answer made to keep the fixed nodes where they were */
void
_wk_layout_plan_finish (WkLayoutPlan  *plan,
                        WkLayoutPoint *points)
{
  restore_fixed (plan, points);
  separate_boxes (plan, points);
}

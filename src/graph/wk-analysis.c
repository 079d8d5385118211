/* wk-analysis.c: network analysis of a wijk: betweenness, communities, connectors, gaps
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Written here because igraph is GPL and cannot be linked beside Graphviz.
 * The results are checked against networkx (tests/test-analysis-networkx.py),
 * so the definitions follow networkx's where there is a choice:
 *
 * - The network is read as an undirected simple graph, as networkx.WkTieGraph
 *   would: A→B, B→A and a second A–B relation are one tie, self loops are
 *   dropped. A tie is as strong as its strongest relation (1–3).
 * - Betweenness is Brandes' algorithm, normalised as networkx's default for
 *   undirected graphs: the sum over the unordered pairs {s, t} (s, t ≠ v) of
 *   the share of shortest s–t paths through v, times 2 / ((n − 1)(n − 2));
 *   no scaling when n ≤ 2. n counts every node, the isolated ones too.
 * - Weighted betweenness: a stronger tie is a shorter path, the length of a
 *   tie is 1 / strength (networkx's betweenness_centrality with that as the
 *   weight). Path lengths are summed from the source outwards exactly as
 *   networkx's Dijkstra does, so equal-length paths compare equal in the
 *   same cases.
 * - Communities: Louvain on the strengths as weights (resolution 1), with
 *   the node order shuffled by a GRand with the caller's seed, levels
 *   stopped when modularity gains no more than 1e-7 (networkx's threshold).
 *   Modularity is Newman's, Q = Σ_c (L_c / m − (d_c / 2m)²), 0 without ties.
 *
 * The result is immutable, the network is only read: the analysis may run
 * in a thread while nobody changes the network.
 */
#include "wk-analysis.h"
#include "wk-analysis-private.h"

#include <math.h>
#include <stdlib.h>



struct _WkAnalysis
{
  GObject          parent_instance;

  WkNetwork       *network;
  WkTieGraph            graph;
  guint           *strength;
  double          *betweenness;
  double          *weighted;
  guint           *community;
  guint           *community_size;
  guint            n_communities;
  double           modularity;
  int             *node_type;
  GPtrArray       *type_keys;
  GPtrArray       *type_labels;
  GArray          *type_size;       /* guint */
  guint8          *bridge_flags;
  guint           *n_neighbour_communities;
  guint           *n_neighbour_types;
  GArray          *bridges;         /* guint */
  GArray          *isolated;        /* guint */
  GArray          *type_gaps;       /* WkAnalysisPair */
  GArray          *community_gaps;  /* WkAnalysisPair */
};

G_DEFINE_FINAL_TYPE (WkAnalysis, wk_analysis, G_TYPE_OBJECT)

void
_wk_tie_graph_clear (WkTieGraph *graph)
{
  g_clear_pointer (&graph->offsets, g_free);
  g_clear_pointer (&graph->targets, g_free);
  g_clear_pointer (&graph->weights, g_free);
  g_clear_pointer (&graph->loops, g_free);
  graph->n = graph->m = 0;
}

typedef struct {
  guint u;
  guint v;
  int   strength;
} Tie;

static int
tie_compare (const void *a,
             const void *b)
{
  const Tie *x = a;
  const Tie *y = b;

  if (x->u != y->u)
    return x->u < y->u ? -1 : 1;
  if (x->v != y->v)
    return x->v < y->v ? -1 : 1;
  return 0;
}

void
_wk_tie_graph_init (WkTieGraph     *graph,
                         WkNetwork *network)
{
  guint n = wk_network_get_n_nodes (network);
  guint n_edges = wk_network_get_n_edges (network);
  g_autofree Tie *ties = g_new (Tie, MAX (n_edges, 1));
  g_autofree guint *fill = NULL;
  guint n_ties = 0;
  guint m = 0;

  for (guint i = 0; i < n_edges; i++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (network, i);

      if (edge->source == edge->target)
        continue;
      ties[n_ties].u = MIN (edge->source, edge->target);
      ties[n_ties].v = MAX (edge->source, edge->target);
      ties[n_ties].strength = CLAMP (edge->strength, 1, 3);
      n_ties++;
    }
  qsort (ties, n_ties, sizeof (Tie), tie_compare);
  for (guint i = 0; i < n_ties; i++)
    {
      if (m > 0 && ties[m - 1].u == ties[i].u && ties[m - 1].v == ties[i].v)
        ties[m - 1].strength = MAX (ties[m - 1].strength, ties[i].strength);
      else
        ties[m++] = ties[i];
    }

  graph->n = n;
  graph->m = m;
  graph->offsets = g_new0 (guint, n + 1);
  graph->targets = g_new (guint, 2 * (gsize) m + 1);
  graph->weights = g_new (double, 2 * (gsize) m + 1);
  for (guint i = 0; i < m; i++)
    {
      graph->offsets[ties[i].u + 1]++;
      graph->offsets[ties[i].v + 1]++;
    }
  for (guint i = 0; i < n; i++)
    graph->offsets[i + 1] += graph->offsets[i];
  /* sorted by (u, v), so every list comes out in ascending order */
  fill = g_memdup2 (graph->offsets, sizeof (guint) * (n + 1));
  for (guint i = 0; i < m; i++)
    {
      guint a = fill[ties[i].u]++;
      guint b = fill[ties[i].v]++;

      graph->targets[a] = ties[i].v;
      graph->weights[a] = ties[i].strength;
      graph->targets[b] = ties[i].u;
      graph->weights[b] = ties[i].strength;
    }
}

/* Types, connectors, gaps, isolated actors */

static void
compute_types (WkAnalysis *self)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint u = 0; u < self->graph.n; u++)
    {
      const WkNetworkNode *node = wk_network_get_node (self->network, u);
      gpointer found;
      guint type;

      self->node_type[u] = -1;
      if (node->kind != WK_NODE_ACTOR || node->type_key == NULL || node->type_key[0] == '\0')
        continue;
      found = g_hash_table_lookup (index, node->type_key);
      if (found == NULL)
        {
          guint zero = 0;
          const char *label = node->type_label != NULL && node->type_label[0] != '\0'
            ? node->type_label : node->type_key;

          g_ptr_array_add (self->type_keys, g_strdup (node->type_key));
          g_ptr_array_add (self->type_labels, g_strdup (label));
          g_array_append_val (self->type_size, zero);
          type = self->type_keys->len - 1;
          g_hash_table_insert (index, g_ptr_array_index (self->type_keys, type),
                               GUINT_TO_POINTER (type + 1));
        }
      else
        type = GPOINTER_TO_UINT (found) - 1;
      self->node_type[u] = (int) type;
      g_array_index (self->type_size, guint, type)++;
    }
}

static int
compare_bridges (const void *a,
                 const void *b,
                 void       *data)
{
  const double *betweenness = data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  if (betweenness[x] != betweenness[y])
    return betweenness[x] > betweenness[y] ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

static void
compute_bridges_and_gaps (WkAnalysis *self)
{
  const WkTieGraph *graph = &self->graph;
  guint n = graph->n;
  guint n_types = self->type_keys->len;
  guint n_groups = 0;
  g_autofree guint *seen_comm = g_new (guint, MAX (self->n_communities, 1));
  g_autofree guint *seen_type = g_new (guint, MAX (n_types, 1));
  g_autofree guint8 *type_tie = g_new0 (guint8, MAX ((gsize) n_types * n_types, 1));
  g_autofree guint8 *comm_tie = NULL;

  for (guint c = 0; c < self->n_communities; c++)
    {
      seen_comm[c] = G_MAXUINT;
      if (self->community_size[c] >= 2)
        n_groups++;
    }
  for (guint t = 0; t < n_types; t++)
    seen_type[t] = G_MAXUINT;
  comm_tie = g_new0 (guint8, MAX ((gsize) n_groups * n_groups, 1));

  for (guint u = 0; u < n; u++)
    {
      guint n_comm = 0;
      guint n_type = 0;
      guint8 flags = WK_BRIDGE_NONE;

      if (graph->offsets[u] == graph->offsets[u + 1])
        g_array_append_val (self->isolated, u);

      for (guint e = graph->offsets[u]; e < graph->offsets[u + 1]; e++)
        {
          guint v = graph->targets[e];
          guint cu = self->community[u];
          guint cv = self->community[v];
          int tu = self->node_type[u];
          int tv = self->node_type[v];

          if (seen_comm[cv] != u)
            {
              seen_comm[cv] = u;
              n_comm++;
            }
          if (tv >= 0 && seen_type[tv] != u)
            {
              seen_type[tv] = u;
              n_type++;
            }
          if (tu >= 0 && tv >= 0 && tu != tv)
            type_tie[(gsize) tu * n_types + tv] = 1;
          /* communities are numbered largest first: the groups come first */
          if (cu != cv && cu < n_groups && cv < n_groups)
            comm_tie[(gsize) cu * n_groups + cv] = 1;
        }

      self->n_neighbour_communities[u] = n_comm;
      self->n_neighbour_types[u] = n_type;
      if (n_comm >= 2)
        flags |= WK_BRIDGE_COMMUNITIES;
      if (n_type >= 2)
        flags |= WK_BRIDGE_TYPES;
      self->bridge_flags[u] = flags;
      if (flags != WK_BRIDGE_NONE)
        g_array_append_val (self->bridges, u);
    }
  g_qsort_with_data (self->bridges->data, self->bridges->len, sizeof (guint),
                     compare_bridges, self->betweenness);

  for (guint a = 0; a < n_types; a++)
    for (guint b = a + 1; b < n_types; b++)
      if (!type_tie[(gsize) a * n_types + b])
        {
          WkAnalysisPair pair = { a, b };

          g_array_append_val (self->type_gaps, pair);
        }
  for (guint a = 0; a < n_groups; a++)
    for (guint b = a + 1; b < n_groups; b++)
      if (!comm_tie[(gsize) a * n_groups + b])
        {
          WkAnalysisPair pair = { a, b };

          g_array_append_val (self->community_gaps, pair);
        }
}

static void
wk_analysis_finalize (GObject *object)
{
  WkAnalysis *self = WK_ANALYSIS (object);

  _wk_tie_graph_clear (&self->graph);
  g_free (self->strength);
  g_free (self->betweenness);
  g_free (self->weighted);
  g_free (self->community);
  g_free (self->community_size);
  g_free (self->node_type);
  g_free (self->bridge_flags);
  g_free (self->n_neighbour_communities);
  g_free (self->n_neighbour_types);
  g_clear_pointer (&self->type_keys, g_ptr_array_unref);
  g_clear_pointer (&self->type_labels, g_ptr_array_unref);
  g_clear_pointer (&self->type_size, g_array_unref);
  g_clear_pointer (&self->bridges, g_array_unref);
  g_clear_pointer (&self->isolated, g_array_unref);
  g_clear_pointer (&self->type_gaps, g_array_unref);
  g_clear_pointer (&self->community_gaps, g_array_unref);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (wk_analysis_parent_class)->finalize (object);
}

static void
wk_analysis_class_init (WkAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_analysis_finalize;
}

static void
wk_analysis_init (WkAnalysis *self)
{
  self->type_keys = g_ptr_array_new_with_free_func (g_free);
  self->type_labels = g_ptr_array_new_with_free_func (g_free);
  self->type_size = g_array_new (FALSE, FALSE, sizeof (guint));
  self->bridges = g_array_new (FALSE, FALSE, sizeof (guint));
  self->isolated = g_array_new (FALSE, FALSE, sizeof (guint));
  self->type_gaps = g_array_new (FALSE, FALSE, sizeof (WkAnalysisPair));
  self->community_gaps = g_array_new (FALSE, FALSE, sizeof (WkAnalysisPair));
}

/**
 * wk_analysis_new:
 * @network: the network, which nobody may change while this runs
 * @seed: the seed of Louvain's node order: the same seed, the same communities
 * @cancellable: (nullable): checked between the sources of the betweenness
 *
 * Analyses @network: degrees, betweenness, communities, connectors, gaps and
 * isolated actors. Takes O(nm) time; for a large network run it in a thread
 * with wk_analysis_new_async().
 *
 * Returns: (transfer full): the analysis, or %NULL if cancelled
 */
WkAnalysis *
wk_analysis_new (WkNetwork     *network,
                 guint32        seed,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(WkAnalysis) self = NULL;
  guint n;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (WK_TYPE_ANALYSIS, NULL);
  self->network = g_object_ref (network);
  _wk_tie_graph_init (&self->graph, network);
  n = self->graph.n;

  self->strength = g_new0 (guint, MAX (n, 1));
  for (guint u = 0; u < n; u++)
    for (guint e = self->graph.offsets[u]; e < self->graph.offsets[u + 1]; e++)
      self->strength[u] += (guint) self->graph.weights[e];

  self->betweenness = g_new0 (double, MAX (n, 1));
  self->weighted = g_new0 (double, MAX (n, 1));
  if (!_wk_betweenness_compute (&self->graph, FALSE, self->betweenness, cancellable)
      || !_wk_betweenness_compute (&self->graph, TRUE, self->weighted, cancellable))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }

  self->community = g_new0 (guint, MAX (n, 1));
  self->n_communities = _wk_louvain (&self->graph, seed, self->community, &self->community_size,
                                     &self->modularity);

  self->node_type = g_new (int, MAX (n, 1));
  self->bridge_flags = g_new0 (guint8, MAX (n, 1));
  self->n_neighbour_communities = g_new0 (guint, MAX (n, 1));
  self->n_neighbour_types = g_new0 (guint, MAX (n, 1));
  compute_types (self);
  compute_bridges_and_gaps (self);

  return g_steal_pointer (&self);
}

static void
analyse_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  WkNetwork *network = task_data;
  guint32 seed = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "wk-seed"));
  GError *error = NULL;
  WkAnalysis *analysis = wk_analysis_new (network, seed, cancellable, &error);

  if (analysis == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, analysis, g_object_unref);
}

/**
 * wk_analysis_new_async:
 * @network: the network, which nobody may change until @callback runs
 *
 * Runs wk_analysis_new() in a thread.
 */
void
wk_analysis_new_async (WkNetwork           *network,
                       guint32              seed,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WK_IS_NETWORK (network));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wk_analysis_new_async);
  g_task_set_task_data (task, g_object_ref (network), g_object_unref);
  g_object_set_data (G_OBJECT (task), "wk-seed", GUINT_TO_POINTER (seed));
  g_task_run_in_thread (task, analyse_in_thread);
}

/**
 * wk_analysis_new_finish:
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 */
WkAnalysis *
wk_analysis_new_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wk_analysis_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * wk_analysis_get_network:
 *
 * Returns: (transfer none): the network analysed
 */
WkNetwork *
wk_analysis_get_network (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  return self->network;
}

guint
wk_analysis_get_n_nodes (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  return self->graph.n;
}

/**
 * wk_analysis_get_n_ties:
 *
 * Returns: the number of pairs of nodes with at least one relation between them
 */
guint
wk_analysis_get_n_ties (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  return self->graph.m;
}

/**
 * wk_analysis_get_degree:
 *
 * Returns: the number of other nodes @node is tied to
 */
guint
wk_analysis_get_degree (WkAnalysis *self,
                        guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (node < self->graph.n, 0);
  return self->graph.offsets[node + 1] - self->graph.offsets[node];
}

/**
 * wk_analysis_get_strength:
 *
 * Returns: the sum of the strengths of @node's ties
 */
guint
wk_analysis_get_strength (WkAnalysis *self,
                          guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (node < self->graph.n, 0);
  return self->strength[node];
}

/**
 * wk_analysis_get_betweenness:
 *
 * Returns: the normalised betweenness of @node, counting every tie as one step
 */
double
wk_analysis_get_betweenness (WkAnalysis *self,
                             guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0.0);
  g_return_val_if_fail (node < self->graph.n, 0.0);
  return self->betweenness[node];
}

/**
 * wk_analysis_get_weighted_betweenness:
 *
 * Returns: the normalised betweenness of @node, a tie of strength s being
 * 1/s long
 */
double
wk_analysis_get_weighted_betweenness (WkAnalysis *self,
                                      guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0.0);
  g_return_val_if_fail (node < self->graph.n, 0.0);
  return self->weighted[node];
}

/**
 * wk_analysis_get_community:
 *
 * Returns: the community of @node; 0 is the largest
 */
guint
wk_analysis_get_community (WkAnalysis *self,
                           guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (node < self->graph.n, 0);
  return self->community[node];
}

/**
 * wk_analysis_get_node_type:
 *
 * Returns: the actor type of @node as an index for wk_analysis_get_type_key(),
 * or -1 for an initiative or an actor without a type
 */
int
wk_analysis_get_node_type (WkAnalysis *self,
                           guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), -1);
  g_return_val_if_fail (node < self->graph.n, -1);
  return self->node_type[node];
}

/**
 * wk_analysis_get_bridge_flags:
 *
 * Returns: whether @node's ties reach two or more communities, and two or
 * more actor types
 */
WkBridgeFlags
wk_analysis_get_bridge_flags (WkAnalysis *self,
                              guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), WK_BRIDGE_NONE);
  g_return_val_if_fail (node < self->graph.n, WK_BRIDGE_NONE);
  return self->bridge_flags[node];
}

/**
 * wk_analysis_get_n_neighbour_communities:
 *
 * Returns: in how many communities @node's neighbours are (its own may be one)
 */
guint
wk_analysis_get_n_neighbour_communities (WkAnalysis *self,
                                         guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (node < self->graph.n, 0);
  return self->n_neighbour_communities[node];
}

/**
 * wk_analysis_get_n_neighbour_types:
 *
 * Returns: how many actor types @node's neighbours have (untyped ones not counted)
 */
guint
wk_analysis_get_n_neighbour_types (WkAnalysis *self,
                                   guint       node)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (node < self->graph.n, 0);
  return self->n_neighbour_types[node];
}

/**
 * wk_analysis_get_n_communities:
 *
 * Returns: the number of communities; every isolated node is one of its own
 */
guint
wk_analysis_get_n_communities (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  return self->n_communities;
}

guint
wk_analysis_get_community_size (WkAnalysis *self,
                                guint       community)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (community < self->n_communities, 0);
  return self->community_size[community];
}

/**
 * wk_analysis_get_modularity:
 *
 * Returns: the modularity of the communities found, 0 without ties
 */
double
wk_analysis_get_modularity (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0.0);
  return self->modularity;
}

/**
 * wk_analysis_get_n_types:
 *
 * Returns: the number of actor types among the nodes
 */
guint
wk_analysis_get_n_types (WkAnalysis *self)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  return self->type_keys->len;
}

const char *
wk_analysis_get_type_key (WkAnalysis *self,
                          guint       type)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (type < self->type_keys->len, NULL);
  return g_ptr_array_index (self->type_keys, type);
}

/**
 * wk_analysis_get_type_label:
 *
 * Returns: the label of the first actor of @type that has one, or else the key
 */
const char *
wk_analysis_get_type_label (WkAnalysis *self,
                            guint       type)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (type < self->type_keys->len, NULL);
  return g_ptr_array_index (self->type_labels, type);
}

/**
 * wk_analysis_get_type_size:
 *
 * Returns: the number of actors of @type
 */
guint
wk_analysis_get_type_size (WkAnalysis *self,
                           guint       type)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), 0);
  g_return_val_if_fail (type < self->type_keys->len, 0);
  return g_array_index (self->type_size, guint, type);
}

/**
 * wk_analysis_get_bridges:
 * @n_bridges: (out): the number of nodes returned
 *
 * Returns: (array length=n_bridges) (transfer none): the nodes with any
 * bridge flag, highest betweenness first
 */
const guint *
wk_analysis_get_bridges (WkAnalysis *self,
                         guint      *n_bridges)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (n_bridges != NULL, NULL);
  *n_bridges = self->bridges->len;
  return (const guint *) self->bridges->data;
}

/**
 * wk_analysis_get_isolated:
 * @n_isolated: (out): the number of nodes returned
 *
 * Returns: (array length=n_isolated) (transfer none): the nodes without any
 * tie to another node, in network order
 */
const guint *
wk_analysis_get_isolated (WkAnalysis *self,
                          guint      *n_isolated)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (n_isolated != NULL, NULL);
  *n_isolated = self->isolated->len;
  return (const guint *) self->isolated->data;
}

/**
 * wk_analysis_get_type_gaps:
 * @n_gaps: (out): the number of pairs returned
 *
 * Returns: (array length=n_gaps) (transfer none): the pairs of actor types
 * with no tie at all between an actor of the one and an actor of the other
 */
const WkAnalysisPair *
wk_analysis_get_type_gaps (WkAnalysis *self,
                           guint      *n_gaps)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (n_gaps != NULL, NULL);
  *n_gaps = self->type_gaps->len;
  return (const WkAnalysisPair *) self->type_gaps->data;
}

/**
 * wk_analysis_get_community_gaps:
 * @n_gaps: (out): the number of pairs returned
 *
 * Only communities of two or more nodes count: a node alone is reported
 * as isolated, or as the connector it is.
 *
 * Returns: (array length=n_gaps) (transfer none): the pairs of communities
 * with no tie at all between them
 */
const WkAnalysisPair *
wk_analysis_get_community_gaps (WkAnalysis *self,
                                guint      *n_gaps)
{
  g_return_val_if_fail (WK_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (n_gaps != NULL, NULL);
  *n_gaps = self->community_gaps->len;
  return (const WkAnalysisPair *) self->community_gaps->data;
}

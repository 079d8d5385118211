/* wk-analysis.c: network analysis of a wijk: betweenness, communities, connectors, gaps
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Written here because igraph is GPL and cannot be linked beside Graphviz.
 * The results are checked against networkx (tests/test-analysis-networkx.py),
 * so the definitions follow networkx's where there is a choice:
 *
 * - The network is read as an undirected simple graph, as networkx.Graph
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

#include <math.h>
#include <stdlib.h>

#define LOUVAIN_THRESHOLD 1e-7
#define LOUVAIN_MAX_PASSES 1000
#define CANCEL_CHECK_EVERY 64

/* The undirected simple graph in compressed rows; each list sorted. */
typedef struct {
  guint   n;
  guint   m;          /* ties */
  guint  *offsets;    /* n + 1 */
  guint  *targets;    /* 2m */
  double *weights;    /* 2m */
  double *loops;      /* n, only in Louvain's aggregated graphs */
} Graph;

struct _WkAnalysis
{
  GObject          parent_instance;

  WkNetwork       *network;
  Graph            graph;
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

static void
graph_clear (Graph *graph)
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

static void
graph_init_from_network (Graph     *graph,
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

/* Betweenness */

/* A tie of strength s is 6/s units long: 6, 3 or 2. The exact length of
 * every path is a whole number of units, which orders Dijkstra's queue in
 * buckets; which paths are shortest is still decided on the doubles, summed
 * from the source outwards as networkx sums them, so that paths that are
 * equal in doubles are equal here too. A node is never tied to one in its
 * own bucket (2 units at least), so the order inside a bucket is free. */
#define UNITS_PER_STEP 6
#define N_BUCKETS 8       /* more than the longest tie, 6 units */

/* what one source's search knows of a node, together: one cache line
 * per neighbour visited */
typedef struct {
  double sigma;       /* number of shortest paths from the source */
  double coeff;       /* (1 + delta) / sigma */
  double dist;
  int    hops;        /* plain: the distance; weighted: ≥ 0 once settled */
  guint  units;       /* weighted: the exact distance in units */
} NodeState;

typedef struct {
  NodeState *state;
  guint     *order;   /* the nodes in the order they were settled */
  guint     *buckets[N_BUCKETS];  /* n each: see single_source_dijkstra() */
  guint      bucket_len[N_BUCKETS];
  guint8    *strength;          /* 2m: small, to stay in the cache */
  double     length[4];         /* by strength: 1 / strength */
  guint      length_units[4];   /* by strength: 6 / strength */
} Scratch;

static void
scratch_init (Scratch     *scratch,
              const Graph *graph)
{
  guint n = MAX (graph->n, 1);

  scratch->state = g_new0 (NodeState, n);
  scratch->order = g_new (guint, n + 1);   /* the BFS writes one past its tail */
  for (guint b = 0; b < N_BUCKETS; b++)
    {
      scratch->buckets[b] = g_new (guint, n);
      scratch->bucket_len[b] = 0;
    }
  scratch->strength = g_new (guint8, 2 * (gsize) graph->m + 1);
  for (int strength = 1; strength <= 3; strength++)
    {
      scratch->length[strength] = 1.0 / strength;
      scratch->length_units[strength] = UNITS_PER_STEP / strength;
    }
  for (guint i = 0; i < graph->n; i++)
    {
      scratch->state[i].dist = INFINITY;
      scratch->state[i].hops = -1;
    }
  for (gsize e = 0; e < 2 * (gsize) graph->m; e++)
    {
      int strength = (int) graph->weights[e];

      g_assert (strength >= 1 && strength <= 3);
      scratch->strength[e] = strength;
    }
}

static void
scratch_clear (Scratch *scratch)
{
  g_free (scratch->state);
  g_free (scratch->order);
  for (guint b = 0; b < N_BUCKETS; b++)
    g_free (scratch->buckets[b]);
  g_free (scratch->strength);
}

/* Going back from the farthest node, each node's dependency is what the
 * nodes after it on its shortest paths pass back: delta[v] = sigma[v] ×
 * Σ_w (1 + delta[w]) / sigma[w]. networkx pushes the same terms from w to v;
 * pulling them writes once per node. */
/* @value if @keep, else 0, in integer operations: a branch here is
 * mispredicted half the time and keeps the loads from overlapping */
static inline double
masked (double   value,
        gboolean keep)
{
  union { double d; guint64 u; } bits = { value };

  bits.u &= -(guint64) (keep != 0);
  return bits.d;
}

static void
accumulate (const Graph *graph,
            Scratch     *scratch,
            guint        n_reached,
            gboolean     weighted,
            double      *betweenness)
{
  for (guint k = n_reached; k-- > 1;)
    {
      guint v = scratch->order[k];
      double sum = 0.0;
      double delta;

      if (weighted)
        {
          double dv = scratch->state[v].dist;

          for (guint e = graph->offsets[v], end = graph->offsets[v + 1]; e < end; e++)
            {
              guint w = graph->targets[e];

              sum += masked (scratch->state[w].coeff, dv + scratch->length[scratch->strength[e]] == scratch->state[w].dist);
            }
        }
      else
        {
          int next = scratch->state[v].hops + 1;

          for (guint e = graph->offsets[v], end = graph->offsets[v + 1]; e < end; e++)
            {
              guint w = graph->targets[e];

              sum += masked (scratch->state[w].coeff, scratch->state[w].hops == next);
            }
        }
      delta = scratch->state[v].sigma * sum;
      scratch->state[v].coeff = (1.0 + delta) / scratch->state[v].sigma;
      betweenness[v] += delta;
    }

  for (guint k = 0; k < n_reached; k++)
    {
      guint v = scratch->order[k];

      scratch->state[v].sigma = 0.0;
      scratch->state[v].dist = INFINITY;
      scratch->state[v].hops = -1;
    }
}

static guint
single_source_bfs (const Graph *graph,
                   Scratch     *scratch,
                   guint        s)
{
  guint head = 0;
  guint tail = 0;

  scratch->state[s].sigma = 1.0;
  scratch->state[s].hops = 0;
  scratch->order[tail++] = s;
  while (head < tail)
    {
      guint v = scratch->order[head++];
      int next = scratch->state[v].hops + 1;
      double sigma_v = scratch->state[v].sigma;

      for (guint e = graph->offsets[v], end = graph->offsets[v + 1]; e < end; e++)
        {
          guint w = graph->targets[e];
          int hops = scratch->state[w].hops;
          gboolean fresh = hops < 0;

          /* without branches: which neighbours are new cannot be predicted */
          scratch->order[tail] = w;
          tail += fresh;
          hops = fresh ? next : hops;
          scratch->state[w].hops = hops;
          scratch->state[w].sigma += masked (sigma_v, hops == next);
        }
    }
  return tail;
}

static guint
single_source_dijkstra (const Graph *graph,
                        Scratch     *scratch,
                        guint        s)
{
  guint n_reached = 0;
  guint n_queued = 1;

  scratch->state[s].dist = 0.0;
  scratch->state[s].units = 0;
  scratch->state[s].sigma = 1.0;
  scratch->buckets[0][scratch->bucket_len[0]++] = s;
  for (guint current = 0; n_queued > 0; current++)
    {
      guint *bucket = scratch->buckets[current % N_BUCKETS];
      guint *len = &scratch->bucket_len[current % N_BUCKETS];

      /* What settling these queues lies 2 to 6 units ahead, never in this
       * bucket and never 8 ahead: a bucket holds one distance at a time, and
       * a node is queued again only when its distance in units drops, so a
       * bucket never holds more than n nodes. */
      for (guint i = 0; i < *len; i++)
        {
          guint v = bucket[i];
          double dv = scratch->state[v].dist;
          double sigma_v = scratch->state[v].sigma;

          n_queued--;
          if (scratch->state[v].hops >= 0)
            continue;
          scratch->state[v].hops = 0;
          scratch->order[n_reached++] = v;

          for (guint e = graph->offsets[v], end = graph->offsets[v + 1]; e < end; e++)
            {
              NodeState *w = &scratch->state[graph->targets[e]];
              double d = dv + scratch->length[scratch->strength[e]];
              guint units = current + scratch->length_units[scratch->strength[e]];
              gboolean open = w->hops < 0;
              gboolean shorter = open & (d < w->dist);
              gboolean as_short = open & (d == w->dist);

              /* a path shorter in doubles but as long in units is already
               * queued in the right bucket */
              if (shorter && (isinf (w->dist) || units != w->units))
                {
                  w->units = units;
                  scratch->buckets[units % N_BUCKETS][scratch->bucket_len[units % N_BUCKETS]++] =
                    graph->targets[e];
                  n_queued++;
                }
              /* the rest without branches, which would often be mispredicted */
              w->sigma = shorter ? sigma_v : w->sigma + masked (sigma_v, as_short);
              w->dist = shorter ? d : w->dist;
            }
        }
      *len = 0;
    }
  return n_reached;
}

typedef struct {
  const Graph  *graph;
  gboolean      weighted;
  guint         from;
  guint         to;
  double       *betweenness;
  GCancellable *cancellable;
} BetweennessJob;

static gpointer
betweenness_run (gpointer data)
{
  BetweennessJob *job = data;
  Scratch scratch;

  scratch_init (&scratch, job->graph);
  for (guint s = job->from; s < job->to; s++)
    {
      guint n_reached;

      if ((s - job->from) % CANCEL_CHECK_EVERY == 0 && g_cancellable_is_cancelled (job->cancellable))
        break;
      if (job->weighted)
        n_reached = single_source_dijkstra (job->graph, &scratch, s);
      else
        n_reached = single_source_bfs (job->graph, &scratch, s);
      accumulate (job->graph, &scratch, n_reached, job->weighted, job->betweenness);
    }
  scratch_clear (&scratch);
  return NULL;
}

/* Sources split over two threads (the machines it runs on have two cores
 * at least); the sum of the halves differs from one thread's sum in the
 * last bits only. */
static gboolean
compute_betweenness (const Graph   *graph,
                     gboolean       weighted,
                     double        *betweenness,
                     GCancellable  *cancellable)
{
  guint n = graph->n;
  guint half = n / 2;
  BetweennessJob jobs[2] = {
    { graph, weighted, 0, half, betweenness, cancellable },
    { graph, weighted, half, n, g_new0 (double, MAX (n, 1)), cancellable },
  };
  GThread *thread = NULL;
  double scale;

  if (n >= 64 && g_get_num_processors () > 1)
    thread = g_thread_try_new ("wk-betweenness", betweenness_run, &jobs[1], NULL);
  if (thread == NULL)
    jobs[0].to = n;
  betweenness_run (&jobs[0]);
  if (thread != NULL)
    {
      g_thread_join (thread);
      for (guint i = 0; i < n; i++)
        betweenness[i] += jobs[1].betweenness[i];
    }
  g_free (jobs[1].betweenness);

  if (g_cancellable_is_cancelled (cancellable))
    return FALSE;

  /* each pair was counted from both ends: 1 / ((n-1)(n-2)) is networkx's scale */
  if (n > 2)
    {
      scale = 1.0 / ((double) (n - 1) * (double) (n - 2));
      for (guint i = 0; i < n; i++)
        betweenness[i] *= scale;
    }
  return TRUE;
}

/* Modularity */

static double
graph_modularity (const Graph *graph,
                  const guint *community,
                  guint        n_communities)
{
  g_autofree double *inside = g_new0 (double, MAX (n_communities, 1));
  g_autofree double *degree = g_new0 (double, MAX (n_communities, 1));
  double total = 0.0;
  double q = 0.0;

  for (guint u = 0; u < graph->n; u++)
    for (guint e = graph->offsets[u]; e < graph->offsets[u + 1]; e++)
      {
        guint v = graph->targets[e];

        degree[community[u]] += graph->weights[e];
        total += graph->weights[e];
        if (u < v && community[u] == community[v])
          inside[community[u]] += graph->weights[e];
      }
  if (total == 0.0)
    return 0.0;

  /* total is 2m */
  for (guint c = 0; c < n_communities; c++)
    q += inside[c] / (total / 2.0) - (degree[c] / total) * (degree[c] / total);
  return q;
}

/**
 * wk_analysis_compute_modularity:
 * @communities: (array length=n_nodes): the community of every node, each
 *   less than @n_nodes
 * @n_nodes: the number of nodes of @network
 *
 * Newman's modularity of a partition of @network read as the analysis reads
 * it: undirected, simple, weighted by tie strength. 0 when there is no tie.
 *
 * Returns: the modularity, between −0.5 and 1
 */
double
wk_analysis_compute_modularity (WkNetwork   *network,
                                const guint *communities,
                                guint        n_nodes)
{
  Graph graph = { 0 };
  double q;

  g_return_val_if_fail (WK_IS_NETWORK (network), 0.0);
  g_return_val_if_fail (n_nodes == wk_network_get_n_nodes (network), 0.0);
  g_return_val_if_fail (communities != NULL || n_nodes == 0, 0.0);
  for (guint i = 0; i < n_nodes; i++)
    g_return_val_if_fail (communities[i] < n_nodes, 0.0);

  graph_init_from_network (&graph, network);
  q = graph_modularity (&graph, communities, n_nodes);
  graph_clear (&graph);
  return q;
}

/* Louvain */

/* Moves nodes of @level to the neighbouring community that gains most until
 * no move gains; @comm gets community numbers 0…k-1. Returns k, or 0 if no
 * node moved. */
static guint
louvain_one_level (const Graph *level,
                   double       m,
                   GRand       *rand,
                   guint       *comm)
{
  guint n = level->n;
  g_autofree double *degree = g_new0 (double, n);
  g_autofree double *total = g_new (double, n);
  g_autofree double *to_comm = g_new (double, n);
  g_autofree guint *touched = g_new (guint, n);
  g_autofree guint *order = g_new (guint, n);
  g_autofree guint *renumber = g_new (guint, n);
  gboolean moved = FALSE;
  guint k = 0;

  for (guint u = 0; u < n; u++)
    {
      degree[u] = 2.0 * level->loops[u];
      for (guint e = level->offsets[u]; e < level->offsets[u + 1]; e++)
        degree[u] += level->weights[e];
      total[u] = degree[u];
      to_comm[u] = -1.0;
      comm[u] = u;
      order[u] = u;
    }
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      guint t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }

  for (guint pass = 0; pass < LOUVAIN_MAX_PASSES; pass++)
    {
      guint n_moves = 0;

      for (guint i = 0; i < n; i++)
        {
          guint u = order[i];
          guint own = comm[u];
          guint best = own;
          guint n_touched = 0;
          double best_gain = 0.0;
          double remove_cost;

          for (guint e = level->offsets[u]; e < level->offsets[u + 1]; e++)
            {
              guint c = comm[level->targets[e]];

              if (to_comm[c] < 0.0)
                {
                  to_comm[c] = 0.0;
                  touched[n_touched++] = c;
                }
              to_comm[c] += level->weights[e];
            }

          total[own] -= degree[u];
          remove_cost = -MAX (to_comm[own], 0.0) / m + total[own] * degree[u] / (2.0 * m * m);
          for (guint t = 0; t < n_touched; t++)
            {
              guint c = touched[t];
              double gain = remove_cost + to_comm[c] / m - total[c] * degree[u] / (2.0 * m * m);

              if (gain > best_gain)
                {
                  best_gain = gain;
                  best = c;
                }
            }
          total[best] += degree[u];
          for (guint t = 0; t < n_touched; t++)
            to_comm[touched[t]] = -1.0;

          if (best != own)
            {
              comm[u] = best;
              n_moves++;
              moved = TRUE;
            }
        }
      if (n_moves == 0)
        break;
    }

  if (!moved)
    return 0;

  for (guint u = 0; u < n; u++)
    renumber[u] = G_MAXUINT;
  for (guint u = 0; u < n; u++)
    {
      if (renumber[comm[u]] == G_MAXUINT)
        renumber[comm[u]] = k++;
      comm[u] = renumber[comm[u]];
    }
  return k;
}

/* One node per community: ties inside become its loop. */
static void
louvain_aggregate (const Graph *level,
                   const guint *comm,
                   guint        k,
                   Graph       *next)
{
  guint n = level->n;
  g_autofree guint *start = g_new0 (guint, k + 1);
  g_autofree guint *members = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  g_autofree double *to_comm = g_new (double, k);
  g_autofree guint *touched = g_new (guint, k);
  gsize n_entries = 0;

  for (guint u = 0; u < n; u++)
    start[comm[u] + 1]++;
  for (guint c = 0; c < k; c++)
    start[c + 1] += start[c];
  fill = g_memdup2 (start, sizeof (guint) * (k + 1));
  for (guint u = 0; u < n; u++)
    members[fill[comm[u]]++] = u;
  for (guint c = 0; c < k; c++)
    to_comm[c] = -1.0;

  next->n = k;
  next->offsets = g_new0 (guint, k + 1);
  /* never more entries than the level has */
  next->targets = g_new (guint, level->offsets[n] + 1);
  next->weights = g_new (double, level->offsets[n] + 1);
  next->loops = g_new0 (double, k);
  for (guint c = 0; c < k; c++)
    {
      guint n_touched = 0;

      for (guint i = start[c]; i < start[c + 1]; i++)
        {
          guint u = members[i];

          next->loops[c] += level->loops[u];
          for (guint e = level->offsets[u]; e < level->offsets[u + 1]; e++)
            {
              guint v = level->targets[e];
              guint d = comm[v];

              if (d == c)
                {
                  if (u < v)
                    next->loops[c] += level->weights[e];
                  continue;
                }
              if (to_comm[d] < 0.0)
                {
                  to_comm[d] = 0.0;
                  touched[n_touched++] = d;
                }
              to_comm[d] += level->weights[e];
            }
        }
      for (guint t = 0; t < n_touched; t++)
        {
          next->targets[n_entries] = touched[t];
          next->weights[n_entries] = to_comm[touched[t]];
          to_comm[touched[t]] = -1.0;
          n_entries++;
        }
      next->offsets[c + 1] = n_entries;
    }
  next->m = n_entries / 2;
}

static int
compare_communities (const void *a,
                     const void *b,
                     void       *data)
{
  const guint *size = ((const guint **) data)[0];
  const guint *first = ((const guint **) data)[1];
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  if (size[x] != size[y])
    return size[x] > size[y] ? -1 : 1;
  return first[x] < first[y] ? -1 : first[x] > first[y] ? 1 : 0;
}

static void
compute_communities (WkAnalysis *self,
                     guint32     seed)
{
  const Graph *graph = &self->graph;
  guint n = graph->n;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *comm = g_new (guint, MAX (n, 1));
  g_autofree guint *size = g_new0 (guint, MAX (n, 1));
  g_autofree guint *first = g_new (guint, MAX (n, 1));
  g_autofree guint *by_size = g_new (guint, MAX (n, 1));
  g_autofree guint *rank = g_new (guint, MAX (n, 1));
  const guint *sort_data[2] = { size, first };
  Graph level = { 0 };
  double m = 0.0;
  double q;
  guint k = n;

  for (guint u = 0; u < n; u++)
    self->community[u] = u;
  for (gsize e = 0; e < graph->offsets[n]; e++)
    m += graph->weights[e];
  m /= 2.0;

  if (m > 0.0)
    {
      /* the first level is the graph itself */
      level.n = n;
      level.m = graph->m;
      level.offsets = g_memdup2 (graph->offsets, sizeof (guint) * (n + 1));
      level.targets = g_memdup2 (graph->targets, sizeof (guint) * (graph->offsets[n] + 1));
      level.weights = g_memdup2 (graph->weights, sizeof (double) * (graph->offsets[n] + 1));
      level.loops = g_new0 (double, MAX (n, 1));
      q = graph_modularity (graph, self->community, n);

      for (;;)
        {
          Graph next = { 0 };
          double new_q;

          k = louvain_one_level (&level, m, rand, comm);
          if (k == 0)
            break;
          for (guint u = 0; u < n; u++)
            self->community[u] = comm[self->community[u]];
          new_q = graph_modularity (graph, self->community, k);
          if (new_q - q <= LOUVAIN_THRESHOLD)
            break;
          q = new_q;
          louvain_aggregate (&level, comm, k, &next);
          graph_clear (&level);
          level = next;
        }
      graph_clear (&level);
    }

  /* largest first; equal sizes in the order of their first node */
  k = 0;
  for (guint u = 0; u < n; u++)
    {
      guint c = self->community[u];

      if (size[c]++ == 0)
        {
          first[c] = u;
          by_size[k++] = c;
        }
    }
  g_qsort_with_data (by_size, k, sizeof (guint), compare_communities, sort_data);
  self->n_communities = k;
  self->community_size = g_new (guint, MAX (k, 1));
  for (guint r = 0; r < k; r++)
    {
      rank[by_size[r]] = r;
      self->community_size[r] = size[by_size[r]];
    }
  for (guint u = 0; u < n; u++)
    self->community[u] = rank[self->community[u]];
  self->modularity = graph_modularity (graph, self->community, k);
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
  const Graph *graph = &self->graph;
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

  graph_clear (&self->graph);
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
  graph_init_from_network (&self->graph, network);
  n = self->graph.n;

  self->strength = g_new0 (guint, MAX (n, 1));
  for (guint u = 0; u < n; u++)
    for (guint e = self->graph.offsets[u]; e < self->graph.offsets[u + 1]; e++)
      self->strength[u] += (guint) self->graph.weights[e];

  self->betweenness = g_new0 (double, MAX (n, 1));
  self->weighted = g_new0 (double, MAX (n, 1));
  if (!compute_betweenness (&self->graph, FALSE, self->betweenness, cancellable)
      || !compute_betweenness (&self->graph, TRUE, self->weighted, cancellable))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }

  self->community = g_new0 (guint, MAX (n, 1));
  compute_communities (self, seed);

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

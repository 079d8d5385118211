/* wk-betweenness.c: Brandes' betweenness centrality, plain and weighted by tie strength
 * SPDX-License-Identifier: EUPL-1.2
 *
 * See wk-analysis.c for the definitions, which follow networkx's.
 */
#include <math.h>
#include <stdlib.h>

#include "wk-analysis-private.h"

#define CANCEL_CHECK_EVERY _WK_CANCEL_CHECK_EVERY

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
              const WkTieGraph *graph)
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
accumulate (const WkTieGraph *graph,
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
single_source_bfs (const WkTieGraph *graph,
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
single_source_dijkstra (const WkTieGraph *graph,
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
  const WkTieGraph  *graph;
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
gboolean
_wk_betweenness_compute (const WkTieGraph   *graph,
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

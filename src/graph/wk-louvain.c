/* wk-louvain.c: communities by the Louvain method, and Newman's modularity
 * SPDX-License-Identifier: EUPL-1.2
 *
 * See wk-analysis.c for the definitions, which follow networkx's.
 */
#include <math.h>
#include <stdlib.h>

#include "wk-analysis.h"
#include "wk-analysis-private.h"

#define LOUVAIN_THRESHOLD 1e-7
#define LOUVAIN_MAX_PASSES 1000

double
_wk_tie_graph_modularity (const WkTieGraph *graph,
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
  WkTieGraph graph = { 0 };
  double q;

  g_return_val_if_fail (WK_IS_NETWORK (network), 0.0);
  g_return_val_if_fail (n_nodes == wk_network_get_n_nodes (network), 0.0);
  g_return_val_if_fail (communities != NULL || n_nodes == 0, 0.0);
  for (guint i = 0; i < n_nodes; i++)
    g_return_val_if_fail (communities[i] < n_nodes, 0.0);

  _wk_tie_graph_init (&graph, network);
  q = _wk_tie_graph_modularity (&graph, communities, n_nodes);
  _wk_tie_graph_clear (&graph);
  return q;
}

/* Louvain */

/* Moves nodes of @level to the neighbouring community that gains most until
 * no move gains; @comm gets community numbers 0…k-1. Returns k, or 0 if no
 * node moved. */
static guint
louvain_one_level (const WkTieGraph *level,
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
louvain_aggregate (const WkTieGraph *level,
                   const guint *comm,
                   guint        k,
                   WkTieGraph       *next)
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

guint
_wk_louvain (const WkTieGraph *graph,
             guint32           seed,
             guint            *community,
             guint           **community_size,
             double           *modularity)
{
  guint n = graph->n;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *comm = g_new (guint, MAX (n, 1));
  g_autofree guint *size = g_new0 (guint, MAX (n, 1));
  g_autofree guint *first = g_new (guint, MAX (n, 1));
  g_autofree guint *by_size = g_new (guint, MAX (n, 1));
  g_autofree guint *rank = g_new (guint, MAX (n, 1));
  const guint *sort_data[2] = { size, first };
  WkTieGraph level = { 0 };
  double m = 0.0;
  double q;
  guint k = n;

  for (guint u = 0; u < n; u++)
    community[u] = u;
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
      q = _wk_tie_graph_modularity (graph, community, n);

      for (;;)
        {
          WkTieGraph next = { 0 };
          double new_q;

          k = louvain_one_level (&level, m, rand, comm);
          if (k == 0)
            break;
          for (guint u = 0; u < n; u++)
            community[u] = comm[community[u]];
          new_q = _wk_tie_graph_modularity (graph, community, k);
          if (new_q - q <= LOUVAIN_THRESHOLD)
            break;
          q = new_q;
          louvain_aggregate (&level, comm, k, &next);
          _wk_tie_graph_clear (&level);
          level = next;
        }
      _wk_tie_graph_clear (&level);
    }

  /* largest first; equal sizes in the order of their first node */
  k = 0;
  for (guint u = 0; u < n; u++)
    {
      guint c = community[u];

      if (size[c]++ == 0)
        {
          first[c] = u;
          by_size[k++] = c;
        }
    }
  g_qsort_with_data (by_size, k, sizeof (guint), compare_communities, sort_data);
  *community_size = g_new (guint, MAX (k, 1));
  for (guint r = 0; r < k; r++)
    {
      rank[by_size[r]] = r;
      (*community_size)[r] = size[by_size[r]];
    }
  for (guint u = 0; u < n; u++)
    community[u] = rank[community[u]];
  *modularity = _wk_tie_graph_modularity (graph, community, k);
  return k;
}

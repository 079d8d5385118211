/* wk-analysis-private.h: what the analysis files share: the graph of ties, the algorithms
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-network.h"

G_BEGIN_DECLS

#define _WK_CANCEL_CHECK_EVERY 64

/* The undirected simple graph in compressed rows; each list sorted. */
typedef struct {
  guint   n;
  guint   m;          /* ties */
  guint  *offsets;    /* n + 1 */
  guint  *targets;    /* 2m */
  double *weights;    /* 2m */
  double *loops;      /* n, only in Louvain's aggregated graphs */
} WkTieGraph;

void     _wk_tie_graph_init        (WkTieGraph        *graph,
                                    WkNetwork         *network);
void     _wk_tie_graph_clear       (WkTieGraph        *graph);
double   _wk_tie_graph_modularity  (const WkTieGraph  *graph,
                                    const guint       *community,
                                    guint              n_communities);

/* wk-betweenness.c: Brandes, plain or with 1 / strength as the length */
gboolean _wk_betweenness_compute   (const WkTieGraph  *graph,
                                    gboolean           weighted,
                                    double            *betweenness,
                                    GCancellable      *cancellable);

/* wk-louvain.c: communities numbered largest first; returns how many */
guint    _wk_louvain               (const WkTieGraph  *graph,
                                    guint32            seed,
                                    guint             *community,
                                    guint            **community_size,
                                    double            *modularity);

G_END_DECLS

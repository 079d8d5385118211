/* wk-analysis.h: network analysis of a wijk: betweenness, communities, connectors, gaps
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-network.h"

G_BEGIN_DECLS

typedef enum {
  WK_BRIDGE_NONE        = 0,
  WK_BRIDGE_COMMUNITIES = 1 << 0,  /* tied to actors in two or more communities */
  WK_BRIDGE_TYPES       = 1 << 1,  /* tied to actors of two or more actor types */
} WkBridgeFlags;

/* two types or two communities, a < b */
typedef struct {
  guint a;
  guint b;
} WkAnalysisPair;

#define WK_TYPE_ANALYSIS (wk_analysis_get_type ())
G_DECLARE_FINAL_TYPE (WkAnalysis, wk_analysis, WK, ANALYSIS, GObject)

WkAnalysis           *wk_analysis_new                        (WkNetwork            *network,
                                                              guint32               seed,
                                                              GCancellable         *cancellable,
                                                              GError              **error);
void                  wk_analysis_new_async                  (WkNetwork            *network,
                                                              guint32               seed,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
WkAnalysis           *wk_analysis_new_finish                 (GAsyncResult         *result,
                                                              GError              **error);

WkNetwork            *wk_analysis_get_network                (WkAnalysis           *self);
guint                 wk_analysis_get_n_nodes                (WkAnalysis           *self);
guint                 wk_analysis_get_n_ties                 (WkAnalysis           *self);

/* per node, by the node's index in the network */
guint                 wk_analysis_get_degree                 (WkAnalysis           *self,
                                                              guint                 node);
guint                 wk_analysis_get_strength               (WkAnalysis           *self,
                                                              guint                 node);
double                wk_analysis_get_betweenness            (WkAnalysis           *self,
                                                              guint                 node);
double                wk_analysis_get_weighted_betweenness   (WkAnalysis           *self,
                                                              guint                 node);
guint                 wk_analysis_get_community              (WkAnalysis           *self,
                                                              guint                 node);
int                   wk_analysis_get_node_type              (WkAnalysis           *self,
                                                              guint                 node);
WkBridgeFlags         wk_analysis_get_bridge_flags           (WkAnalysis           *self,
                                                              guint                 node);
guint                 wk_analysis_get_n_neighbour_communities (WkAnalysis          *self,
                                                              guint                 node);
guint                 wk_analysis_get_n_neighbour_types      (WkAnalysis           *self,
                                                              guint                 node);

/* communities, largest first */
guint                 wk_analysis_get_n_communities          (WkAnalysis           *self);
guint                 wk_analysis_get_community_size         (WkAnalysis           *self,
                                                              guint                 community);
double                wk_analysis_get_modularity             (WkAnalysis           *self);

/* actor types, in the order they first appear among the nodes */
guint                 wk_analysis_get_n_types                (WkAnalysis           *self);
const char           *wk_analysis_get_type_key               (WkAnalysis           *self,
                                                              guint                 type);
const char           *wk_analysis_get_type_label             (WkAnalysis           *self,
                                                              guint                 type);
guint                 wk_analysis_get_type_size              (WkAnalysis           *self,
                                                              guint                 type);

const guint          *wk_analysis_get_bridges                (WkAnalysis           *self,
                                                              guint                *n_bridges);
const guint          *wk_analysis_get_isolated               (WkAnalysis           *self,
                                                              guint                *n_isolated);
const WkAnalysisPair *wk_analysis_get_type_gaps              (WkAnalysis           *self,
                                                              guint                *n_gaps);
const WkAnalysisPair *wk_analysis_get_community_gaps         (WkAnalysis           *self,
                                                              guint                *n_gaps);

double                wk_analysis_compute_modularity         (WkNetwork            *network,
                                                              const guint          *communities,
                                                              guint                 n_nodes);

G_END_DECLS

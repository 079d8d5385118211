/* wk-node-stat.h: one actor's figures in the connectors table
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

#include "wk-analysis.h"

G_BEGIN_DECLS

#define WK_TYPE_NODE_STAT (wk_node_stat_get_type ())
G_DECLARE_FINAL_TYPE (WkNodeStat, wk_node_stat, WK, NODE_STAT, GObject)

WkNodeStat *wk_node_stat_new          (WkAnalysis *analysis,
                                       guint       node,
                                       const char *name,
                                       const char *type);
guint       wk_node_stat_get_node     (WkNodeStat *self);
const char *wk_node_stat_get_name     (WkNodeStat *self);
const char *wk_node_stat_get_kind     (WkNodeStat *self);
guint       wk_node_stat_get_degree   (WkNodeStat *self);
double      wk_node_stat_get_betweenness (WkNodeStat *self);
double      wk_node_stat_get_weighted (WkNodeStat *self);
guint       wk_node_stat_get_community (WkNodeStat *self);
WkBridgeFlags wk_node_stat_get_bridges (WkNodeStat *self);

G_END_DECLS

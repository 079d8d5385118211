/* wk-node-stat.c: one actor's figures in the connectors table
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A row object for a GtkColumnView: the figures are copied out of the
 * analysis when the row is made, so sorting reads plain fields.
 */
#include "wk-node-stat.h"

struct _WkNodeStat
{
  GObject        parent_instance;

  guint          node;
  char          *name;
  char          *type;
  guint          degree;
  double         betweenness;
  double         weighted;
  guint          community;
  WkBridgeFlags  bridges;
};

G_DEFINE_FINAL_TYPE (WkNodeStat, wk_node_stat, G_TYPE_OBJECT)

static void
wk_node_stat_finalize (GObject *object)
{
  WkNodeStat *self = WK_NODE_STAT (object);

  g_free (self->name);
  g_free (self->type);
  G_OBJECT_CLASS (wk_node_stat_parent_class)->finalize (object);
}

static void
wk_node_stat_class_init (WkNodeStatClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_node_stat_finalize;
}

static void
wk_node_stat_init (WkNodeStat *self)
{
}

/**
 * wk_node_stat_new:
 * @name: the node's name as the diagram shows it (a role, when personal
 *   data is hidden)
 */
WkNodeStat *
wk_node_stat_new (WkAnalysis *analysis,
                  guint       node,
                  const char *name,
                  const char *type)
{
  WkNodeStat *self = g_object_new (WK_TYPE_NODE_STAT, NULL);

  self->node = node;
  self->name = g_strdup (name != NULL ? name : "");
  self->type = g_strdup (type != NULL ? type : "");
  self->degree = wk_analysis_get_degree (analysis, node);
  self->betweenness = wk_analysis_get_betweenness (analysis, node);
  self->weighted = wk_analysis_get_weighted_betweenness (analysis, node);
  self->community = wk_analysis_get_community (analysis, node);
  self->bridges = wk_analysis_get_bridge_flags (analysis, node);
  return self;
}

guint wk_node_stat_get_node (WkNodeStat *self) { return self->node; }
const char *wk_node_stat_get_name (WkNodeStat *self) { return self->name; }
const char *wk_node_stat_get_kind (WkNodeStat *self) { return self->type; }
guint wk_node_stat_get_degree (WkNodeStat *self) { return self->degree; }
double wk_node_stat_get_betweenness (WkNodeStat *self) { return self->betweenness; }
double wk_node_stat_get_weighted (WkNodeStat *self) { return self->weighted; }
guint wk_node_stat_get_community (WkNodeStat *self) { return self->community; }
WkBridgeFlags wk_node_stat_get_bridges (WkNodeStat *self) { return self->bridges; }

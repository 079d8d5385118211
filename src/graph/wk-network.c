/* wk-network.c: the network of a wijk as a plain graph, for layout, analysis and drawing
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A snapshot: it is built from the store's live lists in one go and does not
 * follow later edits. Layout runs in another process and analysis may run in
 * a thread, so they get a graph that holds still; the network page builds a
 * new one when the store says something changed.
 */
#include "wk-network.h"

struct _WkNetwork
{
  GObject     parent_instance;

  GPtrArray  *nodes;      /* WkNetworkNode */
  GPtrArray  *edges;      /* WkNetworkEdge */
  GHashTable *index;      /* node key → index + 1 */
};

G_DEFINE_FINAL_TYPE (WkNetwork, wk_network, G_TYPE_OBJECT)

static void
node_free (WkNetworkNode *node)
{
  g_free (node->label);
  g_free (node->type_key);
  g_free (node->type_label);
  g_free (node->actor_kind);
  g_free (node->role);
  g_free (node->engagement);
  g_strfreev (node->themes);
  g_free (node);
}

static void
edge_free (WkNetworkEdge *edge)
{
  g_free (edge->type_key);
  g_free (edge->type_label);
  g_free (edge);
}

/* actors and initiatives have ids of their own: the kind goes in the key */
static gpointer
node_key (WkNodeKind kind,
          gint64     record_id)
{
  return GSIZE_TO_POINTER ((gsize) record_id * 2 + (kind == WK_NODE_INITIATIVE ? 1 : 0));
}

static void
wk_network_finalize (GObject *object)
{
  WkNetwork *self = WK_NETWORK (object);

  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->edges, g_ptr_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);

  G_OBJECT_CLASS (wk_network_parent_class)->finalize (object);
}

static void
wk_network_class_init (WkNetworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_network_finalize;
}

static void
wk_network_init (WkNetwork *self)
{
  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  self->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) edge_free);
  self->index = g_hash_table_new (NULL, NULL);
}

WkNetwork *
wk_network_new (void)
{
  return g_object_new (WK_TYPE_NETWORK, NULL);
}

/**
 * wk_network_add_node:
 * @node: the node; its texts are copied
 *
 * Returns: the index of the new node
 */
guint
wk_network_add_node (WkNetwork           *self,
                     const WkNetworkNode *node)
{
  WkNetworkNode *copy;

  g_return_val_if_fail (WK_IS_NETWORK (self), 0);
  g_return_val_if_fail (node != NULL, 0);

  copy = g_memdup2 (node, sizeof *node);
  copy->label = g_strdup (node->label != NULL ? node->label : "");
  copy->type_key = g_strdup (node->type_key);
  copy->type_label = g_strdup (node->type_label);
  copy->actor_kind = g_strdup (node->actor_kind);
  copy->role = g_strdup (node->role);
  copy->engagement = g_strdup (node->engagement);
  copy->themes = g_strdupv (node->themes);
  g_ptr_array_add (self->nodes, copy);
  if (node->record_id != 0)
    g_hash_table_insert (self->index, node_key (node->kind, node->record_id),
                         GUINT_TO_POINTER (self->nodes->len));
  return self->nodes->len - 1;
}

/**
 * wk_network_add_edge:
 * @edge: the edge between two nodes already added; its texts are copied
 *
 * Returns: the index of the new edge
 */
guint
wk_network_add_edge (WkNetwork           *self,
                     const WkNetworkEdge *edge)
{
  WkNetworkEdge *copy;

  g_return_val_if_fail (WK_IS_NETWORK (self), 0);
  g_return_val_if_fail (edge != NULL, 0);
  g_return_val_if_fail (edge->source < self->nodes->len, 0);
  g_return_val_if_fail (edge->target < self->nodes->len, 0);

  copy = g_memdup2 (edge, sizeof *edge);
  copy->type_key = g_strdup (edge->type_key);
  copy->type_label = g_strdup (edge->type_label);
  copy->strength = CLAMP (edge->strength, 1, 3);
  g_ptr_array_add (self->edges, copy);
  return self->edges->len - 1;
}

guint
wk_network_get_n_nodes (WkNetwork *self)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), 0);
  return self->nodes->len;
}

guint
wk_network_get_n_edges (WkNetwork *self)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), 0);
  return self->edges->len;
}

/**
 * wk_network_get_node:
 *
 * Returns: (transfer none): node @index; its position may be changed in place
 */
WkNetworkNode *
wk_network_get_node (WkNetwork *self,
                     guint      index)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, index);
}

/**
 * wk_network_get_edge:
 *
 * Returns: (transfer none): edge @index
 */
WkNetworkEdge *
wk_network_get_edge (WkNetwork *self,
                     guint      index)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);
  return g_ptr_array_index (self->edges, index);
}

/**
 * wk_network_find_node:
 *
 * Returns: the index of the node for the record, or -1
 */
int
wk_network_find_node (WkNetwork  *self,
                      WkNodeKind  kind,
                      gint64      record_id)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index, node_key (kind, record_id))) - 1;
}

/**
 * wk_network_set_positions:
 *
 * Places the nodes where @positions say; positions of records that are not
 * in the network are ignored, nodes without one keep theirs.
 */
void
wk_network_set_positions (WkNetwork        *self,
                          const WkPosition *positions,
                          guint             n_positions)
{
  g_return_if_fail (WK_IS_NETWORK (self));

  for (guint i = 0; i < n_positions; i++)
    {
      const WkPosition *p = &positions[i];
      int index = p->actor_id > 0 ? wk_network_find_node (self, WK_NODE_ACTOR, p->actor_id)
                                  : wk_network_find_node (self, WK_NODE_INITIATIVE, p->initiative_id);
      WkNetworkNode *node;

      if (index < 0)
        continue;
      node = g_ptr_array_index (self->nodes, index);
      node->x = p->x;
      node->y = p->y;
      node->pinned = p->pinned;
      node->has_position = TRUE;
    }
}

/**
 * wk_network_get_positions:
 *
 * Returns: (transfer full) (element-type WkPosition): the positions of the
 * nodes that have one and stand for a record
 */
GArray *
wk_network_get_positions (WkNetwork *self)
{
  GArray *positions;

  g_return_val_if_fail (WK_IS_NETWORK (self), NULL);

  positions = g_array_sized_new (FALSE, FALSE, sizeof (WkPosition), self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const WkNetworkNode *node = g_ptr_array_index (self->nodes, i);
      WkPosition p = { 0, 0, node->x, node->y, node->pinned };

      if (!node->has_position || node->record_id == 0)
        continue;
      if (node->kind == WK_NODE_ACTOR)
        p.actor_id = node->record_id;
      else
        p.initiative_id = node->record_id;
      g_array_append_val (positions, p);
    }
  return positions;
}

/**
 * wk_network_has_layout:
 *
 * Returns: whether every node has a position
 */
gboolean
wk_network_has_layout (WkNetwork *self)
{
  g_return_val_if_fail (WK_IS_NETWORK (self), FALSE);

  for (guint i = 0; i < self->nodes->len; i++)
    if (!((WkNetworkNode *) g_ptr_array_index (self->nodes, i))->has_position)
      return FALSE;
  return TRUE;
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * wk_network_new_from_store:
 * @with_initiatives: include the initiatives and the relations to them
 *
 * Returns: (transfer full): the network of @wijk with its saved positions,
 * or %NULL on error
 */
WkNetwork *
wk_network_new_from_store (WkStore   *store,
                           WkWijk    *wijk,
                           gboolean   with_initiatives,
                           GError   **error)
{
  g_autoptr(WkNetwork) self = NULL;
  g_autoptr(GArray) positions = NULL;
  GListModel *actors;
  GListModel *initiatives;
  GListModel *relations;
  guint n;

  g_return_val_if_fail (WK_IS_STORE (store), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  positions = wk_store_load_layout (store, wijk, error);
  if (positions == NULL)
    return NULL;

  self = wk_network_new ();
  actors = wk_store_get_actors (store, wijk);
  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkRecord) actor = g_list_model_get_item (actors, i);
      const char *kind = wk_record_get_text (actor, "kind");
      g_autofree char *type_key = dup_nonempty (wk_record_get_text (actor, "type-key"));
      WkNetworkNode node = {
        .kind = WK_NODE_ACTOR,
        .record_id = wk_record_get_id (actor),
        .label = (char *) wk_record_get_text (actor, "name"),
        .type_key = type_key,
        .type_label = (char *) wk_record_get_text (actor, "type-label"),
        .actor_kind = (char *) kind,
        .role = (char *) wk_record_get_text (actor, "role"),
        .engagement = (char *) wk_record_get_text (actor, "engagement"),
        .themes = (char **) wk_record_get_tags (actor, "themes"),
        .personal = g_strcmp0 (kind, "person") == 0,
      };

      wk_network_add_node (self, &node);
    }

  if (with_initiatives)
    {
      initiatives = wk_store_get_initiatives (store, wijk);
      n = g_list_model_get_n_items (initiatives);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WkRecord) initiative = g_list_model_get_item (initiatives, i);
          WkNetworkNode node = {
            .kind = WK_NODE_INITIATIVE,
            .record_id = wk_record_get_id (initiative),
            .label = (char *) wk_record_get_text (initiative, "title"),
            .type_key = (char *) wk_record_get_text (initiative, "status"),
            .themes = (char **) wk_record_get_tags (initiative, "themes"),
          };

          wk_network_add_node (self, &node);
        }
    }

  relations = wk_store_get_relations (store, wijk);
  n = g_list_model_get_n_items (relations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkRecord) relation = g_list_model_get_item (relations, i);
      gint64 target_actor = wk_record_get_int (relation, "target-actor-id");
      int source = wk_network_find_node (self, WK_NODE_ACTOR,
                                         wk_record_get_int (relation, "source-actor-id"));
      int target = target_actor > 0
        ? wk_network_find_node (self, WK_NODE_ACTOR, target_actor)
        : wk_network_find_node (self, WK_NODE_INITIATIVE,
                                wk_record_get_int (relation, "target-initiative-id"));
      WkNetworkEdge edge = {
        .record_id = wk_record_get_id (relation),
        .type_key = (char *) wk_record_get_text (relation, "type-key"),
        .type_label = (char *) wk_record_get_text (relation, "type-label"),
        .strength = (int) wk_record_get_int (relation, "strength"),
        .directed = wk_record_get_int (relation, "directed") != 0,
      };

      if (source < 0 || target < 0)
        continue;
      edge.source = source;
      edge.target = target;
      wk_network_add_edge (self, &edge);
    }

  wk_network_set_positions (self, (const WkPosition *) positions->data, positions->len);
  return g_steal_pointer (&self);
}

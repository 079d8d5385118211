/* wk-network.h: the network of a wijk as a plain graph, for layout, analysis and drawing
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

#include "wk-store.h"

G_BEGIN_DECLS

typedef enum {
  WK_NODE_ACTOR,
  WK_NODE_INITIATIVE,
} WkNodeKind;

typedef struct {
  WkNodeKind  kind;
  gint64      record_id;
  char       *label;        /* the name or title as the user typed it */
  char       *type_key;     /* actor type key, or the initiative's status */
  char       *type_label;   /* the type as the legend shows it (translated) */
  char       *actor_kind;   /* "person", "organisation", "group", "place"; NULL for initiatives */
  char       *role;
  char       *engagement;
  char      **themes;
  gboolean    personal;     /* a person: the name is personal data */
  /* where the node is, in points with Graphviz's y axis (up) */
  double      x;
  double      y;
  gboolean    has_position;
  gboolean    pinned;       /* placed by the user: layouts keep it there */
} WkNetworkNode;

typedef struct {
  guint       source;       /* node indices */
  guint       target;
  gint64      record_id;
  char       *type_key;
  char       *type_label;
  int         strength;     /* 1–3 */
  gboolean    directed;
} WkNetworkEdge;

#define WK_TYPE_NETWORK (wk_network_get_type ())
G_DECLARE_FINAL_TYPE (WkNetwork, wk_network, WK, NETWORK, GObject)

WkNetwork      *wk_network_new              (void);
WkNetwork      *wk_network_new_from_store   (WkStore              *store,
                                             WkWijk               *wijk,
                                             gboolean              with_initiatives,
                                             GError              **error);

guint           wk_network_add_node         (WkNetwork            *self,
                                             const WkNetworkNode  *node);
guint           wk_network_add_edge         (WkNetwork            *self,
                                             const WkNetworkEdge  *edge);

guint           wk_network_get_n_nodes      (WkNetwork            *self);
guint           wk_network_get_n_edges      (WkNetwork            *self);
WkNetworkNode  *wk_network_get_node         (WkNetwork            *self,
                                             guint                 index);
WkNetworkEdge  *wk_network_get_edge         (WkNetwork            *self,
                                             guint                 index);
int             wk_network_find_node        (WkNetwork            *self,
                                             WkNodeKind            kind,
                                             gint64                record_id);

void            wk_network_set_positions    (WkNetwork            *self,
                                             const WkPosition     *positions,
                                             guint                 n_positions);
GArray         *wk_network_get_positions    (WkNetwork            *self);
gboolean        wk_network_has_layout       (WkNetwork            *self);

G_END_DECLS

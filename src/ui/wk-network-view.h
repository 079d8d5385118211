/* wk-network-view.h: the network diagram, drawn natively, to click, hover, drag and zoom
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-renderer.h"

G_BEGIN_DECLS

#define WK_TYPE_NETWORK_VIEW (wk_network_view_get_type ())
G_DECLARE_FINAL_TYPE (WkNetworkView, wk_network_view, WK, NETWORK_VIEW, GtkWidget)

GtkWidget             *wk_network_view_new                (void);
void                   wk_network_view_set_network        (WkNetworkView    *self,
                                                           WkNetwork        *network,
                                                           gboolean          keep_view);
WkNetwork             *wk_network_view_get_network        (WkNetworkView    *self);
WkRenderer            *wk_network_view_get_renderer       (WkNetworkView    *self);
const WkRenderOptions *wk_network_view_get_render_options (WkNetworkView    *self);

void                   wk_network_view_set_visible_nodes  (WkNetworkView    *self,
                                                           const gboolean   *visible);
void                   wk_network_view_set_relation_filter (WkNetworkView   *self,
                                                           const char       *relation_type,
                                                           int               min_strength);
void                   wk_network_view_set_node_metric    (WkNetworkView    *self,
                                                           const double     *metric);
void                   wk_network_view_set_communities    (WkNetworkView    *self,
                                                           const int        *communities,
                                                           WkCommunityMode   mode);
void                   wk_network_view_set_hide_personal  (WkNetworkView    *self,
                                                           gboolean          hide);

void                   wk_network_view_select             (WkNetworkView    *self,
                                                           int               index);
int                    wk_network_view_get_selected       (WkNetworkView    *self);
int                    wk_network_view_get_hovered        (WkNetworkView    *self);
void                   wk_network_view_set_show_legend    (WkNetworkView    *self,
                                                           gboolean          show);
void                   wk_network_view_positions_changed  (WkNetworkView    *self);
void                   wk_network_view_fit                (WkNetworkView    *self);
void                   wk_network_view_center_on          (WkNetworkView    *self,
                                                           int               index);
void                   wk_network_view_zoom               (WkNetworkView    *self,
                                                           double            factor,
                                                           double            x,
                                                           double            y);
double                 wk_network_view_get_scale          (WkNetworkView    *self);
gboolean               wk_network_view_node_to_widget     (WkNetworkView    *self,
                                                           int               index,
                                                           double           *x,
                                                           double           *y);

void                   wk_network_view_set_palette        (WkNetworkView    *self,
                                                           WkPaletteKind     palette);
void                   wk_network_view_set_label_size     (WkNetworkView    *self,
                                                           double            size);
void                   wk_network_view_set_declutter_labels (WkNetworkView  *self,
                                                            gboolean        declutter);
void                   wk_network_view_set_spotlight      (WkNetworkView    *self,
                                                           int               node,
                                                           const guint8     *members);
gboolean               wk_network_view_get_spotlight_bounds (WkNetworkView  *self,
                                                            graphene_rect_t *bounds);
gboolean               wk_network_view_is_fitted          (WkNetworkView    *self);
void                   wk_network_view_get_place          (WkNetworkView    *self,
                                                           double           *x,
                                                           double           *y,
                                                           double           *scale);
void                   wk_network_view_set_place          (WkNetworkView    *self,
                                                           double            x,
                                                           double            y,
                                                           double            scale);

G_END_DECLS

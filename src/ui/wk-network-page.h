/* wk-network-page.h: the network of a wijk: the diagram, its connectors and the card
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-network-view.h"
#include "wk-store.h"
#include "wk-view-state.h"

G_BEGIN_DECLS

#define WK_TYPE_NETWORK_PAGE (wk_network_page_get_type ())
G_DECLARE_FINAL_TYPE (WkNetworkPage, wk_network_page, WK, NETWORK_PAGE, GtkWidget)

void           wk_network_page_set_store    (WkNetworkPage *self,
                                             WkStore       *store);
void           wk_network_page_set_wijk     (WkNetworkPage *self,
                                             WkWijk        *wijk);
void           wk_network_page_relayout     (WkNetworkPage *self);
void           wk_network_page_save_now     (WkNetworkPage *self);
void           wk_network_page_focus_find   (WkNetworkPage *self);
WkNetworkView *wk_network_page_get_view     (WkNetworkPage *self);
GtkWidget     *wk_network_page_get_card     (WkNetworkPage *self);
gboolean       wk_network_page_is_busy      (WkNetworkPage *self);
void           wk_network_page_set_layout_timeout (WkNetworkPage *self,
                                                   guint          timeout_ms);

WkViewState   *wk_network_page_dup_state    (WkNetworkPage *self);

G_END_DECLS

/* wk-map-page.h: the community map of a wijk: the map, placing and editing pins, the legend
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-map-view.h"
#include "wk-store.h"
#include "wk-view-state.h"

G_BEGIN_DECLS

#define WK_TYPE_MAP_PAGE (wk_map_page_get_type ())
G_DECLARE_FINAL_TYPE (WkMapPage, wk_map_page, WK, MAP_PAGE, GtkWidget)

void        wk_map_page_set_store   (WkMapPage *self,
                                     WkStore   *store);
void        wk_map_page_set_wijk    (WkMapPage *self,
                                     WkWijk    *wijk);
WkMapView  *wk_map_page_get_view    (WkMapPage *self);
GtkWidget  *wk_map_page_get_draft_entry (WkMapPage *self);
void        wk_map_page_set_placing (WkMapPage *self,
                                     gboolean   placing);
gboolean    wk_map_page_is_offline  (WkMapPage *self);

WkViewState *wk_map_page_dup_state  (WkMapPage *self);

G_END_DECLS

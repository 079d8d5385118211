/* wk-map-legend.h: the map's legend: pins per category and per session, which also filter the map
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-map-view.h"

G_BEGIN_DECLS

#define WK_TYPE_MAP_LEGEND (wk_map_legend_get_type ())
G_DECLARE_FINAL_TYPE (WkMapLegend, wk_map_legend, WK, MAP_LEGEND, GtkWidget)

GtkWidget *wk_map_legend_new              (void);
void       wk_map_legend_set_view         (WkMapLegend *self,
                                           WkMapView   *view,
                                           WkStore     *store,
                                           WkWijk      *wijk);
gboolean   wk_map_legend_shows_pin        (WkMapLegend *self,
                                           WkPin       *pin);
void       wk_map_legend_update           (WkMapLegend *self);
GArray    *wk_map_legend_dup_hidden_categories (WkMapLegend *self);

G_END_DECLS

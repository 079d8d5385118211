/* wk-wijk-overview.h: the first page of a wijk: its name, description and counts
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_WIJK_OVERVIEW (wk_wijk_overview_get_type ())
G_DECLARE_FINAL_TYPE (WkWijkOverview, wk_wijk_overview, WK, WIJK_OVERVIEW, GtkWidget)

void     wk_wijk_overview_set_store  (WkWijkOverview *self,
                                      WkStore        *store);
void     wk_wijk_overview_set_wijk   (WkWijkOverview *self,
                                      WkWijk         *wijk);
WkWijk  *wk_wijk_overview_get_wijk   (WkWijkOverview *self);
gboolean wk_wijk_overview_save_now   (WkWijkOverview *self);

G_END_DECLS

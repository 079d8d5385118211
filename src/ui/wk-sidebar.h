/* wk-sidebar.h: the list of wijken, one selected
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-wijk.h"

G_BEGIN_DECLS

#define WK_TYPE_SIDEBAR (wk_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (WkSidebar, wk_sidebar, WK, SIDEBAR, GtkWidget)

void     wk_sidebar_set_model     (WkSidebar  *self,
                                   GListModel *wijken);
WkWijk  *wk_sidebar_get_selected  (WkSidebar  *self);
void     wk_sidebar_select        (WkSidebar  *self,
                                   WkWijk     *wijk);

G_END_DECLS

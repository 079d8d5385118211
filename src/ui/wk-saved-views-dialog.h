/* wk-saved-views-dialog.h: the saved views of a wijk: their names and the order a presentation shows them in
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_SAVED_VIEWS_DIALOG (wk_saved_views_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WkSavedViewsDialog, wk_saved_views_dialog, WK, SAVED_VIEWS_DIALOG, AdwWindow)

GtkWidget *wk_saved_views_dialog_new (GtkWindow *parent,
                                      WkStore   *store,
                                      WkWijk    *wijk);

G_END_DECLS

/* wk-wijk-dialog.h: asks for a new wijk's name and municipality, or a new name
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-wijk.h"

G_BEGIN_DECLS

#define WK_TYPE_WIJK_DIALOG (wk_wijk_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WkWijkDialog, wk_wijk_dialog, WK, WIJK_DIALOG, AdwMessageDialog)

WkWijkDialog *wk_wijk_dialog_new              (GtkWindow    *parent,
                                               WkWijk       *wijk);
WkWijk       *wk_wijk_dialog_get_wijk         (WkWijkDialog *self);
const char   *wk_wijk_dialog_get_name         (WkWijkDialog *self);
const char   *wk_wijk_dialog_get_municipality (WkWijkDialog *self);

G_END_DECLS

/* wk-pin-categories-dialog.h: the pin categories of a file: names, colours, symbols
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_PIN_CATEGORIES_DIALOG (wk_pin_categories_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WkPinCategoriesDialog, wk_pin_categories_dialog, WK, PIN_CATEGORIES_DIALOG,
                      AdwPreferencesWindow)

GtkWidget *wk_pin_categories_dialog_new (GtkWindow *parent,
                                         WkStore   *store);

G_END_DECLS

/* wk-pin-editor.h: the popover that edits one pin of the community map in place
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_PIN_EDITOR (wk_pin_editor_get_type ())
G_DECLARE_FINAL_TYPE (WkPinEditor, wk_pin_editor, WK, PIN_EDITOR, GtkPopover)

GtkWidget *wk_pin_editor_new       (WkStore     *store,
                                    WkPin       *pin);
WkPin     *wk_pin_editor_get_pin   (WkPinEditor *self);
void       wk_pin_editor_save_now  (WkPinEditor *self);

G_END_DECLS

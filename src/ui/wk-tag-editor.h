/* wk-tag-editor.h: the themes or groups of a card, as chips with completion
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_TAG_EDITOR (wk_tag_editor_get_type ())
G_DECLARE_FINAL_TYPE (WkTagEditor, wk_tag_editor, WK, TAG_EDITOR, GtkWidget)

void wk_tag_editor_set_store   (WkTagEditor *self,
                                WkStore     *store);
void wk_tag_editor_set_record  (WkTagEditor *self,
                                WkRecord    *record);

G_END_DECLS

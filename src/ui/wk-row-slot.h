/* wk-row-slot.h: one row of a card table, showing whichever record is at its place
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WK_TYPE_ROW_SLOT (wk_row_slot_get_type ())
G_DECLARE_FINAL_TYPE (WkRowSlot, wk_row_slot, WK, ROW_SLOT, GObject)

WkRowSlot *wk_row_slot_new        (void);
gpointer   wk_row_slot_get_record (WkRowSlot *self);
void       wk_row_slot_set_record (WkRowSlot *self,
                                   gpointer   record);
void       wk_row_slot_refresh    (WkRowSlot *self);

G_END_DECLS

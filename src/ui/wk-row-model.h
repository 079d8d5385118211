/* wk-row-model.h: the rows of a card table, kept in place while their records change
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-row-slot.h"

G_BEGIN_DECLS

#define WK_TYPE_ROW_MODEL (wk_row_model_get_type ())
G_DECLARE_FINAL_TYPE (WkRowModel, wk_row_model, WK, ROW_MODEL, GObject)

WkRowModel *wk_row_model_new                    (GListModel *records);
gpointer    wk_row_model_get_record             (WkRowModel *self,
                                                 guint       position);
guint       wk_row_model_find                   (WkRowModel *self,
                                                 gpointer    record);
gpointer    wk_row_model_get_selected           (WkRowModel *self);
guint       wk_row_model_get_selected_position  (WkRowModel *self);
guint       wk_row_model_select                 (WkRowModel *self,
                                                 gpointer    record);

G_END_DECLS

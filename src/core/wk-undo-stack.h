/* wk-undo-stack.h: undo and redo of whatever changes a client pushes
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Replays (@forward) or reverts @item. On failure the item stays where it was. */
typedef gboolean (*WkUndoApplyFunc) (gpointer   item,
                                     gboolean   forward,
                                     gpointer   user_data,
                                     GError   **error);

#define WK_TYPE_UNDO_STACK (wk_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (WkUndoStack, wk_undo_stack, WK, UNDO_STACK, GObject)

WkUndoStack *wk_undo_stack_new          (WkUndoApplyFunc  apply,
                                         GDestroyNotify   free_item,
                                         gpointer         user_data);
void         wk_undo_stack_push         (WkUndoStack     *self,
                                         const char      *label,
                                         gpointer         item);
gpointer     wk_undo_stack_peek         (WkUndoStack     *self);
gboolean     wk_undo_stack_undo         (WkUndoStack     *self,
                                         GError         **error);
gboolean     wk_undo_stack_redo         (WkUndoStack     *self,
                                         GError         **error);
gboolean     wk_undo_stack_can_undo     (WkUndoStack     *self);
gboolean     wk_undo_stack_can_redo     (WkUndoStack     *self);
const char  *wk_undo_stack_get_undo_label (WkUndoStack   *self);
const char  *wk_undo_stack_get_redo_label (WkUndoStack   *self);
guint        wk_undo_stack_get_depth    (WkUndoStack     *self);
void         wk_undo_stack_clear        (WkUndoStack     *self);

G_END_DECLS

/* wk-undo-keys.c: Ctrl+Z and Ctrl+Shift+Z in a modal dialog, for the file's undo history
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A modal dialog keeps the keys from the main window, whose actions undo
 * and redo; a dialog that edits the file binds them itself, as the main
 * window has them. Text fields keep their own Ctrl+Z.
 */
#include "wk-undo-keys.h"

/**
 * wk_undo_keys_install:
 * @callback: the dialog's: calls wk_undo_keys_apply() with its store and
 *   the arguments, and says what went wrong
 *
 * Binds Ctrl+Z to @callback with the argument %FALSE, Ctrl+Shift+Z with
 * %TRUE (redo).
 */
void
wk_undo_keys_install (GtkWidgetClass  *widget_class,
                      GtkShortcutFunc  callback)
{
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, callback, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, callback, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, callback, "b", TRUE);
}

/**
 * wk_undo_keys_apply:
 * @args: the binding's: whether to redo
 *
 * Undoes or redoes the last change of @store's file; nothing when there is
 * none.
 *
 * Returns: %FALSE with @error set when it failed
 */
gboolean
wk_undo_keys_apply (WkStore   *store,
                    GVariant  *args,
                    GError   **error)
{
  gboolean redo = g_variant_get_boolean (args);
  WkUndoStack *history = wk_store_get_undo_stack (store);

  if (redo ? !wk_undo_stack_can_redo (history) : !wk_undo_stack_can_undo (history))
    return TRUE;
  return redo ? wk_store_redo (store, error) : wk_store_undo (store, error);
}

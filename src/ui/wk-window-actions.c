/* wk-window-actions.c: what the user can do with wijken in a window
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Deleting a wijk removes it from the list at once and offers Undo in a toast;
 * the store keeps the delete pending until the toast goes away (or the window
 * closes), and only then is the wijk deleted for good, with everything in it.
 */
#include <glib/gi18n.h>

#include "wk-actors-page.h"
#include "wk-network-page.h"
#include "wk-initiatives-page.h"
#include "wk-wijk-dialog.h"
#include "wk-window-private.h"

static void
show_error (WkWindow     *self,
            const GError *error)
{
  AdwToast *toast = wk_toast_new_plain (error->message);

  adw_toast_set_timeout (toast, 0);
  wk_window_add_toast (self, toast);
}

void
_wk_window_update_actions (WkWindow *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_wijk = has_store && wk_sidebar_get_selected (self->sidebar) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-wijk", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-wijk", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-wijk", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-delete-wijk",
                                 self->pending_delete != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-actor", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-initiative", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_store && wk_undo_stack_can_undo (wk_store_get_undo_stack (self->store)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_store && wk_undo_stack_can_redo (wk_store_get_undo_stack (self->store)));
  _wk_window_update_present_actions (self);
}

/* New and rename ---------------------------------------------------------- */

static void
new_wijk_response_cb (WkWijkDialog *dialog,
                      const char   *response,
                      WkWindow     *self)
{
  g_autoptr(GError) error = NULL;
  WkWijk *wijk;

  if (!g_str_equal (response, "save"))
    return;

  wijk = wk_store_create_wijk (self->store,
                               wk_wijk_dialog_get_name (dialog),
                               wk_wijk_dialog_get_municipality (dialog),
                               &error);
  if (wijk == NULL)
    {
      show_error (self, error);
      return;
    }
  wk_sidebar_select (self->sidebar, wijk);
}

static void
new_wijk_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  WkWijkDialog *dialog = wk_wijk_dialog_new (GTK_WINDOW (self), NULL);

  g_signal_connect_object (dialog, "response", G_CALLBACK (new_wijk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_wijk_response_cb (WkWijkDialog *dialog,
                         const char   *response,
                         WkWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;

  if (!wk_store_update_wijk (self->store, wk_wijk_dialog_get_wijk (dialog),
                             wk_wijk_dialog_get_name (dialog),
                             wk_wijk_dialog_get_municipality (dialog),
                             NULL, &error))
    show_error (self, error);
}

static void
rename_wijk_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  WkWijk *wijk = wk_sidebar_get_selected (self->sidebar);
  WkWijkDialog *dialog;

  if (wijk == NULL)
    return;

  dialog = wk_wijk_dialog_new (GTK_WINDOW (self), wijk);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_wijk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Delete and undo --------------------------------------------------------- */

/* The delete becomes final: from here on it cannot be undone. */
void
_wk_window_finish_pending_delete (WkWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->pending_delete == NULL)
    return;

  g_clear_object (&self->pending_delete);
  if (self->delete_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->delete_toast, self);
      adw_toast_dismiss (self->delete_toast);
      g_clear_object (&self->delete_toast);
    }
  if (!wk_store_purge_deleted_wijken (self->store, &error))
    g_warning ("Could not delete a wijk for good: %s", error->message);

  _wk_window_update_actions (self);
}

static void
delete_toast_dismissed_cb (AdwToast *toast,
                           WkWindow *self)
{
  _wk_window_finish_pending_delete (self);
}

static void
delete_wijk (WkWindow *self,
             WkWijk   *wijk)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* one undo at a time, as in Files: an earlier delete becomes final */
  _wk_window_finish_pending_delete (self);

  g_object_ref (wijk);
  if (!wk_store_delete_wijk (self->store, wijk, &error))
    {
      g_object_unref (wijk);
      show_error (self, error);
      return;
    }
  self->pending_delete = wijk;

  title = g_strdup_printf (_("Wijk “%s” deleted"), wk_wijk_get_name (wijk));
  toast = wk_toast_new_plain (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete-wijk");
  self->delete_toast = g_object_ref (toast);
  g_signal_connect (toast, "dismissed", G_CALLBACK (delete_toast_dismissed_cb), self);
  wk_window_add_toast (self, toast);

  _wk_window_update_actions (self);
}

static void
delete_wijk_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         WkWindow         *self)
{
  WkWijk *wijk = g_object_get_data (G_OBJECT (dialog), "wijk");

  if (g_str_equal (response, "delete"))
    delete_wijk (self, wijk);
}

static void
delete_wijk_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  WkWijk *wijk = wk_sidebar_get_selected (self->sidebar);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (wijk == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), wk_wijk_get_name (wijk));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("All its actors, initiatives, relations, contact notes "
                                     "and map pins are deleted with it. You can undo this "
                                     "for a few seconds."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "wijk", g_object_ref (wijk), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_wijk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_wijk_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  g_autoptr(WkWijk) wijk = g_steal_pointer (&self->pending_delete);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  if (wijk == NULL)
    return;

  /* Undo may come from the toast's button or from elsewhere: the toast goes either way */
  if (self->delete_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->delete_toast, self);
      adw_toast_dismiss (self->delete_toast);
      g_clear_object (&self->delete_toast);
    }

  uuid = g_strdup (wk_wijk_get_uuid (wijk));
  if (!wk_store_undelete_wijk (self->store, wijk, &error))
    show_error (self, error);
  else
    wk_sidebar_select (self->sidebar, wk_store_find_wijk_by_uuid (self->store, uuid));

  _wk_window_update_actions (self);
}

static void
show_sidebar_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Cards ------------------------------------------------------------------- */

static void
new_actor_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "actors");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  wk_actors_page_new_actor (WK_ACTORS_PAGE (self->actors_page));
}

static void
new_initiative_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "initiatives");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  wk_initiatives_page_new_initiative (WK_INITIATIVES_PAGE (self->initiatives_page));
}

/* Searches the cards page in view, finds an actor in the diagram, or
 * searches the actors when another page is in view. */
static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  if (g_strcmp0 (page, "initiatives") == 0)
    wk_initiatives_page_focus_search (WK_INITIATIVES_PAGE (self->initiatives_page));
  else if (g_strcmp0 (page, "network") == 0)
    wk_network_page_focus_find (WK_NETWORK_PAGE (self->network_page));
  else
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "actors");
      wk_actors_page_focus_search (WK_ACTORS_PAGE (self->actors_page));
    }
}

/* Edits still waiting for a pause in typing are stored first, so that undo
 * takes back the latest one. */
static void
undo_redo_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  wk_actors_page_save_now (WK_ACTORS_PAGE (self->actors_page));
  wk_network_page_save_now (WK_NETWORK_PAGE (self->network_page));
  wk_initiatives_page_save_now (WK_INITIATIVES_PAGE (self->initiatives_page));
  if (g_str_equal (action_name, "win.undo"))
    ok = wk_store_undo (self->store, &error);
  else
    ok = wk_store_redo (self->store, &error);
  if (!ok)
    show_error (self, error);
}

void
_wk_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-actor", NULL, new_actor_activated);
  gtk_widget_class_install_action (widget_class, "win.new-initiative", NULL, new_initiative_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_activated);
  gtk_widget_class_install_action (widget_class, "win.new-wijk", NULL, new_wijk_activated);
  gtk_widget_class_install_action (widget_class, "win.rename-wijk", NULL, rename_wijk_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-wijk", NULL, delete_wijk_activated);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-wijk", NULL,
                                   undo_delete_wijk_activated);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_activated);
}

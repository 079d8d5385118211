/* wk-window-present.c: presenting the wijk from the window: start a presentation, save and edit views
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n.h>

#include "wk-map-page.h"
#include "wk-network-page.h"
#include "wk-presentation.h"
#include "wk-presentation-options.h"
#include "wk-saved-view.h"
#include "wk-saved-views-dialog.h"
#include "wk-window-private.h"

/* The network or the map, whichever is on screen; the network otherwise. */
static WkViewState *
dup_current_state (WkWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "map") == 0)
    return wk_map_page_dup_state (WK_MAP_PAGE (self->map_page));
  return wk_network_page_dup_state (WK_NETWORK_PAGE (self->network_page));
}

/**
 * _wk_window_present:
 *
 * Returns: (transfer none) (nullable): the presentation started
 */
WkPresentation *
_wk_window_present (WkWindow *self)
{
  WkPresentationOptions *options = WK_PRESENTATION_OPTIONS (self->present_options);
  WkWijk *wijk = wk_window_get_selected_wijk (self);
  g_autoptr(WkViewState) state = NULL;
  WkPresentation *presentation;

  if (self->store == NULL || wijk == NULL)
    return NULL;
  if (self->presentation != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->presentation));
      return WK_PRESENTATION (self->presentation);
    }
  state = dup_current_state (self);
  presentation = wk_presentation_new (self->store, wijk, state, wk_map_page_get_view (WK_MAP_PAGE (self->map_page)));
  gtk_window_set_application (GTK_WINDOW (presentation), gtk_window_get_application (GTK_WINDOW (self)));
  wk_presentation_set_palette (presentation, wk_presentation_options_get_palette (options));
  wk_presentation_set_label_size (presentation, wk_presentation_options_get_label_size (options));
  self->presentation = GTK_WIDGET (presentation);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &self->presentation);
  wk_presentation_start (presentation, wk_presentation_options_get_monitor (options, GTK_WINDOW (self)));
  return presentation;
}

static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _wk_window_present (WK_WINDOW (widget));
}

/* Saving a view -------------------------------------------------------------- */

static void
save_view_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       WkWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  WkViewState *state = g_object_get_data (G_OBJECT (dialog), "state");
  WkWijk *wijk = wk_window_get_selected_wijk (self);
  g_autofree char *json = NULL;
  WkSavedView *view;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || wijk == NULL)
    return;
  json = wk_view_state_to_json (state);
  view = wk_store_create_saved_view (self->store, wijk, gtk_editable_get_text (entry), state->page, json, &error);
  if (view == NULL)
    {
      wk_window_add_toast (self, wk_toast_new_plain (error->message));
      return;
    }
  {
    g_autofree char *message = g_strdup_printf (_("View “%s” saved"), wk_saved_view_get_name (view));

    wk_window_add_toast (self, wk_toast_new_plain (message));
  }
}

static void
save_view_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  WkWijk *wijk = wk_window_get_selected_wijk (self);
  WkViewState *state;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autofree char *name = NULL;
  guint n;

  if (self->store == NULL || wijk == NULL)
    return;
  state = dup_current_state (self);
  n = g_list_model_get_n_items (wk_store_get_saved_views (self->store, wijk)) + 1;
  name = g_str_equal (state->page, "map") ? g_strdup_printf (_("Map %u"), n) : g_strdup_printf (_("Network %u"), n);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save View"),
                                                       _("The page, its filters, the zoom and the place, and the "
                                                         "selected actor, under a name. In a presentation, Page "
                                                         "Down and Page Up step through the saved views.")));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the View"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "state", state, (GDestroyNotify) wk_view_state_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_view_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
edit_views_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WkWindow *self = WK_WINDOW (widget);
  WkWijk *wijk = wk_window_get_selected_wijk (self);

  if (self->store != NULL && wijk != NULL)
    gtk_window_present (GTK_WINDOW (wk_saved_views_dialog_new (GTK_WINDOW (self), self->store, wijk)));
}

void
_wk_window_update_present_actions (WkWindow *self)
{
  gboolean has_wijk = self->store != NULL && wk_window_get_selected_wijk (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-view", has_wijk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-views", has_wijk);
}

void
_wk_window_init_present (WkWindow *self)
{
  self->present_options = wk_presentation_options_new (self->settings);
  adw_split_button_set_popover (ADW_SPLIT_BUTTON (self->present_button), GTK_POPOVER (self->present_options));
}

void
_wk_window_class_install_present (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "win.save-view", NULL, save_view_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-views", NULL, edit_views_activated);
}

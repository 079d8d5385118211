/* wk-window.c: the main window: wijken in a sidebar, the selected wijk beside it
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The window only wires its parts together: the sidebar lists and selects,
 * each page of the view stack shows the selected wijk, and the actions live
 * in wk-window-actions.c.
 */
#include <glib/gi18n.h>

#include "wk-debug.h"
#include "wk-actors-page.h"
#include "wk-map-page.h"
#include "wk-network-page.h"
#include "wk-initiatives-page.h"
#include "wk-wijk-overview.h"
#include "wk-window-private.h"

G_DEFINE_FINAL_TYPE (WkWindow, wk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

WkWindow *
wk_window_new (WkApplication *application,
               WkStore       *store)
{
  return g_object_new (WK_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

WkStore *
wk_window_get_store (WkWindow *self)
{
  g_return_val_if_fail (WK_IS_WINDOW (self), NULL);
  return self->store;
}

WkWijk *
wk_window_get_selected_wijk (WkWindow *self)
{
  g_return_val_if_fail (WK_IS_WINDOW (self), NULL);
  return wk_sidebar_get_selected (self->sidebar);
}

void
wk_window_select_wijk (WkWindow *self,
                       WkWijk   *wijk)
{
  g_return_if_fail (WK_IS_WINDOW (self));
  wk_sidebar_select (self->sidebar, wijk);
}

void
wk_window_add_toast (WkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (WK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A toast showing @text as it is: libadwaita 1.2 reads a toast's title as
 * markup, so a name like "Koffie & <b>taart</b>" would vanish or turn bold. */
AdwToast *
wk_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/* Shows @message in a toast of the window @widget is in: for an edit the
 * store refused for a reason the widget itself cannot show. */
void
wk_window_toast_for (GtkWidget  *widget,
                     const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (WK_IS_WINDOW (root))
    wk_window_add_toast (WK_WINDOW (root), wk_toast_new_plain (message));
  else
    g_warning ("%s", message);
}

/* Shows @record's card on its page: the same card the network and the map open. */
void
wk_window_open_record (WkWindow *self,
                       WkRecord *record)
{
  g_return_if_fail (WK_IS_WINDOW (self));

  if (WK_IS_ACTOR (record))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "actors");
      wk_actors_page_open (WK_ACTORS_PAGE (self->actors_page), WK_ACTOR (record));
    }
  else if (WK_IS_INITIATIVE (record))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "initiatives");
      wk_initiatives_page_open (WK_INITIATIVES_PAGE (self->initiatives_page), WK_INITIATIVE (record));
    }
}

/* The toast after a delete: @message and an Undo button (win.undo). */
void
wk_window_toast_undo (GtkWidget  *widget,
                      const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast;

  if (!WK_IS_WINDOW (root))
    return;
  toast = wk_toast_new_plain (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  wk_window_add_toast (WK_WINDOW (root), toast);
}

void
wk_window_show_open_error (WkWindow   *self,
                           const char *message)
{
  g_return_if_fail (WK_IS_WINDOW (self));

  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static void
update_empty_state (WkWindow *self)
{
  guint n = g_list_model_get_n_items (wk_store_get_wijken (self->store));

  gtk_stack_set_visible_child_name (self->main_stack, n > 0 ? "wijken" : "empty");
}

static void
wijken_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   WkWindow   *self)
{
  update_empty_state (self);
}

/* The pages get the selected wijk when they are shown, not before: a hidden
 * actors table of 300 actors would build its ~200 rows (some 50 ms) before
 * the network of the wijk is drawn. */
static void
sync_visible_page (WkWindow *self)
{
  WkWijk *wijk = wk_sidebar_get_selected (self->sidebar);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "actors") == 0)
    wk_actors_page_set_wijk (WK_ACTORS_PAGE (self->actors_page), wijk);
  else if (g_strcmp0 (page, "network") == 0)
    wk_network_page_set_wijk (WK_NETWORK_PAGE (self->network_page), wijk);
  else if (g_strcmp0 (page, "map") == 0)
    wk_map_page_set_wijk (WK_MAP_PAGE (self->map_page), wijk);
  else if (g_strcmp0 (page, "initiatives") == 0)
    wk_initiatives_page_set_wijk (WK_INITIATIVES_PAGE (self->initiatives_page), wijk);
}

static void
visible_page_changed_cb (AdwViewStack *stack,
                         GParamSpec   *pspec,
                         WkWindow     *self)
{
  sync_visible_page (self);
}

static void
selected_wijk_changed_cb (WkSidebar  *sidebar,
                          GParamSpec *pspec,
                          WkWindow   *self)
{
  WkWijk *wijk = wk_sidebar_get_selected (sidebar);

  wk_wijk_overview_set_wijk (WK_WIJK_OVERVIEW (self->overview), wijk);
  sync_visible_page (self);

  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  if (wijk != NULL)
    {
      self->title_binding = g_object_bind_property (wijk, "name", self->content_title, "title",
                                                    G_BINDING_SYNC_CREATE);
      self->subtitle_binding = g_object_bind_property (wijk, "municipality",
                                                       self->content_title, "subtitle",
                                                       G_BINDING_SYNC_CREATE);
      g_settings_set_string (self->settings, "selected-wijk", wk_wijk_get_uuid (wijk));
    }
  else
    {
      adw_view_switcher_title_set_title (self->content_title, "");
      adw_view_switcher_title_set_subtitle (self->content_title, "");
    }

  _wk_window_update_actions (self);
}

static void
undo_stack_notify_cb (WkWindow *self)
{
  _wk_window_update_actions (self);
}

static void
wijk_activated_cb (WkSidebar *sidebar,
                   WkWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
first_frame_cb (GdkFrameClock *clock,
                WkWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  wk_timing_mark ("first-frame");

  if (wk_debug_enabled (WK_DEBUG_EXIT_ON_FRAME))
    g_application_quit (g_application_get_default ());
}

static void
wk_window_map (GtkWidget *widget)
{
  WkWindow *self = WK_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (wk_window_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock != NULL && wk_debug_enabled (WK_DEBUG_TIMING | WK_DEBUG_EXIT_ON_FRAME))
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, 0);
}

static gboolean
wk_window_close_request (GtkWindow *window)
{
  WkWindow *self = WK_WINDOW (window);

  _wk_window_finish_pending_delete (self);
  wk_wijk_overview_save_now (WK_WIJK_OVERVIEW (self->overview));
  wk_actors_page_save_now (WK_ACTORS_PAGE (self->actors_page));
  wk_network_page_save_now (WK_NETWORK_PAGE (self->network_page));
  wk_initiatives_page_save_now (WK_INITIATIVES_PAGE (self->initiatives_page));

  return GTK_WINDOW_CLASS (wk_window_parent_class)->close_request (window);
}

static void
wk_window_constructed (GObject *object)
{
  WkWindow *self = WK_WINDOW (object);
  g_autofree char *last_uuid = NULL;
  WkWijk *last;

  G_OBJECT_CLASS (wk_window_parent_class)->constructed (object);

  self->settings = g_settings_new (APP_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  _wk_window_init_present (self);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      _wk_window_update_actions (self);
      return;
    }

  if (wk_store_is_demo (self->store))
    adw_window_title_set_subtitle (self->sidebar_title, _("Example — changes are not kept"));
  else
    {
      g_autofree char *name = g_file_get_basename (wk_store_get_file (self->store));

      adw_window_title_set_subtitle (self->sidebar_title, name);
    }

  wk_wijk_overview_set_store (WK_WIJK_OVERVIEW (self->overview), self->store);
  wk_actors_page_set_store (WK_ACTORS_PAGE (self->actors_page), self->store);
  wk_network_page_set_store (WK_NETWORK_PAGE (self->network_page), self->store);
  wk_map_page_set_store (WK_MAP_PAGE (self->map_page), self->store);
  wk_initiatives_page_set_store (WK_INITIATIVES_PAGE (self->initiatives_page), self->store);
  g_signal_connect_object (wk_store_get_undo_stack (self->store), "notify",
                           G_CALLBACK (undo_stack_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "notify::selected",
                           G_CALLBACK (selected_wijk_changed_cb), self, 0);
  g_signal_connect_object (self->sidebar, "activated",
                           G_CALLBACK (wijk_activated_cb), self, 0);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_changed_cb), self, 0);
  g_signal_connect_object (wk_store_get_wijken (self->store), "items-changed",
                           G_CALLBACK (wijken_changed_cb), self, 0);

  /* read before the model is set: setting it selects the first row, and
   * every selection is saved */
  last_uuid = g_settings_get_string (self->settings, "selected-wijk");
  wk_sidebar_set_model (self->sidebar, wk_store_get_wijken (self->store));
  last = wk_store_find_wijk_by_uuid (self->store, last_uuid);
  if (last != NULL)
    wk_sidebar_select (self->sidebar, last);

  update_empty_state (self);
  _wk_window_update_actions (self);
}

static void
wk_window_dispose (GObject *object)
{
  WkWindow *self = WK_WINDOW (object);

  if (self->delete_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->delete_toast, self);
  g_clear_object (&self->delete_toast);
  g_clear_object (&self->pending_delete);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  if (self->presentation != NULL)
    {
      WkPresentation *presentation = WK_PRESENTATION (self->presentation);

      g_object_remove_weak_pointer (G_OBJECT (presentation), (gpointer *) &self->presentation);
      self->presentation = NULL;
      wk_presentation_end (presentation);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_WINDOW);

  G_OBJECT_CLASS (wk_window_parent_class)->dispose (object);
}

static void
wk_window_finalize (GObject *object)
{
  WkWindow *self = WK_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wk_window_parent_class)->finalize (object);
}

static void
wk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WkWindow *self = WK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WkWindow *self = WK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_window_class_init (WkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wk_window_constructed;
  object_class->dispose = wk_window_dispose;
  object_class->finalize = wk_window_finalize;
  object_class->get_property = wk_window_get_property;
  object_class->set_property = wk_window_set_property;
  widget_class->map = wk_window_map;
  window_class->close_request = wk_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WK_TYPE_SIDEBAR);
  g_type_ensure (WK_TYPE_WIJK_OVERVIEW);
  g_type_ensure (WK_TYPE_ACTORS_PAGE);
  g_type_ensure (WK_TYPE_NETWORK_PAGE);
  g_type_ensure (WK_TYPE_MAP_PAGE);
  g_type_ensure (WK_TYPE_INITIATIVES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, actors_page);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, network_page);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, initiatives_page);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, WkWindow, present_button);

  _wk_window_class_install_actions (widget_class);
  _wk_window_class_install_present (widget_class);
}

static void
wk_window_init (WkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* wk-map-page.c: the community map of a wijk: the map, placing and editing pins, the legend
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Placing pins is made for a resident evening: with "Place pins" on, a
 * click on the map shows the pin and a title entry beside it; Enter stores
 * the pin with the category and session chosen in the toolbar and leaves
 * the mode on for the next one; Escape drops it. A click on a pin opens its
 * editor; dragging moves it. Every change is one step of the undo history.
 */
#include <math.h>

#include <glib/gi18n.h>

#include "wk-map-page-private.h"
#include "wk-pin-categories-dialog.h"
#include "wk-pin-editor.h"
#include "wk-window.h"

G_DEFINE_FINAL_TYPE (WkMapPage, wk_map_page, GTK_TYPE_WIDGET)

#define SAVE_VIEW_DELAY_MS 1000

void
_wk_map_page_show_error (WkMapPage  *self,
                         const char *message)
{
  wk_window_toast_for (GTK_WIDGET (self), message);
}

/* Toolbar choices for new pins ------------------------------------------- */

static gint64
selected_id (GtkWidget *dropdown,
             GArray    *ids)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  return position < ids->len ? g_array_index (ids, gint64, position) : -1;
}

static void
select_id (GtkWidget *dropdown,
           GArray    *ids,
           gint64     id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
        return;
      }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
}

static void
fill_dropdowns (WkMapPage *self)
{
  gint64 category = selected_id (self->category_dropdown, self->category_ids);
  gint64 session = selected_id (self->session_dropdown, self->session_ids);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sessions = gtk_string_list_new (NULL);
  GListModel *model;
  gint64 none = -1;

  g_array_set_size (self->category_ids, 0);
  g_array_set_size (self->session_ids, 0);
  if (self->store != NULL)
    {
      model = wk_store_get_pin_categories (self->store);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(WkPinCategory) item = g_list_model_get_item (model, i);
          g_autofree char *text = g_strdup_printf ("%s %s", wk_pin_category_get_symbol (item),
                                                   wk_pin_category_get_label (item));
          gint64 id = wk_record_get_id (WK_RECORD (item));

          gtk_string_list_append (categories, g_strstrip (text));
          g_array_append_val (self->category_ids, id);
        }
    }
  gtk_string_list_append (sessions, _("No session"));
  g_array_append_val (self->session_ids, none);
  if (self->store != NULL && self->wijk != NULL)
    {
      model = wk_store_get_mapping_sessions (self->store, self->wijk);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(WkMappingSession) item = g_list_model_get_item (model, i);
          gint64 id = wk_record_get_id (WK_RECORD (item));

          gtk_string_list_append (sessions, wk_mapping_session_get_name (item));
          g_array_append_val (self->session_ids, id);
        }
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->category_dropdown), G_LIST_MODEL (categories));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->session_dropdown), G_LIST_MODEL (sessions));
  select_id (self->category_dropdown, self->category_ids, category);
  /* the latest session is the one a team is mapping in */
  if (session < 0 && self->session_ids->len > 1)
    session = g_array_index (self->session_ids, gint64, self->session_ids->len - 1);
  select_id (self->session_dropdown, self->session_ids, session);
}

static void
update_count (WkMapPage *self)
{
  guint shown = wk_map_view_get_n_shown (self->view);
  guint all = self->wijk != NULL ? wk_wijk_get_n_pins (self->wijk) : 0;
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pin", "%u pins", all), all);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u pin shown", "%u of %u pins shown", all),
                            shown, all);
  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

/* Base map ------------------------------------------------------------------ */

static void
offline_changed_cb (WkTileSource *source,
                    GParamSpec   *pspec,
                    WkMapPage    *self)
{
  gboolean offline = wk_tile_source_get_offline (source);

  if (offline)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", wk_tile_source_get_last_error (source),
                                               _("Map tiles saved earlier are shown; pins keep working."));

      gtk_label_set_text (GTK_LABEL (self->offline_label), text);
      gtk_widget_set_tooltip_text (self->offline_label, text);
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->offline_revealer), offline);
}

static const WkTileProvider *
provider_for_url (const char *url)
{
  guint n;
  const WkTileProvider *providers = wk_tile_providers (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (providers[i].url, url) == 0)
      return &providers[i];
  return NULL;
}

/* The middle of the wijk's pins, or of the Netherlands. */
static void
go_to_pins (WkMapPage *self)
{
  GListModel *pins = wk_store_get_pins (self->store, self->wijk);
  double south = 90, north = -90, west = 180, east = -180;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (pins); i++)
    {
      g_autoptr(WkPin) pin = g_list_model_get_item (pins, i);
      double lat, lon;

      if (!wk_pin_get_place (pin, &lat, &lon))
        continue;
      south = MIN (south, lat);
      north = MAX (north, lat);
      west = MIN (west, lon);
      east = MAX (east, lon);
      n++;
    }
  if (n == 0)
    {
      wk_map_view_go_to (self->view, 52.2, 5.3, 8);
      return;
    }
  {
    double span = MAX (north - south, (east - west) * 0.6);
    double zoom = span > 0 ? CLAMP (log2 (360.0 / span) - 1.5, 3, 18) : 17;

    wk_map_view_go_to (self->view, (south + north) / 2, (west + east) / 2, zoom);
  }
}

static gboolean
load_tiles (WkMapPage  *self,
            const char *url,
            GError    **error)
{
  const WkTileProvider *provider = provider_for_url (url);
  g_autofree char *attribution = NULL;
  g_autoptr(ShumateMapSource) source = NULL;
  int max_zoom = 19;

  if (self->tile_source == NULL || g_strcmp0 (self->tile_url, url) != 0)
    {
      g_autoptr(WkTileSource) tiles = NULL;

      if (g_str_has_prefix (url, "mbtiles:"))
        tiles = wk_tile_source_new_for_mbtiles (url + strlen ("mbtiles:"), error);
      else
        {
          g_autofree char *cache = wk_tile_source_default_cache_dir (url);

          tiles = wk_tile_source_new_for_url (url, cache);
        }
      if (tiles == NULL)
        return FALSE;
      if (self->tile_source != NULL)
        g_signal_handlers_disconnect_by_data (self->tile_source, self);
      g_set_object (&self->tile_source, tiles);
      g_free (self->tile_url);
      self->tile_url = g_strdup (url);
      g_signal_connect_object (tiles, "notify::offline", G_CALLBACK (offline_changed_cb), self, 0);
    }

  if (provider != NULL)
    {
      attribution = g_strdup (provider->license);
      max_zoom = provider->max_zoom;
    }
  else if (wk_tile_source_get_mbtiles (self->tile_source) != NULL)
    {
      WkMbtiles *mbtiles = wk_tile_source_get_mbtiles (self->tile_source);
      const char *text = wk_mbtiles_get_attribution (mbtiles);

      attribution = g_strdup (text != NULL && *text != '\0' ? text : _("Offline map"));
      max_zoom = wk_mbtiles_get_max_zoom (mbtiles) > 0 ? wk_mbtiles_get_max_zoom (mbtiles) : 19;
    }
  else
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

      attribution = g_strdup_printf (_("Map: %s"), uri != NULL && g_uri_get_host (uri) != NULL
                                                   ? g_uri_get_host (uri) : url);
    }
  source = wk_tile_source_create_map_source (self->tile_source, "wijkkaart", _("Base map"), attribution,
                                             0, max_zoom);
  wk_map_view_set_tiles (self->view, source, attribution);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->offline_revealer),
                                 wk_tile_source_get_offline (self->tile_source));
  return TRUE;
}

void
_wk_map_page_load_base_map (WkMapPage *self)
{
  const char *kind = self->wijk != NULL ? wk_wijk_get_map_kind (self->wijk) : "none";
  g_autoptr(GError) error = NULL;

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->offline_revealer), FALSE);
  if (g_strcmp0 (kind, "image") == 0)
    {
      g_autofree char *type = NULL;
      g_autoptr(GBytes) bytes = wk_store_get_wijk_map_image (self->store, self->wijk, &type, &error);
      g_autoptr(WkMapImage) image = bytes != NULL ? wk_map_image_new_from_bytes (bytes, type, &error) : NULL;

      if (image != NULL)
        {
          wk_map_view_set_image (self->view, image);
          gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "map");
          return;
        }
    }
  else if (g_strcmp0 (kind, "tiles") == 0)
    {
      const char *url = wk_wijk_get_map_tile_url (self->wijk);
      guint n;

      if (url == NULL)
        url = wk_tile_providers (&n)[0].url;
      if (load_tiles (self, url, &error))
        {
          double lat, lon, zoom;

          gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "map");
          if (wk_wijk_get_map_view (self->wijk, &lat, &lon, &zoom))
            wk_map_view_go_to (self->view, lat, lon, zoom);
          else
            go_to_pins (self);
          return;
        }
    }

  wk_map_view_set_image (self->view, NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  if (error != NULL)
    _wk_map_page_show_error (self, error->message);
}

/* Placing ------------------------------------------------------------------- */

static void
end_draft (WkMapPage *self)
{
  self->has_draft = FALSE;
  wk_map_view_set_draft (self->view, NULL, -1);
}

static void
place_chosen_cb (WkMapView *view,
                 double     x,
                 double     y,
                 WkMapPage *self)
{
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  if (!wk_map_view_spot_at (view, x, y, &self->draft_spot))
    return;
  self->has_draft = TRUE;
  wk_map_view_set_draft (view, &self->draft_spot, selected_id (self->category_dropdown, self->category_ids));
  gtk_editable_set_text (GTK_EDITABLE (self->draft_entry), "");
  gtk_popover_set_pointing_to (GTK_POPOVER (self->draft_popover), &at);
  gtk_popover_popup (GTK_POPOVER (self->draft_popover));
  gtk_widget_grab_focus (self->draft_entry);
}

static void
draft_activate_cb (GtkEntry  *entry,
                   WkMapPage *self)
{
  g_autoptr(GError) error = NULL;
  WkPin *pin;

  if (!self->has_draft)
    return;
  pin = wk_store_create_pin (self->store, self->wijk, &self->draft_spot,
                             selected_id (self->category_dropdown, self->category_ids),
                             selected_id (self->session_dropdown, self->session_ids),
                             gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  if (pin == NULL)
    {
      _wk_map_page_show_error (self, error->message);
      return;
    }
  end_draft (self);
  gtk_popover_popdown (GTK_POPOVER (self->draft_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Escape, or a click elsewhere: the pin is not placed */
static void
draft_closed_cb (GtkPopover *popover,
                 WkMapPage  *self)
{
  end_draft (self);
}

/* Editing ------------------------------------------------------------------- */

static void
editor_open_card_cb (WkPinEditor *editor,
                     WkRecord    *record,
                     WkMapPage   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_popover_popdown (GTK_POPOVER (editor));
  if (WK_IS_WINDOW (root))
    wk_window_open_record (WK_WINDOW (root), record);
}

static void
editor_delete_cb (WkPinEditor *editor,
                  WkMapPage   *self)
{
  g_autoptr(WkPin) pin = g_object_ref (wk_pin_editor_get_pin (editor));
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (GTK_POPOVER (editor));
  if (!wk_store_delete_record (self->store, WK_RECORD (pin), &error))
    _wk_map_page_show_error (self, error->message);
  else
    wk_window_toast_undo (GTK_WIDGET (self), wk_undo_stack_get_undo_label (wk_store_get_undo_stack (self->store)));
}

static void
editor_closed_cb (GtkPopover *popover,
                  WkMapPage  *self)
{
  wk_pin_editor_save_now (WK_PIN_EDITOR (popover));
  /* after the popover has finished closing */
  g_idle_add_once ((GSourceOnceFunc) gtk_widget_unparent, popover);
}

static void
pin_activated_cb (WkMapView *view,
                  WkPin     *pin,
                  double     x,
                  double     y,
                  WkMapPage *self)
{
  GtkWidget *editor = wk_pin_editor_new (self->store, pin);
  GdkRectangle at = { (int) x, (int) y - 16, 1, 1 };

  gtk_widget_set_parent (editor, GTK_WIDGET (view));
  gtk_popover_set_pointing_to (GTK_POPOVER (editor), &at);
  g_signal_connect_object (editor, "open-card", G_CALLBACK (editor_open_card_cb), self, 0);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (editor_delete_cb), self, 0);
  g_signal_connect_object (editor, "closed", G_CALLBACK (editor_closed_cb), self, 0);
  gtk_popover_popup (GTK_POPOVER (editor));
}

static void
pin_dragged_cb (WkMapView *view,
                WkPin     *pin,
                double     x,
                double     y,
                WkMapPage *self)
{
  g_autoptr(GError) error = NULL;
  WkPinSpot spot;

  if (!wk_map_view_spot_at (view, x, y, &spot))
    {
      _wk_map_page_show_error (self, _("A pin stays on the map."));
      return;
    }
  if (!wk_store_move_pin (self->store, pin, &spot, &error))
    _wk_map_page_show_error (self, error->message);
}

static gboolean
save_view_cb (gpointer data)
{
  WkMapPage *self = data;
  double lat, lon, zoom;

  self->save_view_id = 0;
  if (self->wijk != NULL && wk_map_view_get_center (self->view, &lat, &lon, &zoom))
    wk_store_set_wijk_map_view (self->store, self->wijk, lat, lon, zoom, NULL);
  return G_SOURCE_REMOVE;
}

static void
view_changed_cb (WkMapView *view,
                 WkMapPage *self)
{
  update_count (self);
  if (wk_map_view_has_tiles (view) && self->wijk != NULL)
    {
      g_clear_handle_id (&self->save_view_id, g_source_remove);
      self->save_view_id = g_timeout_add (SAVE_VIEW_DELAY_MS, save_view_cb, self);
    }
}

static gboolean
legend_filter (WkPin    *pin,
               gpointer  user_data)
{
  return wk_map_legend_shows_pin (WK_MAP_LEGEND (user_data), pin);
}

static void
store_changed_cb (WkStore    *store,
                  const char *table,
                  gint64      id,
                  WkMapPage  *self)
{
  if (g_str_equal (table, "pin_category") || g_str_equal (table, "mapping_session"))
    fill_dropdowns (self);
}

static void
wijk_map_changed_cb (WkWijk     *wijk,
                     GParamSpec *pspec,
                     WkMapPage  *self)
{
  _wk_map_page_load_base_map (self);
}

/* Actions ------------------------------------------------------------------- */

enum {
  PROP_0,
  PROP_PLACING,
  PROP_HIDE_PERSONAL_DATA,
  PROP_SHOW_NETWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
wk_map_page_set_placing (WkMapPage *self,
                         gboolean   placing)
{
  g_return_if_fail (WK_IS_MAP_PAGE (self));

  if (wk_map_view_get_placing (self->view) == placing)
    return;
  wk_map_view_set_placing (self->view, placing);
  if (!placing && self->has_draft)
    gtk_popover_popdown (GTK_POPOVER (self->draft_popover));
  if (placing)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACING]);
}

static void
wk_map_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WkMapPage *self = WK_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLACING:
      g_value_set_boolean (value, wk_map_view_get_placing (self->view));
      break;
    case PROP_HIDE_PERSONAL_DATA:
      g_value_set_boolean (value, wk_map_view_get_hide_personal_data (self->view));
      break;
    case PROP_SHOW_NETWORK:
      g_value_set_boolean (value, self->show_network);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_map_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WkMapPage *self = WK_MAP_PAGE (object);
  gboolean flag = g_value_get_boolean (value);

  switch (prop_id)
    {
    case PROP_PLACING:
      wk_map_page_set_placing (self, flag);
      break;
    case PROP_HIDE_PERSONAL_DATA:
      if (wk_map_view_get_hide_personal_data (self->view) != flag)
        {
          wk_map_view_set_hide_personal_data (self->view, flag);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SHOW_NETWORK:
      if (self->show_network != flag)
        {
          self->show_network = flag;
          wk_map_view_set_show_network (self->view, flag);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WkMapPage *self = WK_MAP_PAGE (widget);

  if (wk_map_view_has_tiles (self->view))
    go_to_pins (self);
  else
    wk_map_view_fit (self->view);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  wk_map_view_zoom_by (WK_MAP_PAGE (widget)->view, g_str_equal (action_name, "map.zoom-in") ? 1.5 : 1 / 1.5);
}

static void
tiles_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WkMapPage *self = WK_MAP_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  guint n;
  const WkTileProvider *providers = wk_tile_providers (&n);

  if (self->wijk == NULL)
    return;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (providers[i].id, id) &&
        !wk_store_set_wijk_map_tiles (self->store, self->wijk, providers[i].url, &error))
      _wk_map_page_show_error (self, error->message);
}

static void
use_image_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WkMapPage *self = WK_MAP_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->wijk != NULL && !wk_store_use_wijk_map_image (self->store, self->wijk, &error))
    _wk_map_page_show_error (self, error->message);
}

static void
files_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WkMapPage *self = WK_MAP_PAGE (widget);

  if (self->wijk == NULL)
    return;
  if (g_str_equal (action_name, "map.import-image"))
    _wk_map_page_import_image (self);
  else if (g_str_equal (action_name, "map.mbtiles"))
    _wk_map_page_choose_mbtiles (self);
  else if (g_str_equal (action_name, "map.custom-tiles"))
    _wk_map_page_custom_tiles (self);
  else if (g_str_equal (action_name, "map.export"))
    _wk_map_page_export (self, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (action_name, "map.import-geojson"))
    _wk_map_page_import_geojson (self);
  else if (g_str_equal (action_name, "map.new-session"))
    _wk_map_page_new_session (self);
  else if (g_str_equal (action_name, "map.edit-categories"))
    gtk_window_present (GTK_WINDOW (wk_pin_categories_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                                  self->store)));
}

/* API ------------------------------------------------------------------------ */

void
wk_map_page_set_store (WkMapPage *self,
                       WkStore   *store)
{
  g_return_if_fail (WK_IS_MAP_PAGE (self));

  if (self->store == store)
    return;
  wk_map_page_set_wijk (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  wk_map_view_set_store (self->view, store);
  fill_dropdowns (self);
}

void
wk_map_page_set_wijk (WkMapPage *self,
                      WkWijk    *wijk)
{
  g_return_if_fail (WK_IS_MAP_PAGE (self));

  if (self->wijk == wijk)
    return;
  if (self->has_draft)
    gtk_popover_popdown (GTK_POPOVER (self->draft_popover));
  if (self->save_view_id != 0)
    {
      g_clear_handle_id (&self->save_view_id, g_source_remove);
      save_view_cb (self);
    }
  if (self->wijk != NULL)
    g_signal_handlers_disconnect_by_data (self->wijk, self);
  g_set_object (&self->wijk, wijk);
  if (wijk != NULL)
    {
      g_signal_connect_object (wijk, "notify::map-kind", G_CALLBACK (wijk_map_changed_cb), self, 0);
      g_signal_connect_object (wijk, "notify::map-tile-url", G_CALLBACK (wijk_map_changed_cb), self, 0);
    }
  wk_map_view_set_wijk (self->view, wijk);
  wk_map_legend_set_view (self->legend, self->view, self->store, wijk);
  fill_dropdowns (self);
  if (self->store != NULL)
    _wk_map_page_load_base_map (self);
  update_count (self);
}

/**
 * wk_map_page_dup_state:
 *
 * Returns: (transfer full): what the map shows now, for a saved view or a
 *   presentation: the place and the categories left out
 */
WkViewState *
wk_map_page_dup_state (WkMapPage *self)
{
  WkViewState *state = wk_view_state_new ("map");

  g_return_val_if_fail (WK_IS_MAP_PAGE (self), state);

  state->has_place = wk_map_view_get_place (self->view, &state->x, &state->y, &state->zoom);
  g_array_unref (state->hidden_categories);
  state->hidden_categories = wk_map_legend_dup_hidden_categories (self->legend);
  return state;
}

WkMapView *
wk_map_page_get_view (WkMapPage *self)
{
  g_return_val_if_fail (WK_IS_MAP_PAGE (self), NULL);
  return self->view;
}

GtkWidget *
wk_map_page_get_draft_entry (WkMapPage *self)
{
  g_return_val_if_fail (WK_IS_MAP_PAGE (self), NULL);
  return self->draft_entry;
}

gboolean
wk_map_page_is_offline (WkMapPage *self)
{
  g_return_val_if_fail (WK_IS_MAP_PAGE (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->offline_revealer));
}

static void
wk_map_page_dispose (GObject *object)
{
  WkMapPage *self = WK_MAP_PAGE (object);

  if (self->save_view_id != 0)
    {
      g_clear_handle_id (&self->save_view_id, g_source_remove);
      save_view_cb (self);
    }
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_MAP_PAGE);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_object (&self->tile_source);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (wk_map_page_parent_class)->dispose (object);
}

static void
wk_map_page_finalize (GObject *object)
{
  WkMapPage *self = WK_MAP_PAGE (object);

  g_free (self->tile_url);
  g_array_unref (self->category_ids);
  g_array_unref (self->session_ids);

  G_OBJECT_CLASS (wk_map_page_parent_class)->finalize (object);
}

/* Long session names are ellipsized, so that the toolbar fits a narrow window. */
static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
ellipsizing_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  return factory;
}

static void
wk_map_page_init (WkMapPage *self)
{
  g_autoptr(GtkListItemFactory) category_factory = ellipsizing_factory_new ();
  g_autoptr(GtkListItemFactory) session_factory = ellipsizing_factory_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->category_dropdown), category_factory);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->session_dropdown), session_factory);
  wk_map_view_set_filter (self->view, legend_filter, self->legend);
  g_signal_connect_object (self->view, "place-chosen", G_CALLBACK (place_chosen_cb), self, 0);
  g_signal_connect_object (self->view, "pin-activated", G_CALLBACK (pin_activated_cb), self, 0);
  g_signal_connect_object (self->view, "pin-dragged", G_CALLBACK (pin_dragged_cb), self, 0);
  g_signal_connect_object (self->view, "view-changed", G_CALLBACK (view_changed_cb), self, 0);

  /* the title of a pin being placed, beside it */
  self->draft_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->draft_entry), _("What is here? Enter to place"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->draft_entry), 28);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->draft_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the New Pin"), -1);
  g_signal_connect_object (self->draft_entry, "activate", G_CALLBACK (draft_activate_cb), self, 0);
  self->draft_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->draft_popover), self->draft_entry);
  gtk_popover_set_position (GTK_POPOVER (self->draft_popover), GTK_POS_TOP);
  gtk_widget_set_parent (self->draft_popover, GTK_WIDGET (self->view));
  g_signal_connect_object (self->draft_popover, "closed", G_CALLBACK (draft_closed_cb), self, 0);
}

static void
wk_map_page_class_init (WkMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_map_page_dispose;
  object_class->finalize = wk_map_page_finalize;
  object_class->get_property = wk_map_page_get_property;
  object_class->set_property = wk_map_page_set_property;

  properties[PROP_PLACING] =
    g_param_spec_boolean ("placing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HIDE_PERSONAL_DATA] =
    g_param_spec_boolean ("hide-personal-data", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_NETWORK] =
    g_param_spec_boolean ("show-network", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WK_TYPE_MAP_VIEW);
  g_type_ensure (WK_TYPE_MAP_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, main_box);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, place_button);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, session_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, offline_revealer);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, offline_label);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, view);
  gtk_widget_class_bind_template_child (widget_class, WkMapPage, legend);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_property_action (widget_class, "map.place", "placing");
  gtk_widget_class_install_property_action (widget_class, "map.hide-personal", "hide-personal-data");
  gtk_widget_class_install_property_action (widget_class, "map.network", "show-network");
  gtk_widget_class_install_action (widget_class, "map.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.tiles", "s", tiles_action);
  gtk_widget_class_install_action (widget_class, "map.use-image", NULL, use_image_action);
  gtk_widget_class_install_action (widget_class, "map.import-image", NULL, files_action);
  gtk_widget_class_install_action (widget_class, "map.mbtiles", NULL, files_action);
  gtk_widget_class_install_action (widget_class, "map.custom-tiles", NULL, files_action);
  gtk_widget_class_install_action (widget_class, "map.export", "s", files_action);
  gtk_widget_class_install_action (widget_class, "map.import-geojson", NULL, files_action);
  gtk_widget_class_install_action (widget_class, "map.new-session", NULL, files_action);
  gtk_widget_class_install_action (widget_class, "map.edit-categories", NULL, files_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "map.place", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "map.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out", NULL);
}

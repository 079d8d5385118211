/* wk-presentation-map.c: the presentation's map: its large legend, a pin placed live
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The map shows the base map of the main window's map page (the same image
 * or tile source, so tiles come from its cache), or, without one, the
 * wijk's stored image. Pins follow the store; the categories left out by a
 * saved view and the sessions hidden in the legend stay out.
 */
#include <glib/gi18n.h>

#include "wk-mapping-session.h"
#include "wk-presentation-private.h"

#define LEGEND_MARGIN 12.

static gboolean
pin_filter_cb (WkPin    *pin,
               gpointer  user_data)
{
  WkPresentation *self = user_data;
  gint64 category = MAX (wk_record_get_int (WK_RECORD (pin), "category-id"), 0);
  gint64 session_id = wk_record_get_int (WK_RECORD (pin), "session-id");

  if (g_hash_table_contains (self->hidden_categories, GSIZE_TO_POINTER ((gsize) category)))
    return FALSE;
  if (session_id > 0)
    {
      WkRecord *session = wk_store_lookup (self->store, WK_TYPE_MAPPING_SESSION, session_id);

      if (session != NULL && !wk_mapping_session_is_visible (WK_MAPPING_SESSION (session)))
        return FALSE;
    }
  return TRUE;
}

/* The legend, as large as the labels: categories with their counts. */
static void
draw_legend_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  WkPresentation *self = user_data;
  WkMapRenderer *renderer = wk_map_view_get_renderer (self->map_view);
  guint n_categories;
  const guint *counts = wk_map_view_get_counts (self->map_view, &n_categories);
  double w, h;

  if (counts == NULL || n_categories == 0)
    return;
  wk_map_renderer_draw_legend (renderer, cr, 0, 0, counts, _("Legend"), &w, &h);
}

static void
update_legend_size (WkPresentation *self)
{
  WkMapRenderer *renderer = wk_map_view_get_renderer (self->map_view);
  guint n_categories;
  const guint *counts = wk_map_view_get_counts (self->map_view, &n_categories);
  double w = 0, h = 0;

  if (counts != NULL && n_categories > 0)
    wk_map_renderer_draw_legend (renderer, NULL, 0, 0, counts, _("Legend"), &w, &h);
  gtk_drawing_area_set_content_width (self->map_legend, (int) ceil (w));
  gtk_drawing_area_set_content_height (self->map_legend, (int) ceil (h));
  gtk_widget_queue_draw (GTK_WIDGET (self->map_legend));
}

static void
view_changed_cb (WkMapView      *view,
                 WkPresentation *self)
{
  update_legend_size (self);
}

void
_wk_presentation_update_map_style (WkPresentation *self)
{
  gboolean dark = self->palette == WK_PALETTE_DARK || self->palette == WK_PALETTE_PROJECTOR_DARK;

  wk_map_renderer_set_palette (wk_map_view_get_renderer (self->map_view), self->palette);
  wk_map_view_set_projector (self->map_view, dark, self->label_size);
  update_legend_size (self);
}

void
_wk_presentation_load_map (WkPresentation *self,
                           WkMapView      *base)
{
  double a, b, zoom;

  wk_map_view_set_store (self->map_view, self->store);
  wk_map_view_set_wijk (self->map_view, self->wijk);
  if (base != NULL && (wk_map_view_has_tiles (base) || wk_map_view_get_place (base, &a, &b, &zoom)))
    {
      wk_map_view_share_base (self->map_view, base);
      self->map_ready = TRUE;
    }
  else if (g_strcmp0 (wk_wijk_get_map_kind (self->wijk), "image") == 0)
    {
      g_autofree char *type = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = wk_store_get_wijk_map_image (self->store, self->wijk, &type, &error);
      g_autoptr(WkMapImage) image = bytes != NULL ? wk_map_image_new_from_bytes (bytes, type, &error) : NULL;

      if (image != NULL)
        {
          wk_map_view_set_image (self->map_view, image);
          self->map_ready = TRUE;
        }
    }
  update_legend_size (self);
}

void
_wk_presentation_apply_map_state (WkPresentation    *self,
                                  const WkViewState *state)
{
  g_hash_table_remove_all (self->hidden_categories);
  for (guint i = 0; i < state->hidden_categories->len; i++)
    g_hash_table_add (self->hidden_categories,
                      GSIZE_TO_POINTER ((gsize) g_array_index (state->hidden_categories, gint64, i)));
  wk_map_view_refilter (self->map_view);
  if (state->has_place)
    wk_map_view_set_place (self->map_view, state->x, state->y, state->zoom);
  else if (!wk_map_view_has_tiles (self->map_view))
    wk_map_view_fit (self->map_view);
  _wk_presentation_show_caption (self, NULL, NULL, 0);
  update_legend_size (self);
}

/* A pin placed live ----------------------------------------------------------- */

static gint64
chosen_category (WkPresentation *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (self->draft_box), "categories");
  GListModel *categories = wk_store_get_pin_categories (self->store);
  g_autoptr(WkPinCategory) category = g_list_model_get_item (categories, gtk_drop_down_get_selected (dropdown));

  return category != NULL ? wk_record_get_id (WK_RECORD (category)) : -1;
}

static void
fill_categories (WkPresentation *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (self->draft_box), "categories");
  GListModel *categories = wk_store_get_pin_categories (self->store);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(WkPinCategory) category = g_list_model_get_item (categories, i);
      g_autofree char *text = g_strdup_printf ("%s %s", wk_pin_category_get_symbol (category),
                                               wk_pin_category_get_label (category));

      gtk_string_list_append (labels, g_strstrip (text));
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  if (selected != GTK_INVALID_LIST_POSITION && selected < g_list_model_get_n_items (categories))
    gtk_drop_down_set_selected (dropdown, selected);
}

/* The pin shows where it was clicked; its title is typed in a bar at the
 * top, large enough for the room to read along. */
static void
place_chosen_cb (WkMapView      *view,
                 double          x,
                 double          y,
                 WkPresentation *self)
{
  if (self->capture != CAPTURE_PIN || !wk_map_view_spot_at (view, x, y, &self->draft_spot))
    return;
  self->has_draft = TRUE;
  fill_categories (self);
  wk_map_view_set_draft (view, &self->draft_spot, chosen_category (self));
  gtk_editable_set_text (GTK_EDITABLE (self->draft_entry), "");
  gtk_widget_set_visible (self->draft_box, TRUE);
  if (gtk_widget_get_mapped (self->draft_box))
    gtk_widget_grab_focus (self->draft_entry);
  _wk_presentation_show_hint (self, NULL);
}

/* the bar appears: typing goes to the title */
static void
draft_mapped_cb (GtkWidget      *box,
                 WkPresentation *self)
{
  gtk_widget_grab_focus (self->draft_entry);
}

static void
draft_activate_cb (GtkEntry       *entry,
                   WkPresentation *self)
{
  g_autoptr(GError) error = NULL;
  WkPin *pin;

  if (!self->has_draft)
    return;
  pin = wk_store_create_pin (self->store, self->wijk, &self->draft_spot, chosen_category (self), -1,
                             gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  if (pin == NULL)
    {
      /* the title stays, to be mended */
      _wk_presentation_show_error (self, error->message);
      return;
    }
  {
    g_autofree char *message = g_strdup_printf (_("Pin “%s” placed"), wk_pin_get_title (pin));

    _wk_presentation_cancel_pin (self);
    _wk_presentation_toast_undo (self, message);
  }
  update_legend_size (self);
}

void
_wk_presentation_start_pin (WkPresentation *self)
{
  if (!self->map_ready)
    return;
  self->capture = CAPTURE_PIN;
  wk_map_view_set_placing (self->map_view, TRUE);
  _wk_presentation_show_hint (self, _("Adding a pin: click where it goes. Escape stops."));
}

void
_wk_presentation_cancel_pin (WkPresentation *self)
{
  if (self->capture != CAPTURE_PIN)
    return;
  self->capture = CAPTURE_NONE;
  self->has_draft = FALSE;
  wk_map_view_set_draft (self->map_view, NULL, -1);
  wk_map_view_set_placing (self->map_view, FALSE);
  gtk_widget_set_visible (self->draft_box, FALSE);
  _wk_presentation_show_hint (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
}

void
_wk_presentation_init_map (WkPresentation *self)
{
  GtkWidget *dropdown;

  self->hidden_categories = g_hash_table_new (NULL, NULL);
  wk_map_view_set_filter (self->map_view, pin_filter_cb, self);
  g_signal_connect_object (self->map_view, "place-chosen", G_CALLBACK (place_chosen_cb), self, 0);
  g_signal_connect_object (self->map_view, "view-changed", G_CALLBACK (view_changed_cb), self, 0);
  gtk_drawing_area_set_draw_func (self->map_legend, draw_legend_cb, self, NULL);

  self->draft_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->draft_box, "wk-presentation-draft");
  gtk_widget_set_halign (self->draft_box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->draft_box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->draft_box, 16);
  gtk_widget_set_visible (self->draft_box, FALSE);
  dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Category"), -1);
  gtk_box_append (GTK_BOX (self->draft_box), dropdown);
  self->draft_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->draft_entry), _("What is here? Enter to place"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->draft_entry), 36);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->draft_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the New Pin"), -1);
  g_signal_connect_object (self->draft_entry, "activate", G_CALLBACK (draft_activate_cb), self, 0);
  gtk_box_append (GTK_BOX (self->draft_box), self->draft_entry);
  g_object_set_data (G_OBJECT (self->draft_box), "categories", dropdown);
  g_signal_connect_object (self->draft_box, "map", G_CALLBACK (draft_mapped_cb), self, 0);
  gtk_overlay_add_overlay (self->overlay, self->draft_box);
}

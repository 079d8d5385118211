/* wk-map-legend.c: the map's legend: pins per category and per session, which also filter the map
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Each category row has a check button that shows or hides its pins (for
 * this view only) and the number of pins shown. Each session row shows or
 * hides the session's pins; that is kept with the session in the file, so
 * a hidden session stays hidden, also in exports, until it is shown again.
 */
#include <glib/gi18n.h>

#include "wk-map-legend.h"

struct _WkMapLegend
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *category_list;
  GtkWidget  *session_list;
  WkMapView  *view;
  WkStore    *store;
  WkWijk     *wijk;
  GHashTable *hidden_categories;   /* category id (0: none) */
  gboolean    updating;
  guint       total;     /* pins shown when last built */
  gboolean    dirty;     /* the store changed since */
};

G_DEFINE_FINAL_TYPE (WkMapLegend, wk_map_legend, GTK_TYPE_WIDGET)

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static GtkWidget *
swatch_new (double      red,
            double      green,
            double      blue,
            const char *symbol)
{
  GtkWidget *label = gtk_label_new (symbol);
  g_autofree char *css = g_strdup_printf ("label { background: rgb(%d,%d,%d); color: white;"
                                          " border-radius: 999px; min-width: 24px; min-height: 24px; }",
                                          (int) (red * 255), (int) (green * 255), (int) (blue * 255));
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider (gtk_widget_get_style_context (label), GTK_STYLE_PROVIDER (provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void
category_toggled_cb (GtkCheckButton *check,
                     WkMapLegend    *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "category-id"));

  if (self->updating)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->hidden_categories, GSIZE_TO_POINTER ((gsize) id));
  else
    g_hash_table_add (self->hidden_categories, GSIZE_TO_POINTER ((gsize) id));
  if (self->view != NULL)
    wk_map_view_refilter (self->view);
}

static void
session_toggled_cb (GtkCheckButton *check,
                    WkMapLegend    *self)
{
  WkRecord *session = g_object_get_data (G_OBJECT (check), "session");
  g_autoptr(GError) error = NULL;

  if (self->updating || session == NULL)
    return;
  if (!wk_store_set_int (self->store, session, "visible", gtk_check_button_get_active (check), &error))
    g_warning ("Cannot show or hide a session: %s", error->message);
}

static GtkWidget *
row_new (GtkWidget  *check,
         GtkWidget  *swatch,
         const char *text,
         guint       count)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (number);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), check);
  if (swatch != NULL)
    gtk_box_append (GTK_BOX (box), swatch);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return box;
}

/* Rebuilds both lists: counts change with every pin, and there are only a few rows. */
void
wk_map_legend_update (WkMapLegend *self)
{
  GListModel *categories, *sessions, *pins;
  g_autoptr(GHashTable) per_session = g_hash_table_new (NULL, NULL);
  const guint *counts;
  guint n_categories, n;

  g_return_if_fail (WK_IS_MAP_LEGEND (self));

  self->updating = TRUE;
  clear_list (self->category_list);
  clear_list (self->session_list);
  if (self->view == NULL || self->store == NULL || self->wijk == NULL)
    {
      self->updating = FALSE;
      return;
    }

  categories = wk_store_get_pin_categories (self->store);
  counts = wk_map_view_get_counts (self->view, &n_categories);
  n = MIN (g_list_model_get_n_items (categories), n_categories);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(WkPinCategory) category = i < n ? g_list_model_get_item (categories, i) : NULL;
      gint64 id = category != NULL ? wk_record_get_id (WK_RECORD (category)) : 0;
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *swatch;
      double r = 0.6, g = 0.6, b = 0.6;

      if (category == NULL && counts[n_categories] == 0)
        break;
      if (category != NULL)
        wk_pin_category_get_rgb (category, &r, &g, &b);
      swatch = swatch_new (r, g, b, category != NULL ? wk_pin_category_get_symbol (category) : "");
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   !g_hash_table_contains (self->hidden_categories, GSIZE_TO_POINTER ((gsize) id)));
      g_object_set_data (G_OBJECT (check), "category-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect (check, "toggled", G_CALLBACK (category_toggled_cb), self);
      gtk_list_box_append (GTK_LIST_BOX (self->category_list),
                           row_new (check, swatch,
                                    category != NULL ? wk_pin_category_get_label (category) : _("No category"),
                                    i < n ? counts[i] : counts[n_categories]));
    }

  /* every pin of the wijk per session, shown or not: a hidden session still tells how many it has */
  pins = wk_store_get_pins (self->store, self->wijk);
  for (guint i = 0; i < g_list_model_get_n_items (pins); i++)
    {
      g_autoptr(WkRecord) pin = g_list_model_get_item (pins, i);
      gpointer key = GSIZE_TO_POINTER ((gsize) MAX (wk_record_get_int (pin, "session-id"), 0));

      g_hash_table_insert (per_session, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_session, key)) + 1));
    }
  sessions = wk_store_get_mapping_sessions (self->store, self->wijk);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(WkMappingSession) session = g_list_model_get_item (sessions, i);
      gpointer key = GSIZE_TO_POINTER ((gsize) wk_record_get_id (WK_RECORD (session)));
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), wk_mapping_session_is_visible (session));
      g_object_set_data_full (G_OBJECT (check), "session", g_object_ref (session), g_object_unref);
      g_signal_connect (check, "toggled", G_CALLBACK (session_toggled_cb), self);
      gtk_list_box_append (GTK_LIST_BOX (self->session_list),
                           row_new (check, NULL, wk_mapping_session_get_name (session),
                                    GPOINTER_TO_UINT (g_hash_table_lookup (per_session, key))));
    }
  self->updating = FALSE;
}

static void
view_changed_cb (WkMapView   *view,
                 WkMapLegend *self)
{
  /* counts follow the pins; rebuilding on every pan would be wasted */
  guint n_categories;
  const guint *counts = wk_map_view_get_counts (view, &n_categories);
  guint total = 0;

  for (guint i = 0; i <= n_categories; i++)
    total += counts[i];
  if (total != self->total || self->dirty)
    {
      self->total = total;
      self->dirty = FALSE;
      wk_map_legend_update (self);
    }
}

static void
store_changed_cb (WkStore     *store,
                  const char  *table,
                  gint64       id,
                  WkMapLegend *self)
{
  if (g_str_equal (table, "pin") || g_str_equal (table, "pin_category") || g_str_equal (table, "mapping_session"))
    {
      self->dirty = TRUE;
      if (self->view != NULL)
        view_changed_cb (self->view, self);
    }
}

void
wk_map_legend_set_view (WkMapLegend *self,
                        WkMapView   *view,
                        WkStore     *store,
                        WkWijk      *wijk)
{
  g_return_if_fail (WK_IS_MAP_LEGEND (self));

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->view, view);
  g_set_object (&self->store, store);
  if (self->wijk != wijk)
    g_hash_table_remove_all (self->hidden_categories);
  g_set_object (&self->wijk, wijk);
  if (view != NULL)
    g_signal_connect_object (view, "view-changed", G_CALLBACK (view_changed_cb), self, 0);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  wk_map_legend_update (self);
}

/* Whether the legend lets @pin show: its category is ticked, its session shown. */
gboolean
wk_map_legend_shows_pin (WkMapLegend *self,
                         WkPin       *pin)
{
  gint64 category = MAX (wk_record_get_int (WK_RECORD (pin), "category-id"), 0);
  gint64 session_id = wk_record_get_int (WK_RECORD (pin), "session-id");

  if (g_hash_table_contains (self->hidden_categories, GSIZE_TO_POINTER ((gsize) category)))
    return FALSE;
  if (session_id > 0 && self->store != NULL)
    {
      WkRecord *session = wk_store_lookup (self->store, WK_TYPE_MAPPING_SESSION, session_id);

      if (session != NULL && !wk_mapping_session_is_visible (WK_MAPPING_SESSION (session)))
        return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full) (element-type gint64): the categories unticked */
GArray *
wk_map_legend_dup_hidden_categories (WkMapLegend *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (WK_IS_MAP_LEGEND (self), ids);

  g_hash_table_iter_init (&iter, self->hidden_categories);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 id = (gint64) GPOINTER_TO_SIZE (key);

      g_array_append_val (ids, id);
    }
  return ids;
}

GtkWidget *
wk_map_legend_new (void)
{
  return g_object_new (WK_TYPE_MAP_LEGEND, NULL);
}

static void
wk_map_legend_dispose (GObject *object)
{
  WkMapLegend *self = WK_MAP_LEGEND (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->view);
  g_clear_object (&self->store);
  g_clear_object (&self->wijk);

  G_OBJECT_CLASS (wk_map_legend_parent_class)->dispose (object);
}

static void
wk_map_legend_finalize (GObject *object)
{
  g_hash_table_unref (WK_MAP_LEGEND (object)->hidden_categories);
  G_OBJECT_CLASS (wk_map_legend_parent_class)->finalize (object);
}

static void
wk_map_legend_class_init (WkMapLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_map_legend_dispose;
  object_class->finalize = wk_map_legend_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
wk_map_legend_init (WkMapLegend *self)
{
  self->hidden_categories = g_hash_table_new (NULL, NULL);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_box_append (GTK_BOX (self->box), heading_new (_("Categories")));
  self->category_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->category_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->category_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->category_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pins per category"), -1);
  gtk_box_append (GTK_BOX (self->box), self->category_list);

  {
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *heading = heading_new (_("Mapping sessions"));
    GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

    gtk_widget_set_hexpand (heading, TRUE);
    gtk_box_append (GTK_BOX (row), heading);
    gtk_widget_add_css_class (add, "flat");
    gtk_widget_set_valign (add, GTK_ALIGN_END);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "map.new-session");
    gtk_widget_set_tooltip_text (add, _("New Mapping Session"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("New Mapping Session"), -1);
    gtk_box_append (GTK_BOX (row), add);
    gtk_box_append (GTK_BOX (self->box), row);
  }
  self->session_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->session_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->session_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->session_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pins per mapping session"), -1);
  {
    GtkWidget *placeholder = gtk_label_new (_("No sessions yet. Start one with + before a resident evening."));

    gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
    gtk_label_set_max_width_chars (GTK_LABEL (placeholder), 20);
    gtk_widget_set_margin_start (placeholder, 12);
    gtk_widget_set_margin_end (placeholder, 12);
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->session_list), placeholder);
  }
  gtk_box_append (GTK_BOX (self->box), self->session_list);
}

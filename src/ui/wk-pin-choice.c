/* wk-pin-choice.c: the choices of the map's dropdowns: a category with its colour and symbol, a session with its date
 * SPDX-License-Identifier: EUPL-1.2
 *
 * One list item factory for every dropdown that offers categories,
 * mapping sessions, actors or initiatives, after a "none" choice. A row
 * follows its record: a category recoloured elsewhere is redrawn.
 */
#include <glib/gi18n.h>

#include "wk-pin-choice.h"

/* Returns: the name a choice is shown with */
const char *
wk_pin_choice_label (GObject *item)
{
  if (GTK_IS_STRING_OBJECT (item))
    return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  if (WK_IS_PIN_CATEGORY (item))
    return wk_pin_category_get_label (WK_PIN_CATEGORY (item));
  if (WK_IS_MAPPING_SESSION (item))
    return wk_mapping_session_get_name (WK_MAPPING_SESSION (item));
  if (WK_IS_ACTOR (item))
    return wk_actor_get_name (WK_ACTOR (item));
  if (WK_IS_INITIATIVE (item))
    return wk_initiative_get_title (WK_INITIATIVE (item));
  return "";
}

/* What a dropdown's search matches (for a GtkCClosureExpression). */
char *
wk_pin_choice_search_text (GObject *item)
{
  return g_strdup (wk_pin_choice_label (item));
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  WkPinCategory *category = g_object_get_data (G_OBJECT (area), "category");
  double red, green, blue;

  if (category == NULL)
    return;
  wk_pin_category_get_rgb (category, &red, &green, &blue);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
fill_cell (GtkWidget *cell,
           GObject   *item)
{
  GtkWidget *swatch = g_object_get_data (G_OBJECT (cell), "swatch");
  GtkLabel *symbol = g_object_get_data (G_OBJECT (cell), "symbol");
  GtkLabel *name = g_object_get_data (G_OBJECT (cell), "name");
  GtkLabel *detail = g_object_get_data (G_OBJECT (cell), "detail");
  g_autofree char *date = NULL;
  const char *detail_text = NULL;
  const char *symbol_text = NULL;

  if (WK_IS_PIN_CATEGORY (item))
    {
      g_object_set_data_full (G_OBJECT (swatch), "category", g_object_ref (item), g_object_unref);
      symbol_text = wk_pin_category_get_symbol (WK_PIN_CATEGORY (item));
    }
  else
    g_object_set_data (G_OBJECT (swatch), "category", NULL);
  gtk_widget_set_visible (swatch, WK_IS_PIN_CATEGORY (item));
  gtk_widget_queue_draw (swatch);

  gtk_label_set_label (symbol, symbol_text != NULL ? symbol_text : "");
  gtk_widget_set_visible (GTK_WIDGET (symbol), symbol_text != NULL && *symbol_text != '\0');
  gtk_label_set_label (name, item != NULL ? wk_pin_choice_label (item) : "");

  if (WK_IS_MAPPING_SESSION (item))
    detail_text = date = wk_format_date (wk_record_get_text (WK_RECORD (item), "date"));
  else if (WK_IS_INITIATIVE (item))
    detail_text = _("Initiative");
  gtk_label_set_label (detail, detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (GTK_WIDGET (detail), detail_text != NULL && *detail_text != '\0');
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *symbol = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (detail, "dim-label");

  gtk_box_append (GTK_BOX (cell), swatch);
  gtk_box_append (GTK_BOX (cell), symbol);
  gtk_box_append (GTK_BOX (cell), name);
  gtk_box_append (GTK_BOX (cell), detail);
  g_object_set_data (G_OBJECT (cell), "swatch", swatch);
  g_object_set_data (G_OBJECT (cell), "symbol", symbol);
  g_object_set_data (G_OBJECT (cell), "name", name);
  g_object_set_data (G_OBJECT (cell), "detail", detail);
  gtk_list_item_set_child (list_item, cell);
}

/* A category renamed or recoloured while it is shown. */
static void
cell_item_notify_cb (GObject     *item,
                     GParamSpec  *pspec,
                     GtkListItem *list_item)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (cell != NULL)
    fill_cell (cell, item);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  fill_cell (cell, item);
  if (WK_IS_RECORD (item))
    {
      g_object_set_data_full (G_OBJECT (cell), "bound", g_object_ref (item), g_object_unref);
      g_signal_connect_object (item, "notify", G_CALLBACK (cell_item_notify_cb), list_item, 0);
    }
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GObject *item = g_object_get_data (G_OBJECT (cell), "bound");

  if (item != NULL)
    {
      g_signal_handlers_disconnect_by_func (item, cell_item_notify_cb, list_item);
      g_object_set_data (G_OBJECT (cell), "bound", NULL);
    }
  g_object_set_data (G_OBJECT (g_object_get_data (G_OBJECT (cell), "swatch")), "category", NULL);
}

/**
 * wk_pin_choice_factory_new:
 *
 * Returns: (transfer full): rows for a list of wk_pin_choices_new(): a
 * swatch and symbol for a category, the date of a session, "Initiative"
 * beside an initiative
 */
GtkListItemFactory *
wk_pin_choice_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), NULL);
  return factory;
}

/**
 * wk_pin_choices_new:
 * @first: (nullable): a live list of the store
 * @second: (nullable): another one, after it
 *
 * Returns: (transfer full): "none" (a #GtkStringObject showing @none_label),
 * then the items of @first and @second, as one list
 */
GListModel *
wk_pin_choices_new (const char *none_label,
                    GListModel *first,
                    GListModel *second)
{
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkStringList) none = gtk_string_list_new (NULL);

  gtk_string_list_append (none, none_label);
  g_list_store_append (parts, none);
  if (first != NULL)
    g_list_store_append (parts, first);
  if (second != NULL)
    g_list_store_append (parts, second);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

/* The position of record @id of @type in a list of wk_pin_choices_new(), or 0 ("none"). */
guint
wk_pin_choice_position (GListModel *model,
                        GType       type,
                        gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  if (id <= 0)
    return 0;
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && wk_record_get_id (WK_RECORD (item)) == id)
        return i;
    }
  return 0;
}

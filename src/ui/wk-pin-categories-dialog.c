/* wk-pin-categories-dialog.c: the pin categories of a file: names, colours, symbols
 * SPDX-License-Identifier: EUPL-1.2
 *
 * One row per category, edited in place and stored at once, like the
 * stickers a team brings to a resident evening: a name, a colour and a
 * symbol drawn inside the pin. The built-in categories show their
 * translated name until the team renames them, and cannot be deleted.
 * A deleted category leaves its pins on the map without a category; the
 * toast's Undo is a step of the file's undo history (the window's Ctrl+Z).
 *
 * Rows are only added and removed when categories come and go, never
 * rebuilt under the cursor.
 */
#include <glib/gi18n.h>

#include "wk-pin-categories-dialog.h"
#include "wk-undo-keys.h"
#include "wk-window.h"

#define MAX_SYMBOL_CHARS 4

struct _WkPinCategoriesDialog
{
  AdwPreferencesWindow  parent_instance;

  WkStore              *store;
  GListModel           *categories;   /* the store's live list */
  GtkWidget            *list;
  GtkWidget            *add_button;
  GHashTable           *rows;         /* WkPinCategory → its AdwEntryRow */
  guint                 loading;      /* > 0 while rows follow the store */
};

G_DEFINE_FINAL_TYPE (WkPinCategoriesDialog, wk_pin_categories_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/* Colours for new categories: the GNOME palette, the ones not in use first. */
static const char * const palette[] = {
  "#3584e4", "#2ec27e", "#f6d32d", "#ff7800", "#e01b24", "#9141ac", "#986a44",
  "#1c71d8", "#26a269", "#e5a50a", "#c64600", "#a51d2d", "#613583", "#63452c",
  "#77767b",
};

/* Messages ---------------------------------------------------------------- */

static void
toast (WkPinCategoriesDialog *self,
       const char            *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), wk_toast_new_plain (message));
}

/* Marks @widget as refused (or not), with the reason as its tooltip and
 * accessible description; the row's warning icon shows it too. */
static void
show_error (GtkWidget  *widget,
            GtkWidget  *row,
            const char *message)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "error-icon");

  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "", -1);
  gtk_widget_set_visible (icon, message != NULL);
  gtk_widget_set_tooltip_text (icon, message);
}

/* Rows -------------------------------------------------------------------- */

static void
rgba_from_category (WkPinCategory *category,
                    GdkRGBA       *rgba)
{
  double red, green, blue;

  wk_pin_category_get_rgb (category, &red, &green, &blue);
  *rgba = (GdkRGBA) { red, green, blue, 1.0 };
}

/* The accessible names say which category a control is of. */
static void
update_names (GtkWidget     *row,
              WkPinCategory *category)
{
  const char *label = wk_pin_category_get_label (category);
  GtkWidget *symbol = g_object_get_data (G_OBJECT (row), "symbol");
  GtkWidget *color = g_object_get_data (G_OBJECT (row), "color");
  GtkWidget *delete = g_object_get_data (G_OBJECT (row), "delete");
  g_autofree char *symbol_name = g_strdup_printf (_("Symbol of “%s”"), label);
  g_autofree char *color_name = g_strdup_printf (_("Colour of “%s”"), label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (symbol), GTK_ACCESSIBLE_PROPERTY_LABEL, symbol_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (color), GTK_ACCESSIBLE_PROPERTY_LABEL, color_name, -1);
  gtk_color_button_set_title (GTK_COLOR_BUTTON (color), color_name);
  if (delete != NULL)
    {
      g_autofree char *delete_name = g_strdup_printf (_("Delete “%s”"), label);

      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
      gtk_widget_set_tooltip_text (delete, delete_name);
    }
}

/* Shows the category's values in @row, where they differ from what is typed. */
static void
load_row (WkPinCategoriesDialog *self,
          GtkWidget             *row,
          WkPinCategory         *category)
{
  GtkWidget *symbol = g_object_get_data (G_OBJECT (row), "symbol");
  GtkWidget *color = g_object_get_data (G_OBJECT (row), "color");
  const char *label = wk_pin_category_get_label (category);
  const char *symbol_text = wk_pin_category_get_symbol (category);
  GdkRGBA shown, stored;

  self->loading++;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), label) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), label);
      show_error (row, row, NULL);
    }
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (symbol)), symbol_text) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (symbol), symbol_text);
      show_error (symbol, row, NULL);
    }
  rgba_from_category (category, &stored);
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (color), &shown);
  if (!gdk_rgba_equal (&shown, &stored))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &stored);
  update_names (row, category);
  self->loading--;
}

static void
category_notify_cb (WkPinCategory *category,
                    GParamSpec    *pspec,
                    GtkWidget     *row)
{
  WkPinCategoriesDialog *self = g_object_get_data (G_OBJECT (row), "dialog");

  load_row (self, row, category);
}

static void
label_changed_cb (GtkEditable           *row,
                  WkPinCategoriesDialog *self)
{
  WkPinCategory *category = g_object_get_data (G_OBJECT (row), "category");
  const char *text = gtk_editable_get_text (row);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  if (self->loading > 0 || wk_record_is_deleted (WK_RECORD (category)))
    return;
  if (*stripped == '\0')
    {
      show_error (GTK_WIDGET (row), GTK_WIDGET (row), _("A category needs a name."));
      return;
    }
  show_error (GTK_WIDGET (row), GTK_WIDGET (row), NULL);
  /* a built-in category keeps its own (translated) name until it is changed */
  if (g_strcmp0 (text, wk_pin_category_get_label (category)) == 0)
    return;
  if (!wk_store_set_text (self->store, WK_RECORD (category), "stored-label", text, &error))
    {
      show_error (GTK_WIDGET (row), GTK_WIDGET (row), error->message);
      toast (self, error->message);
    }
}

static void
symbol_changed_cb (GtkEditable           *entry,
                   WkPinCategoriesDialog *self)
{
  WkPinCategory *category = g_object_get_data (G_OBJECT (entry), "category");
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "row");
  const char *text = gtk_editable_get_text (entry);
  g_autoptr(GError) error = NULL;

  if (self->loading > 0 || wk_record_is_deleted (WK_RECORD (category)))
    return;
  if (wk_store_set_text (self->store, WK_RECORD (category), "symbol", text, &error))
    {
      show_error (GTK_WIDGET (entry), row, NULL);
      return;
    }
  show_error (GTK_WIDGET (entry), row, error->message);
  toast (self, error->message);
}

static void
color_changed_cb (GtkColorButton        *button,
                  GParamSpec            *pspec,
                  WkPinCategoriesDialog *self)
{
  WkPinCategory *category = g_object_get_data (G_OBJECT (button), "category");
  g_autoptr(GError) error = NULL;
  g_autofree char *color = NULL;
  GdkRGBA rgba;

  if (self->loading > 0 || wk_record_is_deleted (WK_RECORD (category)))
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) (CLAMP (rgba.red, 0., 1.) * 255 + 0.5),
                           (guint) (CLAMP (rgba.green, 0., 1.) * 255 + 0.5),
                           (guint) (CLAMP (rgba.blue, 0., 1.) * 255 + 0.5));
  if (!wk_store_set_text (self->store, WK_RECORD (category), "color", color, &error))
    toast (self, error->message);
}

static void
undo_clicked_cb (WkPinCategoriesDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!wk_store_undo (self->store, &error))
    toast (self, error->message);
}

static void
delete_clicked_cb (GtkButton             *button,
                   WkPinCategoriesDialog *self)
{
  g_autoptr(WkPinCategory) category = g_object_ref (g_object_get_data (G_OBJECT (button), "category"));
  g_autofree char *message = g_strdup_printf (_("“%s” deleted"), wk_pin_category_get_label (category));
  g_autoptr(GError) error = NULL;
  AdwToast *undo;

  if (!wk_store_delete_record (self->store, WK_RECORD (category), &error))
    {
      toast (self, error->message);
      return;
    }
  undo = wk_toast_new_plain (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), undo);
}

static GtkWidget *
new_row (WkPinCategoriesDialog *self,
         WkPinCategory         *category)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *error_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *symbol = gtk_entry_new ();
  GtkWidget *color = gtk_color_button_new ();
  GtkWidget *delete = NULL;

  gtk_widget_set_name (row, "category");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  g_object_set_data (G_OBJECT (row), "dialog", self);
  g_object_set_data (G_OBJECT (row), "category", category);

  gtk_widget_set_visible (error_icon, FALSE);
  gtk_widget_add_css_class (error_icon, "error");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), error_icon);
  g_object_set_data (G_OBJECT (row), "error-icon", error_icon);

  gtk_widget_set_name (symbol, "symbol");
  gtk_widget_set_valign (symbol, GTK_ALIGN_CENTER);
  gtk_entry_set_max_length (GTK_ENTRY (symbol), MAX_SYMBOL_CHARS);
  gtk_editable_set_width_chars (GTK_EDITABLE (symbol), 3);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (symbol), 4);
  gtk_entry_set_alignment (GTK_ENTRY (symbol), 0.5);
  gtk_widget_set_tooltip_text (symbol, _("Symbol in the pin: an emoji, a sign or one or two letters"));
  g_object_set_data (G_OBJECT (symbol), "category", category);
  g_object_set_data (G_OBJECT (symbol), "row", row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), symbol);
  g_object_set_data (G_OBJECT (row), "symbol", symbol);

  gtk_widget_set_name (color, "color");
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_color_button_set_modal (GTK_COLOR_BUTTON (color), TRUE);
  g_object_set_data (G_OBJECT (color), "category", category);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), color);
  g_object_set_data (G_OBJECT (row), "color", color);

  if (!wk_record_get_int (WK_RECORD (category), "builtin"))
    {
      delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_name (delete, "delete");
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      g_object_set_data (G_OBJECT (delete), "category", category);
      g_signal_connect_object (delete, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete);
      g_object_set_data (G_OBJECT (row), "delete", delete);
    }
  else
    {
      GtkWidget *builtin = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      gtk_widget_set_tooltip_text (builtin, _("Built in: can be renamed, not deleted"));
      gtk_widget_add_css_class (builtin, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), builtin);
    }

  load_row (self, row, category);
  g_signal_connect_object (row, "changed", G_CALLBACK (label_changed_cb), self, 0);
  g_signal_connect_object (symbol, "changed", G_CALLBACK (symbol_changed_cb), self, 0);
  g_signal_connect_object (color, "notify::rgba", G_CALLBACK (color_changed_cb), self, 0);
  g_signal_connect_object (category, "notify", G_CALLBACK (category_notify_cb), row, 0);
  return row;
}

/* Rows for categories that came, none for ones that went; the others stay
 * as they are, with the cursor where it was. */
static void
sync_rows (WkPinCategoriesDialog *self)
{
  g_autoptr(GHashTable) live = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  guint n = g_list_model_get_n_items (self->categories);
  GHashTableIter iter;
  gpointer category, row;

  for (guint i = 0; i < n; i++)
    g_hash_table_add (live, g_list_model_get_item (self->categories, i));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &category, &row))
    if (!g_hash_table_contains (live, category))
      {
        gtk_list_box_remove (GTK_LIST_BOX (self->list), row);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkPinCategory) item = g_list_model_get_item (self->categories, i);

      if (!g_hash_table_contains (self->rows, item))
        {
          GtkWidget *new = new_row (self, item);

          gtk_list_box_insert (GTK_LIST_BOX (self->list), new, (int) i);
          g_hash_table_insert (self->rows, g_object_ref (item), new);
        }
    }
}

static void
categories_changed_cb (WkPinCategoriesDialog *self)
{
  sync_rows (self);
}

/* Adding ------------------------------------------------------------------ */

static const char *
unused_color (WkPinCategoriesDialog *self)
{
  guint n = g_list_model_get_n_items (self->categories);

  for (guint p = 0; p < G_N_ELEMENTS (palette); p++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < n && !used; i++)
        {
          g_autoptr(WkRecord) category = g_list_model_get_item (self->categories, i);

          used = g_ascii_strcasecmp (wk_record_get_text (category, "color"), palette[p]) == 0;
        }
      if (!used)
        return palette[p];
    }
  return palette[n % G_N_ELEMENTS (palette)];
}

static void
add_clicked_cb (WkPinCategoriesDialog *self)
{
  g_autoptr(GError) error = NULL;
  WkPinCategory *category;
  GtkWidget *row;

  category = wk_store_create_pin_category (self->store, _("New category"), unused_color (self), "", &error);
  if (category == NULL)
    {
      toast (self, error->message);
      return;
    }
  row = g_hash_table_lookup (self->rows, category);
  if (row != NULL)
    {
      gtk_widget_grab_focus (row);
      gtk_editable_select_region (GTK_EDITABLE (row), 0, -1);
    }
}

/* Type -------------------------------------------------------------------- */

static void
wk_pin_categories_dialog_dispose (GObject *object)
{
  WkPinCategoriesDialog *self = WK_PIN_CATEGORIES_DIALOG (object);

  if (self->categories != NULL)
    g_signal_handlers_disconnect_by_data (self->categories, self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->categories);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_pin_categories_dialog_parent_class)->dispose (object);
}

/* The file's undo history, as Ctrl+Z in the main window */
static gboolean
undo_redo_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  WkPinCategoriesDialog *self = WK_PIN_CATEGORIES_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!wk_undo_keys_apply (self->store, args, &error))
    toast (self, error->message);
  return TRUE;
}

static void
wk_pin_categories_dialog_class_init (WkPinCategoriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_pin_categories_dialog_dispose;

  wk_undo_keys_install (widget_class, undo_redo_shortcut_cb);
}

static void
wk_pin_categories_dialog_init (WkPinCategoriesDialog *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add_content = adw_button_content_new ();

  self->rows = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  gtk_window_set_title (GTK_WINDOW (self), _("Pin Categories"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  adw_preferences_group_set_title (group, _("Categories"));
  adw_preferences_group_set_description (group, _("Shared by every wijk in this file. The pins of a "
                                                  "deleted category stay on the map, without a category."));
  self->add_button = gtk_button_new ();
  gtk_widget_set_name (self->add_button, "add");
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("_Add Category"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (self->add_button), add_content);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Category"), -1);
  adw_preferences_group_set_header_suffix (group, self->add_button);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Categories"), -1);
  adw_preferences_group_add (group, self->list);
  adw_preferences_page_add (page, group);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
}

/**
 * wk_pin_categories_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): the dialog, kept by GTK until it is closed; present it
 */
GtkWidget *
wk_pin_categories_dialog_new (GtkWindow *parent,
                              WkStore   *store)
{
  WkPinCategoriesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WK_IS_STORE (store), NULL);

  self = g_object_new (WK_TYPE_PIN_CATEGORIES_DIALOG,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->categories = g_object_ref (wk_store_get_pin_categories (store));
  g_signal_connect_object (self->categories, "items-changed",
                           G_CALLBACK (categories_changed_cb), self, G_CONNECT_SWAPPED);
  sync_rows (self);
  return GTK_WIDGET (self);
}

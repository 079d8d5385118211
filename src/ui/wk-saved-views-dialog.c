/* wk-saved-views-dialog.c: the saved views of a wijk: their names and the order a presentation shows them in
 * SPDX-License-Identifier: EUPL-1.2
 *
 * One row per view, in the order a presenter steps through them with
 * Page Down and Page Up: its number, its name (stored on Enter or the
 * apply button), the page it shows, and buttons to move it up or down or
 * delete it. Everything is a step of the file's undo history, so a delete's
 * toast and Ctrl+Z in the main window bring a view back, and the list
 * follows the store's live list whatever changed it.
 *
 * Rows are only added and removed when views come and go and are re-sorted
 * in place when views move, never rebuilt under the cursor: a name being
 * typed stays, and so does the focus on a move button.
 */
#include <glib/gi18n.h>

#include "wk-saved-views-dialog.h"
#include "wk-undo-keys.h"
#include "wk-window.h"

struct _WkSavedViewsDialog
{
  AdwWindow        parent_instance;

  WkStore         *store;
  WkWijk          *wijk;
  GListModel      *views;   /* the store's live list */
  GHashTable      *rows;    /* WkSavedView → its AdwEntryRow */

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (WkSavedViewsDialog, wk_saved_views_dialog, ADW_TYPE_WINDOW)

/* Messages ---------------------------------------------------------------- */

static void
toast (WkSavedViewsDialog *self,
       const char         *message)
{
  adw_toast_overlay_add_toast (self->toasts, wk_toast_new_plain (message));
}

/* Marks the name as refused (or not), with the reason as its tooltip and
 * accessible description, and on the row's warning icon. */
static void
show_error (GtkWidget  *row,
            const char *message)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "error-icon");

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "", -1);
  gtk_widget_set_visible (icon, message != NULL);
  gtk_widget_set_tooltip_text (icon, message);
}

/* Rows -------------------------------------------------------------------- */

static const char *
page_text (WkSavedView *view)
{
  return g_str_equal (wk_saved_view_get_page (view), "map") ? _("Map") : _("Network");
}

static gboolean
find_index (WkSavedViewsDialog *self,
            WkSavedView        *view,
            guint              *index)
{
  guint n = g_list_model_get_n_items (self->views);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkSavedView) item = g_list_model_get_item (self->views, i);

      if (item == view)
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The accessible names and tooltips say which view a button is of. */
static void
update_names (GtkWidget   *row,
              WkSavedView *view)
{
  const char *name = wk_saved_view_get_name (view);
  g_autofree char *up_name = g_strdup_printf (_("Move “%s” up"), name);
  g_autofree char *down_name = g_strdup_printf (_("Move “%s” down"), name);
  g_autofree char *delete_name = g_strdup_printf (_("Delete “%s”"), name);
  const struct { const char *key; const char *text; } buttons[] = {
    { "up", up_name }, { "down", down_name }, { "delete", delete_name },
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), buttons[i].key);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      buttons[i].text, -1);
      gtk_widget_set_tooltip_text (button, buttons[i].text);
    }
}

static void
load_name (GtkWidget   *row,
           WkSavedView *view)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), wk_saved_view_get_name (view)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), wk_saved_view_get_name (view));
  show_error (row, NULL);
  update_names (row, view);
}

static void
view_name_notify_cb (WkSavedView *view,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  load_name (row, view);
}

static void
view_page_notify_cb (WkSavedView *view,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "page"), page_text (view));
}

/* Stores the name typed, on Enter or the apply button. A refused name
 * stays in the row, marked, so that it can be corrected. */
static void
name_apply_cb (AdwEntryRow        *row,
               WkSavedViewsDialog *self)
{
  WkSavedView *view = g_object_get_data (G_OBJECT (row), "view");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (wk_record_is_deleted (WK_RECORD (view)))
    return;
  if (g_str_equal (name, wk_saved_view_get_name (view)))
    {
      load_name (GTK_WIDGET (row), view);
      return;
    }
  if (!wk_store_set_text (self->store, WK_RECORD (view), "name", name, &error))
    {
      show_error (GTK_WIDGET (row), error->message);
      toast (self, error->message);
      return;
    }
  load_name (GTK_WIDGET (row), view);
}

static void
move_clicked_cb (GtkButton          *button,
                 WkSavedViewsDialog *self)
{
  WkSavedView *view = g_object_get_data (G_OBJECT (button), "view");
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  gboolean up = g_str_equal (gtk_widget_get_name (GTK_WIDGET (button)), "move-up");
  g_autoptr(GError) error = NULL;
  guint index;

  if (!find_index (self, view, &index) || (up && index == 0))
    return;
  if (!wk_store_move_saved_view (self->store, view, up ? index - 1 : index + 1, &error))
    {
      toast (self, error->message);
      return;
    }
  /* at the top or bottom now: the focus goes to the other way */
  if (!gtk_widget_get_sensitive (GTK_WIDGET (button)))
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), up ? "down" : "up"));
}

static void
undo_clicked_cb (WkSavedViewsDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!wk_store_undo (self->store, &error))
    toast (self, error->message);
}

static void
delete_clicked_cb (GtkButton          *button,
                   WkSavedViewsDialog *self)
{
  g_autoptr(WkSavedView) view = g_object_ref (g_object_get_data (G_OBJECT (button), "view"));
  g_autofree char *message = g_strdup_printf (_("View “%s” deleted"), wk_saved_view_get_name (view));
  g_autoptr(GError) error = NULL;
  AdwToast *undo;

  if (!wk_store_delete_record (self->store, WK_RECORD (view), &error))
    {
      toast (self, error->message);
      return;
    }
  undo = wk_toast_new_plain (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  /* not queued behind a message about a name: Undo is wanted now */
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toasts, undo);
}

static GtkWidget *
new_button (GtkWidget          *row,
            WkSavedView        *view,
            const char         *name,
            const char         *icon,
            const char         *key,
            GCallback           callback,
            WkSavedViewsDialog *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "view", view);
  g_object_set_data (G_OBJECT (button), "row", row);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  g_object_set_data (G_OBJECT (row), key, button);
  return button;
}

static GtkWidget *
new_row (WkSavedViewsDialog *self,
         WkSavedView        *view)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *error_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *page = gtk_label_new (page_text (view));

  gtk_widget_set_name (row, "view");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "view", view);

  gtk_widget_set_name (number, "number");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "heading");
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), number);
  g_object_set_data (G_OBJECT (row), "number", number);

  gtk_widget_set_name (error_icon, "error-icon");
  gtk_widget_set_visible (error_icon, FALSE);
  gtk_widget_add_css_class (error_icon, "error");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), error_icon);
  g_object_set_data (G_OBJECT (row), "error-icon", error_icon);

  gtk_widget_set_name (page, "page");
  gtk_widget_add_css_class (page, "dim-label");
  gtk_widget_set_margin_end (page, 6);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), page);
  g_object_set_data (G_OBJECT (row), "page", page);

  new_button (row, view, "move-up", "go-up-symbolic", "up", G_CALLBACK (move_clicked_cb), self);
  new_button (row, view, "move-down", "go-down-symbolic", "down", G_CALLBACK (move_clicked_cb), self);
  new_button (row, view, "delete", "user-trash-symbolic", "delete", G_CALLBACK (delete_clicked_cb), self);

  load_name (row, view);
  g_signal_connect_object (row, "apply", G_CALLBACK (name_apply_cb), self, 0);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (name_apply_cb), self, 0);
  g_signal_connect_object (view, "notify::name", G_CALLBACK (view_name_notify_cb), row, 0);
  g_signal_connect_object (view, "notify::page", G_CALLBACK (view_page_notify_cb), row, 0);
  return row;
}

/* The store's order: by position, then by age. */
static int
compare_rows (GtkListBoxRow *row_a,
              GtkListBoxRow *row_b,
              gpointer       user_data)
{
  WkSavedView *a = g_object_get_data (G_OBJECT (row_a), "view");
  WkSavedView *b = g_object_get_data (G_OBJECT (row_b), "view");
  gint64 position_a = wk_saved_view_get_position (a);
  gint64 position_b = wk_saved_view_get_position (b);
  gint64 id_a = wk_record_get_id (WK_RECORD (a));
  gint64 id_b = wk_record_get_id (WK_RECORD (b));

  if (position_a != position_b)
    return position_a < position_b ? -1 : 1;
  return id_a < id_b ? -1 : id_a > id_b;
}

/* Numbers from 1, and no moving past either end. */
static void
update_numbers (WkSavedViewsDialog *self)
{
  guint n = g_list_model_get_n_items (self->views);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) i));
      WkSavedView *view = g_object_get_data (G_OBJECT (row), "view");
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *description = g_strdup_printf ("%u · %s", i + 1, page_text (view));

      gtk_label_set_text (g_object_get_data (G_OBJECT (row), "number"), number);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "up"), i > 0);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "down"), i + 1 < n);
      if (!gtk_widget_has_css_class (row, "error"))
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        description, -1);
    }
  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "views");
}

/* Rows for views that came, none for ones that went, the rest re-sorted
 * in place. */
static void
sync_rows (WkSavedViewsDialog *self)
{
  g_autoptr(GHashTable) live = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  guint n = g_list_model_get_n_items (self->views);
  GHashTableIter iter;
  gpointer view, row;

  for (guint i = 0; i < n; i++)
    g_hash_table_add (live, g_list_model_get_item (self->views, i));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &view, &row))
    if (!g_hash_table_contains (live, view))
      {
        gtk_list_box_remove (self->list, row);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkSavedView) item = g_list_model_get_item (self->views, i);

      if (!g_hash_table_contains (self->rows, item))
        {
          GtkWidget *new = new_row (self, item);

          gtk_list_box_append (self->list, new);
          g_hash_table_insert (self->rows, g_object_ref (item), new);
        }
    }
  gtk_list_box_invalidate_sort (self->list);
  update_numbers (self);
}

static void
views_changed_cb (WkSavedViewsDialog *self)
{
  sync_rows (self);
}

/* Type -------------------------------------------------------------------- */

static void
wk_saved_views_dialog_dispose (GObject *object)
{
  WkSavedViewsDialog *self = WK_SAVED_VIEWS_DIALOG (object);

  if (self->views != NULL)
    g_signal_handlers_disconnect_by_data (self->views, self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->views);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_saved_views_dialog_parent_class)->dispose (object);
}

/* The file's undo history, as Ctrl+Z in the main window */
static gboolean
undo_redo_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  WkSavedViewsDialog *self = WK_SAVED_VIEWS_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!wk_undo_keys_apply (self->store, args, &error))
    toast (self, error->message);
  return TRUE;
}

static void
wk_saved_views_dialog_class_init (WkSavedViewsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_saved_views_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/wijkkaart/Wijkkaart/ui/wk-saved-views-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WkSavedViewsDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, WkSavedViewsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WkSavedViewsDialog, list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  wk_undo_keys_install (widget_class, undo_redo_shortcut_cb);
}

static void
wk_saved_views_dialog_init (WkSavedViewsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_list_box_set_sort_func (self->list, compare_rows, NULL, NULL);
}

/**
 * wk_saved_views_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @wijk: the wijk whose views are shown
 *
 * Returns: (transfer none): the dialog, kept by GTK until it is closed; present it
 */
GtkWidget *
wk_saved_views_dialog_new (GtkWindow *parent,
                           WkStore   *store,
                           WkWijk    *wijk)
{
  WkSavedViewsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WK_IS_STORE (store), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  self = g_object_new (WK_TYPE_SAVED_VIEWS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->wijk = g_object_ref (wijk);
  self->views = g_object_ref (wk_store_get_saved_views (store, wijk));
  g_signal_connect_object (self->views, "items-changed",
                           G_CALLBACK (views_changed_cb), self, G_CONNECT_SWAPPED);
  sync_rows (self);
  return GTK_WIDGET (self);
}

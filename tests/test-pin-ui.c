/* test-pin-ui.c: the pin editor popover and the pin categories dialog, on a private X server
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Edits a pin of the example wijk through its popover and reads what the
 * file holds back (in SQL, not only from the object); checks that the
 * editor follows undo without writing anything itself; edits, adds and
 * deletes pin categories in the dialog, with undo.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "wk-pin-categories-dialog.h"
#include "wk-pin-editor.h"
#include "wk-test-ui.h"

#define HOSTILE "Fatima \"El\" \\ <b>&amp; 🙂 حيّ שכונה"

typedef struct
{
  WkStore          *store;
  WkWijk           *wijk;
  WkPin            *pin;
  WkMappingSession *session;
  GtkWidget        *window;
  GtkWidget        *editor;
  WkRecord         *emitted;   /* what the last signal carried */
  guint             n_emitted;
} Fixture;

/* Helpers ----------------------------------------------------------------- */

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
editor_part (Fixture    *f,
             const char *name)
{
  GtkWidget *widget = find_named (f->editor, name);

  g_assert_nonnull (widget);
  return widget;
}

/* What the file holds, read with SQL. */
static char *
db_text (WkStore    *store,
         const char *sql,
         gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
db_int (WkStore    *store,
        const char *sql,
        gint64      id)
{
  g_autofree char *text = db_text (store, sql, id);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static WkRecord *
find_record (GListModel *model,
             const char *field,
             const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WkRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (wk_record_get_text (record, field), value) == 0)
        return record;
    }
  return NULL;
}

/* The position of @record in a dropdown's list. */
static guint
choice_position (GtkWidget *dropdown,
                 gpointer   record)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if ((gpointer) item == record)
        return i;
    }
  g_assert_not_reached ();
}

static char *
note_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
record_emitted_cb (GtkWidget *editor,
                   WkRecord  *record,
                   Fixture   *f)
{
  f->emitted = record;
  f->n_emitted++;
}

static void
delete_requested_cb (WkPinEditor *editor,
                     Fixture     *f)
{
  record_emitted_cb (GTK_WIDGET (editor), WK_RECORD (wk_pin_editor_get_pin (editor)), f);
}

/* Fixture ----------------------------------------------------------------- */

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("pins-%u.db", ++n);
  g_autoptr(GFile) file = wk_test_temp_file (name);
  g_autoptr(GError) error = NULL;
  WkPinSpot spot = { 0.4, 0.6, NAN, NAN };
  GtkWidget *button;

  f->store = wk_store_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (wk_store_load_example (f->store, &error));
  g_assert_no_error (error);
  {
    GListModel *wijken = wk_store_get_wijken (f->store);

    for (guint i = 0; i < g_list_model_get_n_items (wijken) && f->wijk == NULL; i++)
      {
        g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

        if (g_strcmp0 (wk_wijk_get_name (wijk), "Rietveld-Oost") == 0)
          f->wijk = wijk;   /* the store's list keeps it */
      }
  }
  g_assert_nonnull (f->wijk);
  f->session = wk_store_create_mapping_session (f->store, f->wijk, "Bewonersavond “De Brug”", "2026-03-12", &error);
  g_assert_no_error (error);
  f->pin = wk_store_create_pin (f->store, f->wijk, &spot, -1, -1, "Bakker", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->pin);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  button = gtk_menu_button_new ();
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), "Pin");
  gtk_window_set_child (GTK_WINDOW (f->window), button);
  f->editor = wk_pin_editor_new (f->store, f->pin);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), f->editor);
  g_signal_connect (f->editor, "open-card", G_CALLBACK (record_emitted_cb), f);
  g_signal_connect (f->editor, "delete-requested", G_CALLBACK (delete_requested_cb), f);
  gtk_window_present (GTK_WINDOW (f->window));
  WAIT_FOR (gtk_widget_get_mapped (f->window), 2000);
  WAIT_FOR (gdk_display_get_monitor_at_surface (gtk_widget_get_display (f->window),
                                                gtk_native_get_surface (GTK_NATIVE (f->window))) != NULL, 2000);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  WAIT_FOR (gtk_widget_get_mapped (f->editor), 2000);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wk_test_iterate (50);
  g_clear_object (&f->store);
}

/* Pin editor -------------------------------------------------------------- */

static void
test_editor_fields (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *title = editor_part (f, "title");
  GtkWidget *category = editor_part (f, "category");
  GtkWidget *session = editor_part (f, "session");
  GtkWidget *date = editor_part (f, "date");
  GtkWidget *date_error = editor_part (f, "date-error");
  GtkWidget *note = editor_part (f, "note");
  GtkWidget *link = editor_part (f, "link");
  GtkWidget *private = editor_part (f, "private");
  GtkWidget *open = editor_part (f, "open-card");
  WkRecord *pin = WK_RECORD (f->pin);
  gint64 id = wk_record_get_id (pin);
  WkRecord *concern = find_record (wk_store_get_pin_categories (f->store), "key", "concern");
  WkRecord *actor = find_record (wk_store_get_actors (f->store, f->wijk), "name", "Fatima Bouzid");
  WkRecord *initiative = NULL;
  g_autofree char *created_date = g_strdup (wk_record_get_text (pin, "date"));
  g_autofree char *stored = NULL;
  GString *long_note = g_string_new (NULL);

  g_assert_nonnull (concern);
  g_assert_nonnull (actor);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_initiatives (f->store, f->wijk)), >, 0);
  initiative = g_list_model_get_item (wk_store_get_initiatives (f->store, f->wijk), 0);
  g_object_unref (initiative);   /* the live list keeps it */

  /* what the pin holds is shown; the title has the focus for typing */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Bakker");
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

    g_assert_true (focus == title || (focus != NULL && gtk_widget_is_ancestor (focus, title)));
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (session)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (link)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (open));
  {
    g_autofree char *shown = wk_format_date (created_date);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, shown);
  }

  /* the title, stored as typed, quotes, markup and right-to-left text exactly */
  gtk_editable_set_text (GTK_EDITABLE (title), HOSTILE);
  WAIT_FOR (g_strcmp0 (wk_pin_get_title (f->pin), HOSTILE) == 0, 2000);
  stored = db_text (f->store, "SELECT title FROM pin WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, HOSTILE);
  g_clear_pointer (&stored, g_free);

  /* choices are stored at once */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (category), choice_position (category, concern));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(category_id, -1) FROM pin WHERE id = ?1", id), ==,
                   wk_record_get_id (concern));
  g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (concern));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (session), choice_position (session, f->session));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(session_id, -1) FROM pin WHERE id = ?1", id), ==,
                   wk_record_get_id (WK_RECORD (f->session)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (session), 0);
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(session_id, -1) FROM pin WHERE id = ?1", id), ==, -1);

  /* the link is found by typing a name */
  {
    GListModel *all = gtk_drop_down_get_model (GTK_DROP_DOWN (link));
    GtkWidget *search;
    GtkWidget *list;

    g_signal_emit_by_name (link, "activate");
    search = wk_test_nth_descendant (link, GTK_TYPE_SEARCH_ENTRY, 0);
    list = wk_test_nth_descendant (link, GTK_TYPE_LIST_VIEW, 0);
    g_assert_nonnull (search);
    g_assert_nonnull (list);
    WAIT_FOR (gtk_widget_get_mapped (search), 2000);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))), ==,
                      g_list_model_get_n_items (all));
    gtk_editable_set_text (GTK_EDITABLE (search), "Fatima B");
    WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))) == 1, 2000);
    gtk_popover_popdown (GTK_POPOVER (wk_test_nth_descendant (link, GTK_TYPE_POPOVER, 0)));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (link)), ==, 0);
    g_assert_cmpint (wk_record_get_int (pin, "actor-id"), ==, -1);
  }

  /* a link to an actor, then to an initiative: one of the two, never both */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (link), choice_position (link, actor));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(actor_id, -1) FROM pin WHERE id = ?1", id), ==,
                   wk_record_get_id (actor));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(initiative_id, -1) FROM pin WHERE id = ?1", id), ==, -1);
  g_assert_true (gtk_widget_get_sensitive (open));
  g_signal_emit_by_name (open, "clicked");
  g_assert_cmpuint (f->n_emitted, ==, 1);
  g_assert_true (f->emitted == actor);

  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (f->editor)));
  WAIT_FOR (gtk_widget_get_mapped (f->editor), 2000);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (link), choice_position (link, initiative));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(initiative_id, -1) FROM pin WHERE id = ?1", id), ==,
                   wk_record_get_id (initiative));
  g_assert_cmpint (db_int (f->store, "SELECT coalesce(actor_id, -1) FROM pin WHERE id = ?1", id), ==, -1);
  g_signal_emit_by_name (open, "clicked");
  g_assert_cmpuint (f->n_emitted, ==, 2);
  g_assert_true (f->emitted == initiative);
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (f->editor)));
  WAIT_FOR (gtk_widget_get_mapped (f->editor), 2000);

  /* a date that does not exist is shown as wrong and not stored */
  gtk_editable_set_text (GTK_EDITABLE (date), "31-02-2026");
  WAIT_FOR (gtk_widget_get_visible (date_error), 2000);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (date_error)), !=, "");
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_cmpstr (wk_record_get_text (pin, "date"), ==, created_date);
  stored = db_text (f->store, "SELECT date FROM pin WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, created_date);
  g_clear_pointer (&stored, g_free);
  gtk_editable_set_text (GTK_EDITABLE (date), "12-03-2026");
  WAIT_FOR (g_strcmp0 (wk_record_get_text (pin, "date"), "2026-03-12") == 0, 2000);
  g_assert_false (gtk_widget_get_visible (date_error));
  g_assert_false (gtk_widget_has_css_class (date, "error"));

  /* a note of 10,000 characters, several lines, mixed directions, quotes */
  while (g_utf8_strlen (long_note->str, -1) < 10000)
    g_string_append (long_note, "Buurthuis \"De Brug\" 'open' \\n حيّ שכונה 🙂 <i>&amp;\n");
  g_string_truncate (long_note, g_utf8_offset_to_pointer (long_note->str, 10000) - long_note->str);
  g_assert_cmpint (g_utf8_strlen (long_note->str, -1), ==, 10000);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), long_note->str, -1);
  WAIT_FOR (g_strcmp0 (wk_record_get_text (pin, "note"), long_note->str) == 0, 2000);
  stored = db_text (f->store, "SELECT note FROM pin WHERE id = ?1", id);
  g_assert_cmpstr (stored, ==, long_note->str);
  g_clear_pointer (&stored, g_free);
  g_string_free (long_note, TRUE);

  gtk_switch_set_active (GTK_SWITCH (private), TRUE);
  g_assert_cmpint (db_int (f->store, "SELECT private FROM pin WHERE id = ?1", id), ==, 1);
  g_assert_true (wk_pin_is_private (f->pin));

  wk_test_screenshot (f->editor, "pin-editor");

  /* delete is only asked for; the editor closes once the pin is gone */
  g_signal_emit_by_name (editor_part (f, "delete"), "clicked");
  g_assert_cmpuint (f->n_emitted, ==, 3);
  g_assert_true (f->emitted == pin);
  g_assert_false (wk_record_is_deleted (pin));
  g_assert_true (gtk_widget_get_visible (f->editor));
  g_assert_true (wk_store_delete_record (f->store, pin, NULL));
  WAIT_FOR (!gtk_widget_get_visible (f->editor), 2000);
}

static void
test_editor_follows_undo (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *title = editor_part (f, "title");
  GtkWidget *category = editor_part (f, "category");
  GtkWidget *date = editor_part (f, "date");
  GtkWidget *note = editor_part (f, "note");
  GtkWidget *link = editor_part (f, "link");
  GtkWidget *private = editor_part (f, "private");
  WkUndoStack *undo = wk_store_get_undo_stack (f->store);
  WkRecord *pin = WK_RECORD (f->pin);
  WkRecord *actor = find_record (wk_store_get_actors (f->store, f->wijk), "name", "Fatima Bouzid");
  g_autoptr(GError) error = NULL;
  WkPinCategory *extra;
  g_autofree char *text = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title), "Bakkerij Öztürk");
  WAIT_FOR (g_strcmp0 (wk_pin_get_title (f->pin), "Bakkerij Öztürk") == 0, 2000);
  extra = wk_store_create_pin_category (f->store, "Speelplek", "#26a269", "⚽", &error);
  g_assert_no_error (error);
  /* the new category is offered at once */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (category), choice_position (category, extra));
  g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (WK_RECORD (extra)));

  /* edits elsewhere show, without being stored again by the editor */
  g_assert_true (wk_store_set_text (f->store, pin, "date", "2026-01-05", &error));
  g_assert_true (wk_store_set_text (f->store, pin, "note", "Open op zondag\nמאפייה", &error));
  g_assert_true (wk_store_set_int (f->store, pin, "actor-id", wk_record_get_id (actor), &error));
  g_assert_true (wk_store_set_int (f->store, pin, "private", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "05-01-2026");
  text = note_text (note);
  g_assert_cmpstr (text, ==, "Open op zondag\nמאפייה");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (link)), ==, choice_position (link, actor));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (private)));
  g_assert_true (gtk_widget_get_sensitive (editor_part (f, "open-card")));

  /* undo, step by step: the fields follow and nothing new is stored
   * (which would have dropped the redo history) */
  g_assert_true (wk_store_undo (f->store, &error));   /* private */
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (private)));
  g_assert_true (wk_store_undo (f->store, &error));   /* link */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (link)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (editor_part (f, "open-card")));
  g_assert_true (wk_store_undo (f->store, &error));   /* note */
  text = note_text (note);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_assert_true (wk_store_undo (f->store, &error));   /* date */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), !=, "05-01-2026");
  g_assert_true (wk_store_undo (f->store, &error));   /* category */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, 0);
  g_assert_true (wk_store_undo (f->store, &error));   /* the new category */
  g_assert_true (wk_store_undo (f->store, &error));   /* title */
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Bakker");
  wk_test_iterate (600);
  g_assert_cmpstr (wk_pin_get_title (f->pin), ==, "Bakker");
  g_assert_true (wk_undo_stack_can_redo (undo));

  /* redo everything back: the editor shows it again */
  while (wk_undo_stack_can_redo (undo))
    g_assert_true (wk_store_redo (f->store, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Bakkerij Öztürk");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, choice_position (category, extra));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (private)));

  /* the pin's category deleted elsewhere: the dropdown drops it without
   * choosing another one for the pin; undo brings it back */
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (extra), &error));
  g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, -1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, 0);
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (WK_RECORD (extra)));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, choice_position (category, extra));
  g_assert_true (wk_undo_stack_can_redo (undo));

  /* the store tells about the pin and the category in no set order: both
   * orders, over categories with other ids */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Plek %u", i);
      WkPinCategory *other = wk_store_create_pin_category (f->store, name, "#1c71d8", "", &error);

      g_assert_no_error (error);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (category), choice_position (category, other));
      g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (WK_RECORD (other)));
      g_assert_true (wk_store_delete_record (f->store, WK_RECORD (other), &error));
      g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, -1);
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, 0);
      g_assert_true (wk_store_undo (f->store, &error));
      g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (WK_RECORD (other)));
      g_assert_true (wk_undo_stack_can_redo (undo));
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (category), choice_position (category, extra));

  /* a category renamed elsewhere: the choice stays */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (extra), "stored-label", "Speeltuin", &error));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (category)), ==, choice_position (category, extra));
  g_assert_cmpint (wk_record_get_int (pin, "category-id"), ==, wk_record_get_id (WK_RECORD (extra)));
}

/* Categories dialog ------------------------------------------------------- */

static GtkWidget *
category_row (GtkWidget     *dialog,
              WkPinCategory *category)
{
  for (int i = 0;; i++)
    {
      GtkWidget *row = wk_test_nth_descendant (dialog, ADW_TYPE_ENTRY_ROW, i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "category") == category)
        return row;
    }
}

static guint
count_rows (GtkWidget *dialog)
{
  guint n = 0;

  while (wk_test_nth_descendant (dialog, ADW_TYPE_ENTRY_ROW, n) != NULL)
    n++;
  return n;
}

static GtkWidget *
find_undo_button (GtkWidget *widget)
{
  for (int i = 0;; i++)
    {
      GtkWidget *button = wk_test_nth_descendant (widget, GTK_TYPE_BUTTON, i);

      if (button == NULL)
        return NULL;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), _("_Undo")) == 0)
        return button;
    }
}

static void
test_categories_dialog (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *categories = wk_store_get_pin_categories (f->store);
  guint n_before = g_list_model_get_n_items (categories);
  GtkWidget *dialog = wk_pin_categories_dialog_new (GTK_WINDOW (f->window), f->store);
  g_autoptr(GError) error = NULL;
  WkPinCategory *added;
  WkPinCategory *meeting;
  GtkWidget *row;
  GtkWidget *focus;
  GtkWidget *undo;
  WkPinSpot spot = { 0.2, 0.3, NAN, NAN };
  WkPin *pin;
  gint64 added_id;
  GdkRGBA green = { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0, 1 };

  gtk_popover_popdown (GTK_POPOVER (f->editor));
  gtk_window_present (GTK_WINDOW (dialog));
  WAIT_FOR (gtk_widget_get_mapped (dialog), 2000);

  /* every category, built-in ones shown translated and without delete */
  g_assert_cmpuint (n_before, >=, 6);
  g_assert_cmpuint (count_rows (dialog), ==, n_before);
  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(WkPinCategory) category = g_list_model_get_item (categories, i);

      row = category_row (dialog, category);
      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, wk_pin_category_get_label (category));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (row, "symbol"))), ==,
                       wk_pin_category_get_symbol (category));
      if (wk_record_get_int (WK_RECORD (category), "builtin"))
        g_assert_null (find_named (row, "delete"));
      else
        g_assert_nonnull (find_named (row, "delete"));
    }

  /* add: "New category" with a colour of its own, its name ready to type over */
  g_signal_emit_by_name (find_named (dialog, "add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_before + 1);
  added = g_list_model_get_item (categories, n_before);
  g_object_unref (added);
  added_id = wk_record_get_id (WK_RECORD (added));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (added), "stored-label"), ==, _("New category"));
  g_assert_true (g_regex_match_simple ("^#[0-9a-f]{6}$", wk_record_get_text (WK_RECORD (added), "color"), 0, 0));
  row = category_row (dialog, added);
  g_assert_nonnull (row);
  g_assert_nonnull (find_named (row, "delete"));
  g_assert_cmpuint (count_rows (dialog), ==, n_before + 1);
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));

  /* rename, symbol, colour: stored at once */
  gtk_editable_set_text (GTK_EDITABLE (row), HOSTILE);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (added), "stored-label"), ==, HOSTILE);
  {
    g_autofree char *stored = db_text (f->store, "SELECT label FROM pin_category WHERE id = ?1", added_id);

    g_assert_cmpstr (stored, ==, HOSTILE);
  }
  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (added), "stored-label"), ==, HOSTILE);
  gtk_editable_set_text (GTK_EDITABLE (row), HOSTILE);
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (find_named (row, "symbol")), "🌳");
  g_assert_cmpstr (wk_pin_category_get_symbol (added), ==, "🌳");
  gtk_editable_set_text (GTK_EDITABLE (find_named (row, "symbol")), "ABCDEFG");
  g_assert_cmpint (g_utf8_strlen (wk_pin_category_get_symbol (added), -1), <=, 4);
  g_assert_cmpstr (wk_pin_category_get_symbol (added), ==, "ABCD");
  gtk_editable_set_text (GTK_EDITABLE (find_named (row, "symbol")), "Sp");
  g_assert_cmpstr (wk_pin_category_get_symbol (added), ==, "Sp");

  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (find_named (row, "color")), &green);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (added), "color"), ==, "#26a269");
  {
    g_autofree char *stored = db_text (f->store, "SELECT color FROM pin_category WHERE id = ?1", added_id);

    g_assert_cmpstr (stored, ==, "#26a269");
  }

  /* a change elsewhere shows in the row */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (added), "symbol", "★", &error));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (row, "symbol"))), ==, "★");

  /* a built-in one can be renamed */
  meeting = WK_PIN_CATEGORY (find_record (categories, "key", "meeting-place"));
  g_assert_nonnull (meeting);
  gtk_editable_set_text (GTK_EDITABLE (category_row (dialog, meeting)), "Buurthuis");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (meeting), "stored-label"), ==, "Buurthuis");
  g_assert_cmpstr (wk_pin_category_get_label (meeting), ==, "Buurthuis");

  wk_test_screenshot (dialog, "pin-categories");

  /* delete a category of the team's own: its pins stay, without it; the
   * toast's Undo brings both back */
  pin = wk_store_create_pin (f->store, f->wijk, &spot, added_id, -1, "Speeltuin", &error);
  g_assert_no_error (error);
  g_signal_emit_by_name (find_named (row, "delete"), "clicked");
  g_assert_true (wk_record_is_deleted (WK_RECORD (added)));
  g_assert_cmpuint (db_int (f->store, "SELECT count(*) FROM pin_category WHERE id = ?1", added_id), ==, 0);
  g_assert_false (wk_record_is_deleted (WK_RECORD (pin)));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "category-id"), ==, -1);
  g_assert_cmpuint (count_rows (dialog), ==, n_before);
  g_assert_null (category_row (dialog, added));

  WAIT_FOR ((undo = find_undo_button (dialog)) != NULL, 2000);
  g_signal_emit_by_name (undo, "clicked");
  WAIT_FOR (!wk_record_is_deleted (WK_RECORD (added)), 2000);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "category-id"), ==, added_id);
  g_assert_cmpuint (count_rows (dialog), ==, n_before + 1);
  row = category_row (dialog, added);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, HOSTILE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (row, "symbol"))), ==, "★");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WK_LOCALEDIR") ? g_getenv ("WK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("wk-test-pins-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add ("/pin-editor/fields", Fixture, NULL, setup, test_editor_fields, teardown);
  g_test_add ("/pin-editor/follows-undo", Fixture, NULL, setup, test_editor_follows_undo, teardown);
  g_test_add ("/pin-categories/dialog", Fixture, NULL, setup, test_categories_dialog, teardown);

  return g_test_run ();
}

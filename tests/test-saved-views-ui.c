/* test-saved-views-ui.c: the saved views dialog on a private X server
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Opens the dialog over three views of a wijk and checks the rows against
 * the store and the file (SQL): their order and numbers, moving with the
 * buttons, renaming by typing and Enter, a refused name kept in the row,
 * delete with the toast's Undo, undo from outside the dialog and with
 * Ctrl+Z in it, the empty state, and Escape closing it.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "wk-saved-views-dialog.h"
#include "wk-test-ui.h"

#define HOSTILE "Fatima \"El\" \\ <b>&amp; 🙂 حيّ שכונה"

typedef struct
{
  WkStore     *store;
  WkWijk      *wijk;
  WkSavedView *views[3];
  GtkWidget   *window;
  GtkWidget   *dialog;
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
part (GtkWidget  *row,
      const char *name)
{
  GtkWidget *widget = find_named (row, name);

  g_assert_nonnull (widget);
  return widget;
}

/* The rows as they are shown, top to bottom (the widgets' own order). */
static GPtrArray *
shown_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (int i = 0;; i++)
    {
      GtkWidget *row = wk_test_nth_descendant (f->dialog, ADW_TYPE_ENTRY_ROW, i);

      if (row == NULL)
        break;
      if (gtk_widget_get_visible (row))
        g_ptr_array_add (rows, row);
    }
  return rows;
}

static guint
count_rows (Fixture *f)
{
  g_autoptr(GPtrArray) rows = shown_rows (f);

  return rows->len;
}

static GtkWidget *
nth_row (Fixture *f,
         guint    n)
{
  g_autoptr(GPtrArray) rows = shown_rows (f);

  g_assert_cmpuint (n, <, rows->len);
  return rows->pdata[n];
}

static char *
db_text (WkStore    *store,
         const char *sql,
         gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The names in the file's order, "A|B|C". */
static char *
stored_order (Fixture *f)
{
  return db_text (f->store,
                  "SELECT group_concat(name, '|') FROM"
                  " (SELECT name FROM saved_view WHERE wijk_id = ?1 ORDER BY position, id)",
                  wk_wijk_get_id (f->wijk));
}

/* The rows' names, numbers and pages, "1 A (Network)|2 B (Map)". */
static char *
shown_order (Fixture *f)
{
  g_autoptr(GPtrArray) rows = shown_rows (f);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (text, "%s%s %s (%s)", i > 0 ? "|" : "",
                            gtk_label_get_text (GTK_LABEL (part (rows->pdata[i], "number"))),
                            gtk_editable_get_text (GTK_EDITABLE (rows->pdata[i])),
                            gtk_label_get_text (GTK_LABEL (part (rows->pdata[i], "page"))));
  return g_string_free (text, FALSE);
}

static void
assert_shown (Fixture    *f,
              const char *expected)
{
  g_autofree char *shown = NULL;
  g_autofree char *want = NULL;

  /* the page names as the language shows them */
  {
    g_autoptr(GString) text = g_string_new (expected);
    g_autofree char *network = g_strdup_printf ("(%s)", _("Network"));
    g_autofree char *map = g_strdup_printf ("(%s)", _("Map"));

    g_string_replace (text, "(N)", network, 0);
    g_string_replace (text, "(M)", map, 0);
    want = g_string_free (g_steal_pointer (&text), FALSE);
  }
  shown = shown_order (f);
  g_assert_cmpstr (shown, ==, want);
}

/* Only the ends cannot move further. */
static void
assert_move_buttons (Fixture *f)
{
  g_autoptr(GPtrArray) rows = shown_rows (f);

  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpint (gtk_widget_get_sensitive (part (rows->pdata[i], "move-up")), ==, i > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (part (rows->pdata[i], "move-down")), ==, i + 1 < rows->len);
    }
}

static GtkWidget *
find_undo_button (GtkWidget *widget)
{
  for (int i = 0;; i++)
    {
      GtkWidget *button = wk_test_nth_descendant (widget, GTK_TYPE_BUTTON, i);

      if (button == NULL)
        return NULL;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), _("_Undo")) == 0 &&
          gtk_widget_get_mapped (button))
        return button;
    }
}

static gboolean
has_toast_text (GtkWidget  *widget,
                const char *text)
{
  for (int i = 0;; i++)
    {
      GtkWidget *label = wk_test_nth_descendant (widget, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return FALSE;
      if (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX) == NULL &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
}

/* Presses Enter in @row as a user does: the entry inside activates. */
static void
press_enter (GtkWidget *row)
{
  GtkWidget *text = wk_test_nth_descendant (row, GTK_TYPE_TEXT, 0);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
}

/* Fixture ----------------------------------------------------------------- */

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("views-%u.db", ++n);
  g_autoptr(GFile) file = wk_test_temp_file (name);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Overzicht", "Kaart van de wijk", "Verbinders" };
  const char *pages[] = { "network", "map", "network" };

  f->store = wk_store_open (file, &error);
  g_assert_no_error (error);
  f->wijk = wk_store_create_wijk (f->store, "Rietveld-Oost", "Lindewaard", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      f->views[i] = wk_store_create_saved_view (f->store, f->wijk, names[i], pages[i],
                                                "{\"zoom\": 1}", &error);
      g_assert_no_error (error);
    }

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  WAIT_FOR (gtk_widget_get_mapped (f->window), 2000);

  f->dialog = wk_saved_views_dialog_new (GTK_WINDOW (f->window), f->store, f->wijk);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  gtk_window_present (GTK_WINDOW (f->dialog));
  WAIT_FOR (gtk_widget_get_mapped (f->dialog), 2000);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  wk_test_iterate (50);
  g_clear_object (&f->store);
}

/* Tests ------------------------------------------------------------------- */

static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (10000, 'x');
  GtkWidget *row;
  GtkWidget *undo;
  GtkWidget *stack;

  g_assert_true (ADW_IS_WINDOW (f->dialog));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (f->dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, _("Views"));
  g_assert_nonnull (wk_test_nth_descendant (f->dialog, ADW_TYPE_HEADER_BAR, 0));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (wk_test_nth_descendant (f->dialog, GTK_TYPE_LIST_BOX, 0)),
                                           "boxed-list"));

  /* three rows in the store's order, numbered, with their page */
  g_assert_cmpuint (count_rows (f), ==, 3);
  assert_shown (f, "1 Overzicht (N)|2 Kaart van de wijk (M)|3 Verbinders (N)");
  assert_move_buttons (f);
  for (guint i = 0; i < 3; i++)
    {
      row = nth_row (f, i);
      g_assert_true (g_object_get_data (G_OBJECT (row), "view") == f->views[i]);
      /* every button says what it does, and of which view */
      for (guint k = 0; k < 3; k++)
        {
          const char *names[] = { "move-up", "move-down", "delete" };
          GtkWidget *button = part (row, names[k]);
          const char *tooltip = gtk_widget_get_tooltip_text (button);

          g_assert_nonnull (tooltip);
          g_assert_nonnull (strstr (tooltip, wk_saved_view_get_name (f->views[i])));
        }
    }
  {
    g_autofree char *expected = g_strdup_printf (_("Move “%s” down"), "Overzicht");

    g_assert_cmpstr (gtk_widget_get_tooltip_text (part (nth_row (f, 0), "move-down")), ==, expected);
  }
  wk_test_screenshot (f->dialog, "saved-views");

  /* move down on the first: the file's order changes, the rows follow */
  g_signal_emit_by_name (part (nth_row (f, 0), "move-down"), "clicked");
  {
    g_autofree char *order = stored_order (f);

    g_assert_cmpstr (order, ==, "Kaart van de wijk|Overzicht|Verbinders");
  }
  assert_shown (f, "1 Kaart van de wijk (M)|2 Overzicht (N)|3 Verbinders (N)");
  assert_move_buttons (f);
  /* and up on the last */
  g_signal_emit_by_name (part (nth_row (f, 2), "move-up"), "clicked");
  assert_shown (f, "1 Kaart van de wijk (M)|2 Verbinders (N)|3 Overzicht (N)");
  assert_move_buttons (f);
  /* the end buttons do nothing */
  g_signal_emit_by_name (part (nth_row (f, 0), "move-up"), "clicked");
  assert_shown (f, "1 Kaart van de wijk (M)|2 Verbinders (N)|3 Overzicht (N)");

  /* undo from outside (the main window's Ctrl+Z) re-orders the rows */
  g_assert_true (wk_store_undo (f->store, &error));
  assert_shown (f, "1 Kaart van de wijk (M)|2 Overzicht (N)|3 Verbinders (N)");
  assert_move_buttons (f);

  /* rename: typed, then Enter; stored exactly, trimmed */
  row = nth_row (f, 1);
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "  " HOSTILE " ");
  press_enter (row);
  g_assert_cmpstr (wk_saved_view_get_name (f->views[0]), ==, HOSTILE);
  {
    g_autofree char *stored = db_text (f->store, "SELECT name FROM saved_view WHERE id = ?1",
                                       wk_record_get_id (WK_RECORD (f->views[0])));

    g_assert_cmpstr (stored, ==, HOSTILE);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, HOSTILE);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  {
    g_autofree char *expected = g_strdup_printf (_("Delete “%s”"), HOSTILE);

    g_assert_cmpstr (gtk_widget_get_tooltip_text (part (row, "delete")), ==, expected);
  }

  /* a refused name stays as typed, marked, with the reason */
  gtk_editable_set_text (GTK_EDITABLE (row), "   ");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "   ");
  g_assert_cmpstr (wk_saved_view_get_name (f->views[0]), ==, HOSTILE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, _("A view needs a name."));
  g_assert_true (gtk_widget_get_visible (part (row, "error-icon")));
  WAIT_FOR (has_toast_text (f->dialog, _("A view needs a name.")), 2000);
  gtk_editable_set_text (GTK_EDITABLE (row), long_name);
  press_enter (row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, long_name);
  g_assert_cmpstr (wk_saved_view_get_name (f->views[0]), ==, HOSTILE);
  {
    g_autofree char *expected = g_strdup_printf (_("The name of a view can be at most %d characters long."), 200);

    g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, expected);
  }
  /* corrected: stored, the mark gone */
  gtk_editable_set_text (GTK_EDITABLE (row), "Overzicht");
  press_enter (row);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (part (row, "error-icon")));
  g_assert_cmpstr (wk_saved_view_get_name (f->views[0]), ==, "Overzicht");

  /* a rename elsewhere shows in the row */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (f->views[2]), "name", "Sleutelfiguren", &error));
  assert_shown (f, "1 Kaart van de wijk (M)|2 Overzicht (N)|3 Sleutelfiguren (N)");

  /* delete: the row goes, the toast's Undo brings it back in its place */
  g_signal_emit_by_name (part (nth_row (f, 1), "delete"), "clicked");
  g_assert_true (wk_record_is_deleted (WK_RECORD (f->views[0])));
  g_assert_cmpuint (count_rows (f), ==, 2);
  assert_shown (f, "1 Kaart van de wijk (M)|2 Sleutelfiguren (N)");
  assert_move_buttons (f);
  {
    g_autofree char *order = stored_order (f);

    g_assert_cmpstr (order, ==, "Kaart van de wijk|Sleutelfiguren");
  }
  WAIT_FOR ((undo = find_undo_button (f->dialog)) != NULL, 2000);
  wk_test_screenshot (f->dialog, "saved-views-deleted");
  g_signal_emit_by_name (undo, "clicked");
  WAIT_FOR (!wk_record_is_deleted (WK_RECORD (f->views[0])), 2000);
  g_assert_cmpuint (count_rows (f), ==, 3);
  assert_shown (f, "1 Kaart van de wijk (M)|2 Overzicht (N)|3 Sleutelfiguren (N)");
  assert_move_buttons (f);

  /* delete them all: the empty state */
  stack = GTK_WIDGET (wk_test_nth_descendant (f->dialog, GTK_TYPE_STACK, 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "views");
  while (count_rows (f) > 0)
    g_signal_emit_by_name (part (nth_row (f, 0), "delete"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_saved_views (f->store, f->wijk)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  {
    AdwStatusPage *empty = ADW_STATUS_PAGE (wk_test_nth_descendant (f->dialog, ADW_TYPE_STATUS_PAGE, 0));

    g_assert_nonnull (empty);
    WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (empty)), 2000);
    g_assert_cmpstr (adw_status_page_get_title (empty), ==, _("No saved views"));
    g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Ctrl+Shift+S"));
  }
  wk_test_screenshot (f->dialog, "saved-views-empty");

  /* undo from outside brings the last one back, and the list with it */
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpuint (count_rows (f), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "views");
  assert_shown (f, "1 Sleutelfiguren (N)");
  assert_move_buttons (f);
}

/* Typing a name with the real keyboard, Enter, then Escape closes. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *row = nth_row (f, 0);
  graphene_point_t in_row = GRAPHENE_POINT_INIT (120, 10), in_window;
  double sx, sy;
  g_autofree char *original = g_strdup (wk_saved_view_get_name (f->views[0]));

  /* no window manager: the dialog is at 0,0; its surface may have a shadow */
  g_assert_true (gtk_widget_compute_point (row, f->dialog, &in_row, &in_window));
  gtk_native_get_surface_transform (GTK_NATIVE (f->dialog), &sx, &sy);
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d click 1",
                                                (int) round (in_window.x + sx),
                                                (int) round (in_window.y + sy));
    wk_test_xdotool (actions);
  }
  WAIT_FOR (gtk_widget_has_focus (wk_test_nth_descendant (row, GTK_TYPE_TEXT, 0)), 2000);
  wk_test_xdotool ("key ctrl+a");
  wk_test_xdotool ("type --delay 20 'Eerst de kaart'");
  wk_test_xdotool ("key Return");
  WAIT_FOR (g_strcmp0 (wk_saved_view_get_name (f->views[0]), "Eerst de kaart") == 0, 2000);
  {
    g_autofree char *order = stored_order (f);

    g_assert_cmpstr (order, ==, "Eerst de kaart|Kaart van de wijk|Verbinders");
  }

  /* out of the text field, Ctrl+Z undoes the rename in the file and
   * Ctrl+Shift+Z does it again, as in the main window */
  wk_test_xdotool ("key Tab");
  WAIT_FOR (!GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (f->dialog))), 2000);
  wk_test_xdotool ("key ctrl+z");
  WAIT_FOR (g_strcmp0 (wk_saved_view_get_name (f->views[0]), original) == 0, 2000);
  wk_test_xdotool ("key ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (wk_saved_view_get_name (f->views[0]), "Eerst de kaart") == 0, 2000);

  wk_test_xdotool ("key Escape");
  WAIT_FOR (f->dialog == NULL, 2000);
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-views-XXXXXX");

  g_test_add ("/saved-views-dialog/rows", Fixture, NULL, setup, test_dialog, teardown);
  g_test_add ("/saved-views-dialog/keys", Fixture, NULL, setup, test_keys, teardown);

  return wk_test_run ();
}

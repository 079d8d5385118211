/* test-window.c: the main window, in the real application, on a private X server
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Drives the window through its actions and dialogs as a user would, checks
 * what the window shows and what the file holds, and writes screenshots of
 * the main screens to $WK_SCREENSHOT_DIR (suffix $WK_SCREENSHOT_SUFFIX).
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "wk-application.h"
#include "wk-wijk-dialog.h"
#include "wk-wijk-overview.h"
#include "wk-test-ui.h"


static WkWijkDialog *
open_new_wijk_dialog (WkWindow *window)
{
  WkWijkDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-wijk", NULL));
  WAIT_FOR ((dialog = (WkWijkDialog *) wk_test_find_toplevel (WK_TYPE_WIJK_DIALOG)) != NULL, 2000);
  return dialog;
}

static void
fill_dialog (WkWijkDialog *dialog,
             const char   *name,
             const char   *municipality)
{
  GtkWidget *name_row = wk_test_nth_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0);
  GtkWidget *municipality_row = wk_test_nth_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 1);

  g_assert_nonnull (name_row);
  g_assert_nonnull (municipality_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  if (municipality != NULL)
    gtk_editable_set_text (GTK_EDITABLE (municipality_row), municipality);
}

static WkWijk *
create_wijk (WkWindow   *window,
             const char *name,
             const char *municipality)
{
  WkWijkDialog *dialog = open_new_wijk_dialog (window);

  fill_dialog (dialog, name, municipality);
  wk_test_respond (dialog, "save");
  WAIT_FOR (wk_test_find_toplevel (WK_TYPE_WIJK_DIALOG) == NULL, 2000);
  return wk_window_get_selected_wijk (window);
}

static const char *
visible_page (WkWindow *window)
{
  return gtk_stack_get_visible_child_name (window->main_stack);
}

static const char *
overview_name (WkWindow *window)
{
  GtkWidget *row = wk_test_nth_descendant (window->overview, ADW_TYPE_ENTRY_ROW, 0);

  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Tests ------------------------------------------------------------------- */

static void
test_empty_state (void)
{
  WkWindow *window = wk_test_open_file ("empty.db");

  g_assert_cmpstr (visible_page (window), ==, "empty");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  wk_test_screenshot (GTK_WIDGET (window), "empty-state");
}

static void
test_create_wijk (void)
{
  WkWindow *window = wk_test_open_file ("create.db");
  WkWijkDialog *dialog = open_new_wijk_dialog (window);
  WkWijk *wijk;

  /* Create stays disabled without a name, so Enter cannot make a nameless wijk */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  fill_dialog (dialog, "   ", NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  fill_dialog (dialog, "Rietveld-Oost", "Gemeente Lindewaard");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  wk_test_screenshot (GTK_WIDGET (dialog), "new-wijk-dialog");

  wk_test_respond (dialog, "save");
  WAIT_FOR (wk_test_find_toplevel (WK_TYPE_WIJK_DIALOG) == NULL, 2000);

  wijk = wk_window_get_selected_wijk (window);
  g_assert_nonnull (wijk);
  g_assert_cmpstr (wk_wijk_get_name (wijk), ==, "Rietveld-Oost");
  g_assert_cmpstr (wk_wijk_get_municipality (wijk), ==, "Gemeente Lindewaard");
  g_assert_cmpstr (visible_page (window), ==, "wijken");
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->content_title), ==, "Rietveld-Oost");
  g_assert_cmpstr (overview_name (window), ==, "Rietveld-Oost");
  g_assert_cmpuint (wk_test_count_rows (window, "SELECT count(*) FROM wijk WHERE name = 'Rietveld-Oost'"), ==, 1);
}

static void
test_rename_wijk (void)
{
  WkWindow *window = wk_test_open_file ("rename.db");
  WkWijk *zuid, *noord;
  WkWijkDialog *dialog;
  GtkWidget *name_row;

  noord = create_wijk (window, "Noord", NULL);
  zuid = create_wijk (window, "Zuid", NULL);
  g_assert_true (wk_window_get_selected_wijk (window) == zuid);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-wijk", NULL));
  WAIT_FOR ((dialog = (WkWijkDialog *) wk_test_find_toplevel (WK_TYPE_WIJK_DIALOG)) != NULL, 2000);
  name_row = wk_test_nth_descendant (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Zuid");

  /* a rename that moves the wijk to the top of the list keeps it selected */
  fill_dialog (dialog, "Aa-wijk \"met\" <b>quotes</b> & \\", NULL);
  wk_test_respond (dialog, "save");
  WAIT_FOR (wk_test_find_toplevel (WK_TYPE_WIJK_DIALOG) == NULL, 2000);

  g_assert_cmpstr (wk_wijk_get_name (zuid), ==, "Aa-wijk \"met\" <b>quotes</b> & \\");
  g_assert_true (wk_window_get_selected_wijk (window) == zuid);
  {
    g_autoptr(WkWijk) first = g_list_model_get_item (wk_store_get_wijken (window->store), 0);
    g_assert_true (first == zuid);
  }
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->content_title), ==, wk_wijk_get_name (zuid));
  g_assert_cmpstr (wk_wijk_get_name (noord), ==, "Noord");
}

static void
test_delete_and_undo (void)
{
  WkWindow *window = wk_test_open_file ("delete.db");
  AdwMessageDialog *confirm;
  g_autofree char *uuid = NULL;
  WkWijk *wijk;

  create_wijk (window, "Blijft", NULL);
  wijk = create_wijk (window, "Weg", NULL);
  uuid = g_strdup (wk_wijk_get_uuid (wijk));

  /* confirmation first; Cancel keeps it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-wijk", NULL));
  WAIT_FOR ((confirm = (AdwMessageDialog *) wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  g_assert_cmpstr (adw_message_dialog_get_default_response (confirm), ==, "cancel");
  wk_test_screenshot (GTK_WIDGET (confirm), "delete-wijk-dialog");
  wk_test_respond (confirm, "cancel");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (window->store)), ==, 2);

  /* Delete removes it from the list at once and offers Undo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-wijk", NULL));
  WAIT_FOR ((confirm = (AdwMessageDialog *) wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  wk_test_respond (confirm, "delete");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);

  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (window->store)), ==, 1);
  g_assert_nonnull (wk_window_get_selected_wijk (window));
  g_assert_cmpstr (wk_wijk_get_name (wk_window_get_selected_wijk (window)), ==, "Blijft");
  g_assert_nonnull (window->delete_toast);
  wk_test_screenshot (GTK_WIDGET (window), "delete-toast");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete-wijk", NULL));
  wk_test_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (window->store)), ==, 2);
  g_assert_cmpstr (wk_wijk_get_uuid (wk_window_get_selected_wijk (window)), ==, uuid);
  g_assert_cmpuint (wk_test_count_rows (window, "SELECT count(*) FROM wijk WHERE deleted = 0"), ==, 2);

  /* deleted again, then the window closes: the delete is final */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-wijk", NULL));
  WAIT_FOR ((confirm = (AdwMessageDialog *) wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  wk_test_respond (confirm, "delete");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);
  {
    g_autoptr(WkStore) store = g_object_ref (window->store);
    sqlite3_stmt *stmt = NULL;

    gtk_window_close (GTK_WINDOW (window));
    wk_test_iterate (20);
    g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), "SELECT count(*) FROM wijk",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
  }
}

static void
test_overview_autosave (void)
{
  WkWindow *window = wk_test_open_file ("autosave.db");
  WkWijk *wijk = create_wijk (window, "Havenkwartier", "Lindewaard");
  GtkWidget *name_row = wk_test_nth_descendant (window->overview, ADW_TYPE_ENTRY_ROW, 0);
  GtkTextView *view = GTK_TEXT_VIEW (wk_test_nth_descendant (window->overview, GTK_TYPE_TEXT_VIEW, 0));
  g_autofree char *long_text = g_strnfill (10000, 'w');

  /* no Save button: typing is stored shortly after */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Oude haven, nieuwe flats.\nשלום — سلام", -1);
  WAIT_FOR (g_strcmp0 (wk_wijk_get_description (wijk), "Oude haven, nieuwe flats.\nשלום — سلام") == 0, 2000);

  /* an empty name is refused inline and the stored name stays */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "");
  wk_test_iterate (500);
  g_assert_cmpstr (wk_wijk_get_name (wijk), ==, "Havenkwartier");
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  wk_test_screenshot (GTK_WIDGET (window), "overview-empty-name");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Havenkwartier-Noord");
  WAIT_FOR (g_strcmp0 (wk_wijk_get_name (wijk), "Havenkwartier-Noord") == 0, 2000);
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));

  /* a long text, and an edit still pending when another wijk is selected */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), long_text, -1);
  create_wijk (window, "Ander", NULL);
  g_assert_cmpstr (wk_wijk_get_description (wijk), ==, long_text);
  g_assert_cmpstr (overview_name (window), ==, "Ander");
}

static void
test_open_bad_file (void)
{
  WkWindow *window = wk_test_open_file ("good.db");
  g_autoptr(GFile) bad = wk_test_temp_file ("kapot.db");
  AdwMessageDialog *dialog;
  const char junk[] = "Dit is een CSV-export, geen database. Naam;Rol;Telefoon\n"
                      "Fatima;sleutelfiguur;06 0000 0000\nHenk;voorzitter;06 0000 0001\n";

  g_assert_true (g_file_replace_contents (bad, junk, sizeof junk - 1, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));

  /* a failed open keeps the database and the window the user had */
  g_assert_false (wk_application_open_file (app, bad));
  WAIT_FOR ((dialog = (AdwMessageDialog *) wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  g_assert_true (wk_test_active_window () == window || gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "kapot.db"));
  g_assert_true (adw_message_dialog_has_response (dialog, "open"));
  g_assert_true (adw_message_dialog_has_response (dialog, "example"));
  wk_test_screenshot (GTK_WIDGET (dialog), "open-error-dialog");
  wk_test_respond (dialog, "close");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);

  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_load_contents (bad, NULL, &contents, &length, NULL, NULL));
    g_assert_cmpmem (contents, length, junk, sizeof junk - 1);
  }
}

static void
test_error_page (void)
{
  WkWindow *window = wk_window_new (app, NULL);

  /* at start-up, with no database at all, the window itself says what is wrong */
  gtk_window_present (GTK_WINDOW (window));
  wk_window_show_open_error (window, "“/home/wijkteam/wijkkaart.db” is not a Wijkkaart database.");
  wk_test_iterate (50);
  g_assert_cmpstr (visible_page (window), ==, "error");
  wk_test_screenshot (GTK_WIDGET (window), "open-error-page");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_example_and_selection (void)
{
  WkWindow *window;
  WkWijk *rietveld = NULL;
  g_autofree char *uuid = NULL;
  GListModel *wijken;

  g_assert_true (wk_application_open_demo (app));
  wk_test_iterate (50);
  window = wk_test_active_window ();
  g_assert_true (wk_store_is_demo (window->store));
  wijken = wk_store_get_wijken (window->store);
  g_assert_cmpuint (g_list_model_get_n_items (wijken), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (g_str_equal (wk_wijk_get_name (wijk), "Rietveld-Oost"))
        rietveld = wijk;
    }
  g_assert_nonnull (rietveld);
  wk_window_select_wijk (window, rietveld);
  wk_test_iterate (50);
  g_assert_true (wk_window_get_selected_wijk (window) == rietveld);
  uuid = g_strdup (wk_wijk_get_uuid (rietveld));
  wk_test_screenshot (GTK_WIDGET (window), "main-window");

  /* the selection is remembered for the next start */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *saved = g_settings_get_string (settings, "selected-wijk");

    g_assert_cmpstr (saved, ==, uuid);
  }

  /* narrow: the leaflet folds and shows one pane with a back button */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  wk_test_iterate (200);
  WAIT_FOR (adw_leaflet_get_folded (window->leaflet), 2000);
  wk_test_screenshot (GTK_WIDGET (window), "main-window-narrow");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  wk_test_iterate (100);
}

static void
test_remembers_selection_and_size (void)
{
  WkWindow *window = wk_test_open_file ("remember.db");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *uuid = NULL;
  WkWijk *zuid;

  create_wijk (window, "Noord", NULL);
  zuid = create_wijk (window, "Zuid", NULL);
  uuid = g_strdup (wk_wijk_get_uuid (zuid));
  create_wijk (window, "Midden", NULL);
  wk_window_select_wijk (window, zuid);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  wk_test_iterate (200);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  /* the next window on this file (as at the next start) selects Zuid again, at that size */
  window = wk_test_open_file ("remember.db");
  g_assert_nonnull (wk_window_get_selected_wijk (window));
  g_assert_cmpstr (wk_wijk_get_uuid (wk_window_get_selected_wijk (window)), ==, uuid);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  wk_test_iterate (100);
}

static void
test_about_and_shortcuts (void)
{
  WkWindow *window = wk_test_open_file ("about.db");
  GtkWindow *about, *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  WAIT_FOR ((about = wk_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW)) != NULL, 2000);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_CUSTOM);
  g_assert_nonnull (strstr (adw_about_window_get_license (ADW_ABOUT_WINDOW (about)), "EUPL-1.2"));
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (ADW_ABOUT_WINDOW (about)), "Graphviz"));
  wk_test_screenshot (GTK_WIDGET (about), "about");
  gtk_window_destroy (about);

  /* every accelerator of the window appears in the shortcuts window */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  WAIT_FOR ((shortcuts = wk_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL, 2000);
  {
    const char *actions[] = { "app.quit", "app.open-database", "window.close", "win.new-wijk",
                              "win.rename-wijk", "win.show-sidebar", "win.show-help-overlay" };

    for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        int n = 0;
        gboolean listed = FALSE;
        GtkWidget *shortcut;

        while ((shortcut = wk_test_nth_descendant (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, n++)) != NULL)
          {
            g_autofree char *name = NULL;

            g_object_get (shortcut, "action-name", &name, NULL);
            listed |= g_strcmp0 (name, actions[i]) == 0;
          }
        if (!listed)
          g_error ("%s is not in the shortcuts window", actions[i]);
        {
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                         actions[i]);

          g_assert_true (accels[0] != NULL || g_str_equal (actions[i], "win.show-help-overlay"));
        }
      }
  }
  wk_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts");
  g_object_set (shortcuts, "section-name", "presentation", NULL);
  wk_test_iterate (200);
  wk_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts-presentation");
  gtk_window_destroy (shortcuts);
}

static void
weak_notify_cb (gpointer  data,
                GObject  *where)
{
  *(gboolean *) data = TRUE;
}

static void
test_window_freed (void)
{
  WkWindow *window = wk_test_open_file ("freed.db");
  gboolean freed = FALSE;

  create_wijk (window, "Tijdelijk", NULL);
  g_object_weak_ref (G_OBJECT (window), weak_notify_cb, &freed);
  /* opening another file replaces the window; the old one must really go */
  wk_test_open_file ("freed-2.db");
  WAIT_FOR (freed, 2000);
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-window-XXXXXX");

  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/create-wijk", test_create_wijk);
  g_test_add_func ("/window/rename-wijk", test_rename_wijk);
  g_test_add_func ("/window/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/window/overview-autosave", test_overview_autosave);
  g_test_add_func ("/window/open-bad-file", test_open_bad_file);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/example-and-selection", test_example_and_selection);
  g_test_add_func ("/window/remembers-selection-and-size", test_remembers_selection_and_size);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/window/freed", test_window_freed);

  return wk_test_run ();
}

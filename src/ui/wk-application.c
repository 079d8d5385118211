/* wk-application.c: the application: owns the store, runs the windows
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The store is opened when the application is activated, not before, so that
 * a file that cannot be opened is reported in a window the user can act on.
 * Opening another file replaces the store only once the new one has opened:
 * a failed open leaves the current database and window as they were.
 */
#include <glib/gi18n.h>

#include "wk-application.h"
#include "wk-cli.h"
#include "wk-debug.h"
#include "wk-graphviz.h"
#include "wk-ui-resources.h"
#include "wk-window.h"

struct _WkApplication
{
  AdwApplication  parent_instance;

  WkStore        *store;
  GSettings      *settings;
  char           *database_path;   /* --database */
  gboolean        demo;            /* --demo */
};

G_DEFINE_FINAL_TYPE (WkApplication, wk_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open this database file instead of your own"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open a temporary copy of the example wijk; your own data is not touched"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

WkApplication *
wk_application_new (void)
{
  return g_object_new (WK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/nl/wijkkaart/Wijkkaart",
                       NULL);
}

WkStore *
wk_application_get_store (WkApplication *self)
{
  g_return_val_if_fail (WK_IS_APPLICATION (self), NULL);
  return self->store;
}

GSettings *
wk_application_get_settings (WkApplication *self)
{
  g_return_val_if_fail (WK_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* Windows ----------------------------------------------------------------- */

static void show_open_error (WkApplication *self, GtkWindow *parent, const GError *error);

static void
replace_windows (WkApplication *self)
{
  g_autoptr(GList) old = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  WkWindow *window;

  /* the new window first, so the application does not quit in between */
  window = wk_window_new (self, self->store);
  gtk_window_present (GTK_WINDOW (window));

  for (GList *l = old; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
}

static gboolean
use_store (WkApplication *self,
           WkStore       *store,
           const GError  *error)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (store == NULL)
    {
      if (active == NULL)
        {
          active = GTK_WINDOW (wk_window_new (self, NULL));
          wk_window_show_open_error (WK_WINDOW (active), error->message);
          gtk_window_present (active);
        }
      show_open_error (self, active, error);
      return FALSE;
    }

  g_set_object (&self->store, store);
  replace_windows (self);
  return TRUE;
}

gboolean
wk_application_open_file (WkApplication *self,
                          GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;

  g_return_val_if_fail (WK_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = wk_store_open (file, &error);
  return use_store (self, store, error);
}

gboolean
wk_application_open_demo (WkApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;

  g_return_val_if_fail (WK_IS_APPLICATION (self), FALSE);

  store = wk_store_open_demo (&error);
  return use_store (self, store, error);
}

/* Opening another file ---------------------------------------------------- */

static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          WkApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        wk_application_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
open_database_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Database"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Wijkkaart databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_pattern (filter, "*.wijkkaart");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_example_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  wk_application_open_demo (WK_APPLICATION (user_data));
}

static void
open_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        WkApplication    *self)
{
  if (g_str_equal (response, "open"))
    g_action_group_activate_action (G_ACTION_GROUP (self), "open-database", NULL);
  else if (g_str_equal (response, "example"))
    g_action_group_activate_action (G_ACTION_GROUP (self), "open-example", NULL);
}

static void
show_open_error (WkApplication *self,
                 GtkWindow     *parent,
                 const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Cannot Open Database"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "example", _("Open _Example"),
                                    "open", _("_Open Another File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Other actions ----------------------------------------------------------- */

/* The libraries Wijkkaart runs on, for --version and the About window. */
static char *
versions_text (const char *separator)
{
  g_autofree char *graphviz = wk_graphviz_get_version ();

  return g_strdup_printf ("GTK %u.%u.%u%slibadwaita %u.%u.%u%sSQLite %s%sGraphviz %s",
                          gtk_get_major_version (), gtk_get_minor_version (),
                          gtk_get_micro_version (), separator,
                          adw_get_major_version (), adw_get_minor_version (),
                          adw_get_micro_version (), separator,
                          wk_store_get_sqlite_version (), separator, graphviz);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  WkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("Wijkkaart contributors"), NULL };
  g_autofree char *debug_info = versions_text ("\n");
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", "Wijkkaart",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Wijkkaart contributors"),
                        "developers", developers,
                        "comments", _("Map the informal networks of a neighbourhood — "
                                      "the key figures, places and resident initiatives — "
                                      "and connect them."),
                        "license-type", GTK_LICENSE_CUSTOM,
                        "license", _("Wijkkaart is free software, licensed under the "
                                     "European Union Public Licence, version 1.2 "
                                     "(EUPL-1.2). See "
                                     "<a href=\"https://interoperable-europe.ec.europa.eu/"
                                     "collection/eupl/eupl-text-eupl-12\">the licence text</a>."),
                        "translator-credits", _("translator-credits"),
                        "debug-info", debug_info,
                        "copyright", "© 2026 Wijkkaart contributors",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WkApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* closing through the windows lets each save its state */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "open-database", open_database_activated },
  { "open-example", open_example_activated },
  { "about", about_activated },
  { "quit", quit_activated },
};

/* Every accelerator of the application, in one place. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.open-database", { "<Control>o", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.new-wijk", { "<Control><Alt>n", NULL } },
  { "win.rename-wijk", { "F2", NULL } },
  { "win.show-sidebar", { "F9", NULL } },
  { "win.new-actor", { "<Control>n", NULL } },
  { "win.new-initiative", { "<Control><Shift>n", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.save-view", { "<Control><Shift>s", NULL } },
};

/* GApplication vfuncs ----------------------------------------------------- */

static int
wk_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  WkApplication *self = WK_APPLICATION (app);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_autofree char *versions = versions_text (", ");

      g_print ("Wijkkaart %s (%s)\n", PACKAGE_VERSION, versions);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);

      self->database_path = g_file_get_path (file);
    }
  self->demo = g_variant_dict_contains (options, "demo");

  /* A particular file is this process's own business: do not hand it to a
   * Wijkkaart that is already running on another file. */
  if (self->database_path != NULL || self->demo)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
wk_application_startup (GApplication *app)
{
  WkApplication *self = WK_APPLICATION (app);

  G_APPLICATION_CLASS (wk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (gsize i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action,
                                           accelerators[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
  self->settings = g_settings_new (APP_ID);
  wk_timing_mark ("startup");
}

static void
wk_application_activate (GApplication *app)
{
  WkApplication *self = WK_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->demo)
    store = wk_store_open_demo (&error);
  else
    {
      g_autoptr(GFile) file = NULL;

      if (self->database_path != NULL)
        file = g_file_new_for_path (self->database_path);
      else
        file = wk_store_get_default_file ();
      store = wk_store_open (file, &error);
    }

  use_store (self, store, error);
}

static void
wk_application_finalize (GObject *object)
{
  WkApplication *self = WK_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_free (self->database_path);

  G_OBJECT_CLASS (wk_application_parent_class)->finalize (object);
}

static void
wk_application_class_init (WkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = wk_application_finalize;
  app_class->handle_local_options = wk_application_handle_local_options;
  app_class->startup = wk_application_startup;
  app_class->activate = wk_application_activate;

  /* Registered by hand: a static library would drop their constructors. */
  wk_ui_register_resource ();
}

static void
wk_application_init (WkApplication *self)
{
  g_autofree char *commands = wk_cli_describe_commands ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[COMMAND]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Map and connect the informal networks "
                                              "of a neighbourhood."));
  g_application_set_option_context_description (G_APPLICATION (self), commands);
}

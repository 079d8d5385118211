/* wk-cli.c: the commands that work without a window
 * SPDX-License-Identifier: EUPL-1.2
 *
 * `wijkkaart COMMAND …` runs on the same core, graph and io layers as the
 * window, without initialising GTK, so it works over ssh and in scripts.
 */
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "wk-cli.h"
#include "wk-cli-private.h"
#include "wk-kumu.h"
#include "wk-store.h"
#include "wk-tsv.h"

typedef int (*WkCliFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *parameters;
  const char *summary;     /* translated at use */
  WkCliFunc   func;
} WkCliCommand;

static int cmd_list (int argc, char **argv);
static int cmd_import (int argc, char **argv);

static const WkCliCommand commands[] = {
  { "list", N_("[--database FILE]"),
    N_("Print the wijken as tab-separated lines: name, municipality, actors, initiatives, pins"),
    cmd_list },
  { "import", N_("--wijk NAME [--database FILE] [--skip-bad-rows] ELEMENTS.csv [CONNECTIONS.csv]"),
    N_("Import a network from Kumu's CSV sheets of elements and connections into a wijk"),
    cmd_import },
  { "metrics", N_("--wijk NAME [--database FILE] [--hide-personal-data]"),
    N_("Print the actors of a wijk as tab-separated lines with degree, betweenness, community and bridges"),
    _wk_cli_metrics },
  { "export", N_("--wijk NAME -o FILE [--format svg|png|pdf|dot|graphml] [--database FILE] "
                 "[--show-personal-data] [--with-initiatives] [--paper a4|a3|a2|a1|a0] [--portrait] "
                 "[--dpi N | --width PX]"),
    N_("Write the network diagram of a wijk as SVG, PNG or PDF with title, date and legend, "
       "or as DOT or GraphML"),
    _wk_cli_export },
};

gboolean
wk_cli_is_command (const char *word)
{
  if (word == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (word, commands[i].name))
      return TRUE;
  return FALSE;
}

char *
wk_cli_describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %s %s\n      %s",
                            commands[i].name, _(commands[i].parameters),
                            _(commands[i].summary));
  g_string_append_printf (text, "\n\n%s",
                          _("Without a command, Wijkkaart opens its window. "
                            "“wijkkaart COMMAND --help” describes a command."));
  return g_string_free (text, FALSE);
}

/* Returns: (untranslated): the summary of @command */
const char *
_wk_cli_get_summary (const char *command)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (command, commands[i].name))
      return commands[i].summary;
  g_return_val_if_reached ("");
}

WkStore *
_wk_cli_open_store (const char  *path,
                    GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path != NULL)
    file = g_file_new_for_commandline_arg (path);
  else
    file = wk_store_get_default_file ();

  return wk_store_open (file, error);
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_autofree char *database = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use this database file instead of your own"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  GListModel *wijken;
  guint n;

  g_option_context_set_summary (context, _(commands[0].summary));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("wijkkaart list: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr (_("wijkkaart list: unexpected argument “%s”\n"), argv[1]);
      return 2;
    }

  store = _wk_cli_open_store (database, &error);
  if (store == NULL)
    {
      g_printerr ("wijkkaart: %s\n", error->message);
      return 1;
    }

  wijken = wk_store_get_wijken (store);
  n = g_list_model_get_n_items (wijken);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);
      g_autofree char *actors = g_strdup_printf ("%u", wk_wijk_get_n_actors (wijk));
      g_autofree char *initiatives = g_strdup_printf ("%u", wk_wijk_get_n_initiatives (wijk));
      g_autofree char *pins = g_strdup_printf ("%u", wk_wijk_get_n_pins (wijk));
      const char *fields[] = {
        wk_wijk_get_name (wijk), wk_wijk_get_municipality (wijk), actors, initiatives, pins,
      };
      g_autofree char *line = wk_tsv_format_line (fields, G_N_ELEMENTS (fields));

      g_print ("%s\n", line);
    }

  return 0;
}

/* Kumu's CSV: all or nothing unless --skip-bad-rows; problems on stderr,
 * one per line as FILE:LINE: …, the summary on stdout. */
static int
cmd_import (int    argc,
            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *wijk_name = NULL;
  g_autofree char *delimiter = NULL;
  gboolean skip_bad_rows = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use this database file instead of your own"), N_("FILE") },
    { "wijk", 'w', 0, G_OPTION_ARG_STRING, &wijk_name,
      N_("Import into the wijk of this name; it is created when there is none"), N_("NAME") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Import the good rows when some rows have errors (they are still listed)"), NULL },
    { "delimiter", 0, 0, G_OPTION_ARG_STRING, &delimiter,
      N_("The field separator: “,”, “;” or “tab” (default: the one the first line uses)"),
      N_("CHARACTER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ELEMENTS.csv [CONNECTIONS.csv]"));
  g_autoptr(GError) error = NULL;
  g_autoptr(WkImportPlan) plan = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(GFile) elements = NULL;
  g_autoptr(GFile) connections = NULL;
  WkImportResult result;
  const char *shown_name;
  guint n_bad;
  char separator = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, "import"))
      g_option_context_set_summary (context, _(commands[i].summary));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("wijkkaart import: %s\n", error->message);
      return 2;
    }
  if (wijk_name == NULL || *g_strstrip (wijk_name) == '\0')
    {
      g_printerr (_("wijkkaart import: say which wijk to import into with --wijk NAME\n"));
      return 2;
    }
  if (argc < 2 || argc > 3)
    {
      g_printerr (_("wijkkaart import: give the elements file and, if there is one, the connections file\n"));
      return 2;
    }
  if (delimiter != NULL)
    {
      if (g_str_equal (delimiter, "tab") || g_str_equal (delimiter, "\\t"))
        separator = '\t';
      else if (strlen (delimiter) == 1 && strchr ("\"\r\n", delimiter[0]) == NULL)
        separator = delimiter[0];
      else
        {
          g_printerr (_("wijkkaart import: “%s” cannot separate fields; use “,”, “;” or “tab”\n"),
                      delimiter);
          return 2;
        }
    }

  elements = g_file_new_for_commandline_arg (argv[1]);
  if (argc > 2)
    connections = g_file_new_for_commandline_arg (argv[2]);
  plan = wk_kumu_read (elements, connections, separator, &error);
  if (plan == NULL)
    {
      g_printerr ("wijkkaart import: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < plan->problems->len; i++)
    {
      const WkImportProblem *problem = plan->problems->pdata[i];

      switch (problem->severity)
        {
        case WK_IMPORT_BAD_ROW:
          g_printerr (_("%s:%u: error: %s\n"), problem->file, problem->line, problem->message);
          break;
        case WK_IMPORT_WARNING:
          g_printerr (_("%s:%u: warning: %s\n"), problem->file, problem->line, problem->message);
          break;
        case WK_IMPORT_NOTE:
        default:
          g_printerr (_("%s:%u: note: %s\n"), problem->file, problem->line, problem->message);
        }
    }
  n_bad = wk_import_plan_count_problems (plan, WK_IMPORT_BAD_ROW);
  if (n_bad > 0 && !skip_bad_rows)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "wijkkaart import: nothing was imported: %u row has an error. "
                               "Correct it, or import the other rows with --skip-bad-rows.\n",
                               "wijkkaart import: nothing was imported: %u rows have an error. "
                               "Correct them, or import the other rows with --skip-bad-rows.\n",
                               n_bad),
                  n_bad);
      return 1;
    }

  store = _wk_cli_open_store (database, &error);
  if (store == NULL)
    {
      g_printerr ("wijkkaart: %s\n", error->message);
      return 1;
    }
  if (!wk_store_import (store, wijk_name, plan, &result, &error))
    {
      g_printerr (_("wijkkaart import: nothing was imported: %s\n"), error->message);
      return 1;
    }

  shown_name = wijk_name;
  for (guint i = 0; i < g_list_model_get_n_items (wk_store_get_wijken (store)); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wk_store_get_wijken (store), i);

      if (wk_wijk_get_id (wijk) == result.wijk_id)
        {
          shown_name = wk_wijk_get_name (wijk);
          break;
        }
    }

  {
    g_autofree char *actors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors",
                                                            result.n_actors_created),
                                               result.n_actors_created);
    g_autofree char *relations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u relation",
                                                               "%u relations",
                                                               result.n_relations_created),
                                                  result.n_relations_created);

    /* TRANSLATORS: "Imported 34 actors and 51 relations into wijk “Zuid”." */
    g_print (_("Imported %s and %s into wijk “%s”.\n"), actors, relations, shown_name);
  }
  if (result.wijk_created)
    g_print (_("The wijk “%s” is new.\n"), shown_name);
  if (result.n_actors_reused > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u element was already in the wijk by that name: not imported again, "
                          "its connections go to the actor that was there.\n",
                          "%u elements were already in the wijk by those names: not imported again, "
                          "their connections go to the actors that were there.\n",
                          result.n_actors_reused),
             result.n_actors_reused);
  if (result.n_relations_existing > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u relation was already in the wijk and was not added again.\n",
                          "%u relations were already in the wijk and were not added again.\n",
                          result.n_relations_existing),
             result.n_relations_existing);
  if (result.n_actor_types_created + result.n_relation_types_created + result.n_themes_created > 0)
    g_print (_("New: %u actor types, %u relation types, %u themes.\n"),
             result.n_actor_types_created, result.n_relation_types_created, result.n_themes_created);
  if (n_bad > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u row with an error was skipped.\n",
                          "%u rows with an error were skipped.\n", n_bad),
             n_bad);
  return 0;
}

/* argv[1] is the command. */
int
wk_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, 2);

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("wijkkaart %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  g_printerr (_("wijkkaart: unknown command “%s”\n"), argv[1]);
  return 2;
}

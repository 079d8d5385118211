/* wk-cli.c: the commands that work without a window
 * SPDX-License-Identifier: EUPL-1.2
 *
 * `wijkkaart COMMAND …` runs on the same core, graph and io layers as the
 * window, without initialising GTK, so it works over ssh and in scripts.
 */
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "wk-cli.h"
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

static const WkCliCommand commands[] = {
  { "list", N_("[--database FILE]"),
    N_("Print the wijken as tab-separated lines: name, municipality, actors, initiatives, pins"),
    cmd_list },
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

static WkStore *
open_store (const char  *path,
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

  store = open_store (database, &error);
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

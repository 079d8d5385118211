/* main.c: starts Wijkkaart, or runs one of its commands without a window
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "wk-application.h"
#include "wk-cli.h"
#include "wk-debug.h"
#include "wk-layout.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WkApplication) app = NULL;
  const char *localedir = g_getenv ("WK_LOCALEDIR");  /* an uninstalled build's translations */

  /* the layout helper process: before the locale, gettext and GTK */
  if (argc > 1 && g_str_equal (argv[1], WK_LAYOUT_HELPER_OPTION))
    return wk_layout_helper_main (argc, argv);

  wk_debug_init ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && wk_cli_is_command (argv[1]))
    return wk_cli_run (argc, argv);

  app = wk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

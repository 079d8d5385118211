/* test-graphviz.c: the Graphviz installation is usable, or says why not
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gstdio.h>

#include "wk-graphviz.h"

static void
test_engines (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) engines = wk_graphviz_list_engines ();
  g_autofree char *version = wk_graphviz_get_version ();

  g_assert_true (g_strv_contains ((const char * const *) engines, "neato"));
  g_assert_true (g_strv_contains ((const char * const *) engines, "sfdp"));
  g_assert_true (g_strv_contains ((const char * const *) engines, "fdp"));
  for (guint i = 0; engines[i] != NULL; i++)
    for (guint j = i + 1; engines[j] != NULL; j++)
      g_assert_cmpstr (engines[i], !=, engines[j]);

  g_assert_true (wk_graphviz_check_engines (&error));
  g_assert_no_error (error);
  g_assert_nonnull (version);
  g_assert_true (g_ascii_isdigit (version[0]));
}

/* Graphviz without its plugin configuration: the failure the design warns of. */
static void
test_missing_plugins (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *empty = g_dir_make_tmp ("wk-no-plugins-XXXXXX", NULL);

      g_setenv ("GVBINDIR", empty, TRUE);
      g_assert_false (wk_graphviz_check_engines (&error));
      g_assert_error (error, WK_GRAPH_ERROR, WK_GRAPH_ERROR_NO_ENGINE);
      g_assert_nonnull (strstr (error->message, "dot -c"));
      g_rmdir (empty);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graphviz/engines", test_engines);
  g_test_add_func ("/graphviz/missing-plugins", test_missing_plugins);

  return g_test_run ();
}

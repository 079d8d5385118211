/* wk-graphviz.c: the Graphviz installation the layouts depend on
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Graphviz finds its layout engines through a plugin configuration written by
 * `dot -c`. Without it gvLayout() only says "Layout type not recognized", so
 * the engines the network view needs are checked up front, with a message
 * that says what to do.
 */
#include <graphviz/gvc.h>
#include <glib/gi18n-lib.h>

#include "wk-graphviz.h"

G_DEFINE_QUARK (wk-graph-error-quark, wk_graph_error)

/* The engines the network view uses: see DESIGN.md, "Network view". */
static const char * const required_engines[] = { "neato", "sfdp", "fdp" };

char *
wk_graphviz_get_version (void)
{
  GVC_t *gvc = gvContext ();
  char *version = g_strdup (gvcVersion (gvc));

  gvFreeContext (gvc);
  return version;
}

/**
 * wk_graphviz_list_engines:
 *
 * Returns: (transfer full): the layout engines Graphviz offers, without
 * duplicates (a plugin may register an engine more than once)
 */
GStrv
wk_graphviz_list_engines (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GVC_t *gvc = gvContext ();
  char **list;
  int n = 0;

  list = gvPluginList (gvc, "layout", &n, NULL);
  for (int i = 0; i < n; i++)
    {
      /* entries may read "name:package"; keep the name */
      g_autofree char *name = g_strdup (list[i]);
      char *colon = strchr (name, ':');

      if (colon != NULL)
        *colon = '\0';
      if (g_hash_table_add (seen, g_strdup (name)))
        g_strv_builder_add (builder, name);
      free (list[i]);
    }
  free (list);
  gvFreeContext (gvc);

  return g_strv_builder_end (builder);
}

gboolean
wk_graphviz_check_engines (GError **error)
{
  g_auto(GStrv) engines = wk_graphviz_list_engines ();
  g_autoptr(GString) missing = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (required_engines); i++)
    {
      if (g_strv_contains ((const char * const *) engines, required_engines[i]))
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, required_engines[i]);
    }

  if (missing->len == 0)
    return TRUE;

  g_set_error (error, WK_GRAPH_ERROR, WK_GRAPH_ERROR_NO_ENGINE,
               _("Graphviz lacks layout engines that Wijkkaart needs (missing: %s). "
                 "Its plugins are not configured: run “dot -c” as administrator, "
                 "or reinstall Graphviz."),
               missing->str);
  return FALSE;
}

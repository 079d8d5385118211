/* analysis-tool.c: runs the network analysis on an edge list, for the networkx comparison
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Input (a file, or - for stdin): a line "nodes N", then one line per edge
 * "SOURCE TARGET STRENGTH" with node indices 0…N-1. Output, tab separated:
 * one line per node "node INDEX DEGREE BETWEENNESS WEIGHTED COMMUNITY",
 * then "communities K" and "modularity Q". Numbers as %.17g.
 */
#include <stdio.h>

#include "wk-analysis.h"

static WkNetwork *
read_network (const char  *path,
              GError     **error)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint64 n_nodes = 0;

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      char buffer[4096];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (text, buffer, n);
      contents = g_string_free (g_steal_pointer (&text), FALSE);
    }
  else if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      guint64 source, target;
      gint64 strength;
      WkNetworkEdge edge = { 0 };

      if (fields[0] == NULL || fields[0][0] == '\0' || fields[0][0] == '#')
        continue;
      if (g_str_equal (fields[0], "nodes") && fields[1] != NULL)
        {
          if (!g_ascii_string_to_unsigned (fields[1], 10, 0, G_MAXUINT, &n_nodes, error))
            return NULL;
          for (guint64 k = 0; k < n_nodes; k++)
            {
              g_autofree char *label = g_strdup_printf ("%" G_GUINT64_FORMAT, k);
              WkNetworkNode node = { .kind = WK_NODE_ACTOR, .record_id = (gint64) k + 1,
                                     .label = label };

              wk_network_add_node (network, &node);
            }
          continue;
        }
      if (g_strv_length (fields) != 3
          || !g_ascii_string_to_unsigned (fields[0], 10, 0, n_nodes - 1, &source, error)
          || !g_ascii_string_to_unsigned (fields[1], 10, 0, n_nodes - 1, &target, error)
          || !g_ascii_string_to_signed (fields[2], 10, 1, 3, &strength, error))
        {
          g_clear_error (error);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: bad edge", i + 1);
          return NULL;
        }
      edge.source = source;
      edge.target = target;
      edge.strength = strength;
      wk_network_add_edge (network, &edge);
    }
  return g_steal_pointer (&network);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(WkAnalysis) analysis = NULL;
  guint32 seed = 1;
  guint n;

  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s EDGE-LIST|- [SEED]\n", argv[0]);
      return 2;
    }
  if (argc == 3)
    seed = (guint32) g_ascii_strtoull (argv[2], NULL, 10);

  network = read_network (argv[1], &error);
  if (network == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  analysis = wk_analysis_new (network, seed, NULL, &error);
  g_assert_no_error (error);

  n = wk_analysis_get_n_nodes (analysis);
  for (guint i = 0; i < n; i++)
    g_print ("node\t%u\t%u\t%.17g\t%.17g\t%u\n", i,
             wk_analysis_get_degree (analysis, i),
             wk_analysis_get_betweenness (analysis, i),
             wk_analysis_get_weighted_betweenness (analysis, i),
             wk_analysis_get_community (analysis, i));
  g_print ("communities\t%u\n", wk_analysis_get_n_communities (analysis));
  g_print ("modularity\t%.17g\n", wk_analysis_get_modularity (analysis));
  return 0;
}

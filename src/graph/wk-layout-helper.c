/* wk-layout-helper.c: the hidden helper mode that runs a Graphviz layout
 * SPDX-License-Identifier: EUPL-1.2
 *
 *   wijkkaart --layout-helper ENGINE  <graph.dot  >positions
 *
 * main() calls this before anything else: no GTK, no locale (so Graphviz's
 * numbers are written and read with a decimal point), no gettext. The parent
 * (wk-layout.c) writes the graph as DOT on stdin; node names are "n" and the
 * node's index. The answer on stdout is one line per node,
 *
 *   wk-layout 1
 *   n17 123.5 -40.25
 *   …
 *   end
 *
 * in points with Graphviz's y axis (up), numbers as g_ascii_dtostr() writes
 * them. The exit status says what went wrong (see wk-layout.h); Graphviz's
 * own message goes to stderr. Whatever happens here, the window's process
 * only sees a status and some text.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <graphviz/gvc.h>
#include <glib.h>

#include "wk-layout.h"

static const char * const engines[] = { "neato", "sfdp", "fdp" };

static gboolean
read_all (int      fd,
          GString *text)
{
  char buffer[65536];

  for (;;)
    {
      ssize_t n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      if (n == 0)
        return TRUE;
      g_string_append_len (text, buffer, n);
    }
}

static gboolean
engine_available (GVC_t      *gvc,
                  const char *engine)
{
  gboolean found = FALSE;
  char **list;
  int n = 0;

  list = gvPluginList (gvc, "layout", &n, NULL);
  for (int i = 0; i < n; i++)
    {
      size_t len = strcspn (list[i], ":");

      if (strlen (engine) == len && strncmp (list[i], engine, len) == 0)
        found = TRUE;
      free (list[i]);
    }
  free (list);
  return found;
}

static gboolean
write_positions (Agraph_t *graph,
                 FILE     *out)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE];
  char y[G_ASCII_DTOSTR_BUF_SIZE];

  if (fputs ("wk-layout 1\n", out) < 0)
    return FALSE;
  for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node))
    {
      g_ascii_dtostr (x, sizeof x, ND_coord (node).x);
      g_ascii_dtostr (y, sizeof y, ND_coord (node).y);
      if (fprintf (out, "%s %s %s\n", agnameof (node), x, y) < 0)
        return FALSE;
    }
  if (fputs ("end\n", out) < 0)
    return FALSE;
  return fflush (out) == 0;
}

int
wk_layout_helper_main (int    argc,
                       char **argv)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *engine;
  GVC_t *gvc;
  Agraph_t *graph;
  int status = 0;

  if (argc != 3 || !g_strv_contains (engines, argv[2]))
    {
      fprintf (stderr, "usage: %s %s neato|sfdp|fdp <graph.dot\n", argv[0], WK_LAYOUT_HELPER_OPTION);
      return _WK_LAYOUT_EXIT_BAD_INPUT;
    }
  engine = argv[2];

  if (!read_all (STDIN_FILENO, text))
    {
      fprintf (stderr, "reading the graph: %s\n", g_strerror (errno));
      return _WK_LAYOUT_EXIT_BAD_INPUT;
    }

  /* errors only: warnings would be noise in the parent's messages */
  agseterr (AGERR);

  gvc = gvContext ();
  if (gvc == NULL)
    {
      fputs ("Graphviz could not start\n", stderr);
      return _WK_LAYOUT_EXIT_FAILED;
    }

  graph = agmemread (text->str);
  if (graph == NULL)
    {
      gvFreeContext (gvc);
      fputs ("the input is not a DOT graph\n", stderr);
      return _WK_LAYOUT_EXIT_BAD_INPUT;
    }

  if (gvLayout (gvc, graph, engine) != 0)
    {
      /* "Layout type not recognized" is all gvLayout() says when the
       * plugin configuration is missing: find out which it was */
      status = engine_available (gvc, engine) ? _WK_LAYOUT_EXIT_FAILED : _WK_LAYOUT_EXIT_NO_ENGINE;
      agclose (graph);
      gvFreeContext (gvc);
      return status;
    }

  if (!write_positions (graph, stdout))
    {
      fprintf (stderr, "writing the positions: %s\n", g_strerror (errno));
      status = _WK_LAYOUT_EXIT_FAILED;
    }

  if (gvFreeLayout (gvc, graph) != 0)
    {
      fputs ("gvFreeLayout failed\n", stderr);
      status = _WK_LAYOUT_EXIT_FAILED;
    }
  if (agclose (graph) != 0)
    {
      fputs ("agclose failed\n", stderr);
      status = _WK_LAYOUT_EXIT_FAILED;
    }
  /* the number of errors Graphviz reported on the way */
  if (gvFreeContext (gvc) != 0)
    {
      fputs ("Graphviz reported errors\n", stderr);
      status = _WK_LAYOUT_EXIT_FAILED;
    }

  return status;
}

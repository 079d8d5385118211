/* wk-dot.c: the network diagram as Graphviz DOT text, for export
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Names and notes are user text, never trusted. Graphviz 2.42/2.43 reads a
 * quoted DOT string so: `\"` becomes `"`, a backslash before a line end
 * joins the lines, and every other backslash is kept as it is (`\\` stays
 * two characters). Then, for a label, it reads escapes of its own: `\N`,
 * `\G`, `\E`, `\T`, `\H`, `\L` become names, `\n`, `\l`, `\r` break the
 * line, `\\` is one backslash, and any other backslash is dropped; and it
 * decodes HTML character entities even in plain labels (`&amp;` is drawn as
 * `&`). So text is written with `"` as `\"`, `\` as `\\`, a line break as
 * `\n` and `&` as `&amp;`: agget() on what Graphviz read gives the text
 * with `\\`, `\n` and `&amp;` still escaped, and the label Graphviz draws
 * is exactly the user's text.
 * Node names are "n" and the node's index, never user text.
 */
#include <glib/gi18n-lib.h>

#include "wk-dot.h"

/**
 * wk_dot_append_string:
 * @text: any text; invalid UTF-8 is replaced
 *
 * Appends @text as a quoted DOT string that Graphviz draws as @text.
 */
void
wk_dot_append_string (GString    *out,
                      const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (out != NULL);

  valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, ", %s=", name);
  wk_dot_append_string (out, value);
}

static void
append_point (GString *out,
              double   x,
              double   y)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, ", pos=\"");
  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, x));
  g_string_append_c (out, ',');
  g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, y));
  g_string_append (out, "!\"");
}

static const char *
node_label (const WkNetworkNode *node,
            WkDotFlags           flags)
{
  if (!node->personal || !(flags & WK_DOT_REDACT_PERSONAL))
    return node->label;
  if (node->type_label != NULL && *node->type_label != '\0')
    return node->type_label;
  return _("Person");
}

/**
 * wk_dot_write:
 * @flags: what to include
 * @out: the DOT text is appended here
 *
 * Writes the network as a DOT digraph: undirected relations get dir=none.
 * With %WK_DOT_POSITIONS, nodes that have a position get pos="x,y!" in
 * points (the graph says inputscale=72 and layout=neato, so Graphviz draws
 * the diagram as it is), and nodes the user pinned also wk_pinned=true.
 * The record's kind and type go in the attributes wk_kind and wk_type.
 */
void
wk_dot_write (WkNetwork  *network,
              WkDotFlags  flags,
              GString    *out)
{
  guint n_nodes, n_edges;

  g_return_if_fail (WK_IS_NETWORK (network));
  g_return_if_fail (out != NULL);

  n_nodes = wk_network_get_n_nodes (network);
  n_edges = wk_network_get_n_edges (network);

  g_string_append (out, "digraph wijkkaart {\n"
                        "  graph [layout=neato, inputscale=72, overlap=true, splines=false, "
                        "outputorder=edgesfirst];\n"
                        "  node [shape=box, style=rounded];\n");

  for (guint i = 0; i < n_nodes; i++)
    {
      const WkNetworkNode *node = wk_network_get_node (network, i);

      g_string_append_printf (out, "  n%u [label=", i);
      wk_dot_append_string (out, node_label (node, flags));
      append_attribute (out, "wk_kind", node->kind == WK_NODE_ACTOR ? "actor" : "initiative");
      append_attribute (out, "wk_type", node->type_key);
      if ((flags & WK_DOT_POSITIONS) && node->has_position)
        {
          append_point (out, node->x, node->y);
          if (node->pinned)
            g_string_append (out, ", wk_pinned=true");
        }
      g_string_append (out, "];\n");
    }

  for (guint e = 0; e < n_edges; e++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (network, e);

      g_string_append_printf (out, "  n%u -> n%u [penwidth=%d", edge->source, edge->target, edge->strength);
      if (!edge->directed)
        g_string_append (out, ", dir=none");
      append_attribute (out, "wk_type", edge->type_key);
      g_string_append (out, "];\n");
    }

  g_string_append (out, "}\n");
}

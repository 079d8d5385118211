/* wk-graphml.c: the network of a wijk as GraphML, for Gephi, yEd, Cytoscape and networkx
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Choices worth knowing:
 *
 * - The graph is undirected (edgedefault="undirected"), as the analysis
 *   reads it; a relation's direction is the boolean data "directed", with
 *   the edge from its source to its target. A per-edge directed="true"
 *   attribute would be more exact GraphML, but networkx refuses a graph
 *   that mixes both and Gephi then turns the whole graph directed.
 * - User text goes only into element content, never into attributes, and
 *   must read back exactly: invalid UTF-8 is replaced, a carriage return is
 *   written as &#13; (an XML parser turns a bare CR LF into LF), and the
 *   characters XML 1.0 cannot hold at all (the other control characters,
 *   U+FFFE, U+FFFF) become U+FFFD.
 * - x and y are the diagram's points with Graphviz's y axis (up), as in the
 *   DOT export; said so in the keys' <desc>.
 * - Node ids are "n" and the node's index, edge ids "e" and the edge's, as
 *   in the DOT export: never user text.
 */
#include <string.h>

#include "wk-graphml.h"
#include "wk-vocabulary.h"

#define REPLACEMENT_CHARACTER 0xFFFD

static gboolean
xml_char_allowed (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/**
 * wk_graphml_append_text:
 * @text: (nullable): any text
 *
 * Appends @text as XML character data that an XML parser reads back as
 * @text (see above for what cannot be kept).
 */
void
wk_graphml_append_text (GString    *out,
                        const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *escaped = NULL;
  GString *clean;

  g_return_if_fail (out != NULL);

  if (text == NULL || *text == '\0')
    return;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (clean, xml_char_allowed (c) ? c : REPLACEMENT_CHARACTER);
    }
  escaped = g_markup_escape_text (clean->str, clean->len);
  g_string_free (clean, TRUE);

  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '\r')
        g_string_append (out, "&#13;");
      else
        g_string_append_c (out, *p);
    }
}

/* The same rule as the diagram (wk-renderer.c): a person is shown by role,
 * else type, else as "Person". */
static const char *
node_label (const WkNetworkNode *node,
            WkGraphmlFlags       flags)
{
  if (!node->personal || !(flags & WK_GRAPHML_REDACT_PERSONAL))
    return node->label;
  if (node->role != NULL && *node->role != '\0')
    return node->role;
  if (node->type_label != NULL && *node->type_label != '\0')
    return node->type_label;
  return wk_vocabulary_label ("kind", "person");
}

static void
append_data (GString    *out,
             const char *key,
             const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append_printf (out, "      <data key=\"%s\">", key);
  wk_graphml_append_text (out, text);
  g_string_append (out, "</data>\n");
}

static void
append_number (GString    *out,
               const char *key,
               double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "      <data key=\"%s\">%s</data>\n", key,
                          g_ascii_dtostr (buffer, sizeof buffer, value));
}

static const char *
nonempty (const char *a,
          const char *b)
{
  return a != NULL && *a != '\0' ? a : b;
}

/**
 * wk_graphml_write:
 * @flags: what to include
 * @out: the GraphML document is appended here
 *
 * Writes @network as a GraphML document. Nodes carry label, type (the type
 * as the legend shows it; an initiative's status), kind ("person",
 * "organisation", "group", "place" or "initiative"), with
 * %WK_GRAPHML_POSITIONS x, y and pinned; edges carry type, strength (1–3)
 * and directed.
 */
void
wk_graphml_write (WkNetwork      *network,
                  WkGraphmlFlags  flags,
                  GString        *out)
{
  guint n_nodes, n_edges;

  g_return_if_fail (WK_IS_NETWORK (network));
  g_return_if_fail (out != NULL);

  n_nodes = wk_network_get_n_nodes (network);
  n_edges = wk_network_get_n_edges (network);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                   "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                   "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                   "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n");
  if (flags & WK_GRAPHML_POSITIONS)
    g_string_append (out,
                     "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\">"
                     "<desc>points (1/72 inch)</desc></key>\n"
                     "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\">"
                     "<desc>points (1/72 inch), upwards</desc></key>\n"
                     "  <key id=\"pinned\" for=\"node\" attr.name=\"pinned\" attr.type=\"boolean\">"
                     "<default>false</default></key>\n");
  g_string_append (out,
                   "  <key id=\"edge_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
                   "  <key id=\"strength\" for=\"edge\" attr.name=\"strength\" attr.type=\"int\"/>\n"
                   "  <key id=\"directed\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\">"
                   "<default>false</default></key>\n"
                   "  <graph id=\"wijkkaart\" edgedefault=\"undirected\">\n");

  for (guint i = 0; i < n_nodes; i++)
    {
      const WkNetworkNode *node = wk_network_get_node (network, i);

      g_string_append_printf (out, "    <node id=\"n%u\">\n", i);
      append_data (out, "label", node_label (node, flags));
      append_data (out, "type", nonempty (node->type_label, node->type_key));
      append_data (out, "kind",
                   node->kind == WK_NODE_INITIATIVE ? "initiative" : node->actor_kind);
      if ((flags & WK_GRAPHML_POSITIONS) && node->has_position)
        {
          append_number (out, "x", node->x);
          append_number (out, "y", node->y);
          if (node->pinned)
            g_string_append (out, "      <data key=\"pinned\">true</data>\n");
        }
      g_string_append (out, "    </node>\n");
    }

  for (guint e = 0; e < n_edges; e++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (network, e);

      g_string_append_printf (out, "    <edge id=\"e%u\" source=\"n%u\" target=\"n%u\">\n",
                              e, edge->source, edge->target);
      append_data (out, "edge_type", nonempty (edge->type_label, edge->type_key));
      g_string_append_printf (out, "      <data key=\"strength\">%d</data>\n", edge->strength);
      if (edge->directed)
        g_string_append (out, "      <data key=\"directed\">true</data>\n");
      g_string_append (out, "    </edge>\n");
    }

  g_string_append (out, "  </graph>\n</graphml>\n");
}

/* test-graphml.c: the GraphML export reads back exactly, whatever the names hold
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The document is read back with GMarkup, an XML parser that is strict about
 * well-formedness; tests/test-cli-network.py reads the same kind of file with
 * Python's xml.etree and networkx.
 */
#include <string.h>

#include "wk-graphml.h"

/* What was read back: per node and per edge a table key → text. */
typedef struct {
  GPtrArray  *nodes;      /* GHashTable */
  GPtrArray  *edges;      /* GHashTable, with "source" and "target" */
  GHashTable *current;
  char       *key;        /* of the <data> being read */
  GString    *text;
  char       *edgedefault;
  guint       n_keys;
} Doc;

static void
start_cb (GMarkupParseContext  *context,
          const char           *element,
          const char          **names,
          const char          **values,
          gpointer              user_data,
          GError              **error)
{
  Doc *doc = user_data;

  if (g_str_equal (element, "node") || g_str_equal (element, "edge"))
    {
      GHashTable *item = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint i = 0; names[i] != NULL; i++)
        g_hash_table_insert (item, g_strdup (names[i]), g_strdup (values[i]));
      g_ptr_array_add (g_str_equal (element, "node") ? doc->nodes : doc->edges, item);
      doc->current = item;
    }
  else if (g_str_equal (element, "data"))
    {
      g_assert_nonnull (doc->current);
      g_assert_cmpstr (names[0], ==, "key");
      g_assert_null (doc->key);
      doc->key = g_strdup (values[0]);
      g_string_truncate (doc->text, 0);
    }
  else if (g_str_equal (element, "graph"))
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "edgedefault"))
          doc->edgedefault = g_strdup (values[i]);
    }
  else if (g_str_equal (element, "key"))
    doc->n_keys++;
}

static void
end_cb (GMarkupParseContext  *context,
        const char           *element,
        gpointer              user_data,
        GError              **error)
{
  Doc *doc = user_data;

  if (g_str_equal (element, "data"))
    {
      g_assert_false (g_hash_table_contains (doc->current, doc->key));
      g_hash_table_insert (doc->current, g_steal_pointer (&doc->key), g_strdup (doc->text->str));
    }
  else if (g_str_equal (element, "node") || g_str_equal (element, "edge"))
    doc->current = NULL;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Doc *doc = user_data;

  if (doc->key != NULL)
    g_string_append_len (doc->text, text, length);
}

static void
doc_free (Doc *doc)
{
  g_ptr_array_unref (doc->nodes);
  g_ptr_array_unref (doc->edges);
  g_free (doc->key);
  g_free (doc->edgedefault);
  g_string_free (doc->text, TRUE);
  g_free (doc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Doc, doc_free)

static Doc *
parse (const GString *graphml)
{
  static const GMarkupParser parser = { start_cb, end_cb, text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Doc *doc = g_new0 (Doc, 1);

  doc->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  doc->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  doc->text = g_string_new (NULL);
  g_assert_true (g_str_has_prefix (graphml->str, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  g_assert_true (g_utf8_validate (graphml->str, graphml->len, NULL));
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, doc, NULL);
  g_markup_parse_context_parse (context, graphml->str, graphml->len, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return doc;
}

static const char *
get (Doc        *doc,
     gboolean    node,
     guint       index,
     const char *key)
{
  GPtrArray *items = node ? doc->nodes : doc->edges;

  g_assert_cmpuint (index, <, items->len);
  return g_hash_table_lookup (items->pdata[index], key);
}

static guint
add (WkNetwork  *network,
     const char *label,
     const char *kind,
     const char *role,
     const char *type_label)
{
  WkNetworkNode node = {
    .kind = WK_NODE_ACTOR,
    .label = (char *) label,
    .actor_kind = (char *) kind,
    .role = (char *) role,
    .type_label = (char *) type_label,
    .personal = g_strcmp0 (kind, "person") == 0,
  };

  return wk_network_add_node (network, &node);
}

static const char *hostile[] = {
  "\"quoted\" and 'single'",
  "back\\slash \\N \\n \\\\",
  "<b>bold</b> & &amp; &lt; ]]> <!-- -->",
  "🙂 emoji 👨‍👩‍👧",
  "حي الأمل مرحبا",
  "שלום עולם",
  "tab\there and line\nbreak",
  "windows\r\nline end and a lone\rreturn",
  "  spaces around  ",
};

static void
test_hostile_labels (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(Doc) doc = NULL;
  g_autoptr(GString) long_label = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    add (network, hostile[i], "organisation", NULL, hostile[G_N_ELEMENTS (hostile) - 1 - i]);
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_label, "ab<&\"é🙂حש ");
  g_assert_cmpuint (g_utf8_strlen (long_label->str, -1), ==, 10000);
  add (network, long_label->str, "group", NULL, NULL);

  wk_graphml_write (network, WK_GRAPHML_DEFAULT, out);
  doc = parse (out);

  g_assert_cmpuint (doc->nodes->len, ==, G_N_ELEMENTS (hostile) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      g_assert_cmpstr (get (doc, TRUE, i, "id"), ==, id);
      g_assert_cmpstr (get (doc, TRUE, i, "label"), ==, hostile[i]);
      g_assert_cmpstr (get (doc, TRUE, i, "type"), ==, hostile[G_N_ELEMENTS (hostile) - 1 - i]);
      g_assert_cmpstr (get (doc, TRUE, i, "kind"), ==, "organisation");
      g_assert_null (get (doc, TRUE, i, "x"));
    }
  g_assert_cmpstr (get (doc, TRUE, G_N_ELEMENTS (hostile), "label"), ==, long_label->str);
  g_assert_cmpstr (get (doc, TRUE, G_N_ELEMENTS (hostile), "kind"), ==, "group");
  /* user text only in element content: the raw document never has it in a tag */
  g_assert_null (strstr (out->str, "<b>"));
  g_assert_null (strstr (out->str, "\r"));
}

static void
test_unrepresentable (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(Doc) doc = NULL;

  add (network, "bell\a, escape\x1b, del\x7f", NULL, NULL, NULL);
  add (network, "bad \xff\xfe UTF-8", NULL, NULL, NULL);
  add (network, "noncharacter \xef\xbf\xbe", NULL, NULL, NULL);
  add (network, "", NULL, NULL, NULL);

  wk_graphml_write (network, WK_GRAPHML_DEFAULT, out);
  doc = parse (out);

  /* XML 1.0 cannot hold C0 controls other than tab and line ends, even as
   * references: they become U+FFFD; DEL is allowed */
  g_assert_null (strstr (out->str, "&#x1"));
  g_assert_cmpstr (get (doc, TRUE, 0, "label"), ==, "bell\xef\xbf\xbd, escape\xef\xbf\xbd, del\x7f");
  g_assert_cmpstr (get (doc, TRUE, 1, "label"), ==, "bad \xef\xbf\xbd\xef\xbf\xbd UTF-8");
  g_assert_cmpstr (get (doc, TRUE, 2, "label"), ==, "noncharacter \xef\xbf\xbd");
  /* no empty data elements */
  g_assert_null (get (doc, TRUE, 3, "label"));
  g_assert_null (get (doc, TRUE, 3, "kind"));
}

static void
test_redaction (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) redacted = g_string_new (NULL);
  g_autoptr(Doc) a = NULL;
  g_autoptr(Doc) b = NULL;

  add (network, "Fatima el Amrani", "person", "Buurtmoeder", "Key figure");
  add (network, "Jan Bakker", "person", "", "Resident");
  add (network, "Anna de Vries", "person", NULL, NULL);
  add (network, "Buurthuis De Ster", "organisation", "Ontmoetingsplek", "Community centre");

  wk_graphml_write (network, WK_GRAPHML_DEFAULT, plain);
  wk_graphml_write (network, WK_GRAPHML_REDACT_PERSONAL, redacted);
  a = parse (plain);
  b = parse (redacted);

  g_assert_cmpstr (get (a, TRUE, 0, "label"), ==, "Fatima el Amrani");
  g_assert_cmpstr (get (a, TRUE, 2, "label"), ==, "Anna de Vries");
  /* the rule of the diagram: role, else type, else "Person" */
  g_assert_cmpstr (get (b, TRUE, 0, "label"), ==, "Buurtmoeder");
  g_assert_cmpstr (get (b, TRUE, 1, "label"), ==, "Resident");
  g_assert_cmpstr (get (b, TRUE, 2, "label"), ==, "Person");
  g_assert_cmpstr (get (b, TRUE, 3, "label"), ==, "Buurthuis De Ster");
  g_assert_cmpstr (get (b, TRUE, 0, "kind"), ==, "person");
  g_assert_null (strstr (redacted->str, "Fatima"));
  g_assert_null (strstr (redacted->str, "Bakker"));
  g_assert_null (strstr (redacted->str, "Vries"));
}

static void
test_positions_and_edges (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GString) with = g_string_new (NULL);
  g_autoptr(GString) without = g_string_new (NULL);
  g_autoptr(Doc) doc = NULL;
  g_autoptr(Doc) bare = NULL;
  WkNetworkNode initiative = {
    .kind = WK_NODE_INITIATIVE,
    .record_id = 7,
    .label = "Moestuin",
    .type_key = "running",
  };
  WkNetworkEdge edge = { 0, 1, 1, NULL, "Knows", 3, TRUE };
  WkNetworkEdge tie = { 1, 2, 2, "takes-part", NULL, 1, FALSE };
  WkNetworkNode *node;
  guint a, b;

  a = add (network, "A", "person", NULL, NULL);
  b = add (network, "B", "place", NULL, NULL);
  wk_network_add_node (network, &initiative);
  node = wk_network_get_node (network, a);
  node->x = 0.1 + 0.2;
  node->y = -1234.5678901234567;
  node->has_position = TRUE;
  node->pinned = TRUE;
  node = wk_network_get_node (network, b);
  node->x = 1e-7;
  node->y = 72.;
  node->has_position = TRUE;
  wk_network_add_edge (network, &edge);
  wk_network_add_edge (network, &tie);

  wk_graphml_write (network, WK_GRAPHML_POSITIONS, with);
  wk_graphml_write (network, WK_GRAPHML_DEFAULT, without);
  doc = parse (with);
  bare = parse (without);

  g_assert_cmpstr (doc->edgedefault, ==, "undirected");
  g_assert_cmpuint (doc->n_keys, ==, 9);
  g_assert_cmpuint (bare->n_keys, ==, 6);
  /* exactly the doubles, whatever LC_NUMERIC says */
  g_assert_cmpfloat (g_ascii_strtod (get (doc, TRUE, 0, "x"), NULL), ==, 0.1 + 0.2);
  g_assert_cmpfloat (g_ascii_strtod (get (doc, TRUE, 0, "y"), NULL), ==, -1234.5678901234567);
  g_assert_cmpfloat (g_ascii_strtod (get (doc, TRUE, 1, "x"), NULL), ==, 1e-7);
  g_assert_cmpstr (get (doc, TRUE, 1, "y"), ==, "72");
  g_assert_cmpstr (get (doc, TRUE, 0, "pinned"), ==, "true");
  g_assert_null (get (doc, TRUE, 1, "pinned"));
  g_assert_null (get (doc, TRUE, 2, "x"));
  g_assert_null (get (bare, TRUE, 0, "x"));
  g_assert_null (get (bare, TRUE, 0, "pinned"));

  g_assert_cmpstr (get (doc, TRUE, 2, "kind"), ==, "initiative");
  g_assert_cmpstr (get (doc, TRUE, 2, "type"), ==, "running");

  g_assert_cmpuint (doc->edges->len, ==, 2);
  g_assert_cmpstr (get (doc, FALSE, 0, "id"), ==, "e0");
  g_assert_cmpstr (get (doc, FALSE, 0, "source"), ==, "n0");
  g_assert_cmpstr (get (doc, FALSE, 0, "target"), ==, "n1");
  g_assert_cmpstr (get (doc, FALSE, 0, "edge_type"), ==, "Knows");
  g_assert_cmpstr (get (doc, FALSE, 0, "strength"), ==, "3");
  g_assert_cmpstr (get (doc, FALSE, 0, "directed"), ==, "true");
  /* direction as data only: see wk-graphml.c */
  g_assert_nonnull (strstr (with->str, "<edge id=\"e0\" source=\"n0\" target=\"n1\">\n"));
  g_assert_cmpstr (get (doc, FALSE, 1, "source"), ==, "n1");
  g_assert_cmpstr (get (doc, FALSE, 1, "target"), ==, "n2");
  g_assert_cmpstr (get (doc, FALSE, 1, "edge_type"), ==, "takes-part");
  g_assert_cmpstr (get (doc, FALSE, 1, "strength"), ==, "1");
  g_assert_null (get (doc, FALSE, 1, "directed"));
}

static void
test_empty (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(Doc) doc = NULL;

  wk_graphml_write (network, WK_GRAPHML_POSITIONS | WK_GRAPHML_REDACT_PERSONAL, out);
  doc = parse (out);
  g_assert_cmpuint (doc->nodes->len, ==, 0);
  g_assert_cmpuint (doc->edges->len, ==, 0);
  g_assert_true (g_str_has_suffix (out->str, "</graphml>\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graphml/hostile-labels", test_hostile_labels);
  g_test_add_func ("/graphml/unrepresentable", test_unrepresentable);
  g_test_add_func ("/graphml/redaction", test_redaction);
  g_test_add_func ("/graphml/positions-and-edges", test_positions_and_edges);
  g_test_add_func ("/graphml/empty", test_empty);

  return g_test_run ();
}

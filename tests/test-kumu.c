/* test-kumu.c: the CSV reader, Kumu's sheets and the store's import, without a display
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gstdio.h>

#include "wk-csv.h"
#include "wk-kumu.h"
#include "wk-store-private.h"

/* CSV ---------------------------------------------------------------------- */

static GBytes *
bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* All records of @text, each as its fields joined by '|', with its line:
 * "1:a|b". */
static char *
read_all (const char  *text,
          char         delimiter,
          GError     **error)
{
  g_autoptr(GBytes) data = bytes (text);
  g_autoptr(WkCsvReader) reader = wk_csv_reader_new (data, delimiter);
  g_autoptr(GString) out = g_string_new (NULL);
  char **fields;

  while (wk_csv_reader_read (reader, &fields, error))
    {
      g_autofree char *joined = g_strjoinv ("|", fields);

      g_string_append_printf (out, "%s%u:%s", out->len > 0 ? "\n" : "",
                              wk_csv_reader_get_line (reader), joined);
      g_strfreev (fields);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_csv (const char *text,
            char        delimiter,
            const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = read_all (text, delimiter, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_csv_quoted_comma (void)
{
  assert_csv ("a,\"b,c\",d\n", ',', "1:a|b,c|d");
  assert_csv ("\"\",x,\"\"\n", ',', "1:|x|");
  assert_csv ("a,,\n", ',', "1:a||");
}

static void
test_csv_quotes (void)
{
  assert_csv ("\"say \"\"hi\"\"\",x\n", ',', "1:say \"hi\"|x");
  /* a quote inside an unquoted field, and text after a closing quote: kept */
  assert_csv ("5\" screen,\"a\"b\n", ',', "1:5\" screen|ab");
  assert_csv ("\"\"\"\"\n", ',', "1:\"");
}

static void
test_csv_newline_in_field (void)
{
  assert_csv ("\"line one\nline two\",x\nnext,y\n", ',', "1:line one\nline two|x\n3:next|y");
  assert_csv ("a,\"\n\n\"\nb\n", ',', "1:a|\n\n\n4:b");
}

static void
test_csv_crlf (void)
{
  assert_csv ("a,b\r\nc,d\r\n", ',', "1:a|b\n2:c|d");
  /* a break inside a quoted field is read as \n whatever the file used */
  assert_csv ("\"x\r\ny\",z\r\nlast,one", ',', "1:x\ny|z\n3:last|one");
  /* a lone CR, as old Mac files end lines */
  assert_csv ("a\rb\r", ',', "1:a\n2:b");
}

static void
test_csv_bom (void)
{
  assert_csv ("\xef\xbb\xbfLabel,Type\nJan,x\n", ',', "1:Label|Type\n2:Jan|x");
  /* only at the very start */
  assert_csv ("a,\xef\xbb\xbf" "b\n", ',', "1:a|\xef\xbb\xbf" "b");
}

static void
test_csv_semicolon (void)
{
  assert_csv ("Label;Type\nJansen, Piet;\"a;b\"\n", ';', "1:Label|Type\n2:Jansen, Piet|a;b");
  assert_csv ("a\tb\tc\n", '\t', "1:a|b|c");
}

static void
test_csv_blank_lines (void)
{
  assert_csv ("a,b\n\n", ',', "1:a|b");
  assert_csv ("a,b", ',', "1:a|b");
  assert_csv ("\n\na,b\n\n\nc\n\r\n", ',', "3:a|b\n6:c");
  assert_csv ("", ',', "");
  assert_csv ("\xef\xbb\xbf", ',', "");
}

static void
test_csv_unbalanced_quote (void)
{
  g_autoptr(GBytes) data = bytes ("a,b\nc,d\ne,\"open\nmore\nstill\n");
  g_autoptr(WkCsvReader) reader = wk_csv_reader_new (data, ',');
  g_autoptr(GError) error = NULL;
  char **fields = NULL;

  g_assert_true (wk_csv_reader_read (reader, &fields, &error));
  g_strfreev (fields);
  g_assert_true (wk_csv_reader_read (reader, &fields, &error));
  g_strfreev (fields);
  g_assert_false (wk_csv_reader_read (reader, &fields, &error));
  g_assert_error (error, WK_CSV_ERROR, WK_CSV_ERROR_UNBALANCED_QUOTE);
  g_assert_null (fields);
  g_assert_cmpuint (wk_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpstr (error->message, ==,
                   "A quoted field that starts on line 3 is not closed: a closing \" is missing.");
  /* and it stays at the end */
  g_clear_error (&error);
  g_assert_false (wk_csv_reader_read (reader, &fields, &error));
  g_assert_no_error (error);

  /* the quote opens on a later line than its record */
  {
    g_autoptr(GError) error2 = NULL;
    g_autofree char *got = read_all ("x,\"two\nlines\",\"never\n", ',', &error2);

    g_assert_error (error2, WK_CSV_ERROR, WK_CSV_ERROR_UNBALANCED_QUOTE);
    g_assert_nonnull (strstr (error2->message, "line 2"));
  }
}

static void
test_csv_invalid_utf8 (void)
{
  g_autoptr(GBytes) data = g_bytes_new ("ok,caf\xe9,\xff\xfe\nnext\n", 15);
  g_autoptr(WkCsvReader) reader = wk_csv_reader_new (data, ',');
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) next = NULL;

  g_assert_true (wk_csv_reader_read (reader, &fields, &error));
  g_assert_cmpstr (fields[0], ==, "ok");
  g_assert_cmpstr (fields[1], ==, "caf\xef\xbf\xbd");
  g_assert_cmpstr (fields[2], ==, "\xef\xbf\xbd\xef\xbf\xbd");
  g_assert_cmpuint (wk_csv_reader_get_n_invalid (reader), ==, 2);
  g_assert_true (wk_csv_reader_read (reader, &next, &error));
  g_assert_cmpuint (wk_csv_reader_get_n_invalid (reader), ==, 0);
}

static void
test_csv_guess_delimiter (void)
{
  g_assert_cmpint (wk_csv_guess_delimiter ("Label;Type;Description\na,b,c,d\n", 31), ==, ';');
  g_assert_cmpint (wk_csv_guess_delimiter ("Label,Type\n", 11), ==, ',');
  g_assert_cmpint (wk_csv_guess_delimiter ("\"a;b;c\",x,y\n", 12), ==, ',');
  g_assert_cmpint (wk_csv_guess_delimiter ("Label\tType\n", 11), ==, '\t');
  g_assert_cmpint (wk_csv_guess_delimiter ("Label\n", 6), ==, ',');
  g_assert_cmpint (wk_csv_guess_delimiter ("", 0), ==, ',');
}

/* Kumu --------------------------------------------------------------------- */

static WkImportPlan *
parse (const char  *elements,
       const char  *connections,
       GError     **error)
{
  g_autoptr(WkKumuReader) reader = wk_kumu_reader_new ();
  g_autoptr(GBytes) e = bytes (elements);

  if (!wk_kumu_reader_add_elements (reader, "elements.csv", e, 0, error))
    return NULL;
  if (connections != NULL)
    {
      g_autoptr(GBytes) c = bytes (connections);

      if (!wk_kumu_reader_add_connections (reader, "connections.csv", c, 0, error))
        return NULL;
    }
  return wk_kumu_reader_steal_plan (reader);
}

static WkImportPlan *
parse_ok (const char *elements,
          const char *connections)
{
  g_autoptr(GError) error = NULL;
  WkImportPlan *plan = parse (elements, connections, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static WkImportActor *
actor_at (WkImportPlan *plan,
          guint         i)
{
  g_assert_cmpuint (i, <, plan->actors->len);
  return plan->actors->pdata[i];
}

static WkImportRelation *
relation_at (WkImportPlan *plan,
             guint         i)
{
  g_assert_cmpuint (i, <, plan->relations->len);
  return plan->relations->pdata[i];
}

/* The problems as "severity file:line: message" lines. */
static char *
problems (WkImportPlan *plan)
{
  static const char * const names[] = { "note", "warning", "bad" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < plan->problems->len; i++)
    {
      WkImportProblem *p = plan->problems->pdata[i];

      g_string_append_printf (out, "%s%s %s:%u: %s", out->len > 0 ? "\n" : "",
                              names[p->severity], p->file, p->line, p->message);
    }
  return g_string_free (out, FALSE);
}

static void
test_kumu_labels (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("Label,Type,Description,Tags\n"
              "Jan de Vries,Sleutelfiguur,\"Kent, iedereen\",sport|jeugd\n"
              "Café De Hoek,Ondernemer,,\n"
              "Buurthuis,,,\n",
              "From,To,Type,Strength\n"
              "jan de vries,cafe de hoek,Kent,3\n"
              "CAFÉ DE HOEK,Buurthuis,,\n");
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (listed, ==, "");
  g_assert_cmpuint (plan->actors->len, ==, 3);
  g_assert_cmpstr (actor_at (plan, 0)->name, ==, "Jan de Vries");
  g_assert_cmpstr (actor_at (plan, 0)->type, ==, "Sleutelfiguur");
  g_assert_cmpstr (actor_at (plan, 0)->description, ==, "Kent, iedereen");
  g_assert_null (actor_at (plan, 0)->kind);
  g_assert_cmpuint (actor_at (plan, 0)->line, ==, 2);
  g_assert_null (actor_at (plan, 2)->type);

  g_assert_cmpuint (plan->relations->len, ==, 2);
  g_assert_cmpuint (relation_at (plan, 0)->source, ==, 0);
  g_assert_cmpuint (relation_at (plan, 0)->target, ==, 1);
  g_assert_cmpstr (relation_at (plan, 0)->type, ==, "Kent");
  g_assert_cmpint (relation_at (plan, 0)->strength, ==, 3);
  g_assert_true (relation_at (plan, 0)->directed);
  g_assert_cmpuint (relation_at (plan, 0)->line, ==, 2);
  g_assert_cmpuint (relation_at (plan, 1)->source, ==, 1);
  g_assert_cmpuint (relation_at (plan, 1)->target, ==, 2);
  g_assert_null (relation_at (plan, 1)->type);
  g_assert_cmpint (relation_at (plan, 1)->strength, ==, 2);
}

static void
test_kumu_ids (void)
{
  /* two elements of the same label told apart by their IDs; an ID that is
   * not found is tried as a label */
  g_autoptr(WkImportPlan) plan =
    parse_ok ("ID,Label\np1,Jan\np2,Jan\no1,Buurthuis\n,Zonder ID\n",
              "From,To\np1,p2\np2,o1\nBuurthuis,Zonder ID\n");
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (listed, ==, "");
  g_assert_cmpuint (plan->actors->len, ==, 4);
  g_assert_cmpuint (plan->relations->len, ==, 3);
  g_assert_cmpuint (relation_at (plan, 0)->source, ==, 0);
  g_assert_cmpuint (relation_at (plan, 0)->target, ==, 1);
  g_assert_cmpuint (relation_at (plan, 1)->source, ==, 1);
  g_assert_cmpuint (relation_at (plan, 1)->target, ==, 2);
  g_assert_cmpuint (relation_at (plan, 2)->source, ==, 2);
  g_assert_cmpuint (relation_at (plan, 2)->target, ==, 3);
}

static void
test_kumu_tags (void)
{
  g_autoptr(WkImportPlan) plan = parse_ok ("Label,Tags\nA, sport | jeugd ||Sport|taal \nB,\n", NULL);
  const char * const want[] = { "sport", "jeugd", "taal", NULL };
  const char * const none[] = { NULL };

  g_assert_cmpstrv (actor_at (plan, 0)->themes, want);
  g_assert_cmpstrv (actor_at (plan, 1)->themes, none);
}

static void
test_kumu_multiple_ends (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("Label\nA\nB\nC\nD\n", "From,To,Type\nA|B,C|D,Kent\n");

  g_assert_cmpuint (plan->relations->len, ==, 4);
  g_assert_cmpuint (relation_at (plan, 0)->source, ==, 0);
  g_assert_cmpuint (relation_at (plan, 0)->target, ==, 2);
  g_assert_cmpuint (relation_at (plan, 3)->source, ==, 1);
  g_assert_cmpuint (relation_at (plan, 3)->target, ==, 3);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (relation_at (plan, i)->line, ==, 2);
}

static void
test_kumu_strength (void)
{
  static const struct {
    const char *text;
    int         strength;
  } cases[] = {
    { "", 2 }, { "0", 1 }, { "0.5", 1 }, { "1", 1 }, { "1.0", 1 }, { "\"1,5\"", 2 },
    { "2", 2 }, { "2.01", 3 }, { "3", 3 }, { "10", 3 }, { "-3", 1 }, { " 4 ", 3 },
    { "Strong", 3 }, { "zwak", 1 }, { "Medium", 2 }, { "sterk", 3 }, { "very", 2 }, { "inf", 2 },
  };
  g_autoptr(GString) connections = g_string_new ("From,To,Strength\n");
  g_autoptr(WkImportPlan) plan = NULL;
  g_autofree char *listed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (connections, "A,B,%s\n", cases[i].text);
  plan = parse_ok ("Label\nA\nB\n", connections->str);
  g_assert_cmpuint (plan->relations->len, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("strength “%s”", cases[i].text);
      g_assert_cmpint (relation_at (plan, i)->strength, ==, cases[i].strength);
    }
  listed = problems (plan);
  g_assert_cmpstr (listed, ==,
                   "warning connections.csv:18: The strength “very” is not a number; the connection gets strength 2.\n"
                   "warning connections.csv:19: The strength “inf” is not a number; the connection gets strength 2.");

  g_assert_cmpint (wk_kumu_map_strength (1.0), ==, 1);
  g_assert_cmpint (wk_kumu_map_strength (1.0001), ==, 2);
  g_assert_cmpint (wk_kumu_map_strength (2.0), ==, 2);
  g_assert_cmpint (wk_kumu_map_strength (2.5), ==, 3);
}

static void
test_kumu_direction (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("Label\nA\nB\n",
              "From,To,Direction\nA,B,\nA,B,directed\nA,B,Mutual\nA,B,undirected\nA,B,sideways\n");
  g_autofree char *listed = problems (plan);

  g_assert_true (relation_at (plan, 0)->directed);
  g_assert_true (relation_at (plan, 1)->directed);
  g_assert_false (relation_at (plan, 2)->directed);
  g_assert_false (relation_at (plan, 3)->directed);
  g_assert_true (relation_at (plan, 4)->directed);
  g_assert_cmpstr (listed, ==,
                   "warning connections.csv:6: The direction “sideways” is not directed, undirected or mutual; "
                   "the connection is imported as directed.");
}

static void
test_kumu_kind (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("Label,Type,Soort\n"
              "A,Person,\n"
              "B,Organization,\n"
              "C,Sportclub,\n"
              "D,Buurtvader,Persoon\n"
              "E,,plek\n"
              "F,Sportclub,robot\n",
              NULL);
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (actor_at (plan, 0)->kind, ==, "person");
  g_assert_null (actor_at (plan, 0)->type);
  g_assert_cmpstr (actor_at (plan, 1)->kind, ==, "organisation");
  g_assert_null (actor_at (plan, 1)->type);
  g_assert_null (actor_at (plan, 2)->kind);
  g_assert_cmpstr (actor_at (plan, 2)->type, ==, "Sportclub");
  g_assert_cmpstr (actor_at (plan, 3)->kind, ==, "person");
  g_assert_cmpstr (actor_at (plan, 3)->type, ==, "Buurtvader");
  g_assert_cmpstr (actor_at (plan, 4)->kind, ==, "place");
  g_assert_null (actor_at (plan, 5)->kind);
  g_assert_cmpstr (listed, ==,
                   "warning elements.csv:7: “robot” is not a kind of actor (person, organisation, group or place); "
                   "the kind is guessed from the type.");
}

static void
test_kumu_unknown_column (void)
{
  g_autoptr(WkImportPlan) plan = NULL;
  g_autofree char *listed = NULL;

  plan = parse_ok ("label,Website,TYPE,,Label\nA,https://x,Sportclub,,B\nA2\n",
                   "FROM,to,Weight,Connection Type\nA,A2,1,Kent\n");
  listed = problems (plan);
  g_assert_cmpstr (listed, ==,
                   "note elements.csv:1: The column “Website” is not imported.\n"
                   "note elements.csv:1: The column “Label” appears twice; only the first is imported.\n"
                   "note connections.csv:1: The column “Weight” is not imported.");
  g_assert_cmpstr (actor_at (plan, 0)->name, ==, "A");
  g_assert_cmpstr (actor_at (plan, 0)->type, ==, "Sportclub");
  g_assert_cmpstr (relation_at (plan, 0)->type, ==, "Kent");
}

static void
test_kumu_missing_columns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkImportPlan) plan = parse ("Name,Type\nJan,x\n", NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "“elements.csv” has no Label column. The first line of a Kumu elements sheet names "
                   "the columns, for example: Label,Type,Description,Tags");
  g_clear_error (&error);

  plan = parse ("Label\nA\n", "From,Naar\nA,A\n", &error);
  g_assert_null (plan);
  g_assert_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "“connections.csv” has no From or no To column"));
  g_clear_error (&error);

  plan = parse ("\n\n", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "“elements.csv” is empty: its first line should name the columns.");
}

static void
test_kumu_bad_rows (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("ID,Label\n"
              "1,Anna\n"
              "2,  \n"          /* line 3: no label */
              "3,Bram\n"
              "3,Cor\n"         /* line 5: ID again */
              ",,\n"            /* blank: skipped without a word */
              "4,Dirk\n"
              "5,Dirk\n",
              "From,To\n"
              "1,3\n"
              "1,99\n"          /* line 3: nothing */
              ",3\n"            /* line 4: no From */
              "Dirk,1\n"        /* line 5: two Dirks */
              "1,Anna\n"        /* line 6: itself */
              "3,\n"            /* line 7: no To */
              "2,1\n");         /* line 8: the element without label */
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (listed, ==,
                   "bad elements.csv:3: The row has no Label.\n"
                   "bad elements.csv:5: The ID “3” is already used on line 4.\n"
                   "bad connections.csv:3: To: “99” is not the ID or label of an element in “elements.csv”.\n"
                   "bad connections.csv:4: The row has no From.\n"
                   "bad connections.csv:5: From: more than one element is called “Dirk” (lines 7 and 8 of "
                   "“elements.csv”). Give the elements an ID column and refer to the IDs.\n"
                   "bad connections.csv:6: The connection goes from “Anna” to itself.\n"
                   "bad connections.csv:7: The row has no To.\n"
                   "bad connections.csv:8: From: “2” is not the ID or label of an element in “elements.csv”.");
  g_assert_cmpuint (wk_import_plan_count_problems (plan, WK_IMPORT_BAD_ROW), ==, 8);
  /* the good rows are in the plan, the bad ones are not */
  g_assert_cmpuint (plan->actors->len, ==, 4);
  g_assert_cmpuint (plan->relations->len, ==, 1);
}

static void
test_kumu_unclosed_quote (void)
{
  g_autoptr(WkImportPlan) plan =
    parse_ok ("Label,Description\nA,ok\nB,\"never closed\nC,x\n", "From,To\nA,B\n");
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (listed, ==,
                   "bad elements.csv:3: A quoted field that starts on line 3 is not closed: a closing \" is missing.\n"
                   "bad connections.csv:2: To: “B” is not the label of an element in “elements.csv”.");
  g_assert_cmpuint (plan->actors->len, ==, 1);
}

static void
test_kumu_invalid_utf8 (void)
{
  g_autoptr(WkImportPlan) plan = parse_ok ("Label\nCaf\xe9 De Hoek\n", NULL);
  g_autofree char *listed = problems (plan);

  g_assert_cmpstr (actor_at (plan, 0)->name, ==, "Caf\xef\xbf\xbd De Hoek");
  g_assert_cmpstr (listed, ==,
                   "warning elements.csv:2: Characters that are not valid UTF-8 were replaced by “\xef\xbf\xbd”. "
                   "Save the file as UTF-8 (in Excel: CSV UTF-8).");
  g_assert_cmpuint (wk_import_plan_count_problems (plan, WK_IMPORT_BAD_ROW), ==, 0);
}

static GFile *
data_file (const char *name)
{
  return g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "data", name, NULL);
}

static void
test_kumu_files (void)
{
  g_autoptr(GFile) elements = data_file ("kumu-elements-ids.csv");
  g_autoptr(GFile) connections = data_file ("kumu-connections-ids.csv");
  g_autoptr(GFile) missing = data_file ("kumu-no-such-file.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(WkImportPlan) plan = wk_kumu_read (elements, connections, 0, &error);
  g_autofree char *listed = NULL;

  g_assert_no_error (error);
  listed = problems (plan);
  g_assert_cmpstr (listed, ==, "");
  g_assert_cmpstr (plan->source, ==, "Kumu import: kumu-elements-ids.csv");
  g_assert_cmpuint (plan->actors->len, ==, 3);
  g_assert_cmpstr (actor_at (plan, 2)->name, ==, "Buurthuis; \"De Ster\"");
  g_assert_cmpstr (actor_at (plan, 1)->kind, ==, "person");
  g_assert_cmpuint (plan->relations->len, ==, 3);
  g_assert_cmpuint (relation_at (plan, 2)->source, ==, 1);
  g_assert_cmpuint (relation_at (plan, 2)->target, ==, 0);

  g_clear_pointer (&plan, wk_import_plan_free);
  plan = wk_kumu_read (missing, NULL, 0, &error);
  g_assert_null (plan);
  g_assert_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "kumu-no-such-file.csv"));
}

/* Store -------------------------------------------------------------------- */

typedef struct
{
  char    *dir;
  GFile   *file;
  WkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wk-test-kumu-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "wijkkaart.db", NULL);
  f->store = wk_store_open (f->file, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (f->dir, "/wijkkaart.db", suffixes[i], NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->file);
}

static gint64
query_int (WkStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Rows of a query, one per line, columns joined by '|'. */
static char *
query_rows (WkStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* Everything an import may write, to see that a failed one wrote nothing. */
static char *
snapshot (WkStore *store)
{
  return query_rows (store,
                     "SELECT 'wijk', id, name FROM wijk UNION ALL "
                     "SELECT 'actor', id, name FROM actor UNION ALL "
                     "SELECT 'relation', id, source_actor_id FROM relation UNION ALL "
                     "SELECT 'actor_type', id, label FROM actor_type UNION ALL "
                     "SELECT 'relation_type', id, label FROM relation_type UNION ALL "
                     "SELECT 'tag', id, name FROM tag UNION ALL "
                     "SELECT 'actor_tag', actor_id, tag_id FROM actor_tag UNION ALL "
                     "SELECT 'search', rowid, title FROM search");
}

static WkImportPlan *
read_fixture (void)
{
  g_autoptr(GFile) elements = data_file ("kumu-elements.csv");
  g_autoptr(GFile) connections = data_file ("kumu-connections.csv");
  g_autoptr(GError) error = NULL;
  WkImportPlan *plan = wk_kumu_read (elements, connections, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wk_import_plan_count_problems (plan, WK_IMPORT_BAD_ROW), ==, 0);
  return plan;
}

static WkWijk *
wijk_by_id (WkStore *store,
            gint64   id)
{
  GListModel *wijken = wk_store_get_wijken (store);

  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (wk_wijk_get_id (wijk) == id)
        return wijk;
    }
  return NULL;
}

static guint changed_count;

static void
changed_cb (WkStore    *store,
            const char *table,
            gint64      id,
            GString    *seen)
{
  g_string_append_printf (seen, "%s:%" G_GINT64_FORMAT " ", table, id);
  changed_count++;
}


static void
test_store_import (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(WkImportPlan) plan = read_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GHashTable) found = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *relations = NULL;
  g_autofree char *themes = NULL;
  WkImportResult result;
  WkWijk *zuid;
  GListModel *live_actors;
  GListModel *live_relations;
  GListModel *terms;
  gboolean buurtvader = FALSE;
  gint64 n_actor_types = query_int (f->store, "SELECT count(*) FROM actor_type");
  gint64 n_relation_types = query_int (f->store, "SELECT count(*) FROM relation_type");
  gint64 bibliotheek;

  /* an existing wijk with lists on screen, and an edit that could be undone */
  zuid = wk_store_create_wijk (f->store, "Rietveld-Zuid", "Lindewaard", &error);
  g_assert_no_error (error);
  g_assert_nonnull (wk_store_create_actor (f->store, zuid, "Al hier", "person", &error));
  live_actors = wk_store_get_actors (f->store, zuid);
  live_relations = wk_store_get_relations (f->store, zuid);
  g_assert_cmpuint (g_list_model_get_n_items (live_actors), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (live_relations), ==, 0);
  g_assert_true (wk_undo_stack_can_undo (wk_store_get_undo_stack (f->store)));
  g_assert_nonnull (wk_store_get_terms (f->store, "actor_type"));
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), seen);

  g_assert_true (wk_store_import (f->store, "rietveld-ZUID", plan, &result, &error));
  g_assert_no_error (error);

  g_assert_cmpint (result.wijk_id, ==, wk_wijk_get_id (zuid));
  g_assert_false (result.wijk_created);
  g_assert_cmpuint (result.n_actors_created, ==, 8);
  g_assert_cmpuint (result.n_actors_reused, ==, 0);
  g_assert_cmpuint (result.n_relations_created, ==, 7);
  g_assert_cmpuint (result.n_relations_existing, ==, 0);
  g_assert_cmpuint (result.n_actor_types_created, ==, 1);      /* Buurtvader */
  g_assert_cmpuint (result.n_relation_types_created, ==, 1);   /* Samenwerking */
  g_assert_cmpuint (result.n_themes_created, ==, 4);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM actor_type"), ==, n_actor_types + 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM relation_type"), ==, n_relation_types + 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM wijk"), ==, 1);

  /* types matched by Dutch label, key or English label; kinds guessed */
  actors = query_rows (f->store,
                       "SELECT a.name, a.kind, CASE WHEN t.builtin THEN t.key ELSE t.label END,"
                       " a.description, a.source FROM actor a"
                       " LEFT JOIN actor_type t ON t.id = a.type_id WHERE a.name <> 'Al hier' ORDER BY a.id");
  g_assert_cmpstr (actors, ==,
                   "Fatima el Amrani|person|sleutelfiguur|Moeder van drie, kent \"iedereen\" op het plein|Kumu import: kumu-elements.csv\n"
                   "Buurthuis De Ster|organisation|buurthuis|Open maandag tot vrijdag|Kumu import: kumu-elements.csv\n"
                   "SV Rietveld|organisation|sportclub||Kumu import: kumu-elements.csv\n"
                   "Moskee Al-Fath|organisation|gebedshuis||Kumu import: kumu-elements.csv\n"
                   "Bibliotheek Oost|organisation|bibliotheek|Taalcafé op dinsdag\nen woensdag|Kumu import: kumu-elements.csv\n"
                   "Wijkraad Rietveld|organisation|wijkraad||Kumu import: kumu-elements.csv\n"
                   "Jan Bakker|organisation|Buurtvader||Kumu import: kumu-elements.csv\n"
                   "Café De Hoek|organisation|ondernemer||Kumu import: kumu-elements.csv");

  /* the right ends, types, strengths and directions */
  relations = query_rows (f->store,
                          "SELECT s.name, t.name, CASE WHEN rt.builtin THEN rt.key ELSE rt.label END,"
                          " r.strength, r.directed, r.wijk_id = s.wijk_id FROM relation r"
                          " JOIN actor s ON s.id = r.source_actor_id JOIN actor t ON t.id = r.target_actor_id"
                          " LEFT JOIN relation_type rt ON rt.id = r.type_id ORDER BY r.id");
  g_assert_cmpstr (relations, ==,
                   "Fatima el Amrani|Buurthuis De Ster|knows|3|1|1\n"
                   "Fatima el Amrani|SV Rietveld|works-with|2|0|1\n"
                   "Fatima el Amrani|Bibliotheek Oost|works-with|2|0|1\n"
                   "Jan Bakker|Café De Hoek|knows|2|1|1\n"
                   "Moskee Al-Fath|Wijkraad Rietveld|trusts|3|1|1\n"
                   "Buurthuis De Ster|Wijkraad Rietveld|funds|1|1|1\n"
                   "Bibliotheek Oost|Buurthuis De Ster|Samenwerking|2|0|1");

  themes = query_rows (f->store,
                       "SELECT a.name, (SELECT group_concat(name, ',') FROM (SELECT t.name FROM actor_tag at"
                       " JOIN tag t ON t.id = at.tag_id AND t.kind = 'theme' WHERE at.actor_id = a.id"
                       " ORDER BY t.name)) AS themes FROM actor a WHERE themes IS NOT NULL ORDER BY a.id");
  g_assert_cmpstr (themes, ==,
                   "Fatima el Amrani|jeugd,taal\n"
                   "Buurthuis De Ster|ontmoeten\n"
                   "SV Rietveld|jeugd,sport\n"
                   "Bibliotheek Oost|taal\n"
                   "Café De Hoek|ontmoeten");

  /* the live lists, the wijk's counts and the types follow */
  g_assert_cmpuint (g_list_model_get_n_items (live_actors), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (live_relations), ==, 7);
  g_assert_true (wijk_by_id (f->store, result.wijk_id) == zuid);
  g_assert_cmpuint (wk_wijk_get_n_actors (zuid), ==, 9);
  terms = wk_store_get_terms (f->store, "actor_type");
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);

      buurtvader = buurtvader || g_strcmp0 (wk_term_get_label (term), "Buurtvader") == 0;
    }
  g_assert_true (buurtvader);
  g_assert_cmpstr (seen->str, ==, "actor_type:0 relation_type:0 actor:0 relation:0 ");

  /* not a step of the history, which is cleared */
  g_assert_false (wk_undo_stack_can_undo (wk_store_get_undo_stack (f->store)));

  /* the search index knows the new actors, also by their description */
  bibliotheek = query_int (f->store, "SELECT id FROM actor WHERE name = 'Bibliotheek Oost'");
  found = wk_store_search (f->store, result.wijk_id, WK_TYPE_ACTOR, "woensdag", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpuint (g_hash_table_size (found), ==, 1);
  g_assert_true (g_hash_table_contains (found, &bibliotheek));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM search WHERE kind = 'actor'"), ==, 9);
}

static void
test_store_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WkImportPlan) plan = read_fixture ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  WkImportResult result;

  g_assert_true (wk_store_import (f->store, "Noord", plan, &result, &error));
  g_assert_no_error (error);
  g_assert_true (result.wijk_created);
  g_assert_cmpuint (result.n_actors_created, ==, 8);
  g_assert_cmpuint (result.n_relations_created, ==, 7);
  g_assert_nonnull (wijk_by_id (f->store, result.wijk_id));
  g_assert_cmpstr (wk_wijk_get_name (wijk_by_id (f->store, result.wijk_id)), ==, "Noord");

  before = snapshot (f->store);
  g_assert_true (wk_store_import (f->store, "NOORD", plan, &result, &error));
  g_assert_no_error (error);
  after = snapshot (f->store);
  g_assert_false (result.wijk_created);
  g_assert_cmpuint (result.n_actors_created, ==, 0);
  g_assert_cmpuint (result.n_actors_reused, ==, 8);
  g_assert_cmpuint (result.n_relations_created, ==, 0);
  g_assert_cmpuint (result.n_relations_existing, ==, 7);
  g_assert_cmpuint (result.n_actor_types_created + result.n_relation_types_created + result.n_themes_created, ==, 0);
  g_assert_cmpstr (before, ==, after);

  /* another wijk gets its own actors, with the same types and themes */
  g_assert_true (wk_store_import (f->store, "Zuid", plan, &result, &error));
  g_assert_cmpuint (result.n_actors_created, ==, 8);
  g_assert_cmpuint (result.n_actor_types_created + result.n_relation_types_created + result.n_themes_created, ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM actor"), ==, 16);
}

static void
test_store_undirected_twice (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkImportResult result;

  {
    g_autoptr(WkImportPlan) plan = parse_ok ("Label\nA\nB\n", "From,To,Direction\nA,B,mutual\n");

    g_assert_true (wk_store_import (f->store, "W", plan, &result, &error));
    g_assert_cmpuint (result.n_relations_created, ==, 1);
  }
  {
    /* the same undirected relation written the other way round */
    g_autoptr(WkImportPlan) plan = parse_ok ("Label\nB\nA\n", "From,To,Direction\nB,A,undirected\n");

    g_assert_true (wk_store_import (f->store, "W", plan, &result, &error));
    g_assert_cmpuint (result.n_relations_created, ==, 0);
    g_assert_cmpuint (result.n_relations_existing, ==, 1);
  }
  {
    /* a directed one the other way round is another relation */
    g_autoptr(WkImportPlan) plan = parse_ok ("Label\nB\nA\n", "From,To\nB,A\n");

    g_assert_true (wk_store_import (f->store, "W", plan, &result, &error));
    g_assert_cmpuint (result.n_relations_created, ==, 1);
  }
  g_assert_no_error (error);
}

static void
test_store_types (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char *type;
    const char *kind;
    const char *want;   /* key, or label of a new type; then the kind stored */
  } cases[] = {
    { "Sports club", NULL, "sportclub|organisation" },
    { "SPORTCLUB", NULL, "sportclub|organisation" },
    { "sportclub", NULL, "sportclub|organisation" },
    { "Huisarts en zorg", NULL, "huisarts-zorg|organisation" },
    { "cultureel centrum", NULL, "cultureel-centrum|organisation" },
    { "Energiecooperatie", NULL, "energiecooperatie|organisation" },
    { "Overig", NULL, "other|organisation" },
    { "Key figure", NULL, "sleutelfiguur|person" },
    { "SLEUTELFIGUUR", NULL, "sleutelfiguur|person" },
    { "Sleutelfiguur", "group", "sleutelfiguur|group" },
    { "Buurtmoeder", NULL, "Buurtmoeder|organisation" },
    { "buurtmoeder", "person", "Buurtmoeder|person" },
    { NULL, "place", "-|place" },
    { NULL, "bogus", "-|organisation" },
  };
  static const struct {
    const char *type;
    const char *want;
  } relation_cases[] = {
    { "Kent", "knows" }, { "knows", "knows" }, { "Werkt samen met", "works-with" },
    { "lid van", "member-of" }, { "Member of", "member-of" }, { "Nieuw soort", "Nieuw soort" },
    { "NIEUW SOORT", "Nieuw soort" }, { NULL, "-" },
  };
  g_autoptr(WkImportPlan) plan = wk_import_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) want = g_string_new (NULL);
  g_autoptr(GString) want_relations = g_string_new (NULL);
  g_autofree char *got = NULL;
  WkImportResult result;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      WkImportActor *actor = wk_import_plan_add_actor (plan, name, i + 2);

      actor->type = g_strdup (cases[i].type);
      actor->kind = g_strdup (cases[i].kind);
      g_string_append_printf (want, "%s%s|%s", i > 0 ? "\n" : "", name, cases[i].want);
    }
  for (guint i = 0; i < G_N_ELEMENTS (relation_cases); i++)
    {
      WkImportRelation *relation = wk_import_plan_add_relation (plan, 0, i + 1, i + 2);

      relation->type = g_strdup (relation_cases[i].type);
      g_string_append_printf (want_relations, "%s%s", i > 0 ? "\n" : "", relation_cases[i].want);
    }

  g_assert_true (wk_store_import (f->store, "Types", plan, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_actor_types_created, ==, 1);
  g_assert_cmpuint (result.n_relation_types_created, ==, 1);

  got = query_rows (f->store,
                    "SELECT a.name, coalesce(CASE WHEN t.builtin THEN t.key ELSE t.label END, '-'), a.kind"
                    " FROM actor a LEFT JOIN actor_type t ON t.id = a.type_id ORDER BY a.id");
  g_assert_cmpstr (got, ==, want->str);
  g_free (got);
  got = query_rows (f->store,
                    "SELECT coalesce(CASE WHEN t.builtin THEN t.key ELSE t.label END, '-')"
                    " FROM relation r LEFT JOIN relation_type t ON t.id = r.type_id ORDER BY r.id");
  g_assert_cmpstr (got, ==, want_relations->str);
}

/* A CSV field, quoted when it must be. */
static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\n\r") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
test_store_hostile (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) elements = g_string_new ("Label,Description,Tags\n");
  g_autoptr(GString) connections = g_string_new ("From,To,Type,Description\n");
  g_autoptr(GString) want = g_string_new (NULL);
  g_autoptr(WkImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *stored_long = NULL;
  WkImportResult result;
  const char *names[] = {
    "Quote \"dubbel\" en 'enkel'",
    "back\\slash \\n \\t \\N \\l",
    "<b>vet</b> <script>alert(1)</script>",
    "&amp; &lt; &#38; %s %n",
    "👩‍👩‍👧 Familie 🏠",
    "حي الأمل",
    "שכונת התקווה",
    "Regel een\nregel twee, met komma; en puntkomma",
    NULL,   /* the long one */
  };

  for (guint i = 0; i < 5000; i++)
    g_string_append (long_name, "Lé");
  names[G_N_ELEMENTS (names) - 1] = long_name->str;
  g_assert_cmpint (g_utf8_strlen (long_name->str, -1), ==, 10000);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      append_field (elements, names[i]);
      g_string_append_c (elements, ',');
      append_field (elements, names[i]);
      g_string_append_c (elements, ',');
      append_field (elements, "<i>tag</i>|&amp;| \"q\" ");
      g_string_append_c (elements, '\n');
      if (i > 0)
        {
          append_field (connections, names[i - 1]);
          g_string_append_c (connections, ',');
          append_field (connections, names[i]);
          g_string_append_c (connections, ',');
          append_field (connections, names[i]);
          g_string_append_c (connections, ',');
          append_field (connections, names[i - 1]);
          g_string_append_c (connections, '\n');
          g_string_append_printf (want, "%s%s>%s|%s|%s", i > 1 ? "\n" : "",
                                  names[i - 1], names[i], names[i], names[i - 1]);
        }
    }

  plan = parse_ok (elements->str, connections->str);
  got = problems (plan);
  g_assert_cmpstr (got, ==, "");
  g_clear_pointer (&got, g_free);
  g_assert_true (wk_store_import (f->store, "<b>Wijk</b> \"&amp;\" \\ حي", plan, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_actors_created, ==, G_N_ELEMENTS (names));
  g_assert_cmpuint (result.n_relations_created, ==, G_N_ELEMENTS (names) - 1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (f->store),
                                           "SELECT name, description FROM actor WHERE id = ?1", -1,
                                           &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_int64 (stmt, 1, i + 1);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, names[i]);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, names[i]);
      sqlite3_finalize (stmt);
    }
  got = query_rows (f->store,
                    "SELECT s.name || '>' || t.name, rt.label, r.note FROM relation r"
                    " JOIN actor s ON s.id = r.source_actor_id JOIN actor t ON t.id = r.target_actor_id"
                    " JOIN relation_type rt ON rt.id = r.type_id ORDER BY r.id");
  g_assert_cmpstr (got, ==, want->str);
  tags = query_rows (f->store, "SELECT name FROM tag ORDER BY id");
  g_assert_cmpstr (tags, ==, "<i>tag</i>\n&amp;\n\"q\"");
  g_assert_cmpstr (wk_wijk_get_name (wijk_by_id (f->store, result.wijk_id)), ==,
                   "<b>Wijk</b> \"&amp;\" \\ حي");
  stored_long = query_rows (f->store, "SELECT length(name) FROM actor ORDER BY length(name) DESC LIMIT 1");
  g_assert_cmpstr (stored_long, ==, "10000");
}

static void
test_store_all_or_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkImportPlan) plan = read_fixture ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  WkImportResult result = { 0, };
  guint n_wijken;

  g_assert_true (wk_store_import (f->store, "Bestaand", plan, NULL, &error));
  g_assert_no_error (error);
  before = snapshot (f->store);
  n_wijken = g_list_model_get_n_items (wk_store_get_wijken (f->store));

  /* the last actor cannot be written: by then a wijk, types, themes,
   * actors were — all of it must go */
  {
    g_autoptr(WkImportPlan) bad = parse_ok ("Label,Type,Tags\nNieuw,Nieuw type,nieuw thema\nOok nieuw\n",
                                            "From,To,Type\nNieuw,Ook nieuw,Nieuwe relatie\n");

    wk_import_plan_add_actor (bad, "   ", 99);
    g_assert_false (wk_store_import (f->store, "Nieuwe wijk", bad, &result, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Line 99: An actor needs a name.");
    g_clear_error (&error);
    after = snapshot (f->store);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&after, g_free);
  }

  /* a relation to an actor that is not in the plan, into the existing wijk */
  {
    g_autoptr(WkImportPlan) bad = parse_ok ("Label\nX\nY\n", "From,To\nX,Y\n");
    wk_import_plan_add_relation (bad, 0, 7, 12);
    g_assert_false (wk_store_import (f->store, "bestaand", bad, &result, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "Line 12: the relation refers to an actor that is not imported.");
    g_clear_error (&error);
    after = snapshot (f->store);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&after, g_free);
  }

  /* no wijk name */
  g_assert_false (wk_store_import (f->store, "  ", plan, &result, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (f->store)), ==, n_wijken);
  g_assert_cmpint (result.wijk_id, ==, 0);

  /* and the store still works */
  g_assert_true (wk_store_import (f->store, "Nieuwe wijk", plan, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_actors_created, ==, 8);
}

/* 6,000 elements and 18,000 connections: one transaction, well under the budget. */
static void
test_store_speed (Fixture       *f,
                  gconstpointer  data)
{
  const guint n_elements = 6000;
  const guint n_connections = 18000;
  g_autoptr(GString) elements = g_string_new ("Label,Type,Description,Tags\n");
  g_autoptr(GString) connections = g_string_new ("From,To,Type,Strength\n");
  g_autoptr(WkImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const types[] = { "Sleutelfiguur", "Sportclub", "Buurthuis", "Vereniging", "Eigen type" };
  static const char * const relation_types[] = { "Kent", "Werkt samen met", "Vertrouwt" };
  WkImportResult result;
  GRand *rand = g_rand_new_with_seed (42);
  gint64 start, parsed, written;

  for (guint i = 0; i < n_elements; i++)
    g_string_append_printf (elements, "Actor %u,%s,\"Beschrijving van actor %u, met komma\",thema %u|thema %u\n",
                            i, types[i % G_N_ELEMENTS (types)], i, i % 20, i % 7);
  for (guint i = 0; i < n_connections; i++)
    {
      guint a = g_rand_int_range (rand, 0, n_elements);
      guint b = (a + 1 + g_rand_int_range (rand, 0, n_elements - 1)) % n_elements;

      g_string_append_printf (connections, "Actor %u,Actor %u,%s,%u\n", a, b,
                              relation_types[i % G_N_ELEMENTS (relation_types)], i % 4);
    }
  g_rand_free (rand);

  start = g_get_monotonic_time ();
  plan = parse_ok (elements->str, connections->str);
  parsed = g_get_monotonic_time ();
  g_assert_true (wk_store_import (f->store, "Groot", plan, &result, &error));
  g_assert_no_error (error);
  written = g_get_monotonic_time ();

  g_test_message ("6,000 elements and 18,000 connections: read in %.3f s, written in %.3f s",
                  (parsed - start) / 1e6, (written - parsed) / 1e6);
  g_assert_cmpuint (result.n_actors_created, ==, n_elements);
  g_assert_cmpuint (result.n_relations_created + result.n_relations_existing, ==, n_connections);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM relation"), ==, result.n_relations_created);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM search"), ==, n_elements);
  /* generous for a loaded shared machine; the figure is in the log */
  g_assert_cmpint (written - start, <, 15 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoted-comma", test_csv_quoted_comma);
  g_test_add_func ("/csv/quotes", test_csv_quotes);
  g_test_add_func ("/csv/newline-in-field", test_csv_newline_in_field);
  g_test_add_func ("/csv/crlf", test_csv_crlf);
  g_test_add_func ("/csv/bom", test_csv_bom);
  g_test_add_func ("/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/csv/blank-lines", test_csv_blank_lines);
  g_test_add_func ("/csv/unbalanced-quote", test_csv_unbalanced_quote);
  g_test_add_func ("/csv/invalid-utf8", test_csv_invalid_utf8);
  g_test_add_func ("/csv/guess-delimiter", test_csv_guess_delimiter);

  g_test_add_func ("/kumu/labels", test_kumu_labels);
  g_test_add_func ("/kumu/ids", test_kumu_ids);
  g_test_add_func ("/kumu/tags", test_kumu_tags);
  g_test_add_func ("/kumu/multiple-ends", test_kumu_multiple_ends);
  g_test_add_func ("/kumu/strength", test_kumu_strength);
  g_test_add_func ("/kumu/direction", test_kumu_direction);
  g_test_add_func ("/kumu/kind", test_kumu_kind);
  g_test_add_func ("/kumu/unknown-column", test_kumu_unknown_column);
  g_test_add_func ("/kumu/missing-columns", test_kumu_missing_columns);
  g_test_add_func ("/kumu/bad-rows", test_kumu_bad_rows);
  g_test_add_func ("/kumu/unclosed-quote", test_kumu_unclosed_quote);
  g_test_add_func ("/kumu/invalid-utf8", test_kumu_invalid_utf8);
  g_test_add_func ("/kumu/files", test_kumu_files);

  g_test_add ("/kumu/store/import", Fixture, NULL, fixture_setup, test_store_import, fixture_teardown);
  g_test_add ("/kumu/store/twice", Fixture, NULL, fixture_setup, test_store_twice, fixture_teardown);
  g_test_add ("/kumu/store/undirected-twice", Fixture, NULL, fixture_setup, test_store_undirected_twice,
              fixture_teardown);
  g_test_add ("/kumu/store/types", Fixture, NULL, fixture_setup, test_store_types, fixture_teardown);
  g_test_add ("/kumu/store/hostile", Fixture, NULL, fixture_setup, test_store_hostile, fixture_teardown);
  g_test_add ("/kumu/store/all-or-nothing", Fixture, NULL, fixture_setup, test_store_all_or_nothing,
              fixture_teardown);
  g_test_add ("/kumu/store/speed", Fixture, NULL, fixture_setup, test_store_speed, fixture_teardown);

  return g_test_run ();
}

/* test-tsv.c: tab-separated output survives any text
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-tsv.h"

static void
test_round_trip (void)
{
  const char *fields[] = {
    "plain",
    "tab\there",
    "line\nbreak and\r\nwindows",
    "back\\slash \\t not a tab",
    "\"quotes\" 'and' <b>&amp;</b>",
    "حي الأمل",
    "",
    "\\",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *escaped = wk_tsv_escape_field (fields[i]);
      g_autofree char *back = wk_tsv_unescape_field (escaped);

      g_assert_null (strchr (escaped, '\t'));
      g_assert_null (strchr (escaped, '\n'));
      g_assert_null (strchr (escaped, '\r'));
      g_assert_cmpstr (back, ==, fields[i]);
    }
}

static void
test_line (void)
{
  const char *fields[] = { "Rietveld-Oost", "Gemeente\tLindewaard", "44" };
  g_autofree char *line = wk_tsv_format_line (fields, G_N_ELEMENTS (fields));
  g_auto(GStrv) parts = g_strsplit (line, "\t", -1);

  g_assert_cmpstr (line, ==, "Rietveld-Oost\tGemeente\\tLindewaard\t44");
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
}

static void
test_null (void)
{
  g_autofree char *empty = wk_tsv_escape_field (NULL);

  g_assert_cmpstr (empty, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tsv/round-trip", test_round_trip);
  g_test_add_func ("/tsv/line", test_line);
  g_test_add_func ("/tsv/null", test_null);

  return g_test_run ();
}

/* test-format.c: dates and amounts the Dutch way, and back
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-format.h"

static void
test_dates (void)
{
  struct { const char *typed; const char *iso; } good[] = {
    { "23-11-2026", "2026-11-23" }, { "1-3-2026", "2026-03-01" }, { "01/03/2026", "2026-03-01" },
    { "29.02.2028", "2028-02-29" }, { "2026-11-23", "2026-11-23" }, { " 5-6-2027 ", "2027-06-05" },
    { "", "" }, { "   ", "" },
  };
  const char *bad[] = { "31-02-2026", "29-02-2027", "2026-13-01", "abc", "23-11", "23-11-26",
                        "23-11/2026", "1-1-2026x", "00-01-2026", "\"; DROP TABLE actor;--" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (wk_parse_date (good[i].typed, &iso));
      g_assert_cmpstr (iso, ==, good[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_false (wk_parse_date (bad[i], &iso));
      g_assert_null (iso);
    }
  {
    g_autofree char *shown = wk_format_date ("2026-03-01");
    g_autofree char *none = wk_format_date ("");

    g_assert_cmpstr (shown, ==, "01-03-2026");
    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_money (void)
{
  struct { const char *typed; gint64 cents; } good[] = {
    { "€ 1.250,50", 125050 }, { "1250,5", 125050 }, { "1250", 125000 }, { "1.250", 125000 },
    { "12.5", 1250 }, { "€1.000.000,-", 100000000 }, { "0,99", 99 }, { "", -1 }, { " € ", -1 },
  };
  const char *bad[] = { "veel", "12,345", "1,2,3", "-5", "1e6", "12 euro" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 cents = 0;

      g_assert_true (wk_parse_money (good[i].typed, &cents));
      g_assert_cmpint (cents, ==, good[i].cents);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 cents = 0;

      g_assert_false (wk_parse_money (bad[i], &cents));
    }
  {
    g_autofree char *a = wk_format_money (125050);
    g_autofree char *b = wk_format_money (100000000);
    g_autofree char *c = wk_format_money (5);
    g_autofree char *d = wk_format_money (-1);

    g_assert_cmpstr (a, ==, "€ 1.250,50");
    g_assert_cmpstr (b, ==, "€ 1.000.000,00");
    g_assert_cmpstr (c, ==, "€ 0,05");
    g_assert_cmpstr (d, ==, "");
  }
}

static void
test_months_since (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 23, 12, 0, 0);

  g_assert_cmpint (wk_months_since ("2025-11-23", now), ==, 12);
  g_assert_cmpint (wk_months_since ("2025-11-24", now), ==, 11);
  g_assert_cmpint (wk_months_since ("2026-11-01", now), ==, 0);
  g_assert_cmpint (wk_months_since ("", now), ==, -1);
  g_assert_cmpint (wk_months_since (NULL, now), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/months-since", test_months_since);
  return g_test_run ();
}

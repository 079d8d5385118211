/* wk-format.c: dates and amounts the Dutch way, and back
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The store keeps dates as YYYY-MM-DD and amounts in euro cents. A Dutch
 * team reads and types 23-11-2026 and € 1.250,50, whatever the locale of
 * the computer they borrowed, so these do not follow the process locale.
 */
#include <stdio.h>
#include <string.h>

#include "wk-format.h"

/* Names ------------------------------------------------------------------ */

/**
 * wk_fold_name:
 * @length: bytes of @text, or -1
 *
 * "Èdewijk" sorts with the E's and "noord" before "Zuid", whatever the
 * process locale: a name is compared without accents and case first.
 *
 * Returns: (transfer full): @text without accents, case-folded
 */
char *
wk_fold_name (const char *text,
              gssize      length)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *plain = NULL;
  GString *stripped;
  gboolean ascii = TRUE;
  gsize n = length < 0 ? strlen (text) : (gsize) length;

  /* most names are plain ASCII: lower case is all there is to do, and
   * 6,000 of them are folded each time a wijk is read */
  for (gsize i = 0; i < n && ascii; i++)
    ascii = (guchar) text[i] < 0x80 && text[i] != '\0';
  if (ascii)
    return g_ascii_strdown (text, n);

  decomposed = g_utf8_normalize (text, n, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strndup (text, n);

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (stripped, c);
    }
  plain = g_string_free (stripped, FALSE);
  return g_utf8_casefold (plain, -1);
}

/* Names in the order of the WK_NAME collation: folded first, then exactly. */
int
wk_compare_names (const char *a,
                  const char *b)
{
  g_autofree char *ka = wk_fold_name (a, -1);
  g_autofree char *kb = wk_fold_name (b, -1);
  int result = strcmp (ka, kb);

  return result != 0 ? result : strcmp (a, b);
}

/* Dates ------------------------------------------------------------------ */

/* Returns: (transfer full): "23-11-2026" for "2026-11-23", "" for "" */
char *
wk_format_date (const char *iso_date)
{
  unsigned year, month, day;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");
  if (sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return g_strdup (iso_date);
  return g_strdup_printf ("%02u-%02u-%04u", day, month, year);
}

/**
 * wk_parse_date:
 * @text: "23-11-2026", "23/11/2026", "23.11.2026", "2026-11-23" or "" (no date)
 * @iso_date: (out): "2026-11-23", or "" for no date
 *
 * Returns: %FALSE when @text is not a date that exists
 */
gboolean
wk_parse_date (const char  *text,
               char       **iso_date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  unsigned a, b, c;
  char sep1, sep2, end;
  unsigned year, month, day;

  *iso_date = NULL;
  if (*stripped == '\0')
    {
      *iso_date = g_strdup ("");
      return TRUE;
    }
  if (sscanf (stripped, "%u%c%u%c%u%c", &a, &sep1, &b, &sep2, &c, &end) != 5 ||
      sep1 != sep2 || strchr ("-/.", sep1) == NULL)
    return FALSE;

  if (a > 999)           /* 2026-11-23 */
    year = a, month = b, day = c;
  else                   /* 23-11-2026 */
    day = a, month = b, year = c;
  if (year < 1000 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *iso_date = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

/* Returns: (transfer full): "€ 1.250,50"; "" for -1 (not set) */
char *
wk_format_money (gint64 cents)
{
  g_autofree char *digits = NULL;
  GString *out;
  gint64 euros;
  int len;

  if (cents < 0)
    return g_strdup ("");

  euros = cents / 100;
  digits = g_strdup_printf ("%" G_GINT64_FORMAT, euros);
  len = strlen (digits);
  out = g_string_new ("€ ");
  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ",%02d", (int) (cents % 100));
  return g_string_free (out, FALSE);
}

/**
 * wk_parse_money:
 * @text: "€ 1.250,50", "1250,5", "1250", "1.250" or "" (not set)
 * @cents: (out): the amount in cents, -1 for not set
 *
 * A comma is the decimal separator and a point groups thousands, as Dutch
 * amounts are written; "12.5" (one or two digits after a single point) is
 * read as a decimal point too, because that is what such a typist meant.
 *
 * Returns: %FALSE when @text is not an amount
 */
gboolean
wk_parse_money (const char *text,
                gint64     *cents)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *comma;
  const char *point;
  gint64 euros = 0;
  int fraction = 0;
  int fraction_digits = 0;
  gboolean in_fraction = FALSE;

  *cents = -1;
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x20AC || g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        continue;
      g_string_append_unichar (clean, c);
    }
  if (clean->len == 0)
    return TRUE;

  comma = strchr (clean->str, ',');
  point = strrchr (clean->str, '.');
  if (comma == NULL && point != NULL && strchr (clean->str, '.') == point &&
      strlen (point + 1) >= 1 && strlen (point + 1) <= 2)
    *(char *) point = ',';
  if (g_str_has_suffix (clean->str, ",-"))
    g_string_truncate (clean, clean->len - 1);

  for (const char *p = clean->str; *p != '\0'; p++)
    {
      if (*p == ',' && !in_fraction)
        in_fraction = TRUE;
      else if (*p == '.' && !in_fraction)
        continue;
      else if (g_ascii_isdigit (*p) && !in_fraction)
        {
          if (euros > G_MAXINT64 / 1000)
            return FALSE;
          euros = euros * 10 + (*p - '0');
        }
      else if (g_ascii_isdigit (*p) && fraction_digits < 2)
        {
          fraction = fraction * 10 + (*p - '0');
          fraction_digits++;
        }
      else
        return FALSE;
    }
  if (fraction_digits == 1)
    fraction *= 10;
  *cents = euros * 100 + fraction;
  return TRUE;
}

/* Whole months from @iso_date to @now; -1 when there is no date. */
int
wk_months_since (const char *iso_date,
                 GDateTime  *now)
{
  unsigned year, month, day;
  int months;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return -1;
  months = (g_date_time_get_year (now) - (int) year) * 12 +
           (g_date_time_get_month (now) - (int) month);
  if (g_date_time_get_day_of_month (now) < (int) day)
    months--;
  return months;
}

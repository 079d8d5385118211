/* wk-tsv.c: tab-separated lines that survive any text
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Names and notes may hold tabs, newlines and backslashes; written as they
 * are they would split a line or a field. They are escaped the way
 * PostgreSQL's and MySQL's text format does: \t \n \r \\.
 */
#include "wk-tsv.h"

char *
wk_tsv_escape_field (const char *field)
{
  GString *out;

  if (field == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (field));
  for (const char *p = field; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

char *
wk_tsv_unescape_field (const char *field)
{
  GString *out;

  g_return_val_if_fail (field != NULL, NULL);

  out = g_string_sized_new (strlen (field));
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 't':
          g_string_append_c (out, '\t');
          break;
        case 'n':
          g_string_append_c (out, '\n');
          break;
        case 'r':
          g_string_append_c (out, '\r');
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* One line, without the line end. */
char *
wk_tsv_format_line (const char * const *fields,
                    gsize               n_fields)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < n_fields; i++)
    {
      g_autofree char *escaped = wk_tsv_escape_field (fields[i]);

      if (i > 0)
        g_string_append_c (out, '\t');
      g_string_append (out, escaped);
    }
  return g_string_free (out, FALSE);
}

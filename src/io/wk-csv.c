/* wk-csv.c: reading comma- (or semicolon-) separated files as spreadsheets write them
 * SPDX-License-Identifier: EUPL-1.2
 *
 * RFC 4180 as Excel, LibreOffice and Kumu write it: a field in double
 * quotes may hold the delimiter, line breaks and doubled quotes (""). On top
 * of the RFC: a UTF-8 byte order mark at the start is skipped, records end in
 * CRLF, LF or a lone CR, blank lines are skipped, and a line break inside a
 * quoted field is read as "\n" whichever one the file used. Text after a
 * closing quote, or a quote inside an unquoted field, is kept as it stands,
 * like spreadsheets do. The delimiter is a parameter: Dutch Excel writes ';'.
 *
 * Bytes that are not UTF-8 become U+FFFD (the record is still returned and
 * wk_csv_reader_get_n_invalid() says how many of its fields had them); a
 * quote that is never closed is an error naming the line it opens on.
 */
#include <glib/gi18n-lib.h>

#include "wk-csv.h"

G_DEFINE_QUARK (wk-csv-error-quark, wk_csv_error)

struct _WkCsvReader
{
  GBytes     *bytes;
  const char *data;
  gsize       length;
  gsize       pos;
  char        delimiter;
  guint       line;          /* the line pos is on, 1-based */
  guint       record_line;   /* where the last record started, or the open quote */
  guint       n_invalid;
  gboolean    failed;
};

/**
 * wk_csv_guess_delimiter:
 *
 * Returns: ',', ';' or '\t': whichever occurs most often outside quotes in
 * the first line (the header), ',' when none does
 */
char
wk_csv_guess_delimiter (const char *data,
                        gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  g_return_val_if_fail (data != NULL || length == 0, ',');

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }
  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > best_count)
      {
        best = candidates[k];
        best_count = counts[k];
      }
  return best;
}

/**
 * wk_csv_reader_new:
 * @data: the file's contents; kept (not copied) while the reader lives
 * @delimiter: the field separator, usually ',' or ';'
 */
WkCsvReader *
wk_csv_reader_new (GBytes *data,
                   char    delimiter)
{
  WkCsvReader *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (delimiter != '"' && delimiter != '\n' && delimiter != '\r' &&
                        delimiter != '\0', NULL);

  self = g_new0 (WkCsvReader, 1);
  self->bytes = g_bytes_ref (data);
  self->data = g_bytes_get_data (data, &self->length);
  self->delimiter = delimiter;
  self->line = 1;
  if (self->length >= 3 && memcmp (self->data, "\xef\xbb\xbf", 3) == 0)
    self->pos = 3;
  return self;
}

void
wk_csv_reader_free (WkCsvReader *self)
{
  if (self == NULL)
    return;
  g_bytes_unref (self->bytes);
  g_free (self);
}

/* Consumes the line break at pos (CRLF, LF or CR), if there is one. */
static gboolean
skip_line_end (WkCsvReader *self)
{
  if (self->pos >= self->length)
    return FALSE;
  if (self->data[self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->length && self->data[self->pos] == '\n')
        self->pos++;
    }
  else if (self->data[self->pos] == '\n')
    self->pos++;
  else
    return FALSE;
  self->line++;
  return TRUE;
}

static void
finish_field (WkCsvReader *self,
              GPtrArray   *fields,
              GString     *field)
{
  if (!g_utf8_validate_len (field->str, field->len, NULL))
    {
      self->n_invalid++;
      g_ptr_array_add (fields, g_utf8_make_valid (field->str, field->len));
    }
  else
    g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

/**
 * wk_csv_reader_read:
 * @fields: (out) (transfer full): the fields of the next record, valid UTF-8
 *
 * Returns: %TRUE with a record; %FALSE at the end of the data (@error
 * unset) or when the rest of the data cannot be read (@error set; the
 * reader then stays at the end)
 */
gboolean
wk_csv_reader_read (WkCsvReader   *self,
                    char        ***fields,
                    GError       **error)
{
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GString) field = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  *fields = NULL;
  self->n_invalid = 0;
  if (self->failed)
    return FALSE;

  /* blank lines, also the one a file usually ends with */
  while (skip_line_end (self))
    ;
  if (self->pos >= self->length)
    return FALSE;

  self->record_line = self->line;
  record = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);

  for (;;)
    {
      char c;

      if (self->pos >= self->length)
        {
          finish_field (self, record, field);
          break;
        }
      c = self->data[self->pos];

      if (c == '"' && field->len == 0)
        {
          guint quote_line = self->line;

          self->pos++;
          for (;;)
            {
              if (self->pos >= self->length)
                {
                  self->record_line = quote_line;
                  self->failed = TRUE;
                  g_set_error (error, WK_CSV_ERROR, WK_CSV_ERROR_UNBALANCED_QUOTE,
                               _("A quoted field that starts on line %u is not closed: "
                                 "a closing \" is missing."),
                               quote_line);
                  return FALSE;
                }
              c = self->data[self->pos];
              if (c == '"')
                {
                  if (self->pos + 1 < self->length && self->data[self->pos + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      self->pos += 2;
                      continue;
                    }
                  self->pos++;
                  break;
                }
              if (skip_line_end (self))
                g_string_append_c (field, '\n');
              else
                {
                  g_string_append_c (field, c);
                  self->pos++;
                }
            }
          /* "abc"def: spreadsheets keep the rest, so do we */
          continue;
        }
      if (c == self->delimiter)
        {
          finish_field (self, record, field);
          self->pos++;
          continue;
        }
      if (skip_line_end (self))
        {
          finish_field (self, record, field);
          break;
        }
      g_string_append_c (field, c);
      self->pos++;
    }

  g_ptr_array_add (record, NULL);
  *fields = (char **) g_ptr_array_free (g_steal_pointer (&record), FALSE);
  return TRUE;
}

/**
 * wk_csv_reader_get_line:
 *
 * Returns: the line (1-based) the last record read starts on; after an
 * unclosed quote, the line that quote opens on
 */
guint
wk_csv_reader_get_line (WkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->record_line;
}

/**
 * wk_csv_reader_get_n_invalid:
 *
 * Returns: how many fields of the last record held bytes that are not
 * UTF-8 (each replaced by U+FFFD)
 */
guint
wk_csv_reader_get_n_invalid (WkCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_invalid;
}

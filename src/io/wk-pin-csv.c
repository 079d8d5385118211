/* wk-pin-csv.c: the pins of a community map as a CSV file that Dutch Excel opens as it is
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Excel with Dutch settings opens a CSV file by double-click only when it
 * is written as it writes one itself: a UTF-8 byte order mark (else accents
 * are garbled), ';' between fields, CRLF after each record, and numbers
 * with a decimal comma. Fields with ; " or a line break are quoted with
 * doubled quotes; a line break inside a field is written as LF, as Excel
 * does. The numbers are formatted here from integers, so the process
 * locale never changes them: 6 decimals for degrees, 4 for x and y.
 *
 * A text field that starts with = + - @, a tab or a CR gets an apostrophe
 * in front, so that a spreadsheet never runs it as a formula (OWASP's advice
 * against CSV injection); the coordinate columns are numbers and keep their
 * minus sign. wk-csv.c reads the file back with ';' as delimiter.
 */
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wk-pin-csv.h"

#define BOM "\xef\xbb\xbf"

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *valid = NULL;
  gboolean quoted;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  quoted = strpbrk (text, ";\"\r\n") != NULL;
  if (quoted)
    g_string_append_c (out, '"');
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else
        g_string_append_c (out, *p);
    }
  if (quoted)
    g_string_append_c (out, '"');
}

/* @value with @decimals decimals and a decimal comma; nothing when it is
 * not a number. */
static void
append_number (GString *out,
               double   value,
               guint    decimals)
{
  gint64 scale = 1;
  gint64 units;

  g_assert (decimals <= 9);
  if (!isfinite (value) || fabs (value) >= 1e9)
    return;
  for (guint i = 0; i < decimals; i++)
    scale *= 10;
  units = (gint64) (fabs (value) * (double) scale + 0.5);
  if (value < 0 && units != 0)
    g_string_append_c (out, '-');
  g_string_append_printf (out, "%" G_GINT64_FORMAT ",%0*" G_GINT64_FORMAT,
                          units / scale, (int) decimals, units % scale);
}

static void
end_record (GString *out)
{
  g_string_append (out, "\r\n");
}

/**
 * wk_pin_csv_write:
 * @pins: (array length=n_pins): the pins
 * @image_map: whether the map is an image: then the columns X and Y (0 to
 *   1 across and down the image) take the place of Latitude and Longitude
 *
 * Returns: (transfer full): the file's contents, with one row per pin
 */
char *
wk_pin_csv_write (WkPinDraft **pins,
                  guint        n_pins,
                  gboolean     image_map)
{
  const char *headers[] = {
    _("Title"), _("Category"), _("Session"), _("Date"), _("Note"), _("Actor"), _("Initiative"),
    /* TRANSLATORS: X and Y are the place of a pin on an image, from 0 to 1 */
    image_map ? _("X") : _("Latitude"),
    image_map ? _("Y") : _("Longitude"),
    /* TRANSLATORS: a column saying whether a pin was moved to the street for privacy */
    _("Street level"),
  };
  GString *out = g_string_new (BOM);

  g_return_val_if_fail (pins != NULL || n_pins == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_text (out, headers[i]);
    }
  end_record (out);

  for (guint i = 0; i < n_pins; i++)
    {
      const WkPinDraft *pin = pins[i];
      const char *texts[] = {
        pin->title, pin->category, pin->session, pin->date, pin->note, pin->actor,
        pin->initiative,
      };

      for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
        {
          append_text (out, texts[k]);
          g_string_append_c (out, ';');
        }
      if (image_map)
        {
          append_number (out, pin->x, 4);
          g_string_append_c (out, ';');
          append_number (out, pin->y, 4);
        }
      else
        {
          append_number (out, pin->latitude, 6);
          g_string_append_c (out, ';');
          append_number (out, pin->longitude, 6);
        }
      g_string_append_c (out, ';');
      /* TRANSLATORS: in the column Street level, for a pin moved to the street */
      append_text (out, pin->street_level ? _("yes") : "");
      end_record (out);
    }
  return g_string_free (out, FALSE);
}

/* test-geojson.c: pins as GeoJSON and as CSV for Dutch Excel, written and read back
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <locale.h>
#include <math.h>

#include <json-glib/json-glib.h>

#include "wk-csv.h"
#include "wk-geojson.h"
#include "wk-pin-csv.h"

/* quotes, backslashes, escapes that are not, markup, Hebrew and Arabic with
 * direction marks and overrides, emoji with joiners and a flag */
#define HOSTILE_TITLE \
  "\"Buurthuis\" \\o/ \\\"x\\\" \\n \\u0041 \\\\ </script><b>&amp; " \
  "שלום עולם \xe2\x80\x8f مرحبا بكم \xe2\x80\xae" "desrever\xe2\x80\xac " \
  "😀 👩‍👩‍👧 🇳🇱 '; DROP TABLE pin; --"

static WkPinDraft *
make_pin (const char *title,
          double      latitude,
          double      longitude)
{
  WkPinDraft *pin = wk_pin_draft_new ();

  g_free (pin->title);
  pin->title = g_strdup (title);
  pin->latitude = latitude;
  pin->longitude = longitude;
  return pin;
}

static GPtrArray *
new_pins (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) wk_pin_draft_free);
}

/* A note of exactly @n_chars characters: text, lines, tabs, quotes, emoji. */
static char *
long_note (guint n_chars)
{
  static const char *pieces[] = { "Bankje bij de speeltuin", "\n", "\t", "\"", "\\", "é", "😀",
                                  "שלום", " ", "{\"a\":[1,2]}" };
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; n < n_chars; i++)
    {
      const char *piece = pieces[i % G_N_ELEMENTS (pieces)];
      guint length = g_utf8_strlen (piece, -1);

      if (n + length > n_chars)
        piece = "x", length = 1;
      g_string_append (out, piece);
      n += length;
    }
  return g_string_free (out, FALSE);
}

static GBytes *
bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* Reads @text, which must be GeoJSON as a whole. */
static GPtrArray *
read_ok (const char  *text,
         GPtrArray  **problems)
{
  g_autoptr(GBytes) data = bytes (text);
  g_autoptr(GError) error = NULL;
  GPtrArray *pins = NULL;

  g_assert_true (wk_geojson_read (data, "map.geojson", &pins, problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (pins);
  return pins;
}

static void
assert_fails (const char *text,
              const char *in_message)
{
  g_autoptr(GBytes) data = bytes (text);
  g_autoptr(GError) error = NULL;
  GPtrArray *pins = (GPtrArray *) 0x1;
  GPtrArray *problems = (GPtrArray *) 0x1;

  g_assert_false (wk_geojson_read (data, "map.geojson", &pins, &problems, &error));
  g_assert_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT);
  g_assert_null (pins);
  g_assert_null (problems);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "map.geojson"));
  g_assert_nonnull (strstr (error->message, in_message));
}

/* GeoJSON ---------------------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) pins = new_pins ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *note = long_note (10000);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  WkPinDraft *pin;
  JsonObject *root;
  guint skipped = 99;

  g_assert_cmpuint (g_utf8_strlen (note, -1), ==, 10000);
  pin = make_pin (HOSTILE_TITLE, 52.3702160, 4.8951680);
  g_free (pin->note);
  pin->note = g_strdup (note);
  pin->date = g_strdup ("2024-05-31");
  pin->category = g_strdup ("meeting-place \"quoted\"");
  pin->session = g_strdup ("Bewonersavond 12 maart — مرحبا");
  pin->actor = g_strdup ("Buurtvader");
  pin->initiative = g_strdup ("Moestuin \\ de Ster");
  pin->street_level = TRUE;
  g_ptr_array_add (pins, pin);
  /* the other corners of the world, and nothing optional */
  g_ptr_array_add (pins, make_pin ("", -90.0, -180.0));
  g_ptr_array_add (pins, make_pin ("Datumgrens", 89.9999999, 179.9999999));

  json = wk_geojson_write ((WkPinDraft **) pins->pdata, pins->len, "De Ster \"wijk\"", &skipped,
                           &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);
  g_assert_cmpuint (skipped, ==, 0);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  /* nothing of the trick that keeps the decimals short is left */
  g_assert_null (strstr (json, "\\u0001"));
  g_assert_null (strchr (json, '\x01'));

  /* what the file holds, seen by a plain JSON parser */
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "FeatureCollection");
  g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, "De Ster \"wijk\"");
  {
    JsonArray *features = json_object_get_array_member (root, "features");
    JsonObject *first = json_array_get_object_element (features, 0);
    JsonObject *geometry = json_object_get_object_member (first, "geometry");
    JsonArray *position = json_object_get_array_member (geometry, "coordinates");
    JsonObject *properties = json_object_get_object_member (first, "properties");
    JsonObject *second = json_object_get_object_member (json_array_get_object_element (features, 1),
                                                        "properties");

    g_assert_cmpuint (json_array_get_length (features), ==, 3);
    g_assert_cmpstr (json_object_get_string_member (geometry, "type"), ==, "Point");
    /* longitude first, as numbers */
    g_assert_cmpfloat_with_epsilon (json_array_get_double_element (position, 0), 4.895168, 1e-9);
    g_assert_cmpfloat_with_epsilon (json_array_get_double_element (position, 1), 52.370216, 1e-9);
    g_assert_cmpstr (json_object_get_string_member (properties, "actor"), ==, "Buurtvader");
    g_assert_cmpstr (json_object_get_string_member (properties, "initiative"), ==,
                     "Moestuin \\ de Ster");
    g_assert_true (json_object_get_boolean_member (properties, "street_level"));
    /* omitted when not set: date, initiative, street_level; null: the others */
    g_assert_false (json_object_has_member (second, "date"));
    g_assert_false (json_object_has_member (second, "initiative"));
    g_assert_false (json_object_has_member (second, "street_level"));
    g_assert_true (json_object_get_null_member (second, "category"));
    g_assert_cmpstr (json_object_get_string_member (second, "note"), ==, "");
  }

  back = read_ok (json, &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (back->len, ==, 3);
  pin = back->pdata[0];
  g_assert_cmpstr (pin->title, ==, HOSTILE_TITLE);
  g_assert_cmpstr (pin->note, ==, note);
  g_assert_cmpstr (pin->date, ==, "2024-05-31");
  g_assert_cmpstr (pin->category, ==, "meeting-place \"quoted\"");
  g_assert_cmpstr (pin->session, ==, "Bewonersavond 12 maart — مرحبا");
  g_assert_true (pin->street_level);
  g_assert_cmpfloat (pin->latitude, ==, 52.370216);
  g_assert_cmpfloat (pin->longitude, ==, 4.895168);
  g_assert_cmpuint (pin->feature, ==, 1);
  /* the linked actor and initiative are for reading the file, not for import */
  g_assert_null (pin->actor);
  g_assert_null (pin->initiative);
  g_assert_true (isnan (pin->x) && isnan (pin->y));

  pin = back->pdata[1];
  g_assert_cmpstr (pin->title, ==, "");
  g_assert_cmpstr (pin->note, ==, "");
  g_assert_null (pin->date);
  g_assert_null (pin->category);
  g_assert_null (pin->session);
  g_assert_false (pin->street_level);
  g_assert_cmpfloat (pin->latitude, ==, -90.0);
  g_assert_cmpfloat (pin->longitude, ==, -180.0);
  g_assert_cmpuint (pin->feature, ==, 2);
  pin = back->pdata[2];
  g_assert_cmpfloat (pin->latitude, ==, 89.9999999);
  g_assert_cmpfloat (pin->longitude, ==, 179.9999999);
}

static void
test_decimal_point (void)
{
  g_autoptr(GPtrArray) pins = new_pins ();
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *json = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_NUMERIC, NULL));
  char check[16];

  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the locale nl_NL.UTF-8 is not installed");
      return;
    }
  g_snprintf (check, sizeof check, "%.1f", 1.5);
  g_assert_cmpstr (check, ==, "1,5");

  g_ptr_array_add (pins, make_pin ("a", 52.370216, 4.895168));
  g_ptr_array_add (pins, make_pin ("b", 51.123456789, -5.000000049));
  g_ptr_array_add (pins, make_pin ("c", -0.00000001, 0.5));
  json = wk_geojson_write ((WkPinDraft **) pins->pdata, pins->len, "x", NULL, NULL);
  g_test_message ("%s", json);

  /* at most 7 decimals, a point, no trailing zeros, no minus zero */
  g_assert_nonnull (strstr (json, "4.895168,"));
  g_assert_nonnull (strstr (json, "52.370216\n"));
  g_assert_nonnull (strstr (json, "51.1234568\n"));
  g_assert_nonnull (strstr (json, " -5,\n"));
  g_assert_nonnull (strstr (json, "0.5,"));
  g_assert_nonnull (strstr (json, " 0\n"));
  g_assert_null (strstr (json, "-0\n"));
  g_assert_null (strstr (json, "4,895168"));
  g_assert_null (strstr (json, "370215999"));

  /* and read back under the same locale */
  back = read_ok (json, NULL);
  g_assert_cmpuint (back->len, ==, 3);
  g_assert_cmpfloat (((WkPinDraft *) back->pdata[0])->longitude, ==, 4.895168);
  g_assert_cmpfloat (((WkPinDraft *) back->pdata[1])->latitude, ==, 51.1234568);
  g_assert_cmpfloat (((WkPinDraft *) back->pdata[1])->longitude, ==, -5.0);

  setlocale (LC_NUMERIC, old_locale);
}

static void
test_skipped (void)
{
  g_autoptr(GPtrArray) pins = new_pins ();
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *json = NULL;
  guint skipped = 0;

  for (guint i = 0; i < 5; i++)
    {
      WkPinDraft *pin = make_pin ("on the image", NAN, NAN);

      pin->x = 0.25;
      pin->y = 0.75;
      g_ptr_array_add (pins, pin);
    }
  g_ptr_array_add (pins, make_pin ("on the map", 52.0, 5.0));
  g_ptr_array_add (pins, make_pin ("half", 52.0, NAN));
  g_ptr_array_add (pins, make_pin ("off the globe", 91.0, 5.0));

  json = wk_geojson_write ((WkPinDraft **) pins->pdata, pins->len, "x", &skipped, NULL);
  g_assert_cmpuint (skipped, ==, 7);
  back = read_ok (json, NULL);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpstr (((WkPinDraft *) back->pdata[0])->title, ==, "on the map");

  /* nothing at all to write is still a collection */
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&back, g_ptr_array_unref);
  json = wk_geojson_write (NULL, 0, NULL, &skipped, NULL);
  g_assert_cmpuint (skipped, ==, 0);
  back = read_ok (json, NULL);
  g_assert_cmpuint (back->len, ==, 0);
}

#define FEATURE(geometry, properties) \
  "{\"type\":\"Feature\",\"geometry\":" geometry ",\"properties\":" properties "}"
#define POINT(x, y) "{\"type\":\"Point\",\"coordinates\":[" x "," y "]}"

static void
assert_problem (GPtrArray        *problems,
                guint             index,
                WkImportSeverity  severity,
                guint             line,
                const char       *in_message)
{
  const WkImportProblem *problem;
  g_autofree char *feature = g_strdup_printf ("Feature %u: ", line);

  g_assert_cmpuint (index, <, problems->len);
  problem = problems->pdata[index];
  g_test_message ("%s:%u: %s", problem->file, problem->line, problem->message);
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_cmpstr (problem->file, ==, "map.geojson");
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_true (g_str_has_prefix (problem->message, feature));
  g_assert_nonnull (strstr (problem->message, in_message));
}

static void
test_bad_features (void)
{
  const char *text =
    "{\"type\":\"FeatureCollection\",\"features\":[\n"
    /* 1 */ FEATURE (POINT ("5.1", "52.1"), "{\"title\":\"good\"}") ",\n"
    /* 2 */ FEATURE ("{\"type\":\"LineString\",\"coordinates\":[[5,52],[6,53]]}", "{}") ",\n"
    /* 3 */ FEATURE ("{\"type\":\"Point\"}", "null") ",\n"
    /* 4 */ FEATURE (POINT ("\"5\"", "\"52\""), "{}") ",\n"
    /* 5 */ FEATURE (POINT ("200", "52"), "{}") ",\n"
    /* 6 */ FEATURE (POINT ("5", "120"), "{}") ",\n"
    /* 7 */ FEATURE (POINT ("5", "52"), "{\"title\":42}") ",\n"
    /* 8 */ FEATURE (POINT ("5.2", "52.2"), "{\"title\":\"late\",\"date\":\"31-05-2024\"}") ",\n"
    /* 9 */ FEATURE ("null", "{\"title\":\"nowhere\"}") ",\n"
    /* 10 */ POINT ("5", "52") ",\n"
    /* 11 */ "\"hello\",\n"
    /* 12: integers, name and description, a date, extra properties */
    FEATURE ("{\"type\":\"Point\",\"coordinates\":[5,52,3.5]}",
             "{\"name\":\"Kerk\",\"description\":\"oud\",\"date\":\"2023-02-28\",\"marker-color\":\"#f00\","
             "\"extra\":{\"deep\":[1,2]},\"category\":\"place\",\"session\":\"s1\"}") ",\n"
    /* 13: Rijksdriehoek */ FEATURE (POINT ("121000", "487000"), "{}") ",\n"
    /* 14: control characters */
    FEATURE (POINT ("5.3", "52.3"), "{\"title\":\"a\\u0007b\\nc\\u0000\",\"note\":\"x\\r\\ny\\u001b\"}") ",\n"
    /* 15 */ FEATURE (POINT ("100", "100"), "{}") ",\n"
    /* 16 */ FEATURE (POINT ("5", "52"), "{\"name\":[\"list\"]}") ",\n"
    /* 17: not-text note and a date that is no date: imported with warnings */
    FEATURE (POINT ("5.4", "52.4"), "{\"note\":{\"a\":1},\"date\":\"2023-02-30\",\"category\":7}") ",\n"
    /* 18 */ FEATURE (POINT ("5", "1e999"), "{}") ",\n"
    /* 19 */ FEATURE (POINT ("5", "null"), "{}") ",\n"
    /* 20 */ "{\"type\":\"Feature\",\"properties\":{}}\n"
    "]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pins = read_ok (text, &problems);
  const WkPinDraft *pin;
  guint i = 0;

  g_assert_cmpuint (pins->len, ==, 5);
  pin = pins->pdata[0];
  g_assert_cmpuint (pin->feature, ==, 1);
  g_assert_cmpstr (pin->title, ==, "good");
  pin = pins->pdata[1];
  g_assert_cmpuint (pin->feature, ==, 8);
  g_assert_null (pin->date);
  pin = pins->pdata[2];
  g_assert_cmpuint (pin->feature, ==, 12);
  g_assert_cmpstr (pin->title, ==, "Kerk");
  g_assert_cmpstr (pin->note, ==, "oud");
  g_assert_cmpstr (pin->date, ==, "2023-02-28");
  g_assert_cmpstr (pin->category, ==, "place");
  g_assert_cmpstr (pin->session, ==, "s1");
  g_assert_cmpfloat (pin->longitude, ==, 5.0);
  g_assert_cmpfloat (pin->latitude, ==, 52.0);
  pin = pins->pdata[3];
  g_assert_cmpuint (pin->feature, ==, 14);
  g_assert_cmpstr (pin->title, ==, "ab c");
  g_assert_cmpstr (pin->note, ==, "x\ny");
  pin = pins->pdata[4];
  g_assert_cmpuint (pin->feature, ==, 17);
  g_assert_cmpstr (pin->note, ==, "");
  g_assert_null (pin->date);
  g_assert_null (pin->category);

  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 2, "LineString");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 3, "no coordinates");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 4, "not two numbers");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 5, "longitude 200 is outside");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 6, "swapped");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 7, "title (the property “title”) is not text");
  assert_problem (problems, i++, WK_IMPORT_WARNING, 8, "31-05-2024");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 9, "no geometry");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 10, "type is Point, not Feature");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 11, "not a GeoJSON Feature");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 13, "WGS 84");
  assert_problem (problems, i++, WK_IMPORT_WARNING, 14, "control characters");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 15, "latitude 100 is outside −90 to 90.");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 16, "property “name”");
  assert_problem (problems, i++, WK_IMPORT_WARNING, 17, "“note” is not text");
  assert_problem (problems, i++, WK_IMPORT_WARNING, 17, "“category” is not text");
  assert_problem (problems, i++, WK_IMPORT_WARNING, 17, "2023-02-30");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 18, "outside");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 19, "not two numbers");
  assert_problem (problems, i++, WK_IMPORT_BAD_ROW, 20, "no geometry");
  g_assert_cmpuint (problems->len, ==, i);
}

static void
test_single (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) feature = read_ok (FEATURE (POINT ("4.9", "52.37"), "{\"title\":\"één\"}"),
                                          &problems);
  g_autoptr(GPtrArray) point = read_ok (POINT ("-0.1", "51.5"), NULL);
  g_autoptr(GPtrArray) bad_problems = NULL;
  g_autoptr(GPtrArray) bad = read_ok ("{\"type\":\"Point\",\"coordinates\":[]}", &bad_problems);

  g_assert_cmpuint (feature->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (((WkPinDraft *) feature->pdata[0])->title, ==, "één");
  g_assert_cmpuint (((WkPinDraft *) feature->pdata[0])->feature, ==, 1);
  g_assert_cmpuint (point->len, ==, 1);
  g_assert_cmpstr (((WkPinDraft *) point->pdata[0])->title, ==, "");
  g_assert_cmpfloat (((WkPinDraft *) point->pdata[0])->longitude, ==, -0.1);
  g_assert_cmpfloat (((WkPinDraft *) point->pdata[0])->latitude, ==, 51.5);
  g_assert_cmpuint (bad->len, ==, 0);
  assert_problem (bad_problems, 0, WK_IMPORT_BAD_ROW, 1, "not two numbers");
}

static void
test_empty_collection (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pins = read_ok ("{\"type\":\"FeatureCollection\",\"features\":[]}", &problems);

  g_assert_cmpuint (pins->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_not_geojson (void)
{
  assert_fails ("this is not JSON", "not a GeoJSON file");
  assert_fails ("{\"type\":\"FeatureCollection\",\"features\":[", "not a GeoJSON file");
  assert_fails ("", "empty");
  assert_fails (" \n ", "empty");
  assert_fails ("[1,2,3]", "no FeatureCollection, Feature or Point");
  assert_fails ("{\"features\":[]}", "no FeatureCollection, Feature or Point");
  assert_fails ("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}", "LineString");
  assert_fails ("{\"type\":\"FeatureCollection\"}", "without a list of features");
  assert_fails ("{\"type\":\"FeatureCollection\",\"features\":{}}", "without a list of features");
  /* QGIS's export in Rijksdriehoek */
  assert_fails ("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                "{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},\"features\":[]}", "EPSG::28992");
  assert_fails ("\xff\xfe{\0\"\0", "UTF-16");
  {
    g_autoptr(GPtrArray) pins = read_ok ("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                                         "\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},"
                                         "\"features\":[]}", NULL);

    g_assert_cmpuint (pins->len, ==, 0);
  }
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) pins = read_ok (FEATURE (POINT ("5", "52"), "{\"title\":\"Caf\xe9 de Ster\"}"),
                                       &problems);
  const WkImportProblem *problem;

  g_assert_cmpuint (pins->len, ==, 1);
  g_assert_cmpstr (((WkPinDraft *) pins->pdata[0])->title, ==, "Caf\xef\xbf\xbd de Ster");
  g_assert_cmpuint (problems->len, ==, 1);
  problem = problems->pdata[0];
  g_assert_cmpint (problem->severity, ==, WK_IMPORT_WARNING);
  g_assert_cmpuint (problem->line, ==, 0);
  g_assert_nonnull (strstr (problem->message, "UTF-8"));
}

static void
test_too_many (void)
{
  g_autoptr(GString) text = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");

  for (guint i = 0; i <= WK_GEOJSON_MAX_FEATURES; i++)
    g_string_append (text, i > 0 ? ",{}" : "{}");
  g_string_append (text, "]}");
  assert_fails (text->str, "at most 100000");
}

static void
test_speed (void)
{
  g_autoptr(GPtrArray) pins = new_pins ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Plek %u: \"bankje\" 😀", i);
      WkPinDraft *pin = make_pin (title, 52.0 + i * 1e-5, 4.0 + i * 1e-5);

      g_free (pin->note);
      pin->note = g_strdup ("Hier zitten 's avonds jongeren; de verlichting is kapot.\nMelding gedaan.");
      pin->category = g_strdup ("concern");
      pin->session = g_strdup ("Bewonersavond maart");
      pin->date = g_strdup ("2024-03-12");
      g_ptr_array_add (pins, pin);
    }
  json = wk_geojson_write ((WkPinDraft **) pins->pdata, pins->len, "De Ster", NULL, NULL);
  data = g_bytes_new (json, strlen (json));

  start = g_get_monotonic_time ();
  g_assert_true (wk_geojson_read (data, "big.geojson", &back, &problems, &error));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  g_test_message ("reading 5,000 features (%zu bytes) took %.3f s", strlen (json), seconds);
  g_assert_cmpuint (back->len, ==, 5000);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (((WkPinDraft *) back->pdata[4999])->title, ==, "Plek 4999: \"bankje\" 😀");
  g_assert_cmpuint (((WkPinDraft *) back->pdata[4999])->feature, ==, 5000);
  g_assert_cmpfloat (seconds, <, 1.0);
}

/* CSV -------------------------------------------------------------------- */

static GPtrArray *
csv_pins (void)
{
  GPtrArray *pins = new_pins ();
  WkPinDraft *pin;

  pin = make_pin ("Buurthuis; \"De Ster\"", 52.370216, 4.895168);
  g_free (pin->note);
  pin->note = g_strdup ("first line\r\nsecond line\nthird");
  pin->date = g_strdup ("2024-05-31");
  pin->category = g_strdup ("meeting-place");
  pin->session = g_strdup ("Avond 1");
  pin->actor = g_strdup ("Buurtvader");
  pin->initiative = g_strdup ("Moestuin");
  pin->street_level = TRUE;
  g_ptr_array_add (pins, pin);
  /* formulas, and a western longitude that must stay a number */
  pin = make_pin ("=HYPERLINK(\"http://evil.example\";\"klik\")", 51.5, -0.1234564);
  g_free (pin->note);
  pin->note = g_strdup ("+31 6 12345678");
  pin->category = g_strdup ("-2+3");
  pin->session = g_strdup ("@SUM(A1)");
  pin->actor = g_strdup ("\tTab");
  pin->initiative = g_strdup ("\rCR");
  g_ptr_array_add (pins, pin);
  pin = make_pin (HOSTILE_TITLE, NAN, NAN);
  pin->x = 0.123456;
  pin->y = 1.0;
  g_ptr_array_add (pins, pin);
  return pins;
}

/* The records of @csv as wk_csv_reader reads them, each fields joined by '|'. */
static GPtrArray *
csv_records (const char *csv)
{
  g_autoptr(GBytes) data = bytes (csv);
  g_autoptr(WkCsvReader) reader = wk_csv_reader_new (data, wk_csv_guess_delimiter (csv, strlen (csv)));
  g_autoptr(GError) error = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **fields;

  while (wk_csv_reader_read (reader, &fields, &error))
    {
      g_assert_cmpuint (wk_csv_reader_get_n_invalid (reader), ==, 0);
      g_ptr_array_add (records, fields);
    }
  g_assert_no_error (error);
  return records;
}

static void
test_csv_format (void)
{
  g_autoptr(GPtrArray) pins = csv_pins ();
  g_autofree char *csv = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_auto(GStrv) lines = NULL;

  /* whatever the process's locale: numbers are done by hand */
  setlocale (LC_NUMERIC, "nl_NL.UTF-8");
  csv = wk_pin_csv_write ((WkPinDraft **) pins->pdata, pins->len, FALSE);
  setlocale (LC_NUMERIC, "C");
  {
    g_autofree char *again = wk_pin_csv_write ((WkPinDraft **) pins->pdata, pins->len, FALSE);

    g_assert_cmpstr (again, ==, csv);
  }
  setlocale (LC_NUMERIC, old_locale);
  g_test_message ("%s", csv);

  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "Title;Category;Session;Date;Note;Actor;"
                                   "Initiative;Latitude;Longitude;Street level\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  /* every line break outside a field is CRLF; inside a field LF */
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[1], ==,
                   "\"Buurthuis; \"\"De Ster\"\"\";meeting-place;Avond 1;2024-05-31;"
                   "\"first line\nsecond line\nthird\";Buurtvader;Moestuin;52,370216;4,895168;yes");
  g_assert_cmpstr (lines[2], ==,
                   "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\")\";"
                   "'-2+3;'@SUM(A1);;'+31 6 12345678;'\tTab;\"'\nCR\";51,500000;-0,123456;");
  /* no coordinates on a tile map: empty cells */
  g_assert_true (g_str_has_suffix (lines[3], ";;;"));
  g_assert_cmpstr (lines[4], ==, "");
}

static void
test_csv_image_map (void)
{
  g_autoptr(GPtrArray) pins = csv_pins ();
  g_autofree char *csv = wk_pin_csv_write ((WkPinDraft **) pins->pdata, pins->len, TRUE);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, "\xef\xbb\xbf" "Title;Category;Session;Date;Note;Actor;"
                   "Initiative;X;Y;Street level");
  g_assert_true (g_str_has_suffix (lines[3], ";0,1235;1,0000;"));
  g_assert_true (g_str_has_suffix (lines[1], ";;;yes"));
}

static void
test_csv_read_back (void)
{
  g_autoptr(GPtrArray) pins = csv_pins ();
  g_autofree char *csv = wk_pin_csv_write ((WkPinDraft **) pins->pdata, pins->len, FALSE);
  g_autoptr(GPtrArray) records = csv_records (csv);
  char **fields;

  g_assert_cmpuint (records->len, ==, 4);
  fields = records->pdata[0];
  g_assert_cmpuint (g_strv_length (fields), ==, 10);
  g_assert_cmpstr (fields[0], ==, "Title");
  g_assert_cmpstr (fields[9], ==, "Street level");

  fields = records->pdata[1];
  g_assert_cmpuint (g_strv_length (fields), ==, 10);
  g_assert_cmpstr (fields[0], ==, "Buurthuis; \"De Ster\"");
  g_assert_cmpstr (fields[1], ==, "meeting-place");
  g_assert_cmpstr (fields[2], ==, "Avond 1");
  g_assert_cmpstr (fields[3], ==, "2024-05-31");
  g_assert_cmpstr (fields[4], ==, "first line\nsecond line\nthird");
  g_assert_cmpstr (fields[5], ==, "Buurtvader");
  g_assert_cmpstr (fields[6], ==, "Moestuin");
  g_assert_cmpstr (fields[7], ==, "52,370216");
  g_assert_cmpstr (fields[8], ==, "4,895168");
  g_assert_cmpstr (fields[9], ==, "yes");

  /* the guarded fields come back with their apostrophe and nothing else changed */
  fields = records->pdata[2];
  g_assert_cmpuint (g_strv_length (fields), ==, 10);
  g_assert_cmpstr (fields[0], ==, "'=HYPERLINK(\"http://evil.example\";\"klik\")");
  g_assert_cmpstr (fields[1], ==, "'-2+3");
  g_assert_cmpstr (fields[2], ==, "'@SUM(A1)");
  g_assert_cmpstr (fields[3], ==, "");
  g_assert_cmpstr (fields[4], ==, "'+31 6 12345678");
  g_assert_cmpstr (fields[5], ==, "'\tTab");
  g_assert_cmpstr (fields[6], ==, "'\nCR");
  g_assert_cmpstr (fields[7], ==, "51,500000");
  g_assert_cmpstr (fields[8], ==, "-0,123456");
  g_assert_cmpstr (fields[9], ==, "");

  fields = records->pdata[3];
  g_assert_cmpuint (g_strv_length (fields), ==, 10);
  g_assert_cmpstr (fields[0], ==, HOSTILE_TITLE);
  g_assert_cmpstr (fields[4], ==, "");
  g_assert_cmpstr (fields[7], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geojson/round-trip", test_round_trip);
  g_test_add_func ("/geojson/decimal-point", test_decimal_point);
  g_test_add_func ("/geojson/skipped", test_skipped);
  g_test_add_func ("/geojson/bad-features", test_bad_features);
  g_test_add_func ("/geojson/single", test_single);
  g_test_add_func ("/geojson/empty-collection", test_empty_collection);
  g_test_add_func ("/geojson/not-geojson", test_not_geojson);
  g_test_add_func ("/geojson/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/geojson/too-many", test_too_many);
  g_test_add_func ("/geojson/speed", test_speed);
  g_test_add_func ("/pin-csv/format", test_csv_format);
  g_test_add_func ("/pin-csv/image-map", test_csv_image_map);
  g_test_add_func ("/pin-csv/read-back", test_csv_read_back);

  return g_test_run ();
}

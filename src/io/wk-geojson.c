/* wk-geojson.c: the pins of a community map as GeoJSON (RFC 7946), for QGIS, uMap and geojson.io
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Written: a FeatureCollection named after the wijk, one Point feature per
 * pin that has a latitude and longitude (pins on an image map have none and
 * are skipped), with the pin's fields as properties. Coordinates have at
 * most 7 decimals (about a centimetre) and always a decimal point: json-glib
 * would write 52.370215999999999 for 52.370216, so they pass through the
 * generator as marked strings that are turned into numbers afterwards.
 *
 * Read: a FeatureCollection, a single Feature or a bare Point. A feature
 * that cannot become a pin (not a Point, no or bad coordinates, a title that
 * is not text) is left out and reported with its 1-based number; the others
 * still come back. Only a file that is not JSON, or JSON without GeoJSON at
 * the top, fails as a whole, as does one with more than
 * WK_GEOJSON_MAX_FEATURES features or in a coordinate system other than
 * WGS 84 (the "crs" member of GeoJSON before RFC 7946, which QGIS still
 * writes for Rijksdriehoek files).
 *
 * Text in and out loses its control characters (a note keeps its line
 * breaks and tabs, a title gets spaces for them); bytes that are not UTF-8
 * become U+FFFD with a warning, as json-glib refuses them otherwise.
 */
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "wk-geojson.h"

/* Messages quote at most this many characters of a value from the file. */
#define QUOTE_MAX 60

/* A coordinate goes through JsonGenerator as a string: this mark, then its
 * text. User text never holds the mark: control characters are removed. */
#define NUMBER_MARK "\x01"

/* What is left of text from a file or the store for a GeoJSON string. */
static char *
clean_text (const char *text,
            gboolean    multiline,
            gboolean   *changed)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    {
      text = valid = g_utf8_make_valid (text, -1);
      *changed = TRUE;
    }

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_CONTROL)
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else if (c == '\r' && p[1] == '\n')
        continue;   /* the LF follows */
      else if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, !multiline ? ' ' : c == '\t' ? '\t' : '\n');
      else
        *changed = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* A value from the file, short and clean enough to quote in a message. */
static char *
quote (const char *text)
{
  gboolean changed = FALSE;
  g_autofree char *clean = clean_text (text, FALSE, &changed);

  if (g_utf8_strlen (clean, -1) <= QUOTE_MAX)
    return g_steal_pointer (&clean);
  {
    g_autofree char *start = g_utf8_substring (clean, 0, QUOTE_MAX);

    return g_strconcat (start, "…", NULL);
  }
}

/* Writing ----------------------------------------------------------------- */

/* Degrees with at most 7 decimals and a point, whatever the locale. */
static void
format_degrees (char   *buffer,
                gsize   size,
                double  value)
{
  char *end;

  g_ascii_formatd (buffer, size, "%.7f", value);
  end = buffer + strlen (buffer) - 1;
  while (end > buffer && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");
}

static void
add_coordinate (JsonBuilder *builder,
                double       value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *marked = NULL;

  format_degrees (number, sizeof number, value);
  marked = g_strconcat (NUMBER_MARK, number, NULL);
  json_builder_add_string_value (builder, marked);
}

/* Replaces each string "<mark>number" (with the mark as @mark writes it) by
 * the number. */
static char *
unmark_numbers (const char *json,
                const char *mark)
{
  GString *out = g_string_sized_new (strlen (json));
  gsize mark_length = strlen (mark);
  const char *rest = json;
  const char *found;

  while ((found = strstr (rest, mark)) != NULL)
    {
      const char *number = found + mark_length;
      const char *close = strchr (number, '"');

      g_assert (close != NULL);
      g_string_append_len (out, rest, found - rest);
      g_string_append_len (out, number, close - number);
      rest = close + 1;
    }
  g_string_append (out, rest);
  return g_string_free (out, FALSE);
}

/* A string member, or null for NULL text. */
static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *text,
          gboolean     multiline)
{
  gboolean changed = FALSE;
  g_autofree char *clean = clean_text (text, multiline, &changed);

  json_builder_set_member_name (builder, name);
  if (clean != NULL)
    json_builder_add_string_value (builder, clean);
  else
    json_builder_add_null_value (builder);
}

static gboolean
has_position (const WkPinDraft *pin)
{
  return isfinite (pin->latitude) && isfinite (pin->longitude) &&
         fabs (pin->latitude) <= 90.0 && fabs (pin->longitude) <= 180.0;
}

static void
add_feature (JsonBuilder      *builder,
             const WkPinDraft *pin)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "Feature");

  json_builder_set_member_name (builder, "geometry");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "Point");
  json_builder_set_member_name (builder, "coordinates");
  json_builder_begin_array (builder);
  add_coordinate (builder, pin->longitude);
  add_coordinate (builder, pin->latitude);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "properties");
  json_builder_begin_object (builder);
  add_text (builder, "title", pin->title != NULL ? pin->title : "", FALSE);
  add_text (builder, "note", pin->note != NULL ? pin->note : "", TRUE);
  if (pin->date != NULL)
    add_text (builder, "date", pin->date, FALSE);
  add_text (builder, "category", pin->category, FALSE);
  add_text (builder, "session", pin->session, FALSE);
  add_text (builder, "actor", pin->actor, FALSE);
  if (pin->initiative != NULL)
    add_text (builder, "initiative", pin->initiative, FALSE);
  if (pin->street_level)
    {
      json_builder_set_member_name (builder, "street_level");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

/**
 * wk_geojson_write:
 * @pins: (array length=n_pins): the pins
 * @wijk_name: (nullable): the collection's "name"
 * @n_skipped: (out) (optional): how many pins were left out because they
 *   have no latitude and longitude (pins on an image map)
 * @error: for failures to come; nothing fails at present
 *
 * Returns: (transfer full): a GeoJSON FeatureCollection, pretty-printed
 */
char *
wk_geojson_write (WkPinDraft **pins,
                  guint        n_pins,
                  const char  *wijk_name,
                  guint       *n_skipped,
                  GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *unescaped = NULL;
  guint skipped = 0;

  g_return_val_if_fail (pins != NULL || n_pins == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "FeatureCollection");
  if (wijk_name != NULL)
    add_text (builder, "name", wijk_name, FALSE);
  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_pins; i++)
    {
      g_return_val_if_fail (pins[i] != NULL, NULL);
      if (has_position (pins[i]))
        add_feature (builder, pins[i]);
      else
        skipped++;
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  generated = json_generator_to_data (generator, NULL);

  if (n_skipped != NULL)
    *n_skipped = skipped;
  /* json-glib escapes the mark as \u0001; should a version write it as it
   * is, that is undone too */
  unescaped = unmark_numbers (generated, "\"\\u0001");
  return unmark_numbers (unescaped, "\"" NUMBER_MARK);
}

/* Reading ----------------------------------------------------------------- */

typedef struct
{
  const char   *file;
  WkImportPlan *plan;    /* only for its problems */
  GPtrArray    *pins;
} Reader;

static void G_GNUC_PRINTF (4, 5)
add_problem (Reader           *reader,
             WkImportSeverity  severity,
             guint             number,
             const char       *format,
             ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  wk_import_plan_add_problem (reader->plan, severity, reader->file, number,
                              /* TRANSLATORS: a feature is one item of a GeoJSON file; %u is
                               * its number, %s what is wrong with it */
                              _("Feature %u: %s"), number, detail);
}

/* The member @name, or NULL when it is missing or null. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static const char *
get_text (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
get_number (JsonNode *node,
            double   *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else
    return FALSE;
  return TRUE;
}

/* A value as the file writes it, for a message. */
static char *
quote_node (JsonNode *node)
{
  const char *text = get_text (node);
  g_autofree char *json = NULL;

  if (text != NULL)
    return quote (text);
  json = json_to_string (node, FALSE);
  return quote (json);
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

/* Reads a Point's longitude and latitude; reports and returns FALSE when it
 * has none that can be a pin. */
static gboolean
read_point (Reader     *reader,
            JsonObject *geometry,
            guint       number,
            double     *longitude,
            double     *latitude)
{
  JsonNode *type = get_member (geometry, "type");
  JsonNode *coordinates = get_member (geometry, "coordinates");
  JsonArray *position;

  if (get_text (type) == NULL)
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   _("its geometry has no type; it should be a Point."));
      return FALSE;
    }
  if (!g_str_equal (get_text (type), "Point"))
    {
      g_autofree char *shown = quote (get_text (type));

      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   /* TRANSLATORS: %s is a GeoJSON geometry type such as LineString or Polygon */
                   _("its geometry is a %s, not a Point; only points can become pins."), shown);
      return FALSE;
    }
  if (coordinates == NULL)
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number, _("its point has no coordinates."));
      return FALSE;
    }
  position = JSON_NODE_HOLDS_ARRAY (coordinates) ? json_node_get_array (coordinates) : NULL;
  if (position == NULL || json_array_get_length (position) < 2 ||
      !get_number (json_array_get_element (position, 0), longitude) ||
      !get_number (json_array_get_element (position, 1), latitude))
    {
      g_autofree char *shown = quote_node (coordinates);

      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   _("its coordinates %s are not two numbers [longitude, latitude]."), shown);
      return FALSE;
    }
  if (!(fabs (*longitude) <= 180.0) || !(fabs (*latitude) <= 90.0))
    {
      g_autofree char *shown_longitude = format_number (*longitude);
      g_autofree char *shown_latitude = format_number (*latitude);

      if (!(fabs (*longitude) <= 1000.0) && !(fabs (*latitude) <= 1000.0))
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("its coordinates %s, %s are not degrees. Save the file in WGS 84 "
                       "(EPSG:4326), as GeoJSON requires."),
                     shown_longitude, shown_latitude);
      else if (!(fabs (*longitude) <= 180.0))
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("its longitude %s is outside −180 to 180."), shown_longitude);
      else if (fabs (*longitude) <= 90.0 && fabs (*latitude) <= 180.0)
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("its latitude %s is outside −90 to 90. GeoJSON gives the longitude "
                       "first: are the two swapped?"),
                     shown_latitude);
      else
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("its latitude %s is outside −90 to 90."), shown_latitude);
      return FALSE;
    }
  return TRUE;
}

/* The text of the first of @names that is there: *value stays NULL when
 * none is; FALSE when the one there is not text (*key then names it). */
static gboolean
read_text (JsonObject  *properties,
           const char  *names[],
           const char **key,
           const char **value)
{
  *value = NULL;
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = get_member (properties, names[i]);

      if (node == NULL)
        continue;
      *key = names[i];
      *value = get_text (node);
      return *value != NULL;
    }
  return TRUE;
}

/* An optional text property: NULL with a warning when it is not text. */
static char *
read_optional (Reader     *reader,
               JsonObject *properties,
               const char *names[],
               gboolean    multiline,
               guint       number,
               gboolean   *changed)
{
  const char *key = NULL;
  const char *value;

  if (!read_text (properties, names, &key, &value))
    {
      add_problem (reader, WK_IMPORT_WARNING, number,
                   /* TRANSLATORS: %s is the name of a property in the file, such as category */
                   _("its property “%s” is not text and is left out."), key);
      return NULL;
    }
  return clean_text (value, multiline, changed);
}

static gboolean
is_iso_date (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

static WkPinDraft *
read_feature (Reader   *reader,
              JsonNode *node,
              guint     number)
{
  static const char *title_names[] = { "title", "name", NULL };
  static const char *note_names[] = { "note", "description", NULL };
  static const char *category_names[] = { "category", NULL };
  static const char *session_names[] = { "session", NULL };
  g_autoptr(WkPinDraft) pin = NULL;
  JsonObject *feature;
  JsonObject *properties = NULL;
  JsonNode *type;
  JsonNode *geometry;
  JsonNode *member;
  const char *key = NULL;
  const char *title;
  gboolean changed = FALSE;
  double longitude, latitude;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number, _("it is not a GeoJSON Feature object."));
      return NULL;
    }
  feature = json_node_get_object (node);
  type = get_member (feature, "type");
  if (get_text (type) == NULL || !g_str_equal (get_text (type), "Feature"))
    {
      g_autofree char *shown = type != NULL ? quote_node (type) : NULL;

      if (shown == NULL)
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("it has no type; a feature has the type Feature."));
      else
        add_problem (reader, WK_IMPORT_BAD_ROW, number,
                     _("its type is %s, not Feature."), shown);
      return NULL;
    }
  geometry = get_member (feature, "geometry");
  if (geometry == NULL)
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   _("it has no geometry, so no place on the map."));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (geometry))
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   _("its geometry is not an object with a type and coordinates."));
      return NULL;
    }
  if (!read_point (reader, json_node_get_object (geometry), number, &longitude, &latitude))
    return NULL;

  member = get_member (feature, "properties");
  if (member != NULL && JSON_NODE_HOLDS_OBJECT (member))
    properties = json_node_get_object (member);

  if (!read_text (properties, title_names, &key, &title))
    {
      add_problem (reader, WK_IMPORT_BAD_ROW, number,
                   /* TRANSLATORS: %s is the property holding it: title or name */
                   _("its title (the property “%s”) is not text."), key);
      return NULL;
    }

  pin = wk_pin_draft_new ();
  pin->feature = number;
  pin->longitude = longitude;
  pin->latitude = latitude;
  if (title != NULL)
    {
      g_free (pin->title);
      pin->title = clean_text (title, FALSE, &changed);
    }
  {
    g_autofree char *note = read_optional (reader, properties, note_names, TRUE, number, &changed);

    if (note != NULL)
      {
        g_free (pin->note);
        pin->note = g_steal_pointer (&note);
      }
  }
  pin->category = read_optional (reader, properties, category_names, FALSE, number, &changed);
  pin->session = read_optional (reader, properties, session_names, FALSE, number, &changed);

  member = get_member (properties, "date");
  if (member != NULL)
    {
      g_autofree char *date = g_strstrip (g_strdup (get_text (member) != NULL
                                                    ? get_text (member) : ""));

      if (is_iso_date (date))
        pin->date = g_steal_pointer (&date);
      else
        {
          g_autofree char *shown = quote_node (member);

          add_problem (reader, WK_IMPORT_WARNING, number,
                       _("its date %s is not written as year-month-day, like 2024-05-31; "
                         "the pin is imported without a date."),
                       shown);
        }
    }

  member = get_member (properties, "street_level");
  pin->street_level = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
                      json_node_get_value_type (member) == G_TYPE_BOOLEAN &&
                      json_node_get_boolean (member);

  if (changed)
    add_problem (reader, WK_IMPORT_WARNING, number,
                 _("control characters were removed from its text."));
  return g_steal_pointer (&pin);
}

static void
add_feature_pin (Reader   *reader,
                 JsonNode *node,
                 guint     number)
{
  WkPinDraft *pin = read_feature (reader, node, number);

  if (pin != NULL)
    g_ptr_array_add (reader->pins, pin);
}

/* FALSE when the "crs" of a file in the GeoJSON of 2008 is not WGS 84 (or
 * ETRS89, the same within a metre); RFC 7946 has no "crs" at all. */
static gboolean
check_crs (JsonObject  *root,
           const char  *file,
           GError     **error)
{
  JsonNode *crs = get_member (root, "crs");
  JsonNode *properties = NULL;
  const char *name = NULL;

  if (crs != NULL && JSON_NODE_HOLDS_OBJECT (crs))
    properties = get_member (json_node_get_object (crs), "properties");
  if (properties != NULL && JSON_NODE_HOLDS_OBJECT (properties))
    name = get_text (get_member (json_node_get_object (properties), "name"));
  if (name == NULL || strstr (name, "CRS84") != NULL || g_str_has_suffix (name, "4326") ||
      g_str_has_suffix (name, "4258"))
    return TRUE;
  {
    g_autofree char *shown = quote (name);

    g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                 /* TRANSLATORS: the second %s names a coordinate system, such
                  * as urn:ogc:def:crs:EPSG::28992 */
                 _("“%s” uses the coordinate system %s. Save it in WGS 84 (EPSG:4326), "
                   "as GeoJSON requires, and import it again."),
                 file, shown);
  }
  return FALSE;
}

static gboolean
read_root (Reader      *reader,
           JsonNode    *root,
           GError     **error)
{
  JsonObject *object;
  const char *type;

  if (root == NULL)
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   _("“%s” is empty."), reader->file);
      return FALSE;
    }
  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  type = get_text (get_member (object, "type"));
  if (type == NULL)
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   _("“%s” is not GeoJSON: it holds no FeatureCollection, Feature or Point."),
                   reader->file);
      return FALSE;
    }
  if (!check_crs (object, reader->file, error))
    return FALSE;

  if (g_str_equal (type, "FeatureCollection"))
    {
      JsonNode *member = get_member (object, "features");
      JsonArray *features = member != NULL && JSON_NODE_HOLDS_ARRAY (member)
                            ? json_node_get_array (member) : NULL;
      guint n_features;

      if (features == NULL)
        {
          g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                       _("“%s” is a FeatureCollection without a list of features."),
                       reader->file);
          return FALSE;
        }
      n_features = json_array_get_length (features);
      if (n_features > WK_GEOJSON_MAX_FEATURES)
        {
          g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                       _("“%s” has %u features; Wijkkaart imports at most %u pins from one file."),
                       reader->file, n_features, (guint) WK_GEOJSON_MAX_FEATURES);
          return FALSE;
        }
      for (guint i = 0; i < n_features; i++)
        add_feature_pin (reader, json_array_get_element (features, i), i + 1);
    }
  else if (g_str_equal (type, "Feature"))
    add_feature_pin (reader, root, 1);
  else if (g_str_equal (type, "Point"))
    {
      double longitude, latitude;

      if (read_point (reader, object, 1, &longitude, &latitude))
        {
          WkPinDraft *pin = wk_pin_draft_new ();

          pin->feature = 1;
          pin->longitude = longitude;
          pin->latitude = latitude;
          g_ptr_array_add (reader->pins, pin);
        }
    }
  else
    {
      g_autofree char *shown = quote (type);

      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: the second %s is a GeoJSON type such as LineString */
                   _("“%s” holds a %s. Wijkkaart imports pins from a FeatureCollection, "
                     "a Feature or a Point."),
                   reader->file, shown);
      return FALSE;
    }
  return TRUE;
}

/**
 * wk_geojson_read:
 * @data: the file's contents
 * @display_name: the file's name for messages
 * @pins: (out) (transfer container) (element-type WkPinDraft): the pins
 *   read, with the array freeing them
 * @problems: (out) (optional) (transfer container) (element-type WkImportProblem):
 *   what is wrong with single features, in the order found; WK_IMPORT_BAD_ROW
 *   for one that is left out, WK_IMPORT_WARNING for one imported with a change
 *
 * Returns: %FALSE (@error set, in WK_IMPORT_ERROR) when the file as a whole
 * cannot be read as GeoJSON; %TRUE otherwise, also when no feature became a pin
 */
gboolean
wk_geojson_read (GBytes      *data,
                 const char  *display_name,
                 GPtrArray  **pins,
                 GPtrArray  **problems,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(WkImportPlan) plan = wk_import_plan_new ();
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func ((GDestroyNotify) wk_pin_draft_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *valid = NULL;
  Reader reader = { display_name, plan, read };
  const char *text;
  gsize length;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (pins != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *pins = NULL;
  if (problems != NULL)
    *problems = NULL;

  text = g_bytes_get_data (data, &length);
  if (length >= 2 && ((guchar) text[0] == 0xFF || (guchar) text[0] == 0xFE) &&
      ((guchar) text[1] == 0xFF || (guchar) text[1] == 0xFE) && text[0] != text[1])
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   _("“%s” is saved as UTF-16. Save it as UTF-8, as GeoJSON requires, "
                     "and import it again."),
                   display_name);
      return FALSE;
    }
  if (text != NULL && !g_utf8_validate_len (text, length, NULL))
    {
      text = valid = g_utf8_make_valid (text, length);
      length = strlen (valid);
      wk_import_plan_add_problem (plan, WK_IMPORT_WARNING, display_name, 0,
                                  _("Characters that are not valid UTF-8 were replaced by "
                                    "“\xef\xbf\xbd”. Save the file as UTF-8, as GeoJSON requires."));
    }
  if (length > 0 && !json_parser_load_from_data (parser, text, length, &local_error))
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   /* TRANSLATORS: the second %s is the JSON parser's own message */
                   _("“%s” is not a GeoJSON file: %s"), display_name, local_error->message);
      return FALSE;
    }
  if (!read_root (&reader, length > 0 ? json_parser_get_root (parser) : NULL, error))
    return FALSE;

  *pins = g_steal_pointer (&read);
  if (problems != NULL)
    *problems = g_ptr_array_ref (plan->problems);
  return TRUE;
}

/* wk-view-state.c: what a saved view remembers of the network or the map, as JSON
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The state is the `state` column of a saved view:
 *
 *   { "filters": { "type": "sleutelfiguur", "theme": "...", "engagement": "...",
 *                  "relation": "knows", "min-strength": 2 },
 *     "initiatives": true, "actor": 42,
 *     "place": { "x": 12.5, "y": -40.0, "zoom": 0.8 },
 *     "hidden-categories": [ 3, 5 ] }
 *
 * A state from a newer version may hold more; what is not known is ignored,
 * and a member of the wrong type is ignored too, so a view from another
 * version still opens.
 */
#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "wk-store.h"
#include "wk-view-state.h"

WkViewState *
wk_view_state_new (const char *page)
{
  WkViewState *state = g_new0 (WkViewState, 1);

  state->page = g_strdup (g_strcmp0 (page, "map") == 0 ? "map" : "network");
  state->min_strength = 1;
  state->initiatives = TRUE;
  state->hidden_categories = g_array_new (FALSE, FALSE, sizeof (gint64));
  return state;
}

void
wk_view_state_free (WkViewState *state)
{
  if (state == NULL)
    return;
  g_free (state->page);
  g_free (state->type_key);
  g_free (state->theme);
  g_free (state->engagement);
  g_free (state->relation_type);
  g_array_unref (state->hidden_categories);
  g_free (state);
}

static char *
dup_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  const char *text;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return text != NULL && *text != '\0' ? g_utf8_make_valid (text, -1) : NULL;
}

static gboolean
get_number_member (JsonObject *object,
                   const char *name,
                   double     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type != G_TYPE_DOUBLE && type != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_double (node);
  return isfinite (*value);
}

static JsonObject *
get_object_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * wk_view_state_new_from_json:
 * @page: "network" or "map", as the saved view says
 *
 * Returns: (transfer full): the state, or NULL with @error when @json is not
 *   a JSON object
 */
WkViewState *
wk_view_state_new_from_json (const char  *page,
                             const char  *json,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(WkViewState) state = wk_view_state_new (page);
  JsonObject *root, *filters, *place;
  JsonNode *node;
  double value;

  if (!json_parser_load_from_data (parser, json != NULL ? json : "", -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                   _("The saved view cannot be read: it is damaged."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  filters = get_object_member (root, "filters");
  state->type_key = dup_string_member (filters, "type");
  state->theme = dup_string_member (filters, "theme");
  state->engagement = dup_string_member (filters, "engagement");
  state->relation_type = dup_string_member (filters, "relation");
  if (get_number_member (filters, "min-strength", &value))
    state->min_strength = (int) CLAMP (value, 1, 3);

  node = json_object_get_member (root, "initiatives");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    state->initiatives = json_node_get_boolean (node);
  if (get_number_member (root, "actor", &value) && value > 0)
    state->actor_id = (gint64) value;

  place = get_object_member (root, "place");
  state->has_place = get_number_member (place, "x", &state->x) &&
                     get_number_member (place, "y", &state->y) &&
                     get_number_member (place, "zoom", &state->zoom) && state->zoom > 0;

  node = json_object_get_member (root, "hidden-categories");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < WK_VIEW_STATE_MAX_HIDDEN; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_INT64)
            {
              gint64 id = json_node_get_int (element);

              g_array_append_val (state->hidden_categories, id);
            }
        }
    }
  return g_steal_pointer (&state);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* Returns: (transfer full): the state as a JSON object, for the store */
char *
wk_view_state_to_json (const WkViewState *state)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "filters");
  json_builder_begin_object (builder);
  add_string (builder, "type", state->type_key);
  add_string (builder, "theme", state->theme);
  add_string (builder, "engagement", state->engagement);
  add_string (builder, "relation", state->relation_type);
  if (state->min_strength > 1)
    {
      json_builder_set_member_name (builder, "min-strength");
      json_builder_add_int_value (builder, state->min_strength);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "initiatives");
  json_builder_add_boolean_value (builder, state->initiatives);
  if (state->actor_id > 0)
    {
      json_builder_set_member_name (builder, "actor");
      json_builder_add_int_value (builder, state->actor_id);
    }
  if (state->has_place && isfinite (state->x) && isfinite (state->y) && isfinite (state->zoom))
    {
      json_builder_set_member_name (builder, "place");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "x");
      json_builder_add_double_value (builder, state->x);
      json_builder_set_member_name (builder, "y");
      json_builder_add_double_value (builder, state->y);
      json_builder_set_member_name (builder, "zoom");
      json_builder_add_double_value (builder, state->zoom);
      json_builder_end_object (builder);
    }
  if (state->hidden_categories->len > 0)
    {
      json_builder_set_member_name (builder, "hidden-categories");
      json_builder_begin_array (builder);
      for (guint i = 0; i < state->hidden_categories->len; i++)
        json_builder_add_int_value (builder, g_array_index (state->hidden_categories, gint64, i));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Returns: the network filter of @state; its strings belong to @state */
WkNetworkFilter
wk_view_state_get_filter (const WkViewState *state)
{
  WkNetworkFilter filter = {
    state->type_key, state->theme, state->engagement, state->relation_type, state->min_strength
  };

  return filter;
}

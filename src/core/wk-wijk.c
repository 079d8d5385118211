/* wk-wijk.c: a neighbourhood (wijk), as the store reads it
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A WkWijk is a read-only snapshot that the store keeps current: the store
 * updates it in place after every change, so views bound to its properties
 * follow without reloading.
 */
#include <math.h>

#include "wk-wijk-private.h"

struct _WkWijk
{
  GObject parent_instance;

  gint64  id;
  char   *uuid;
  char   *name;
  char   *municipality;
  char   *description;
  char   *created;
  char   *modified;
  guint   n_actors;
  guint   n_initiatives;
  guint   n_pins;
  char   *map_kind;
  char   *map_tile_url;
  double  map_latitude;
  double  map_longitude;
  double  map_zoom;
};

G_DEFINE_FINAL_TYPE (WkWijk, wk_wijk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_MUNICIPALITY,
  PROP_DESCRIPTION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_N_ACTORS,
  PROP_N_INITIATIVES,
  PROP_N_PINS,
  PROP_MAP_KIND,
  PROP_MAP_TILE_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wk_wijk_finalize (GObject *object)
{
  WkWijk *self = WK_WIJK (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->municipality);
  g_free (self->description);
  g_free (self->created);
  g_free (self->modified);
  g_free (self->map_kind);
  g_free (self->map_tile_url);

  G_OBJECT_CLASS (wk_wijk_parent_class)->finalize (object);
}

static void
wk_wijk_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WkWijk *self = WK_WIJK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_MUNICIPALITY:
      g_value_set_string (value, self->municipality);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_N_ACTORS:
      g_value_set_uint (value, self->n_actors);
      break;
    case PROP_N_INITIATIVES:
      g_value_set_uint (value, self->n_initiatives);
      break;
    case PROP_N_PINS:
      g_value_set_uint (value, self->n_pins);
      break;
    case PROP_MAP_KIND:
      g_value_set_string (value, self->map_kind);
      break;
    case PROP_MAP_TILE_URL:
      g_value_set_string (value, self->map_tile_url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_wijk_class_init (WkWijkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wk_wijk_finalize;
  object_class->get_property = wk_wijk_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MUNICIPALITY] = g_param_spec_string ("municipality", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);
  properties[PROP_N_ACTORS] = g_param_spec_uint ("n-actors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_INITIATIVES] = g_param_spec_uint ("n-initiatives", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_PINS] = g_param_spec_uint ("n-pins", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_MAP_KIND] = g_param_spec_string ("map-kind", NULL, NULL, NULL, flags);
  properties[PROP_MAP_TILE_URL] = g_param_spec_string ("map-tile-url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wk_wijk_init (WkWijk *self)
{
}

static void
set_string (WkWijk      *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_uint (WkWijk *self,
          guint  *field,
          guint   value,
          guint   prop)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
    }
}

WkWijk *
_wk_wijk_new (const WkWijkRow *row)
{
  WkWijk *self = g_object_new (WK_TYPE_WIJK, NULL);

  self->id = row->id;
  _wk_wijk_update (self, row);

  return self;
}

void
_wk_wijk_update (WkWijk          *self,
                 const WkWijkRow *row)
{
  g_return_if_fail (WK_IS_WIJK (self));
  g_return_if_fail (row->id == self->id);

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->uuid, row->uuid, PROP_UUID);
  set_string (self, &self->name, row->name, PROP_NAME);
  set_string (self, &self->municipality, row->municipality, PROP_MUNICIPALITY);
  set_string (self, &self->description, row->description, PROP_DESCRIPTION);
  set_string (self, &self->created, row->created, PROP_CREATED);
  set_string (self, &self->modified, row->modified, PROP_MODIFIED);
  set_string (self, &self->map_kind, row->map_kind, PROP_MAP_KIND);
  set_string (self, &self->map_tile_url, row->map_tile_url, PROP_MAP_TILE_URL);
  self->map_latitude = row->map_latitude;
  self->map_longitude = row->map_longitude;
  self->map_zoom = row->map_zoom;
  set_uint (self, &self->n_actors, row->n_actors, PROP_N_ACTORS);
  set_uint (self, &self->n_initiatives, row->n_initiatives, PROP_N_INITIATIVES);
  set_uint (self, &self->n_pins, row->n_pins, PROP_N_PINS);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
wk_wijk_get_id (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), 0);
  return self->id;
}

const char *
wk_wijk_get_uuid (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->uuid;
}

const char *
wk_wijk_get_name (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->name;
}

const char *
wk_wijk_get_municipality (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->municipality;
}

const char *
wk_wijk_get_description (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->description;
}

const char *
wk_wijk_get_created (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->created;
}

const char *
wk_wijk_get_modified (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->modified;
}

guint
wk_wijk_get_n_actors (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), 0);
  return self->n_actors;
}

guint
wk_wijk_get_n_initiatives (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), 0);
  return self->n_initiatives;
}

guint
wk_wijk_get_n_pins (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), 0);
  return self->n_pins;
}

const char *
wk_wijk_get_map_kind (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->map_kind;
}

/* Returns: (nullable): the URL template of the web map, or an "mbtiles:" path */
const char *
wk_wijk_get_map_tile_url (WkWijk *self)
{
  g_return_val_if_fail (WK_IS_WIJK (self), NULL);
  return self->map_tile_url;
}

/* The centre and zoom the map was last left at; FALSE when never kept. */
gboolean
wk_wijk_get_map_view (WkWijk *self,
                      double *latitude,
                      double *longitude,
                      double *zoom)
{
  g_return_val_if_fail (WK_IS_WIJK (self), FALSE);

  if (isnan (self->map_latitude) || isnan (self->map_longitude) || isnan (self->map_zoom))
    return FALSE;
  if (latitude != NULL)
    *latitude = self->map_latitude;
  if (longitude != NULL)
    *longitude = self->map_longitude;
  if (zoom != NULL)
    *zoom = self->map_zoom;
  return TRUE;
}

/* wk-pin.c: a pin on the community map of a wijk
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A pin is placed either on the wijk's base image (x and y, fractions of its
 * width and height from the top left) or on a web map (latitude and
 * longitude); the table holds exactly one of the two pairs.
 */
#include <math.h>

#include "wk-pin.h"
#include "wk-record-private.h"

struct _WkPin
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkPin, wk_pin, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "category-id", "r.category_id", "category_id", WK_FIELD_OPTIONAL_INT },
  { "session-id", "r.session_id", "session_id", WK_FIELD_OPTIONAL_INT },
  { "title", "r.title", "title", WK_FIELD_TEXT },
  { "note", "r.note", "note", WK_FIELD_TEXT },
  { "date", "r.date", "date", WK_FIELD_DATE },
  { "x", "r.x", "x", WK_FIELD_DOUBLE },
  { "y", "r.y", "y", WK_FIELD_DOUBLE },
  { "latitude", "r.latitude", "latitude", WK_FIELD_DOUBLE },
  { "longitude", "r.longitude", "longitude", WK_FIELD_DOUBLE },
  { "actor-id", "r.actor_id", "actor_id", WK_FIELD_OPTIONAL_INT },
  { "actor-name", "(SELECT a.name FROM actor a WHERE a.id = r.actor_id)", NULL, WK_FIELD_TEXT },
  { "actor-kind", "(SELECT a.kind FROM actor a WHERE a.id = r.actor_id)", NULL, WK_FIELD_TEXT },
  { "initiative-id", "r.initiative_id", "initiative_id", WK_FIELD_OPTIONAL_INT },
  { "initiative-title", "(SELECT i.title FROM initiative i WHERE i.id = r.initiative_id)", NULL, WK_FIELD_TEXT },
  { "private", "r.private", "private", WK_FIELD_BOOL },
  { "modified", "r.modified", NULL, WK_FIELD_TEXT },
};

static WkRecordInfo info = { "pin", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_pin_class_init (WkPinClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_pin_init (WkPin *self)
{
}

const char *
wk_pin_get_title (WkPin *self)
{
  g_return_val_if_fail (WK_IS_PIN (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "title");
}

/* TRUE for a pin on a web map (latitude and longitude). */
gboolean
wk_pin_is_geographic (WkPin *self)
{
  g_return_val_if_fail (WK_IS_PIN (self), FALSE);
  return !isnan (wk_record_get_double (WK_RECORD (self), "latitude"));
}

/**
 * wk_pin_get_place:
 * @a: (out): x (0–1) on an image map, latitude on a web map
 * @b: (out): y (0–1) on an image map, longitude on a web map
 *
 * Returns: wk_pin_is_geographic()
 */
gboolean
wk_pin_get_place (WkPin  *self,
                  double *a,
                  double *b)
{
  gboolean geographic;

  g_return_val_if_fail (WK_IS_PIN (self), FALSE);

  geographic = wk_pin_is_geographic (self);
  *a = wk_record_get_double (WK_RECORD (self), geographic ? "latitude" : "x");
  *b = wk_record_get_double (WK_RECORD (self), geographic ? "longitude" : "y");
  return geographic;
}

/* A pin at a private address: marked so, or linked to a person, whose
 * place on the map is where they live. Shown at street level whenever
 * personal data is hidden. */
gboolean
wk_pin_is_private (WkPin *self)
{
  g_return_val_if_fail (WK_IS_PIN (self), FALSE);
  return wk_record_get_int (WK_RECORD (self), "private") != 0 ||
         g_strcmp0 (wk_record_get_text (WK_RECORD (self), "actor-kind"), "person") == 0;
}

/* wk-mapping-session.c: a mapping session, such as one resident evening, that pins belong to
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-mapping-session.h"
#include "wk-record-private.h"

struct _WkMappingSession
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkMappingSession, wk_mapping_session, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "name", "r.name", "name", WK_FIELD_TEXT },
  { "date", "r.date", "date", WK_FIELD_DATE },
  { "visible", "r.visible", "visible", WK_FIELD_BOOL },
};

static WkRecordInfo info = { "mapping_session", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_mapping_session_class_init (WkMappingSessionClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_mapping_session_init (WkMappingSession *self)
{
}

const char *
wk_mapping_session_get_name (WkMappingSession *self)
{
  g_return_val_if_fail (WK_IS_MAPPING_SESSION (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "name");
}

/* Hidden sessions keep their pins off the map and out of exports. */
gboolean
wk_mapping_session_is_visible (WkMappingSession *self)
{
  g_return_val_if_fail (WK_IS_MAPPING_SESSION (self), FALSE);
  return wk_record_get_int (WK_RECORD (self), "visible") != 0;
}

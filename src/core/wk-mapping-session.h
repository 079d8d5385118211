/* wk-mapping-session.h: a mapping session, such as one resident evening, that pins belong to
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_MAPPING_SESSION (wk_mapping_session_get_type ())
G_DECLARE_FINAL_TYPE (WkMappingSession, wk_mapping_session, WK, MAPPING_SESSION, WkRecord)

const char *wk_mapping_session_get_name    (WkMappingSession *self);
gboolean    wk_mapping_session_is_visible  (WkMappingSession *self);

G_END_DECLS

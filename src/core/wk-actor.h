/* wk-actor.h: a person, organisation, group or place in a wijk
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_ACTOR (wk_actor_get_type ())
G_DECLARE_FINAL_TYPE (WkActor, wk_actor, WK, ACTOR, WkRecord)

const char *wk_actor_get_name (WkActor *self);
const char *wk_actor_get_kind (WkActor *self);
const char *wk_actor_get_role (WkActor *self);

G_END_DECLS

/* wk-relation.h: a tie between two actors, or between an actor and an initiative
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_RELATION (wk_relation_get_type ())
G_DECLARE_FINAL_TYPE (WkRelation, wk_relation, WK, RELATION, WkRecord)

const char *wk_relation_get_note (WkRelation *self);

G_END_DECLS

/* wk-relation-list.h: the relations of a card, and adding one through a search popover
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_RELATION_LIST (wk_relation_list_get_type ())
G_DECLARE_FINAL_TYPE (WkRelationList, wk_relation_list, WK, RELATION_LIST, AdwPreferencesGroup)

void wk_relation_list_set_store   (WkRelationList *self,
                                   WkStore        *store);
void wk_relation_list_set_record  (WkRelationList *self,
                                   WkRecord       *record);

G_END_DECLS

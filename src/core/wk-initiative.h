/* wk-initiative.h: a resident initiative (bewonersinitiatief) in a wijk
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_INITIATIVE (wk_initiative_get_type ())
G_DECLARE_FINAL_TYPE (WkInitiative, wk_initiative, WK, INITIATIVE, WkRecord)

const char *wk_initiative_get_title (WkInitiative *self);
const char *wk_initiative_get_status (WkInitiative *self);

G_END_DECLS

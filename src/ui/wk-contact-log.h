/* wk-contact-log.h: the contact log of an actor: every conversation, newest first
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_CONTACT_LOG (wk_contact_log_get_type ())
G_DECLARE_FINAL_TYPE (WkContactLog, wk_contact_log, WK, CONTACT_LOG, AdwPreferencesGroup)

void wk_contact_log_set_store  (WkContactLog *self,
                                WkStore      *store);
void wk_contact_log_set_actor  (WkContactLog *self,
                                WkActor      *actor);

G_END_DECLS

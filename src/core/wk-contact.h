/* wk-contact.h: one entry of an actor's contact log
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_CONTACT (wk_contact_get_type ())
G_DECLARE_FINAL_TYPE (WkContact, wk_contact, WK, CONTACT, WkRecord)

const char *wk_contact_get_date (WkContact *self);
const char *wk_contact_get_note (WkContact *self);

G_END_DECLS

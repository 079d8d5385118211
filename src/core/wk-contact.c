/* wk-contact.c: one entry of an actor's contact log
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-contact.h"
#include "wk-record-private.h"

struct _WkContact
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkContact, wk_contact, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "actor-id", "r.actor_id", NULL, WK_FIELD_INT },
  { "date", "r.date", "date", WK_FIELD_DATE },
  { "team-member", "r.team_member", "team_member", WK_FIELD_TEXT },
  { "channel", "r.channel", "channel", WK_FIELD_TEXT },
  { "note", "r.note", "note", WK_FIELD_TEXT },
};

static WkRecordInfo info = { "contact", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_contact_class_init (WkContactClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_contact_init (WkContact *self)
{
}

const char *
wk_contact_get_date (WkContact *self)
{
  g_return_val_if_fail (WK_IS_CONTACT (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "date");
}

const char *
wk_contact_get_note (WkContact *self)
{
  g_return_val_if_fail (WK_IS_CONTACT (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "note");
}

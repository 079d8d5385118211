/* wk-actor.c: a person, organisation, group or place in a wijk
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-actor.h"
#include "wk-record-private.h"

struct _WkActor
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkActor, wk_actor, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "name", "r.name", "name", WK_FIELD_TEXT },
  { "sort-name", "wk_fold(r.name)", NULL, WK_FIELD_TEXT },
  { "kind", "r.kind", "kind", WK_FIELD_TEXT },
  { "type-id", "r.type_id", "type_id", WK_FIELD_OPTIONAL_INT },
  { "type-key", "(SELECT t.key FROM actor_type t WHERE t.id = r.type_id)", NULL, WK_FIELD_TEXT },
  { "type-label", "(SELECT wk_label(t.label, t.builtin) FROM actor_type t WHERE t.id = r.type_id)", NULL, WK_FIELD_TEXT },
  { "role", "r.role", "role", WK_FIELD_TEXT },
  { "description", "r.description", "description", WK_FIELD_TEXT },
  { "formal", "r.formal", "formal", WK_FIELD_BOOL },
  { "influence", "r.influence", "influence", WK_FIELD_INT },
  { "engagement", "r.engagement", "engagement", WK_FIELD_TEXT },
  { "phone", "r.phone", "phone", WK_FIELD_TEXT },
  { "email", "r.email", "email", WK_FIELD_TEXT },
  { "address", "r.address", "address", WK_FIELD_TEXT },
  { "website", "r.website", "website", WK_FIELD_TEXT },
  { "last-verified", "r.last_verified", "last_verified", WK_FIELD_DATE },
  { "next-action", "r.next_action", "next_action", WK_FIELD_TEXT },
  { "lawful-basis", "r.lawful_basis", "lawful_basis", WK_FIELD_TEXT },
  { "consent-date", "r.consent_date", "consent_date", WK_FIELD_DATE },
  { "consent-how", "r.consent_how", "consent_how", WK_FIELD_TEXT },
  { "source", "r.source", "source", WK_FIELD_TEXT },
  { "retention-date", "r.retention_date", "retention_date", WK_FIELD_DATE },
  { "last-contact", "(SELECT max(c.date) FROM contact c WHERE c.actor_id = r.id)", NULL, WK_FIELD_DATE },
  /* CROSS JOIN: from the actor's few tags to their names, not from all
   * tags of the kind to every actor; WkRecord sorts them */
  { "themes", "(SELECT group_concat(t.name, char(31)) FROM actor_tag x CROSS JOIN tag t ON t.id = x.tag_id WHERE x.actor_id = r.id AND t.kind = 'theme')", NULL, WK_FIELD_TAGS },
  { "groups", "(SELECT group_concat(t.name, char(31)) FROM actor_tag x CROSS JOIN tag t ON t.id = x.tag_id WHERE x.actor_id = r.id AND t.kind = 'group')", NULL, WK_FIELD_TAGS },
  { "modified", "r.modified", NULL, WK_FIELD_TEXT },
};

static WkRecordInfo info = { "actor", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_actor_class_init (WkActorClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_actor_init (WkActor *self)
{
}

const char *
wk_actor_get_name (WkActor *self)
{
  g_return_val_if_fail (WK_IS_ACTOR (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "name");
}

const char *
wk_actor_get_kind (WkActor *self)
{
  g_return_val_if_fail (WK_IS_ACTOR (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "kind");
}

const char *
wk_actor_get_role (WkActor *self)
{
  g_return_val_if_fail (WK_IS_ACTOR (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "role");
}

/* wk-relation.c: a tie between two actors, or between an actor and an initiative
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-relation.h"
#include "wk-record-private.h"

struct _WkRelation
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkRelation, wk_relation, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "source-actor-id", "r.source_actor_id", NULL, WK_FIELD_INT },
  { "target-actor-id", "r.target_actor_id", NULL, WK_FIELD_OPTIONAL_INT },
  { "target-initiative-id", "r.target_initiative_id", NULL, WK_FIELD_OPTIONAL_INT },
  { "source-name", "(SELECT a.name FROM actor a WHERE a.id = r.source_actor_id)", NULL, WK_FIELD_TEXT },
  { "target-name", "coalesce((SELECT a.name FROM actor a WHERE a.id = r.target_actor_id), (SELECT i.title FROM initiative i WHERE i.id = r.target_initiative_id))", NULL, WK_FIELD_TEXT },
  { "type-id", "r.type_id", "type_id", WK_FIELD_OPTIONAL_INT },
  { "type-key", "(SELECT t.key FROM relation_type t WHERE t.id = r.type_id)", NULL, WK_FIELD_TEXT },
  { "type-label", "(SELECT wk_label(t.label, t.builtin) FROM relation_type t WHERE t.id = r.type_id)", NULL, WK_FIELD_TEXT },
  { "strength", "r.strength", "strength", WK_FIELD_INT },
  { "directed", "r.directed", "directed", WK_FIELD_BOOL },
  { "note", "r.note", "note", WK_FIELD_TEXT },
};

static WkRecordInfo info = { "relation", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_relation_class_init (WkRelationClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_relation_init (WkRelation *self)
{
}

const char *
wk_relation_get_note (WkRelation *self)
{
  g_return_val_if_fail (WK_IS_RELATION (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "note");
}

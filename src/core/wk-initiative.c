/* wk-initiative.c: a resident initiative (bewonersinitiatief) in a wijk
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-initiative.h"
#include "wk-record-private.h"

struct _WkInitiative
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkInitiative, wk_initiative, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "title", "r.title", "title", WK_FIELD_TEXT },
  { "sort-title", "wk_fold(r.title)", NULL, WK_FIELD_TEXT },
  { "description", "r.description", "description", WK_FIELD_TEXT },
  { "status", "r.status", "status", WK_FIELD_TEXT },
  { "track", "r.track", "track", WK_FIELD_TEXT },
  { "start-date", "r.start_date", "start_date", WK_FIELD_DATE },
  { "end-date", "r.end_date", "end_date", WK_FIELD_DATE },
  { "budget-requested", "r.budget_requested", "budget_requested", WK_FIELD_OPTIONAL_INT },
  { "budget-granted", "r.budget_granted", "budget_granted", WK_FIELD_OPTIONAL_INT },
  { "contact-actor-id", "r.contact_actor_id", "contact_actor_id", WK_FIELD_OPTIONAL_INT },
  { "contact-actor-name", "(SELECT a.name FROM actor a WHERE a.id = r.contact_actor_id)", NULL, WK_FIELD_TEXT },
  { "results", "r.results", "results", WK_FIELD_TEXT },
  { "themes", "(SELECT group_concat(t.name, char(31)) FROM initiative_tag x CROSS JOIN tag t ON t.id = x.tag_id WHERE x.initiative_id = r.id AND t.kind = 'theme')", NULL, WK_FIELD_TAGS },
  { "modified", "r.modified", NULL, WK_FIELD_TEXT },
};

static WkRecordInfo info = { "initiative", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_initiative_class_init (WkInitiativeClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_initiative_init (WkInitiative *self)
{
}

const char *
wk_initiative_get_title (WkInitiative *self)
{
  g_return_val_if_fail (WK_IS_INITIATIVE (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "title");
}

const char *
wk_initiative_get_status (WkInitiative *self)
{
  g_return_val_if_fail (WK_IS_INITIATIVE (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "status");
}

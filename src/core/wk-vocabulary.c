/* wk-vocabulary.c: the fixed choices of a card, with their translated labels
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The store keeps keys ("ambassador"), never labels, so a file reads the
 * same in every language. The built-in actor and relation types and pin
 * categories do keep an English label in the file (users can add their own
 * beside them); those are listed here too so that they get translated.
 */
#include <glib/gi18n-lib.h>

#include "wk-vocabulary.h"

static const WkChoice kinds[] = {
  { "person", N_("Person") },
  { "organisation", N_("Organisation") },
  { "group", N_("Group") },
  { "place", N_("Place") },
};

static const WkChoice engagements[] = {
  { "unknown", N_("Unknown") },
  { "contacted", N_("Contacted") },
  { "involved", N_("Involved") },
  { "ambassador", N_("Ambassador") },
};

static const WkChoice statuses[] = {
  { "idea", N_("Idea") },
  { "running", N_("Running") },
  { "finished", N_("Finished") },
  { "stopped", N_("Stopped") },
};

static const WkChoice channels[] = {
  { "visit", N_("Visit") },
  { "phone", N_("Phone") },
  { "street", N_("In the street") },
  { "meeting", N_("Meeting") },
  { "online", N_("Online") },
};

static const WkChoice lawful_bases[] = {
  { "", N_("Not recorded") },
  { "consent", N_("Consent") },
  { "legitimate-interest", N_("Legitimate interest") },
  { "public-task", N_("Public task") },
};

/* The built-in labels stored by the first migration, for xgettext. */
static const char * const builtin_labels[] G_GNUC_UNUSED = {
  N_("Key figure"), N_("Community centre"), N_("Resident organisation"),
  N_("Sports club"), N_("Association"), N_("Place of worship"),
  N_("Cultural centre"), N_("School"), N_("GP and care"), N_("Library"),
  N_("Housing corporation"), N_("Welfare organisation"),
  N_("Neighbourhood council"), N_("Energy cooperative"), N_("Local business"),
  N_("Municipality"), N_("Other"),
  N_("Knows"), N_("Works with"), N_("Member of"), N_("Funds"), N_("Reaches"),
  N_("Trusts"),
  N_("Meeting place"), N_("Concern"), N_("Opportunity"), N_("Idea"), N_("Actor"),
  N_("Initiative"),
};

static const struct {
  const char     *name;
  const WkChoice *choices;
  guint           n_choices;
} lists[] = {
  { "kind", kinds, G_N_ELEMENTS (kinds) },
  { "engagement", engagements, G_N_ELEMENTS (engagements) },
  { "status", statuses, G_N_ELEMENTS (statuses) },
  { "channel", channels, G_N_ELEMENTS (channels) },
  { "lawful-basis", lawful_bases, G_N_ELEMENTS (lawful_bases) },
};

const WkChoice *
wk_vocabulary_get (const char *list,
                   guint      *n_choices)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (g_strcmp0 (lists[i].name, list) == 0)
        {
          if (n_choices != NULL)
            *n_choices = lists[i].n_choices;
          return lists[i].choices;
        }
    }
  g_critical ("No vocabulary “%s”", list);
  if (n_choices != NULL)
    *n_choices = 0;
  return NULL;
}

/* The position of @key in @list, or -1: also the order engagement sorts in. */
int
wk_vocabulary_position (const char *list,
                        const char *key)
{
  guint n;
  const WkChoice *choices = wk_vocabulary_get (list, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (choices[i].key, key) == 0)
      return i;
  return -1;
}

/* Returns: the translated label of @key, or @key itself when unknown */
const char *
wk_vocabulary_label (const char *list,
                     const char *key)
{
  int position = wk_vocabulary_position (list, key);
  const WkChoice *choices = wk_vocabulary_get (list, NULL);

  if (position < 0)
    return key;
  return g_dgettext (GETTEXT_PACKAGE, choices[position].label);
}

const char *
wk_vocabulary_translate_builtin (const char *label)
{
  if (label == NULL || *label == '\0')
    return "";
  return g_dgettext (GETTEXT_PACKAGE, label);
}

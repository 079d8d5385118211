/* wk-vocabulary.h: the fixed choices of a card, with their translated labels
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *key;     /* as stored */
  const char *label;   /* English source string; translate with wk_vocabulary_label() */
} WkChoice;

/* @list: "kind", "engagement", "status", "channel" or "lawful-basis" */
const WkChoice *wk_vocabulary_get        (const char *list,
                                          guint      *n_choices);
const char     *wk_vocabulary_label      (const char *list,
                                          const char *key);
int             wk_vocabulary_position   (const char *list,
                                          const char *key);
const char     *wk_vocabulary_translate_builtin (const char *label);

G_END_DECLS

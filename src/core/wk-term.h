/* wk-term.h: an actor type or relation type, built in or added by the team
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WK_TYPE_TERM (wk_term_get_type ())
G_DECLARE_FINAL_TYPE (WkTerm, wk_term, WK, TERM, GObject)

WkTerm     *wk_term_new          (gint64      id,
                                  const char *key,
                                  const char *label,
                                  gboolean    builtin);
gint64      wk_term_get_id       (WkTerm *self);
const char *wk_term_get_key      (WkTerm *self);
const char *wk_term_get_label    (WkTerm *self);
gboolean    wk_term_get_builtin  (WkTerm *self);

G_END_DECLS

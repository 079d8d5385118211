/* wk-change-private.h: one undoable change to the store, as the rows it touched
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-store-private.h"

G_BEGIN_DECLS

typedef struct _WkChange WkChange;

/* Called once per row a change touched, after it was applied or reverted. */
typedef void (*WkChangeTouchFunc) (const char *table,
                                   gint64      id,
                                   gpointer    user_data);

WkChange   *_wk_change_new            (const char        *label);
void        _wk_change_free           (WkChange          *change);
const char *_wk_change_get_label      (WkChange          *change);
gboolean    _wk_change_is_empty       (WkChange          *change);

/* These apply their part at once, inside the store's open transaction. */
gboolean    _wk_change_set            (WkChange          *change,
                                       WkStore           *store,
                                       const char        *table,
                                       gint64             id,
                                       const char        *column,
                                       sqlite3_value     *value,
                                       GError           **error);
gboolean    _wk_change_delete         (WkChange          *change,
                                       WkStore           *store,
                                       const char        *table,
                                       const char        *where,
                                       gint64             arg,
                                       GError           **error);
gboolean    _wk_change_nullify        (WkChange          *change,
                                       WkStore           *store,
                                       const char        *table,
                                       const char        *column,
                                       gint64             arg,
                                       GError           **error);
gboolean    _wk_change_inserted       (WkChange          *change,
                                       WkStore           *store,
                                       const char        *table,
                                       const char        *where,
                                       gint64             arg,
                                       GError           **error);

/* Replays (@forward) or reverts the change; the caller holds the transaction. */
gboolean    _wk_change_apply          (WkChange          *change,
                                       WkStore           *store,
                                       gboolean           forward,
                                       GError           **error);
void        _wk_change_foreach_touched (WkChange         *change,
                                        WkChangeTouchFunc func,
                                        gpointer          user_data);

/* Folds a new value of the same field into the last change when it edits
 * the same field of the same row shortly after, so that typing a name is
 * one undo step rather than one per pause. */
gboolean    _wk_change_can_merge_set  (WkChange          *change,
                                       const char        *table,
                                       gint64             id,
                                       const char        *column,
                                       gint64             now_usec);
void        _wk_change_merge_set      (WkChange          *change,
                                       sqlite3_value     *value,
                                       gint64             now_usec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkChange, _wk_change_free)

G_END_DECLS

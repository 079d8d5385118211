/* wk-saved-view.h: a saved view of a wijk, one step of a presentation
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_SAVED_VIEW (wk_saved_view_get_type ())
G_DECLARE_FINAL_TYPE (WkSavedView, wk_saved_view, WK, SAVED_VIEW, WkRecord)

const char *wk_saved_view_get_name     (WkSavedView *self);
const char *wk_saved_view_get_page     (WkSavedView *self);
const char *wk_saved_view_get_state    (WkSavedView *self);
gint64      wk_saved_view_get_position (WkSavedView *self);
gint64      wk_saved_view_get_wijk_id  (WkSavedView *self);

G_END_DECLS

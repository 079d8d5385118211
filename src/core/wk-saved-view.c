/* wk-saved-view.c: a saved view of a wijk, one step of a presentation
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A view remembers a page ("network" or "map") and what was on it (filters,
 * zoom, centre, the highlighted actor) as JSON text that the interface
 * writes and reads; the core only keeps it. The views of a wijk are in the
 * order of their position, which a presenter steps through.
 */
#include "wk-saved-view.h"
#include "wk-record-private.h"

struct _WkSavedView
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkSavedView, wk_saved_view, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "wijk-id", "r.wijk_id", NULL, WK_FIELD_INT },
  { "position", "r.position", "position", WK_FIELD_INT },
  { "name", "r.name", "name", WK_FIELD_TEXT },
  { "page", "r.page", "page", WK_FIELD_TEXT },
  { "state", "r.state", "state", WK_FIELD_TEXT },
};

static WkRecordInfo info = { "saved_view", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_saved_view_class_init (WkSavedViewClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_saved_view_init (WkSavedView *self)
{
}

const char *
wk_saved_view_get_name (WkSavedView *self)
{
  g_return_val_if_fail (WK_IS_SAVED_VIEW (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "name");
}

/* Returns: "network" or "map" */
const char *
wk_saved_view_get_page (WkSavedView *self)
{
  g_return_val_if_fail (WK_IS_SAVED_VIEW (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "page");
}

/* Returns: the JSON text of what the page showed; "{}" when nothing was kept, never %NULL */
const char *
wk_saved_view_get_state (WkSavedView *self)
{
  const char *state;

  g_return_val_if_fail (WK_IS_SAVED_VIEW (self), NULL);

  state = wk_record_get_text (WK_RECORD (self), "state");
  return *state != '\0' ? state : "{}";
}

/* Returns: the view's place among the wijk's views; only the order counts,
 * the numbers may have gaps */
gint64
wk_saved_view_get_position (WkSavedView *self)
{
  g_return_val_if_fail (WK_IS_SAVED_VIEW (self), 0);
  return wk_record_get_int (WK_RECORD (self), "position");
}

gint64
wk_saved_view_get_wijk_id (WkSavedView *self)
{
  g_return_val_if_fail (WK_IS_SAVED_VIEW (self), 0);
  return wk_record_get_int (WK_RECORD (self), "wijk-id");
}

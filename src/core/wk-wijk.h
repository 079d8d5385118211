/* wk-wijk.h: a neighbourhood (wijk), as the store reads it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WK_TYPE_WIJK (wk_wijk_get_type ())
G_DECLARE_FINAL_TYPE (WkWijk, wk_wijk, WK, WIJK, GObject)

gint64       wk_wijk_get_id              (WkWijk *self);
const char  *wk_wijk_get_uuid            (WkWijk *self);
const char  *wk_wijk_get_name            (WkWijk *self);
const char  *wk_wijk_get_municipality    (WkWijk *self);
const char  *wk_wijk_get_description     (WkWijk *self);
const char  *wk_wijk_get_created         (WkWijk *self);
const char  *wk_wijk_get_modified        (WkWijk *self);
guint        wk_wijk_get_n_actors        (WkWijk *self);
guint        wk_wijk_get_n_initiatives   (WkWijk *self);
guint        wk_wijk_get_n_pins          (WkWijk *self);
const char  *wk_wijk_get_map_kind        (WkWijk *self);
const char  *wk_wijk_get_map_tile_url    (WkWijk *self);
gboolean     wk_wijk_get_map_view        (WkWijk *self,
                                          double *latitude,
                                          double *longitude,
                                          double *zoom);

G_END_DECLS

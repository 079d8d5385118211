/* wk-view-state.h: what a saved view remembers of the network or the map, as JSON
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-network-filter.h"

G_BEGIN_DECLS

#define WK_VIEW_STATE_MAX_HIDDEN 256

typedef struct {
  char     *page;                /* "network" or "map" */

  /* the network: its filters (NULL or 0 for all) */
  char     *type_key;
  char     *theme;
  char     *engagement;
  char     *relation_type;
  int       min_strength;
  gboolean  initiatives;         /* initiatives drawn as nodes */
  gint64    actor_id;            /* the highlighted actor, or 0 */

  /* the place: the network's drawing point at the centre and its zoom (1:
   * the whole network fitted in); a web map's latitude, longitude and zoom
   * level; an image map's x and y (0–1) at the centre and its zoom (1: the
   * whole image) */
  gboolean  has_place;
  double    x;
  double    y;
  double    zoom;

  /* the map: the pin categories left out */
  GArray   *hidden_categories;   /* gint64 */
} WkViewState;

WkViewState     *wk_view_state_new             (const char         *page);
WkViewState     *wk_view_state_new_from_json   (const char         *page,
                                                const char         *json,
                                                GError            **error);
void             wk_view_state_free            (WkViewState        *state);
char            *wk_view_state_to_json         (const WkViewState  *state);
WkNetworkFilter  wk_view_state_get_filter      (const WkViewState  *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkViewState, wk_view_state_free)

G_END_DECLS

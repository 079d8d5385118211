/* wk-presentation.h: presentation mode: the network or the map, fullscreen on a projector, safe for personal data
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-map-view.h"
#include "wk-network-view.h"
#include "wk-store.h"
#include "wk-view-state.h"

G_BEGIN_DECLS

#define WK_TYPE_PRESENTATION (wk_presentation_get_type ())
G_DECLARE_FINAL_TYPE (WkPresentation, wk_presentation, WK, PRESENTATION, AdwWindow)

WkPresentation *wk_presentation_new              (WkStore           *store,
                                                  WkWijk            *wijk,
                                                  const WkViewState *state,
                                                  WkMapView         *map_base);
void            wk_presentation_start            (WkPresentation    *self,
                                                  GdkMonitor        *monitor);
void            wk_presentation_end              (WkPresentation    *self);
void            wk_presentation_set_palette      (WkPresentation    *self,
                                                  WkPaletteKind      palette);
WkPaletteKind   wk_presentation_get_palette      (WkPresentation    *self);
void            wk_presentation_set_label_size   (WkPresentation    *self,
                                                  double             size);
double          wk_presentation_get_label_size   (WkPresentation    *self);
gboolean        wk_presentation_get_privacy      (WkPresentation    *self);
void            wk_presentation_ask_privacy_off  (WkPresentation    *self);
gboolean        wk_presentation_get_blank        (WkPresentation    *self);
const char     *wk_presentation_get_page         (WkPresentation    *self);
int             wk_presentation_get_tour_step    (WkPresentation    *self,
                                                  guint             *n_steps);
gboolean        wk_presentation_is_ready         (WkPresentation    *self);
WkNetworkView  *wk_presentation_get_network_view (WkPresentation    *self);
WkMapView      *wk_presentation_get_map_view     (WkPresentation    *self);
GtkWidget      *wk_presentation_get_draft_entry  (WkPresentation    *self);

G_END_DECLS

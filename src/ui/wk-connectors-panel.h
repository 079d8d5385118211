/* wk-connectors-panel.h: who connects the network: centrality, communities, bridges and gaps
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-analysis.h"
#include "wk-renderer.h"

G_BEGIN_DECLS

#define WK_TYPE_CONNECTORS_PANEL (wk_connectors_panel_get_type ())
G_DECLARE_FINAL_TYPE (WkConnectorsPanel, wk_connectors_panel, WK, CONNECTORS_PANEL, GtkWidget)

GtkWidget *wk_connectors_panel_new           (void);
void       wk_connectors_panel_set_analysis  (WkConnectorsPanel     *self,
                                              WkAnalysis            *analysis,
                                              WkRenderer            *renderer,
                                              const WkRenderOptions *options);
void       wk_connectors_panel_set_busy      (WkConnectorsPanel     *self,
                                              gboolean               busy);
void       wk_connectors_panel_select_node   (WkConnectorsPanel     *self,
                                              int                    node);
guint      wk_connectors_panel_get_n_rows    (WkConnectorsPanel     *self);

G_END_DECLS

/* wk-network-page-private.h: what the network page's files share: its fields and steps
 * SPDX-License-Identifier: EUPL-1.2
 *
 * wk-network-page.c loads the network, lays it out, analyses it and shows
 * the card; wk-network-page-options.c holds the filters and the view
 * options beside the diagram.
 */
#pragma once

#include "wk-actor-card.h"
#include "wk-analysis.h"
#include "wk-connectors-panel.h"
#include "wk-layout.h"
#include "wk-network-page.h"

G_BEGIN_DECLS

#define ALL               0      /* the first choice of every filter */

typedef enum {
  COMMUNITIES_NONE,
  COMMUNITIES_COLOR,
  COMMUNITIES_HULL,
} Communities;

struct _WkNetworkPage
{
  GtkWidget           parent_instance;

  WkStore            *store;
  WkWijk             *wijk;
  WkNetwork          *network;
  WkAnalysis         *analysis;
  GCancellable       *layout_cancellable;
  GCancellable       *analysis_cancellable;
  guint               progress_timeout;
  guint               rebuild_timeout;
  guint               layout_timeout_ms;
  gboolean            busy;
  guint              *layout_communities;

  /* what the diagram shows */
  WkLayoutEngine      engine;
  WkLayoutGrouping    grouping;
  gboolean            with_initiatives;
  gboolean            size_by_betweenness;
  Communities         communities;
  int                 ego_depth;
  gboolean            hide_personal;

  /* filters: NULL or 0 for all */
  GPtrArray          *type_keys;      /* filter position - 1 → type key */
  GPtrArray          *themes;
  GPtrArray          *relation_types;
  char               *type_key;
  char               *theme;
  char               *relation_type;
  char               *engagement;
  int                 min_strength;

  /* template */
  GtkWidget          *main_box;
  GtkSearchEntry     *find_entry;
  GtkGrid            *filter_grid;
  GtkGrid            *view_grid;
  GtkLabel           *count_label;
  GtkRevealer        *message_revealer;
  GtkLabel           *message_label;
  GtkButton          *message_close;
  GtkStack           *view_stack;
  WkNetworkView      *view;
  GtkWidget          *progress_box;
  GtkSpinner         *progress_spinner;
  GtkToggleButton    *connectors_button;
  GtkWidget          *panel_separator;
  WkConnectorsPanel  *panel;
  GtkWidget          *card_separator;
  WkActorCard        *card;
  GtkDropDown        *type_filter;
  GtkDropDown        *theme_filter;
  GtkDropDown        *relation_filter;
  GtkDropDown        *strength_filter;
  GtkDropDown        *engagement_filter;
};

/* wk-network-page.c */
void _wk_network_page_load_network      (WkNetworkPage *self,
                                         gboolean       keep_view);
void _wk_network_page_start_layout      (WkNetworkPage *self,
                                         gboolean       from_scratch);
void _wk_network_page_apply_analysis    (WkNetworkPage *self);

/* wk-network-page-options.c */
void _wk_network_page_build_filters      (WkNetworkPage *self);
void _wk_network_page_build_view_options (WkNetworkPage *self);
void _wk_network_page_fill_filters       (WkNetworkPage *self);
void _wk_network_page_apply_filters      (WkNetworkPage *self);

G_END_DECLS

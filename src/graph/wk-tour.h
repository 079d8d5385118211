/* wk-tour.h: the steps of a guided tour through a network: its connectors, then its communities
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-analysis.h"

G_BEGIN_DECLS

#define WK_TOUR_MAX_CONNECTORS  20
#define WK_TOUR_MAX_COMMUNITIES 12

typedef enum {
  WK_TOUR_CONNECTOR,   /* one actor and its neighbours */
  WK_TOUR_COMMUNITY,   /* the members of one community */
} WkTourKind;

typedef struct {
  WkTourKind kind;
  guint      node;        /* the connector; for a community its most central member */
  guint      community;
  guint      n_members;   /* shown nodes in the step: neighbours and itself, or members */
} WkTourStep;

GArray *wk_tour_new           (WkAnalysis      *analysis,
                               const gboolean  *visible);
guint8 *wk_tour_dup_members   (WkAnalysis      *analysis,
                               const gboolean  *visible,
                               guint            community);

G_END_DECLS

/* wk-layout-private.h: the layout's plan, shared by wk-layout.c and wk-layout-plan.c
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-layout.h"

G_BEGIN_DECLS

typedef enum {
  NODE_FREE,      /* Graphviz places it anywhere */
  NODE_START,     /* a new node: starts near its placed neighbours */
  NODE_FIXED,     /* stays where it is */
} NodeState;

typedef struct {
  WkLayoutEngine  engine;
  guint           n_nodes;
  guint           n_fixed;
  WkLayoutPoint  *points;     /* fixed and start positions */
  guint8         *state;      /* NodeState */
  double         *widths;     /* points */
  char           *dot;
} WkLayoutPlan;

WkLayoutPlan *_wk_layout_plan_new        (WkNetwork             *network,
                                          const WkLayoutOptions *options);
void          _wk_layout_plan_free       (WkLayoutPlan          *plan);
void          _wk_layout_plan_write_dot  (WkLayoutPlan          *plan,
                                          WkNetwork             *network,
                                          const WkLayoutOptions *options);
GArray       *_wk_layout_plan_get_kept   (WkLayoutPlan          *plan);
gboolean      _wk_layout_parse_output    (GBytes                *bytes,
                                          guint                  n_nodes,
                                          WkLayoutPoint         *points);
void          _wk_layout_plan_finish     (WkLayoutPlan          *plan,
                                          WkLayoutPoint         *points);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkLayoutPlan, _wk_layout_plan_free)

G_END_DECLS

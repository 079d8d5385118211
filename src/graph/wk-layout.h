/* wk-layout.h: node positions from Graphviz, computed in a helper process
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-network.h"

G_BEGIN_DECLS

typedef enum {
  WK_LAYOUT_ENGINE_AUTOMATIC,   /* see wk_layout_choose_engine() */
  WK_LAYOUT_ENGINE_NEATO,
  WK_LAYOUT_ENGINE_SFDP,
  WK_LAYOUT_ENGINE_FDP,
} WkLayoutEngine;

typedef enum {
  WK_LAYOUT_GROUP_NONE,
  WK_LAYOUT_GROUP_TYPE,         /* a cluster per type_key */
  WK_LAYOUT_GROUP_COMMUNITY,    /* a cluster per value of options->communities */
} WkLayoutGrouping;

typedef struct {
  WkLayoutEngine    engine;
  WkLayoutGrouping  grouping;      /* clusters: only fdp draws them */
  const guint      *communities;   /* one per node, for WK_LAYOUT_GROUP_COMMUNITY */
  gboolean          from_scratch;  /* ignore the positions of nodes that are not pinned */
  guint             timeout_ms;    /* 0: WK_LAYOUT_DEFAULT_TIMEOUT_MS */
} WkLayoutOptions;

/* the result: a position for every node of the network, by index */
typedef struct {
  double x;                     /* points, Graphviz's y axis (up) */
  double y;
} WkLayoutPoint;

#define WK_LAYOUT_DEFAULT_TIMEOUT_MS   60000
#define WK_LAYOUT_SFDP_THRESHOLD       100    /* automatic: sfdp from this many nodes */
#define WK_LAYOUT_NEATO_PINNED_MAX     2000   /* automatic: neato keeps pins up to this size */

/* `wijkkaart --layout-helper ENGINE`: the hidden mode the layout runs in */
#define WK_LAYOUT_HELPER_OPTION "--layout-helper"

/* the helper's exit statuses: the private protocol between the two processes */
#define _WK_LAYOUT_EXIT_FAILED      1   /* Graphviz failed; its message is on stderr */
#define _WK_LAYOUT_EXIT_NO_ENGINE   3   /* the layout plugin is missing */
#define _WK_LAYOUT_EXIT_BAD_INPUT   4   /* not a DOT graph, or a wrong command line */

void            wk_layout_options_init      (WkLayoutOptions      *options);
const char     *wk_layout_engine_to_string  (WkLayoutEngine        engine);
WkLayoutEngine  wk_layout_choose_engine     (WkNetwork            *network,
                                             const WkLayoutOptions *options);
void            wk_layout_get_node_size     (const WkNetworkNode  *node,
                                             double               *width,
                                             double               *height);

void            wk_layout_set_helper_path   (const char           *path);

void            wk_layout_run_async         (WkNetwork            *network,
                                             const WkLayoutOptions *options,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GArray         *wk_layout_run_finish        (GAsyncResult         *result,
                                             GError              **error);
GArray         *wk_layout_run               (WkNetwork            *network,
                                             const WkLayoutOptions *options,
                                             GCancellable         *cancellable,
                                             GError              **error);
void            wk_layout_apply             (WkNetwork            *network,
                                             GArray               *points);

/* The DOT text the helper reads, for benchmarks and debugging. */
char           *wk_layout_write_input       (WkNetwork            *network,
                                             const WkLayoutOptions *options,
                                             WkLayoutEngine       *engine);

int             wk_layout_helper_main       (int                   argc,
                                             char                **argv);

G_END_DECLS

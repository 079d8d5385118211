/* wk-graphviz.h: the Graphviz installation the layouts depend on
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WK_GRAPH_ERROR (wk_graph_error_quark ())

typedef enum {
  WK_GRAPH_ERROR_NO_ENGINE,   /* a layout engine is missing: plugins not configured */
  WK_GRAPH_ERROR_FAILED,
  WK_GRAPH_ERROR_TIMEOUT, WK_GRAPH_ERROR_CRASHED, WK_GRAPH_ERROR_BAD_OUTPUT,  /* the layout helper: too slow, killed by a signal, or nonsense */
} WkGraphError;

GQuark     wk_graph_error_quark          (void);
char      *wk_graphviz_get_version       (void);
GStrv      wk_graphviz_list_engines      (void);
gboolean   wk_graphviz_check_engines     (GError **error);

G_END_DECLS

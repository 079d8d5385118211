/* wk-graphml.h: the network of a wijk as GraphML, for Gephi, yEd, Cytoscape and networkx
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-network.h"

G_BEGIN_DECLS

typedef enum {
  WK_GRAPHML_DEFAULT          = 0,
  WK_GRAPHML_POSITIONS        = 1 << 0,  /* x and y of the nodes that have a position */
  WK_GRAPHML_REDACT_PERSONAL  = 1 << 1,  /* persons by their role or type, not their name */
} WkGraphmlFlags;

void   wk_graphml_write            (WkNetwork       *network,
                                    WkGraphmlFlags   flags,
                                    GString         *out);
void   wk_graphml_append_text      (GString         *out,
                                    const char      *text);

G_END_DECLS

/* wk-dot.h: the network diagram as Graphviz DOT text, for export
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-network.h"

G_BEGIN_DECLS

typedef enum {
  WK_DOT_DEFAULT          = 0,
  WK_DOT_POSITIONS        = 1 << 0,  /* pos of the nodes that have one */
  WK_DOT_REDACT_PERSONAL  = 1 << 1,  /* persons shown by their type, not their name */
} WkDotFlags;

void   wk_dot_write            (WkNetwork   *network,
                                WkDotFlags   flags,
                                GString     *out);
void   wk_dot_append_string    (GString     *out,
                                const char  *text);

G_END_DECLS

/* wk-debug.h: WK_DEBUG=timing reports how long start-up steps take
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  WK_DEBUG_TIMING          = 1 << 0,
  WK_DEBUG_EXIT_ON_FRAME   = 1 << 1,
} WkDebugFlags;

void     wk_debug_init        (void);
gboolean wk_debug_enabled     (WkDebugFlags flag);
void     wk_timing_mark       (const char *what);

G_END_DECLS

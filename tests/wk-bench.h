/* wk-bench.h: what the benchmarks share: the app started, medians and percentiles, waiting for a drawn frame
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-application.h"

G_BEGIN_DECLS

/* Returns: whether the frame just painted is the one waited for */
typedef gboolean (*WkBenchFrameFunc) (gpointer data);

double         wk_bench_percentile    (GArray           *values,
                                       double            p);
double         wk_bench_median        (GArray           *values);
WkApplication *wk_bench_start_app     (int              *argc,
                                       char           ***argv,
                                       const char       *summary,
                                       int              *rounds);
void           wk_bench_iterate_ms    (guint             ms);
double         wk_bench_time_to_frame (GtkWidget        *widget,
                                       gint64            start,
                                       WkBenchFrameFunc  qualifies,
                                       gpointer          data);

G_END_DECLS

/* wk-synthetic.h: made-up wijk networks of any size, for tests and benchmarks
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-network.h"
#include "wk-store.h"

G_BEGIN_DECLS

WkNetwork *wk_synthetic_network        (guint      n_actors,
                                        guint32    seed);
guint     *wk_synthetic_communities    (guint      n_actors,
                                        guint32    seed);
gboolean   wk_synthetic_store_fill     (WkStore   *store,
                                        WkWijk    *wijk,
                                        WkNetwork *network,
                                        GError   **error);
gboolean   wk_synthetic_store_laid_out (WkStore   *store,
                                        WkWijk    *wijk,
                                        guint      n_actors,
                                        guint32    seed,
                                        GError   **error);

G_END_DECLS

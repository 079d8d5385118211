/* wk-store-private.h: store internals shared with the core tests
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <sqlite3.h>

#include "wk-store.h"

G_BEGIN_DECLS

/* 'WkKt': marks a file as Wijkkaart's in the SQLite header */
#define WK_STORE_APPLICATION_ID 0x576b4b74
#define WK_STORE_SCHEMA_VERSION 1

sqlite3 *_wk_store_get_db              (WkStore     *self);
guint    _wk_store_get_n_migrations    (void);
gboolean _wk_store_migrate_db          (sqlite3     *db,
                                        const char  *path,
                                        int          from_version,
                                        int          to_version,
                                        GError     **error);

G_END_DECLS

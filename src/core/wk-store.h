/* wk-store.h: the one SQLite file that holds a team's wijken
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-wijk.h"

G_BEGIN_DECLS

#define WK_STORE_ERROR (wk_store_error_quark ())

typedef enum {
  WK_STORE_ERROR_NOT_A_DATABASE,   /* not an SQLite file at all */
  WK_STORE_ERROR_FOREIGN,          /* an SQLite file of another program */
  WK_STORE_ERROR_CORRUPT,          /* damaged */
  WK_STORE_ERROR_TOO_NEW,          /* written by a newer Wijkkaart */
  WK_STORE_ERROR_CANNOT_CREATE,    /* the file or its folder cannot be made */
  WK_STORE_ERROR_READ_ONLY,        /* the file cannot be written */
  WK_STORE_ERROR_MIGRATION,        /* upgrading the file failed; it was left as it was */
  WK_STORE_ERROR_INVALID,          /* the value given is not allowed */
  WK_STORE_ERROR_FAILED,           /* any other SQLite error */
} WkStoreError;

#define WK_TYPE_STORE (wk_store_get_type ())
G_DECLARE_FINAL_TYPE (WkStore, wk_store, WK, STORE, GObject)

GQuark      wk_store_error_quark            (void);

GFile      *wk_store_get_default_file       (void);
const char *wk_store_get_sqlite_version     (void);
WkStore    *wk_store_open                   (GFile        *file,
                                             GError      **error);
WkStore    *wk_store_open_demo              (GError      **error);

GFile      *wk_store_get_file               (WkStore      *self);
gboolean    wk_store_is_demo                (WkStore      *self);

GListModel *wk_store_get_wijken             (WkStore      *self);
WkWijk     *wk_store_find_wijk_by_uuid      (WkStore      *self,
                                             const char   *uuid);
WkWijk     *wk_store_create_wijk            (WkStore      *self,
                                             const char   *name,
                                             const char   *municipality,
                                             GError      **error);
gboolean    wk_store_update_wijk            (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *name,
                                             const char   *municipality,
                                             const char   *description,
                                             GError      **error);
gboolean    wk_store_delete_wijk            (WkStore      *self,
                                             WkWijk       *wijk,
                                             GError      **error);
gboolean    wk_store_undelete_wijk          (WkStore      *self,
                                             WkWijk       *wijk,
                                             GError      **error);
gboolean    wk_store_purge_deleted_wijken   (WkStore      *self,
                                             GError      **error);

gboolean    wk_store_set_wijk_map_image     (WkStore      *self,
                                             WkWijk       *wijk,
                                             GBytes       *image,
                                             const char   *content_type,
                                             GError      **error);
GBytes     *wk_store_get_wijk_map_image     (WkStore      *self,
                                             WkWijk       *wijk,
                                             char        **content_type,
                                             GError      **error);

gboolean    wk_store_load_example           (WkStore      *self,
                                             GError      **error);

G_END_DECLS

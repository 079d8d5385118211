/* wk-store-records-private.h: what the store's record files share
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-change-private.h"
#include "wk-store-private.h"

G_BEGIN_DECLS

void      _wk_store_class_init_records (GObjectClass  *klass);
gboolean  _wk_store_finish_change      (WkStore       *self,
                                        WkChange      *change,
                                        GError       **error);
WkRecord *_wk_store_refresh            (WkStore       *self,
                                        GType          type,
                                        gint64         id);
gboolean  _wk_store_check_name         (const char    *name,
                                        WkRecord      *record,
                                        GError       **error);
gboolean  _wk_store_check_date         (const char    *text,
                                        GError       **error);
GListStore *_wk_store_load_list       (WkStore       *self,
                                        GType          type,
                                        const char    *where,
                                        gint64         arg,
                                        const char    *order);
GListModel *_wk_store_wijk_list       (WkStore       *self,
                                        GHashTable    *lists,
                                        GType          type,
                                        WkWijk        *wijk,
                                        const char    *order);
WkRecord *_wk_store_create            (WkStore       *self,
                                        GType          type,
                                        sqlite3_stmt  *stmt,
                                        const char    *label,
                                        GError       **error);
gboolean  _wk_store_check_map_text    (WkRecord      *record,
                                        const char    *field,
                                        const char    *value,
                                        GError       **error);
void      _wk_store_imported           (WkStore       *self,
                                        gint64         wijk_id);
/* saved views (wk-store-views.c) */
gboolean  _wk_store_check_view_text   (WkRecord      *record,
                                        const char    *field,
                                        const char    *value,
                                        GError       **error);
void      _wk_store_sort_saved_views   (WkStore       *self);

G_END_DECLS

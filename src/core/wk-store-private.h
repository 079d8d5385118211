/* wk-store-private.h: store internals shared with the core tests
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <sqlite3.h>

#include "wk-store.h"
#include "wk-undo-stack.h"

G_BEGIN_DECLS

/* 'WkKt': marks a file as Wijkkaart's in the SQLite header */
#define WK_STORE_APPLICATION_ID 0x576b4b74
#define WK_STORE_SCHEMA_VERSION 2

struct _WkStore
{
  GObject     parent_instance;

  sqlite3    *db;
  GFile      *file;
  char       *display_name;
  GHashTable *statements;   /* static SQL text → sqlite3_stmt */
  GListStore *wijken;
  char       *demo_dir;     /* temporary folder of a demo store, removed on finalize */

  /* records (wk-store-records.c) */
  GHashTable  *records;          /* GType → (id → WkRecord), every record handed out */
  GHashTable  *actor_lists;      /* wijk id → GListStore of WkActor */
  GHashTable  *initiative_lists; /* wijk id → GListStore of WkInitiative */
  GHashTable  *relation_lists;   /* wijk id → GListStore of WkRelation */
  GHashTable  *pin_lists;        /* wijk id → GListStore of WkPin */
  GHashTable  *session_lists;    /* wijk id → GListStore of WkMappingSession */
  GHashTable  *view_lists;       /* wijk id → GListStore of WkSavedView, by position */
  GListStore  *pin_categories;   /* every WkPinCategory, once read */
  GHashTable  *terms;            /* table name → GListStore of WkTerm */
  WkUndoStack *undo;
};

/* Sets @error from an SQLite result code, naming the store's file. */
#define STORE_ERROR(self, rc) \
  _wk_store_set_sqlite_error (error, (self)->db, (rc), (self)->display_name)

void          _wk_store_set_sqlite_error  (GError     **error,
                                           sqlite3     *db,
                                           int          rc,
                                           const char  *display_name);
sqlite3_stmt *_wk_store_prepare           (WkStore     *self,
                                           const char  *sql,
                                           GError     **error);
gboolean      _wk_store_step_done         (WkStore       *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
gboolean      _wk_store_exec              (WkStore     *self,
                                           const char  *sql,
                                           GError     **error);
gboolean      _wk_store_begin             (WkStore     *self,
                                           GError     **error);
gboolean      _wk_store_commit            (WkStore     *self,
                                           GError     **error);
void          _wk_store_rollback          (WkStore     *self);
char         *_wk_store_clean_text        (const char  *text);
gboolean      _wk_store_reload_wijken     (WkStore     *self,
                                           GError     **error);

void     _wk_store_init_records        (WkStore     *self);
void     _wk_store_finalize_records    (WkStore     *self);

sqlite3 *_wk_store_get_db              (WkStore     *self);
guint    _wk_store_get_n_migrations    (void);
gboolean _wk_store_migrate_db          (sqlite3     *db,
                                        const char  *path,
                                        int          from_version,
                                        int          to_version,
                                        GError     **error);

G_END_DECLS

/* wk-record-private.h: how a record type describes its table, and how the store fills it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <sqlite3.h>

#include "wk-record.h"

G_BEGIN_DECLS

/* One field of a record: the property it is exposed as, the SQL expression
 * that reads it (over the table aliased "r"), and the column an edit writes
 * (NULL: read-only, computed). */
typedef struct
{
  const char  *property;
  const char  *expression;
  const char  *column;
  WkFieldKind  kind;
} WkFieldInfo;

typedef struct
{
  const char        *table;
  const WkFieldInfo *fields;
  guint              n_fields;
  char              *select_sql;   /* "SELECT r.id, r.uuid, … FROM table r" */
  GParamSpec       **pspecs;       /* indexed like fields */
  GHashTable        *index;        /* interned property name → position + 1 */
} WkRecordInfo;

/* Installs the properties "id", "uuid" and one per field on @klass. */
void          _wk_record_class_setup    (GObjectClass        *klass,
                                         WkRecordInfo        *info);
WkRecordInfo *_wk_record_get_info       (WkRecord            *self);
const WkRecordInfo *_wk_record_info_for_type (GType           type);
WkRecord     *_wk_record_new_from_stmt  (GType                type,
                                         sqlite3_stmt        *stmt);
void          _wk_record_update_from_stmt (WkRecord          *self,
                                           sqlite3_stmt      *stmt);
void          _wk_record_set_deleted    (WkRecord            *self,
                                         gboolean             deleted);
const WkFieldInfo *_wk_record_find_field (const WkRecordInfo *info,
                                          const char          *field,
                                          guint               *index);

G_END_DECLS

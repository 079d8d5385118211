/* wk-record.h: one row of the store (an actor, initiative, relation or contact entry)
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WK_TYPE_RECORD (wk_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (WkRecord, wk_record, WK, RECORD, GObject)

/* How a field is kept: text is never NULL ("" when empty); a date is text in
 * YYYY-MM-DD form or ""; a number is an int64 (-1 for "not set" where the
 * column allows NULL); a real number is a double (NAN where the column is
 * NULL); tags are read-only string arrays. */
typedef enum {
  WK_FIELD_TEXT,
  WK_FIELD_DATE,
  WK_FIELD_INT,
  WK_FIELD_BOOL,
  WK_FIELD_OPTIONAL_INT,
  WK_FIELD_TAGS,
  WK_FIELD_DOUBLE,
} WkFieldKind;

struct _WkRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

gint64        wk_record_get_id          (WkRecord   *self);
const char   *wk_record_get_uuid        (WkRecord   *self);
const char   *wk_record_get_table       (WkRecord   *self);
const char   *wk_record_get_text        (WkRecord   *self,
                                         const char *field);
gint64        wk_record_get_int         (WkRecord   *self,
                                         const char *field);
double        wk_record_get_double      (WkRecord   *self,
                                         const char *field);
const char * const *wk_record_get_tags  (WkRecord   *self,
                                         const char *field);
gboolean      wk_record_is_deleted      (WkRecord   *self);
gboolean      wk_record_has_field       (WkRecord   *self,
                                         const char *field,
                                         WkFieldKind *kind);

G_END_DECLS

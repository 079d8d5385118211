/* wk-record.c: one row of the store (an actor, initiative, relation or contact entry)
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Like WkWijk, a record is a read-only snapshot that the store keeps current:
 * every edit goes through the store (so it can be undone), which then updates
 * the object in place and notifies the properties that changed. A record type
 * is a table description: the fields, their kinds and the SQL that reads them.
 * The base class turns that description into properties, so a view can bind
 * to "name" or "influence" without code per field.
 */
#include <math.h>

#include "wk-format.h"
#include "wk-record-private.h"

typedef struct
{
  WkRecordInfo *info;     /* the table of the final type, from constructed on */
  gint64        id;
  char         *uuid;
  GValue       *values;
  gboolean      deleted;
} WkRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WkRecord, wk_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  N_BASE_PROPS
};

static GQuark info_quark;

static void wk_record_constructed (GObject *object);

static void
wk_record_finalize (GObject *object)
{
  WkRecord *self = WK_RECORD (object);
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  WkRecordInfo *info = _wk_record_get_info (self);

  for (guint i = 0; priv->values != NULL && i < info->n_fields; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->uuid);

  G_OBJECT_CLASS (wk_record_parent_class)->finalize (object);
}

static void
wk_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WkRecord *self = WK_RECORD (object);
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  WkRecordInfo *info = _wk_record_get_info (self);

  if (prop_id == PROP_ID)
    g_value_set_int64 (value, priv->id);
  else if (prop_id == PROP_UUID)
    g_value_set_string (value, priv->uuid);
  else if (prop_id >= N_BASE_PROPS && prop_id < N_BASE_PROPS + info->n_fields)
    g_value_copy (&priv->values[prop_id - N_BASE_PROPS], value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
wk_record_class_init (WkRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wk_record_constructed;
  object_class->finalize = wk_record_finalize;
  object_class->get_property = wk_record_get_property;

  info_quark = g_quark_from_static_string ("wk-record-info");
}

static GType
gtype_for_kind (WkFieldKind kind)
{
  switch (kind)
    {
    case WK_FIELD_TEXT:
    case WK_FIELD_DATE:
      return G_TYPE_STRING;
    case WK_FIELD_INT:
    case WK_FIELD_OPTIONAL_INT:
      return G_TYPE_INT64;
    case WK_FIELD_BOOL:
      return G_TYPE_BOOLEAN;
    case WK_FIELD_TAGS:
      return G_TYPE_STRV;
    case WK_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    default:
      g_assert_not_reached ();
    }
}

static void
wk_record_init (WkRecord *self)
{
}

/* Not in init: while a parent's instance init runs, the instance still has
 * the parent's class, so the subclass's table is only known from here on. */
static void
wk_record_constructed (GObject *object)
{
  WkRecord *self = WK_RECORD (object);
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  WkRecordInfo *info = g_type_get_qdata (G_OBJECT_TYPE (self), info_quark);

  G_OBJECT_CLASS (wk_record_parent_class)->constructed (object);

  g_assert (info != NULL);
  priv->info = info;

  priv->uuid = g_strdup ("");
  priv->values = g_new0 (GValue, info->n_fields);
  for (guint i = 0; i < info->n_fields; i++)
    {
      g_value_init (&priv->values[i], gtype_for_kind (info->fields[i].kind));
      if (info->fields[i].kind == WK_FIELD_TEXT || info->fields[i].kind == WK_FIELD_DATE)
        g_value_set_static_string (&priv->values[i], "");
      else if (info->fields[i].kind == WK_FIELD_TAGS)
        g_value_take_boxed (&priv->values[i], g_new0 (char *, 1));
      else if (info->fields[i].kind == WK_FIELD_DOUBLE)
        g_value_set_double (&priv->values[i], NAN);
    }
}

void
_wk_record_class_setup (GObjectClass *klass,
                        WkRecordInfo *info)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  g_autoptr(GString) sql = g_string_new ("SELECT r.id, r.uuid");

  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), info_quark, info);

  /* GObject does not let a subclass inherit get_property: properties are
   * read through the class that installed them, which is this one. */
  klass->get_property = wk_record_get_property;

  g_object_class_install_property (klass, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags));
  g_object_class_install_property (klass, PROP_UUID,
                                   g_param_spec_string ("uuid", NULL, NULL, NULL, flags));

  info->pspecs = g_new0 (GParamSpec *, info->n_fields);
  info->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < info->n_fields; i++)
    {
      const WkFieldInfo *field = &info->fields[i];
      GParamSpec *pspec;

      switch (field->kind)
        {
        case WK_FIELD_TEXT:
        case WK_FIELD_DATE:
          pspec = g_param_spec_string (field->property, NULL, NULL, "", flags);
          break;
        case WK_FIELD_INT:
        case WK_FIELD_OPTIONAL_INT:
          pspec = g_param_spec_int64 (field->property, NULL, NULL, -1, G_MAXINT64, 0, flags);
          break;
        case WK_FIELD_BOOL:
          pspec = g_param_spec_boolean (field->property, NULL, NULL, FALSE, flags);
          break;
        case WK_FIELD_TAGS:
          pspec = g_param_spec_boxed (field->property, NULL, NULL, G_TYPE_STRV, flags);
          break;
        case WK_FIELD_DOUBLE:
          pspec = g_param_spec_double (field->property, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      info->pspecs[i] = pspec;
      g_hash_table_insert (info->index, (gpointer) field->property, GUINT_TO_POINTER (i + 1));
      g_object_class_install_property (klass, N_BASE_PROPS + i, pspec);
      g_string_append_printf (sql, ", %s", field->expression);
    }
  g_string_append_printf (sql, " FROM %s r", info->table);
  info->select_sql = g_string_free (g_steal_pointer (&sql), FALSE);
}

const WkRecordInfo *
_wk_record_info_for_type (GType type)
{
  WkRecordInfo *info;

  /* static types keep their class once made */
  g_type_class_unref (g_type_class_ref (type));
  info = g_type_get_qdata (type, info_quark);
  g_assert (info != NULL);
  return info;
}

WkRecordInfo *
_wk_record_get_info (WkRecord *self)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  /* a field is read some 300,000 times to sort 6,000 rows: no type lookup,
   * which takes GType's lock */
  if (G_LIKELY (priv->info != NULL))
    return priv->info;
  priv->info = g_type_get_qdata (G_OBJECT_TYPE (self), info_quark);
  g_assert (priv->info != NULL);
  return priv->info;
}

/* A table sorts 6,000 records by reading their fields, so this is a hash
 * lookup, not a walk over the fields. */
const WkFieldInfo *
_wk_record_find_field (const WkRecordInfo *info,
                       const char         *field,
                       guint              *index)
{
  guint position = field != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (info->index, field)) : 0;

  if (position == 0)
    return NULL;
  if (index != NULL)
    *index = position - 1;
  return &info->fields[position - 1];
}

static int
compare_tags (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return wk_compare_names (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
update_value (GValue            *value,
              const WkFieldInfo *field,
              sqlite3_stmt      *stmt,
              int                column)
{
  switch (field->kind)
    {
    case WK_FIELD_TEXT:
    case WK_FIELD_DATE:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, column);

        if (text == NULL)
          text = "";
        if (g_strcmp0 (g_value_get_string (value), text) == 0)
          return FALSE;
        g_value_set_string (value, text);
        return TRUE;
      }
    case WK_FIELD_INT:
    case WK_FIELD_OPTIONAL_INT:
      {
        gint64 number = sqlite3_column_int64 (stmt, column);

        if (field->kind == WK_FIELD_OPTIONAL_INT && sqlite3_column_type (stmt, column) == SQLITE_NULL)
          number = -1;
        if (g_value_get_int64 (value) == number)
          return FALSE;
        g_value_set_int64 (value, number);
        return TRUE;
      }
    case WK_FIELD_BOOL:
      {
        gboolean flag = sqlite3_column_int (stmt, column) != 0;

        if (g_value_get_boolean (value) == flag)
          return FALSE;
        g_value_set_boolean (value, flag);
        return TRUE;
      }
    case WK_FIELD_DOUBLE:
      {
        double number = sqlite3_column_type (stmt, column) == SQLITE_NULL
                        ? NAN : sqlite3_column_double (stmt, column);
        double old = g_value_get_double (value);

        if (number == old || (isnan (number) && isnan (old)))
          return FALSE;
        g_value_set_double (value, number);
        return TRUE;
      }
    case WK_FIELD_TAGS:
      {
        const char *joined = (const char *) sqlite3_column_text (stmt, column);
        g_auto(GStrv) tags = NULL;

        /* the store joins tag names with U+001F, which a name cannot hold */
        tags = joined != NULL && *joined != '\0' ? g_strsplit (joined, "\x1f", -1) : g_new0 (char *, 1);
        /* in name order; sorted here, where it costs less than in SQL */
        if (tags[0] != NULL && tags[1] != NULL)
          g_qsort_with_data (tags, g_strv_length (tags), sizeof (char *), compare_tags, NULL);
        if (g_strv_equal ((const char * const *) tags, g_value_get_boxed (value)))
          return FALSE;
        g_value_take_boxed (value, g_steal_pointer (&tags));
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static void update_from_stmt (WkRecord *self, sqlite3_stmt *stmt, gboolean notify);

/* The statement's columns follow WkRecordInfo.select_sql: id, uuid, fields. */
void
_wk_record_update_from_stmt (WkRecord     *self,
                             sqlite3_stmt *stmt)
{
  update_from_stmt (self, stmt, TRUE);
}

static void
update_from_stmt (WkRecord     *self,
                  sqlite3_stmt *stmt,
                  gboolean      notify)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  WkRecordInfo *info = _wk_record_get_info (self);
  const char *uuid = (const char *) sqlite3_column_text (stmt, 1);

  g_assert (sqlite3_column_int64 (stmt, 0) == priv->id);

  if (notify)
    g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (priv->uuid, uuid) != 0)
    {
      g_free (priv->uuid);
      priv->uuid = g_strdup (uuid != NULL ? uuid : "");
      if (notify)
        g_object_notify (G_OBJECT (self), "uuid");
    }
  for (guint i = 0; i < info->n_fields; i++)
    {
      if (update_value (&priv->values[i], &info->fields[i], stmt, 2 + i) && notify)
        g_object_notify_by_pspec (G_OBJECT (self), info->pspecs[i]);
    }
  if (notify)
    g_object_thaw_notify (G_OBJECT (self));
}

WkRecord *
_wk_record_new_from_stmt (GType         type,
                          sqlite3_stmt *stmt)
{
  WkRecord *self = g_object_new (type, NULL);
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  priv->id = sqlite3_column_int64 (stmt, 0);
  /* nobody can be listening to a new object yet */
  update_from_stmt (self, stmt, FALSE);
  return self;
}

void
_wk_record_set_deleted (WkRecord *self,
                        gboolean  deleted)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  priv->deleted = deleted;
}

gint64
wk_record_get_id (WkRecord *self)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  g_return_val_if_fail (WK_IS_RECORD (self), 0);
  return priv->id;
}

const char *
wk_record_get_uuid (WkRecord *self)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  g_return_val_if_fail (WK_IS_RECORD (self), NULL);
  return priv->uuid;
}

const char *
wk_record_get_table (WkRecord *self)
{
  g_return_val_if_fail (WK_IS_RECORD (self), NULL);
  return _wk_record_get_info (self)->table;
}

/* Whether the row is gone from the store (deleted, and not brought back by undo). */
gboolean
wk_record_is_deleted (WkRecord *self)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);

  g_return_val_if_fail (WK_IS_RECORD (self), TRUE);
  return priv->deleted;
}

gboolean
wk_record_has_field (WkRecord    *self,
                     const char  *field,
                     WkFieldKind *kind)
{
  const WkFieldInfo *info;

  g_return_val_if_fail (WK_IS_RECORD (self), FALSE);

  info = _wk_record_find_field (_wk_record_get_info (self), field, NULL);
  if (info != NULL && kind != NULL)
    *kind = info->kind;
  return info != NULL;
}

static const GValue *
get_value (WkRecord    *self,
           const char  *field,
           GType        type)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  guint index;

  if (_wk_record_find_field (_wk_record_get_info (self), field, &index) == NULL)
    {
      g_critical ("A %s has no field “%s”", G_OBJECT_TYPE_NAME (self), field);
      return NULL;
    }
  if (G_VALUE_TYPE (&priv->values[index]) != type)
    {
      g_critical ("The field “%s” of a %s is not a %s", field, G_OBJECT_TYPE_NAME (self),
                  g_type_name (type));
      return NULL;
    }
  return &priv->values[index];
}

/* Returns: (transfer none): the text of @field, never %NULL for a text field */
const char *
wk_record_get_text (WkRecord   *self,
                    const char *field)
{
  const GValue *value;

  g_return_val_if_fail (WK_IS_RECORD (self), NULL);

  value = get_value (self, field, G_TYPE_STRING);
  return value != NULL ? g_value_get_string (value) : NULL;
}

/* Booleans read as 0 or 1; an optional number that is not set reads as -1. */
gint64
wk_record_get_int (WkRecord   *self,
                   const char *field)
{
  WkRecordPrivate *priv = wk_record_get_instance_private (self);
  guint index;

  g_return_val_if_fail (WK_IS_RECORD (self), 0);

  if (_wk_record_find_field (_wk_record_get_info (self), field, &index) == NULL)
    {
      g_critical ("A %s has no field “%s”", G_OBJECT_TYPE_NAME (self), field);
      return 0;
    }
  if (G_VALUE_HOLDS_BOOLEAN (&priv->values[index]))
    return g_value_get_boolean (&priv->values[index]);
  if (G_VALUE_HOLDS_INT64 (&priv->values[index]))
    return g_value_get_int64 (&priv->values[index]);
  g_critical ("The field “%s” of a %s is not a number", field, G_OBJECT_TYPE_NAME (self));
  return 0;
}

/* Returns: the number, or NAN when the field is not set */
double
wk_record_get_double (WkRecord   *self,
                      const char *field)
{
  const GValue *value;

  g_return_val_if_fail (WK_IS_RECORD (self), NAN);

  value = get_value (self, field, G_TYPE_DOUBLE);
  return value != NULL ? g_value_get_double (value) : NAN;
}

const char * const *
wk_record_get_tags (WkRecord   *self,
                    const char *field)
{
  const GValue *value;

  g_return_val_if_fail (WK_IS_RECORD (self), NULL);

  value = get_value (self, field, G_TYPE_STRV);
  return value != NULL ? g_value_get_boxed (value) : NULL;
}

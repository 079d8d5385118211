/* wk-store-map.c: the community map's records: pins, mapping sessions, pin categories
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>

#include <glib/gi18n-lib.h>

#include "wk-record-private.h"
#include "wk-store-records-private.h"

/* Lists ------------------------------------------------------------------- */

/**
 * wk_store_get_pins:
 *
 * Returns: (transfer none): the pins of @wijk, oldest first; a live list
 */
GListModel *
wk_store_get_pins (WkStore *self,
                   WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  return _wk_store_wijk_list (self, self->pin_lists, WK_TYPE_PIN, wijk, "r.id");
}

/**
 * wk_store_get_mapping_sessions:
 *
 * Returns: (transfer none): the mapping sessions of @wijk by date, later
 * ones at the end; a live list
 */
GListModel *
wk_store_get_mapping_sessions (WkStore *self,
                               WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  return _wk_store_wijk_list (self, self->session_lists, WK_TYPE_MAPPING_SESSION, wijk,
                              "r.date IS NULL, r.date, r.id");
}

/**
 * wk_store_get_pin_categories:
 *
 * Returns: (transfer none): every pin category in the file, in the order
 * they are offered, later ones at the end; a live list
 */
GListModel *
wk_store_get_pin_categories (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  if (self->pin_categories == NULL)
    self->pin_categories = _wk_store_load_list (self, WK_TYPE_PIN_CATEGORY, "?1 = 0", 0,
                                                "r.position, r.id");
  return G_LIST_MODEL (self->pin_categories);
}

/* Places ------------------------------------------------------------------ */

static gboolean
check_spot (const WkPinSpot  *spot,
            GError          **error)
{
  gboolean on_image = isfinite (spot->x) && isfinite (spot->y);
  gboolean on_globe = isfinite (spot->latitude) && isfinite (spot->longitude);

  if (on_image == on_globe)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A pin needs a place on the map."));
      return FALSE;
    }
  if (on_image && (spot->x < 0 || spot->x > 1 || spot->y < 0 || spot->y > 1))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("This place is outside the map."));
      return FALSE;
    }
  if (on_globe && (fabs (spot->latitude) > 90 || fabs (spot->longitude) > 180))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("Latitude must be between −90 and 90 and longitude between −180 and 180."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_spot (sqlite3_stmt    *stmt,
           int              first,
           const WkPinSpot *spot)
{
  const double values[] = { spot->x, spot->y, spot->latitude, spot->longitude };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (isfinite (values[i]))
        sqlite3_bind_double (stmt, first + (int) i, values[i]);
      else
        sqlite3_bind_null (stmt, first + (int) i);
    }
}

static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Pins -------------------------------------------------------------------- */

/**
 * wk_store_create_pin:
 * @spot: x and y on an image map, or latitude and longitude on a web map
 *   (the other pair NAN)
 * @category_id: a pin category, or -1 for none
 * @session_id: a mapping session of @wijk, or -1 for none
 * @title: may be empty
 *
 * Drops a pin, dated today, as one step of the undo history.
 *
 * Returns: (transfer none): the new pin, also in wk_store_get_pins()
 */
WkPin *
wk_store_create_pin (WkStore          *self,
                     WkWijk           *wijk,
                     const WkPinSpot  *spot,
                     gint64            category_id,
                     gint64            session_id,
                     const char       *title,
                     GError          **error)
{
  static const char sql[] =
    "INSERT INTO pin (wijk_id, category_id, session_id, title, date, x, y, latitude, longitude)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  g_autofree char *clean = _wk_store_clean_text (title != NULL ? title : "");
  g_autofree char *date = today ();
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);
  g_return_val_if_fail (spot != NULL, NULL);

  if (!check_spot (spot, error))
    return NULL;
  g_strstrip (clean);

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  bind_optional_id (stmt, 2, category_id);
  bind_optional_id (stmt, 3, session_id);
  sqlite3_bind_text (stmt, 4, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, date, -1, SQLITE_TRANSIENT);
  bind_spot (stmt, 6, spot);
  label = *clean != '\0' ? g_strdup_printf (_("Pin “%s” added"), clean) : g_strdup (_("Pin added"));
  return WK_PIN (_wk_store_create (self, WK_TYPE_PIN, stmt, label, error));
}

static sqlite3_value *
value_from_double (WkStore *self,
                   double   number)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT ?1", NULL);
  sqlite3_value *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_double (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

/**
 * wk_store_move_pin:
 * @spot: the new place, of the same kind as the pin's
 *
 * Moves @pin, as one step of the undo history.
 */
gboolean
wk_store_move_pin (WkStore          *self,
                   WkPin            *pin,
                   const WkPinSpot  *spot,
                   GError          **error)
{
  g_autoptr(WkChange) change = NULL;
  gboolean geographic;
  const char *columns[2];
  double values[2];
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_PIN (pin), FALSE);
  g_return_val_if_fail (spot != NULL, FALSE);

  if (!check_spot (spot, error))
    return FALSE;
  geographic = wk_pin_is_geographic (pin);
  if (geographic != isfinite (spot->latitude))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A pin stays on the kind of map it was placed on."));
      return FALSE;
    }
  columns[0] = geographic ? "latitude" : "x";
  columns[1] = geographic ? "longitude" : "y";
  values[0] = geographic ? spot->latitude : spot->x;
  values[1] = geographic ? spot->longitude : spot->y;
  id = wk_record_get_id (WK_RECORD (pin));

  if (!_wk_store_begin (self, error))
    return FALSE;
  change = _wk_change_new (_("Pin moved"));
  for (guint i = 0; i < 2; i++)
    {
      sqlite3_value *value = value_from_double (self, values[i]);
      gboolean ok = value != NULL && _wk_change_set (change, self, "pin", id, columns[i], value, error);

      sqlite3_value_free (value);
      if (!ok)
        {
          _wk_store_rollback (self);
          return FALSE;
        }
    }
  return _wk_store_finish_change (self, g_steal_pointer (&change), error);
}

/* Sessions and categories ------------------------------------------------- */

static gboolean
is_color (const char *color)
{
  return color != NULL && color[0] == '#' && strlen (color) == 7 &&
         strspn (color + 1, "0123456789abcdefABCDEF") == 6;
}

static gboolean
check_symbol (const char  *symbol,
              GError     **error)
{
  if (g_utf8_strlen (symbol, -1) > 4)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A symbol is one sign or emoji, or at most two letters."));
      return FALSE;
    }
  return TRUE;
}

/* What wk_store_set_text() checks for the map's records: a session and a
 * category need a name, a category a colour and a short symbol. A pin's
 * title may be empty. */
gboolean
_wk_store_check_map_text (WkRecord    *record,
                          const char  *field,
                          const char  *value,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value));

  if (WK_IS_MAPPING_SESSION (record) && g_str_equal (field, "name") && *stripped == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A mapping session needs a name."));
      return FALSE;
    }
  if (!WK_IS_PIN_CATEGORY (record))
    return TRUE;
  if (g_str_equal (field, "stored-label") && *stripped == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("A category needs a name."));
      return FALSE;
    }
  if (g_str_equal (field, "color") && !is_color (value))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("This value is not allowed here."));
      return FALSE;
    }
  if (g_str_equal (field, "symbol"))
    return check_symbol (stripped, error);
  return TRUE;
}

/**
 * wk_store_create_mapping_session:
 * @date: (nullable): YYYY-MM-DD, or %NULL or "" for none
 *
 * Returns: (transfer none): the new session, also in wk_store_get_mapping_sessions()
 */
WkMappingSession *
wk_store_create_mapping_session (WkStore     *self,
                                 WkWijk      *wijk,
                                 const char  *name,
                                 const char  *date,
                                 GError     **error)
{
  g_autofree char *clean = _wk_store_clean_text (name != NULL ? name : "");
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  if (*g_strstrip (clean) == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A mapping session needs a name."));
      return NULL;
    }
  if (date != NULL && !_wk_store_check_date (date, error))
    return NULL;

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, "INSERT INTO mapping_session (wijk_id, name, date) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  if (date != NULL && *date != '\0')
    sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  label = g_strdup_printf (_("“%s” added"), clean);
  return WK_MAPPING_SESSION (_wk_store_create (self, WK_TYPE_MAPPING_SESSION, stmt, label, error));
}

/**
 * wk_store_create_pin_category:
 * @color: #rrggbb
 * @symbol: a short text drawn in the pin: an emoji or a letter or two
 *
 * Returns: (transfer none): the new category, last in wk_store_get_pin_categories()
 */
WkPinCategory *
wk_store_create_pin_category (WkStore     *self,
                              const char  *label,
                              const char  *color,
                              const char  *symbol,
                              GError     **error)
{
  static const char sql[] =
    "INSERT INTO pin_category (key, label, color, symbol, position)"
    " VALUES ('user-' || lower(hex(randomblob(6))), ?1, ?2, ?3,"
    " (SELECT coalesce(max(position), 0) + 1 FROM pin_category))";
  g_autofree char *clean = _wk_store_clean_text (label != NULL ? label : "");
  g_autofree char *clean_symbol = _wk_store_clean_text (symbol != NULL ? symbol : "");
  g_autofree char *undo_label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  if (*g_strstrip (clean) == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A category needs a name."));
      return NULL;
    }
  if (!is_color (color))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("This value is not allowed here."));
      return NULL;
    }
  g_strstrip (clean_symbol);
  if (!check_symbol (clean_symbol, error))
    return NULL;

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, color, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_symbol, -1, SQLITE_TRANSIENT);
  undo_label = g_strdup_printf (_("“%s” added"), clean);
  return WK_PIN_CATEGORY (_wk_store_create (self, WK_TYPE_PIN_CATEGORY, stmt, undo_label, error));
}

/* Import ------------------------------------------------------------------ */

static gint64
find_category (WkStore    *self,
               const char *name)
{
  GListModel *categories = wk_store_get_pin_categories (self);
  g_autofree char *folded = wk_fold_name (name, -1);
  guint n = g_list_model_get_n_items (categories);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkPinCategory) category = g_list_model_get_item (categories, i);
      WkRecord *record = WK_RECORD (category);
      g_autofree char *key = wk_fold_name (wk_record_get_text (record, "key"), -1);
      g_autofree char *stored = wk_fold_name (wk_record_get_text (record, "stored-label"), -1);
      g_autofree char *shown = wk_fold_name (wk_pin_category_get_label (category), -1);

      if (g_str_equal (folded, key) || g_str_equal (folded, stored) || g_str_equal (folded, shown))
        return wk_record_get_id (record);
    }
  return -1;
}

static gint64
find_session (WkStore    *self,
              WkWijk     *wijk,
              const char *name)
{
  GListModel *sessions = wk_store_get_mapping_sessions (self, wijk);
  g_autofree char *folded = wk_fold_name (name, -1);
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkMappingSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *other = wk_fold_name (wk_mapping_session_get_name (session), -1);

      if (g_str_equal (folded, other))
        return wk_record_get_id (WK_RECORD (session));
    }
  return -1;
}

/* Inserts a category or session named in the file, inside the import's
 * transaction, and records it so that undo removes it with the pins. */
static gint64
insert_named (WkStore     *self,
              WkChange    *change,
              const char  *sql,
              gint64       wijk_id,
              const char  *name,
              GError     **error)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, sql, error);
  const char *table = g_str_has_prefix (sql, "INSERT INTO pin_category") ? "pin_category" : "mapping_session";
  gint64 id;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, wijk_id);
  if (!_wk_store_step_done (self, stmt, error))
    return -1;
  id = sqlite3_last_insert_rowid (_wk_store_get_db (self));
  if (!_wk_change_inserted (change, self, table, "id = ?1", id, error))
    return -1;
  return id;
}

/**
 * wk_store_import_pins:
 * @pins: (array length=n_pins): pins read from a file; each has latitude and
 *   longitude on a web map, or x and y on an image map
 * @session_id: the session for pins that name none, or -1
 * @n_added: (out) (optional): how many pins were added
 *
 * Adds all of @pins to @wijk in one transaction and one step of the undo
 * history, or none of them. Categories and sessions are matched by name
 * (a category also by key); ones the file names that do not exist yet are
 * created with the pins.
 */
gboolean
wk_store_import_pins (WkStore     *self,
                      WkWijk      *wijk,
                      WkPinDraft **pins,
                      guint        n_pins,
                      gint64       session_id,
                      guint       *n_added,
                      GError     **error)
{
  static const char sql_category[] =
    "INSERT INTO pin_category (key, label, color, symbol, position)"
    " SELECT 'user-' || lower(hex(randomblob(6))), ?1, '#77767b', '•',"
    " (SELECT coalesce(max(position), 0) + 1 FROM pin_category) WHERE ?2 IS NOT NULL";
  static const char sql_session[] = "INSERT INTO mapping_session (name, wijk_id) VALUES (?1, ?2)";
  static const char sql_pin[] =
    "INSERT INTO pin (wijk_id, category_id, session_id, title, note, date, x, y, latitude, longitude, private)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
  g_autoptr(GHashTable) categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(WkChange) change = NULL;
  g_autofree char *label = NULL;
  gint64 wijk_id, first_id = 0;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);
  g_return_val_if_fail (pins != NULL || n_pins == 0, FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (n_pins == 0)
    return TRUE;

  /* every place is checked before anything is written */
  for (guint i = 0; i < n_pins; i++)
    {
      WkPinSpot spot = { pins[i]->x, pins[i]->y, pins[i]->latitude, pins[i]->longitude };
      g_autoptr(GError) local_error = NULL;

      if (!check_spot (&spot, &local_error) ||
          (pins[i]->date != NULL && !_wk_store_check_date (pins[i]->date, &local_error)))
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                       /* TRANSLATORS: %u is the pin's number in the file */
                       _("Pin %u: %s"), pins[i]->feature > 0 ? pins[i]->feature : i + 1,
                       local_error->message);
          return FALSE;
        }
    }

  wijk_id = wk_wijk_get_id (wijk);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pin imported", "%u pins imported", n_pins),
                           n_pins);
  if (!_wk_store_begin (self, error))
    return FALSE;
  change = _wk_change_new (label);

  /* the categories and sessions named, found or made once each */
  for (guint i = 0; i < n_pins; i++)
    {
      const char *category = pins[i]->category;
      const char *session = pins[i]->session;

      if (category != NULL && *category != '\0' && !g_hash_table_contains (categories, category))
        {
          gint64 id = find_category (self, category);

          if (id < 0)
            id = insert_named (self, change, sql_category, wijk_id, category, error);
          if (id < 0)
            goto failed;
          g_hash_table_insert (categories, g_strdup (category), GSIZE_TO_POINTER ((gsize) id));
        }
      if (session != NULL && *session != '\0' && !g_hash_table_contains (sessions, session))
        {
          gint64 id = find_session (self, wijk, session);

          if (id < 0)
            id = insert_named (self, change, sql_session, wijk_id, session, error);
          if (id < 0)
            goto failed;
          g_hash_table_insert (sessions, g_strdup (session), GSIZE_TO_POINTER ((gsize) id));
        }
    }

  for (guint i = 0; i < n_pins; i++)
    {
      const WkPinDraft *pin = pins[i];
      WkPinSpot spot = { pin->x, pin->y, pin->latitude, pin->longitude };
      g_autofree char *title = _wk_store_clean_text (pin->title != NULL ? pin->title : "");
      g_autofree char *note = _wk_store_clean_text (pin->note != NULL ? pin->note : "");
      gint64 pin_session = session_id;
      sqlite3_stmt *stmt = _wk_store_prepare (self, sql_pin, error);

      if (stmt == NULL)
        goto failed;
      if (pin->session != NULL && *pin->session != '\0')
        pin_session = (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (sessions, pin->session));
      sqlite3_bind_int64 (stmt, 1, wijk_id);
      bind_optional_id (stmt, 2, pin->category != NULL && *pin->category != '\0'
                                 ? (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (categories, pin->category))
                                 : -1);
      bind_optional_id (stmt, 3, pin_session);
      sqlite3_bind_text (stmt, 4, g_strstrip (title), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, note, -1, SQLITE_TRANSIENT);
      if (pin->date != NULL && *pin->date != '\0')
        sqlite3_bind_text (stmt, 6, pin->date, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 6);
      bind_spot (stmt, 7, &spot);
      sqlite3_bind_int (stmt, 11, pin->street_level ? 1 : 0);
      if (!_wk_store_step_done (self, stmt, error))
        goto failed;
      if (i == 0)
        first_id = sqlite3_last_insert_rowid (_wk_store_get_db (self));
    }

  /* rowids only grow inside the transaction: the new pins are those from the first on */
  if (!_wk_change_inserted (change, self, "pin", "id >= ?1", first_id, error))
    goto failed;
  if (!_wk_store_finish_change (self, g_steal_pointer (&change), error))
    return FALSE;
  if (n_added != NULL)
    *n_added = n_pins;
  return TRUE;

failed:
  _wk_store_rollback (self);
  return FALSE;
}

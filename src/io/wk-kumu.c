/* wk-kumu.c: Kumu's elements and connections CSV, read into an import plan
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Kumu (kumu.io) imports and exports a network as two sheets. Elements:
 * Label (required), Type, Description, Tags and optionally ID; connections:
 * From and To (required), Type, Direction, Strength, Description. Several
 * values in one cell are separated by '|': tags, and the elements of From
 * and To (a connection to each). Column names are matched without case;
 * other columns are not imported and a note says so.
 *
 * How Kumu's data becomes Wijkkaart's:
 * - Label → name; Description → description; Tags → themes; Type → actor
 *   type, matched or created by the store.
 * - Kind of actor: an optional "Kind" or "Soort" column (person,
 *   organisation, group, place, in English or Dutch); else a Type that is
 *   itself such a word ("Person", "Organisatie") gives the kind and no
 *   actor type; else the store guesses: "person" for the built-in type Key
 *   figure, "organisation" for any other type or none.
 * - From and To name an element by its ID when the elements have an ID
 *   column (an ID not found is then also tried as a label), else by its
 *   label, without case and accents. A label that more than one element has
 *   is an error in the connection that uses it, not in the elements.
 * - Strength: Kumu's is any number; Wijkkaart's is 1 to 3: up to 1 → 1, up
 *   to 2 → 2, more → 3, empty → 2 (a decimal comma is read too). The words
 *   weak/zwak, medium/normal/gemiddeld and strong/sterk give 1, 2, 3; other
 *   text is a warning and 2.
 * - Direction: "directed" (Kumu's default, also when empty), "undirected"
 *   or "mutual" (both not directed in Wijkkaart); other text is a warning.
 * - Connection Description → the relation's note.
 *
 * A bad row (no label, a reference to nothing, a quote never closed, …) is
 * kept out of the plan and listed as a problem with its file and line; a
 * missing required column fails the whole file.
 */
#include <math.h>

#include <glib/gi18n-lib.h>

#include "wk-csv.h"
#include "wk-format.h"
#include "wk-kumu.h"
#include "wk-vocabulary.h"

/* Messages quote at most this many characters of a value from the file. */
#define QUOTE_MAX 60

typedef enum {
  COL_LABEL,
  COL_TYPE,
  COL_DESCRIPTION,
  COL_TAGS,
  COL_ID,
  COL_KIND,
  COL_FROM,
  COL_TO,
  COL_STRENGTH,
  COL_DIRECTION,
  N_COLS
} Column;

typedef struct
{
  const char *name;     /* folded */
  Column      column;
} ColumnName;

static const ColumnName element_columns[] = {
  { "label", COL_LABEL },
  { "type", COL_TYPE },
  { "element type", COL_TYPE },
  { "description", COL_DESCRIPTION },
  { "tags", COL_TAGS },
  { "id", COL_ID },
  { "kind", COL_KIND },
  { "soort", COL_KIND },
};

static const ColumnName connection_columns[] = {
  { "from", COL_FROM },
  { "to", COL_TO },
  { "type", COL_TYPE },
  { "connection type", COL_TYPE },
  { "strength", COL_STRENGTH },
  { "direction", COL_DIRECTION },
  { "description", COL_DESCRIPTION },
  { "id", COL_ID },   /* Kumu's own id of a connection: nothing to keep */
};

/* Words for the kinds of actor, folded; the labels in the user's language count too. */
static const struct {
  const char *word;
  const char *kind;
} kind_words[] = {
  { "person", "person" }, { "persoon", "person" },
  { "organisation", "organisation" }, { "organization", "organisation" },
  { "organisatie", "organisation" },
  { "group", "group" }, { "groep", "group" },
  { "place", "place" }, { "plek", "place" }, { "plaats", "place" },
  { "location", "place" }, { "locatie", "place" },
};

struct _WkKumuReader
{
  WkImportPlan *plan;
  char         *elements_file;
  gboolean      has_ids;
  GHashTable   *ids;      /* ID → index + 1 */
  GHashTable   *labels;   /* folded label → GArray of guint indices */
};

/* Without accents and case, as the store's wk_fold() does: "Café" is "cafe". */
static char *
fold (const char *text)
{
  return wk_fold_name (text, -1);
}

/* A value from the file, short enough to quote in a message. */
static char *
quote (const char *text)
{
  if (g_utf8_strlen (text, -1) <= QUOTE_MAX)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, QUOTE_MAX);

    return g_strconcat (start, "…", NULL);
  }
}

static void
free_index_array (gpointer data)
{
  g_array_unref (data);
}

WkKumuReader *
wk_kumu_reader_new (void)
{
  WkKumuReader *self = g_new0 (WkKumuReader, 1);

  self->plan = wk_import_plan_new ();
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_index_array);
  return self;
}

void
wk_kumu_reader_free (WkKumuReader *self)
{
  if (self == NULL)
    return;
  wk_import_plan_free (self->plan);
  g_hash_table_unref (self->ids);
  g_hash_table_unref (self->labels);
  g_free (self->elements_file);
  g_free (self);
}

/**
 * wk_kumu_reader_get_plan:
 *
 * Returns: (transfer none): the plan so far, with its problems
 */
WkImportPlan *
wk_kumu_reader_get_plan (WkKumuReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->plan;
}

/**
 * wk_kumu_reader_steal_plan:
 *
 * Returns: (transfer full): the plan; the reader then starts a new, empty one
 */
WkImportPlan *
wk_kumu_reader_steal_plan (WkKumuReader *self)
{
  WkImportPlan *plan;

  g_return_val_if_fail (self != NULL, NULL);
  plan = g_steal_pointer (&self->plan);
  self->plan = wk_import_plan_new ();
  return plan;
}

/**
 * wk_kumu_map_strength:
 *
 * Returns: Kumu's strength @value on Wijkkaart's scale: up to 1 → 1, up to
 * 2 → 2, more → 3
 */
int
wk_kumu_map_strength (double value)
{
  if (value <= 1.0)
    return 1;
  if (value <= 2.0)
    return 2;
  return 3;
}

/* Reads the header: which column is which. Returns FALSE on an empty file. */
static gboolean
read_header (WkKumuReader      *self,
             WkCsvReader       *csv,
             const char        *file_name,
             const ColumnName  *names,
             guint              n_names,
             int               *columns,
             GError           **error)
{
  g_auto(GStrv) fields = NULL;
  g_autoptr(GError) local_error = NULL;

  for (guint c = 0; c < N_COLS; c++)
    columns[c] = -1;

  if (!wk_csv_reader_read (csv, &fields, &local_error))
    {
      if (local_error != NULL)
        g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT, "%s: %s",
                     file_name, local_error->message);
      else
        g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                     _("“%s” is empty: its first line should name the columns."), file_name);
      return FALSE;
    }

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (fields[i]));
      g_autofree char *folded = fold (stripped);
      gboolean known = FALSE;

      if (*stripped == '\0')
        continue;
      for (guint k = 0; k < n_names; k++)
        if (g_str_equal (folded, names[k].name))
          {
            known = TRUE;
            if (columns[names[k].column] < 0)
              columns[names[k].column] = i;
            else
              {
                g_autofree char *shown = quote (stripped);

                wk_import_plan_add_problem (self->plan, WK_IMPORT_NOTE, file_name,
                                            wk_csv_reader_get_line (csv),
                                            _("The column “%s” appears twice; only the first is imported."),
                                            shown);
              }
          }
      if (!known)
        {
          g_autofree char *shown = quote (stripped);

          wk_import_plan_add_problem (self->plan, WK_IMPORT_NOTE, file_name,
                                      wk_csv_reader_get_line (csv),
                                      _("The column “%s” is not imported."), shown);
        }
    }
  return TRUE;
}

static const char *
field (char       **fields,
       guint        n_fields,
       const int   *columns,
       Column       column)
{
  int i = columns[column];

  if (i < 0 || (guint) i >= n_fields)
    return "";
  return fields[i];
}

static gboolean
is_blank (char **fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    for (const char *p = fields[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

/* The kind a word names ("Persoon", "Organization"), or NULL. */
static const char *
kind_for_word (const char *text)
{
  g_autofree char *folded = NULL;
  guint n_kinds;
  const WkChoice *kinds;

  if (*text == '\0')
    return NULL;
  folded = fold (text);
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    if (g_str_equal (folded, kind_words[i].word))
      return kind_words[i].kind;
  kinds = wk_vocabulary_get ("kind", &n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *label = fold (wk_vocabulary_label ("kind", kinds[i].key));

      if (g_str_equal (folded, label))
        return kinds[i].key;
    }
  return NULL;
}

/* The values of a cell that holds several, separated by '|'; no empty ones. */
static char **
split_values (const char *cell)
{
  g_auto(GStrv) parts = g_strsplit (cell, "|", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

static void
report_invalid (WkKumuReader *self,
                WkCsvReader  *csv,
                const char   *file_name)
{
  if (wk_csv_reader_get_n_invalid (csv) > 0)
    wk_import_plan_add_problem (self->plan, WK_IMPORT_WARNING, file_name, wk_csv_reader_get_line (csv),
                                _("Characters that are not valid UTF-8 were replaced by “\xef\xbf\xbd”. "
                                  "Save the file as UTF-8 (in Excel: CSV UTF-8)."));
}

static void
report_unclosed (WkKumuReader *self,
                 WkCsvReader  *csv,
                 const char   *file_name,
                 GError       *error)
{
  wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, wk_csv_reader_get_line (csv),
                              "%s", error->message);
}

/**
 * wk_kumu_reader_add_elements:
 * @file_name: the name to give in messages
 * @delimiter: the field separator, or 0 to take the one the header uses most
 *
 * Adds the elements of a Kumu elements sheet to the plan; bad rows are left
 * out and listed in its problems.
 *
 * Returns: %FALSE when the file cannot be read as a Kumu elements sheet at
 * all (it is empty or has no Label column)
 */
gboolean
wk_kumu_reader_add_elements (WkKumuReader  *self,
                             const char    *file_name,
                             GBytes        *data,
                             char           delimiter,
                             GError       **error)
{
  g_autoptr(WkCsvReader) csv = NULL;
  g_autoptr(GError) local_error = NULL;
  int columns[N_COLS];
  char **fields;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (delimiter == 0)
    delimiter = wk_csv_guess_delimiter (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  csv = wk_csv_reader_new (data, delimiter);
  if (!read_header (self, csv, file_name, element_columns, G_N_ELEMENTS (element_columns),
                    columns, error))
    return FALSE;
  if (columns[COL_LABEL] < 0)
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   _("“%s” has no Label column. The first line of a Kumu elements sheet names "
                     "the columns, for example: Label,Type,Description,Tags"),
                   file_name);
      return FALSE;
    }
  g_free (self->elements_file);
  self->elements_file = g_strdup (file_name);
  self->has_ids = self->has_ids || columns[COL_ID] >= 0;

  while (wk_csv_reader_read (csv, &fields, &local_error))
    {
      g_auto(GStrv) owned = fields;
      guint n_fields = g_strv_length (fields);
      guint line = wk_csv_reader_get_line (csv);
      g_autofree char *label = g_strstrip (g_strdup (field (fields, n_fields, columns, COL_LABEL)));
      g_autofree char *id = g_strstrip (g_strdup (field (fields, n_fields, columns, COL_ID)));
      g_autofree char *type = g_strstrip (g_strdup (field (fields, n_fields, columns, COL_TYPE)));
      g_autofree char *kind_text = g_strstrip (g_strdup (field (fields, n_fields, columns, COL_KIND)));
      g_autofree char *folded = NULL;
      g_auto(GStrv) tags = NULL;
      g_autoptr(GPtrArray) themes = NULL;
      g_autoptr(GHashTable) seen = NULL;
      const char *kind = NULL;
      WkImportActor *actor;
      guint index;
      GArray *same;

      if (is_blank (fields))
        continue;
      report_invalid (self, csv, file_name);
      if (*label == '\0')
        {
          wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                      _("The row has no Label."));
          continue;
        }
      if (*id != '\0' && g_hash_table_contains (self->ids, id))
        {
          g_autofree char *shown = quote (id);
          guint first = GPOINTER_TO_UINT (g_hash_table_lookup (self->ids, id)) - 1;
          WkImportActor *other = self->plan->actors->pdata[first];

          wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                      _("The ID “%s” is already used on line %u."), shown, other->line);
          continue;
        }

      if (*kind_text != '\0')
        {
          kind = kind_for_word (kind_text);
          if (kind == NULL)
            {
              g_autofree char *shown = quote (kind_text);

              wk_import_plan_add_problem (self->plan, WK_IMPORT_WARNING, file_name, line,
                                          _("“%s” is not a kind of actor (person, organisation, group "
                                            "or place); the kind is guessed from the type."),
                                          shown);
            }
        }
      /* Kumu's "Person" or "Organization" as the type is a kind, not a type */
      if (kind_for_word (type) != NULL)
        {
          if (kind == NULL)
            kind = kind_for_word (type);
          *type = '\0';
        }

      index = self->plan->actors->len;
      actor = wk_import_plan_add_actor (self->plan, label, line);
      actor->kind = g_strdup (kind);
      actor->type = *type != '\0' ? g_strdup (type) : NULL;
      actor->description = g_strdup (field (fields, n_fields, columns, COL_DESCRIPTION));

      tags = split_values (field (fields, n_fields, columns, COL_TAGS));
      themes = g_ptr_array_new ();
      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; tags[i] != NULL; i++)
        if (g_hash_table_add (seen, fold (tags[i])))
          g_ptr_array_add (themes, g_strdup (tags[i]));
      g_ptr_array_add (themes, NULL);
      g_strfreev (actor->themes);
      actor->themes = (char **) g_ptr_array_free (g_steal_pointer (&themes), FALSE);

      if (*id != '\0')
        g_hash_table_insert (self->ids, g_strdup (id), GUINT_TO_POINTER (index + 1));
      folded = fold (label);
      same = g_hash_table_lookup (self->labels, folded);
      if (same == NULL)
        {
          same = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->labels, g_steal_pointer (&folded), same);
        }
      g_array_append_val (same, index);
    }
  if (local_error != NULL)
    report_unclosed (self, csv, file_name, local_error);
  return TRUE;
}

/* The element a From or To value names; reports and returns FALSE when none
 * or more than one. */
static gboolean
resolve_reference (WkKumuReader *self,
                   const char   *file_name,
                   guint         line,
                   const char   *column,
                   const char   *value,
                   guint        *index)
{
  g_autofree char *shown = quote (value);
  g_autofree char *folded = NULL;
  GArray *same;

  if (self->has_ids)
    {
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (self->ids, value));

      if (found != 0)
        {
          *index = found - 1;
          return TRUE;
        }
    }
  folded = fold (value);
  same = g_hash_table_lookup (self->labels, folded);
  if (same == NULL || same->len == 0)
    {
      /* TRANSLATORS: the first %s is the column, From or To */
      wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                  self->has_ids
                                  ? _("%s: “%s” is not the ID or label of an element in “%s”.")
                                  : _("%s: “%s” is not the label of an element in “%s”."),
                                  column, shown,
                                  self->elements_file != NULL ? self->elements_file : "");
      return FALSE;
    }
  if (same->len > 1)
    {
      WkImportActor *first = self->plan->actors->pdata[g_array_index (same, guint, 0)];
      WkImportActor *second = self->plan->actors->pdata[g_array_index (same, guint, 1)];

      wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                  _("%s: more than one element is called “%s” (lines %u and %u of “%s”). "
                                    "Give the elements an ID column and refer to the IDs."),
                                  column, shown, first->line, second->line, self->elements_file);
      return FALSE;
    }
  *index = g_array_index (same, guint, 0);
  return TRUE;
}

static int
parse_strength (WkKumuReader *self,
                const char   *file_name,
                guint         line,
                const char   *text)
{
  static const struct {
    const char *word;
    int         strength;
  } words[] = {
    { "weak", 1 }, { "zwak", 1 }, { "low", 1 }, { "laag", 1 },
    { "medium", 2 }, { "normal", 2 }, { "normaal", 2 }, { "gemiddeld", 2 }, { "middel", 2 },
    { "strong", 3 }, { "sterk", 3 }, { "high", 3 }, { "hoog", 3 },
  };
  g_autofree char *number = g_strdelimit (g_strstrip (g_strdup (text)), ",", '.');
  g_autofree char *folded = NULL;
  g_autofree char *shown = NULL;
  char *end = NULL;
  double value;

  if (*number == '\0')
    return 2;
  value = g_ascii_strtod (number, &end);
  if (end != number && *end == '\0' && isfinite (value))
    return wk_kumu_map_strength (value);

  folded = fold (number);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      return words[i].strength;

  shown = quote (text);
  wk_import_plan_add_problem (self->plan, WK_IMPORT_WARNING, file_name, line,
                              _("The strength “%s” is not a number; the connection gets strength 2."),
                              shown);
  return 2;
}

static gboolean
parse_directed (WkKumuReader *self,
                const char   *file_name,
                guint         line,
                const char   *text)
{
  g_autofree char *folded = fold (text);
  g_autofree char *shown = NULL;

  g_strstrip (folded);
  if (*folded == '\0' || g_str_equal (folded, "directed") || g_str_equal (folded, "gericht"))
    return TRUE;
  if (g_str_equal (folded, "undirected") || g_str_equal (folded, "mutual") ||
      g_str_equal (folded, "ongericht") || g_str_equal (folded, "wederzijds"))
    return FALSE;
  shown = quote (text);
  wk_import_plan_add_problem (self->plan, WK_IMPORT_WARNING, file_name, line,
                              _("The direction “%s” is not directed, undirected or mutual; "
                                "the connection is imported as directed."),
                              shown);
  return TRUE;
}

/**
 * wk_kumu_reader_add_connections:
 * @delimiter: the field separator, or 0 to take the one the header uses most
 *
 * Adds the connections of a Kumu connections sheet to the plan, between the
 * elements added before; bad rows are left out and listed in its problems.
 *
 * Returns: %FALSE when the file cannot be read as a Kumu connections sheet
 * at all (it is empty or has no From or To column)
 */
gboolean
wk_kumu_reader_add_connections (WkKumuReader  *self,
                                const char    *file_name,
                                GBytes        *data,
                                char           delimiter,
                                GError       **error)
{
  g_autoptr(WkCsvReader) csv = NULL;
  g_autoptr(GError) local_error = NULL;
  int columns[N_COLS];
  char **fields;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (delimiter == 0)
    delimiter = wk_csv_guess_delimiter (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  csv = wk_csv_reader_new (data, delimiter);
  if (!read_header (self, csv, file_name, connection_columns, G_N_ELEMENTS (connection_columns),
                    columns, error))
    return FALSE;
  if (columns[COL_FROM] < 0 || columns[COL_TO] < 0)
    {
      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_FORMAT,
                   _("“%s” has no From or no To column. The first line of a Kumu connections sheet "
                     "names the columns, for example: From,To,Type,Strength"),
                   file_name);
      return FALSE;
    }

  while (wk_csv_reader_read (csv, &fields, &local_error))
    {
      g_auto(GStrv) owned = fields;
      guint n_fields = g_strv_length (fields);
      guint line = wk_csv_reader_get_line (csv);
      g_auto(GStrv) from = split_values (field (fields, n_fields, columns, COL_FROM));
      g_auto(GStrv) to = split_values (field (fields, n_fields, columns, COL_TO));
      g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree char *type = NULL;
      gboolean ok = TRUE;
      gboolean directed;
      int strength;

      if (is_blank (fields))
        continue;
      report_invalid (self, csv, file_name);
      if (from[0] == NULL)
        {
          wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                      _("The row has no From."));
          continue;
        }
      if (to[0] == NULL)
        {
          wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                      _("The row has no To."));
          continue;
        }
      for (guint i = 0; from[i] != NULL; i++)
        {
          guint index;

          if (resolve_reference (self, file_name, line, "From", from[i], &index))
            g_array_append_val (sources, index);
          else
            ok = FALSE;
        }
      for (guint i = 0; to[i] != NULL; i++)
        {
          guint index;

          if (resolve_reference (self, file_name, line, "To", to[i], &index))
            g_array_append_val (targets, index);
          else
            ok = FALSE;
        }
      for (guint s = 0; ok && s < sources->len; s++)
        for (guint t = 0; ok && t < targets->len; t++)
          if (g_array_index (sources, guint, s) == g_array_index (targets, guint, t))
            {
              WkImportActor *actor = self->plan->actors->pdata[g_array_index (sources, guint, s)];
              g_autofree char *shown = quote (actor->name);

              wk_import_plan_add_problem (self->plan, WK_IMPORT_BAD_ROW, file_name, line,
                                          _("The connection goes from “%s” to itself."), shown);
              ok = FALSE;
            }
      if (!ok)
        continue;

      strength = parse_strength (self, file_name, line, field (fields, n_fields, columns, COL_STRENGTH));
      directed = parse_directed (self, file_name, line, field (fields, n_fields, columns, COL_DIRECTION));
      type = g_strstrip (g_strdup (field (fields, n_fields, columns, COL_TYPE)));
      for (guint s = 0; s < sources->len; s++)
        for (guint t = 0; t < targets->len; t++)
          {
            WkImportRelation *relation;

            relation = wk_import_plan_add_relation (self->plan, g_array_index (sources, guint, s),
                                                    g_array_index (targets, guint, t), line);
            relation->type = *type != '\0' ? g_strdup (type) : NULL;
            relation->strength = strength;
            relation->directed = directed;
            relation->note = g_strdup (field (fields, n_fields, columns, COL_DESCRIPTION));
          }
    }
  if (local_error != NULL)
    report_unclosed (self, csv, file_name, local_error);
  return TRUE;
}

static GBytes *
load (GFile   *file,
      char   **name,
      GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GError) local_error = NULL;
  gsize length;

  *name = g_filename_display_name (basename != NULL ? basename : "");
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_autofree char *shown = g_file_get_parse_name (file);

      g_set_error (error, WK_IMPORT_ERROR, WK_IMPORT_ERROR_READ,
                   _("Cannot read “%s”: %s"), shown, local_error->message);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/**
 * wk_kumu_read:
 * @connections: (nullable): the connections sheet
 * @delimiter: the field separator, or 0 to take the one each header uses most
 *
 * Reads a Kumu elements sheet and, when given, its connections sheet.
 *
 * Returns: (transfer full): the plan with its problems (bad rows are not in
 * it), or %NULL when a file cannot be read or lacks a required column
 */
WkImportPlan *
wk_kumu_read (GFile   *elements,
              GFile   *connections,
              char     delimiter,
              GError **error)
{
  g_autoptr(WkKumuReader) reader = wk_kumu_reader_new ();
  g_autoptr(GBytes) data = NULL;
  g_autofree char *elements_name = NULL;
  g_autofree char *connections_name = NULL;
  WkImportPlan *plan;

  g_return_val_if_fail (G_IS_FILE (elements), NULL);
  g_return_val_if_fail (connections == NULL || G_IS_FILE (connections), NULL);

  data = load (elements, &elements_name, error);
  if (data == NULL || !wk_kumu_reader_add_elements (reader, elements_name, data, delimiter, error))
    return NULL;
  if (connections != NULL)
    {
      g_clear_pointer (&data, g_bytes_unref);
      data = load (connections, &connections_name, error);
      if (data == NULL ||
          !wk_kumu_reader_add_connections (reader, connections_name, data, delimiter, error))
        return NULL;
    }
  plan = wk_kumu_reader_steal_plan (reader);
  /* TRANSLATORS: kept with each imported actor as where it came from */
  plan->source = g_strdup_printf (_("Kumu import: %s"), elements_name);
  return plan;
}

/* wk-actors-page.c: the actors of a wijk in a sortable, filterable table, with their card beside it
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The table is the store's live list of the wijk, filtered and sorted in
 * place: an edit on the card shows in its row at once, and no query runs
 * when a column is sorted or a filter changes. Only searching asks the
 * store, whose full-text index also covers the contact log; a name that
 * contains the typed text counts too, so that "🙂" or "O'Brien" are found.
 */
#include <glib/gi18n.h>

#include "wk-actor-card.h"
#include "wk-actors-page.h"
#include "wk-list-util.h"
#include "wk-row-model.h"
#include "wk-window.h"

#define STALE_MONTHS 12
#define ANY (-2)

typedef enum {
  COLUMN_NAME,
  COLUMN_TYPE,
  COLUMN_ROLE,
  COLUMN_INFLUENCE,
  COLUMN_ENGAGEMENT,
  COLUMN_LAST_CONTACT,
  COLUMN_LAST_VERIFIED,
} Column;

struct _WkActorsPage
{
  GtkWidget           parent_instance;

  WkStore            *store;
  WkWijk             *wijk;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  WkRowModel         *rows;
  GtkCustomFilter    *filter;
  GDateTime          *now;

  /* what the filters ask for */
  GHashTable         *hits;          /* search hits from the store, or NULL */
  char               *folded_query;  /* the search, case-folded, or NULL */
  gint64              type_id;       /* ANY, -1 for "no type", or an id */
  char               *theme;
  char               *group;
  int                 engagement;    /* ANY or a position in the vocabulary */
  int                 formal;        /* ANY, 0 or 1 */
  int                 months;        /* 0: off */
  GArray             *type_ids;      /* type filter position → id */
  GStrv               themes;        /* theme filter position - 1 → name */
  GStrv               groups;

  GtkWidget          *flap;
  GtkWidget          *card_separator;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkGrid            *filter_grid;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  WkActorCard        *card;
  GtkDropDown        *type_filter;
  GtkDropDown        *theme_filter;
  GtkDropDown        *group_filter;
  GtkDropDown        *engagement_filter;
  GtkDropDown        *world_filter;
  GtkSpinButton      *months_filter;
};

G_DEFINE_FINAL_TYPE (WkActorsPage, wk_actors_page, GTK_TYPE_WIDGET)

/* Filtering --------------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  WkActorsPage *self = user_data;
  WkRecord *actor = item;

  if (self->type_id != ANY && wk_record_get_int (actor, "type-id") != self->type_id)
    return FALSE;
  if (self->theme != NULL && !g_strv_contains (wk_record_get_tags (actor, "themes"), self->theme))
    return FALSE;
  if (self->group != NULL && !g_strv_contains (wk_record_get_tags (actor, "groups"), self->group))
    return FALSE;
  if (self->engagement != ANY &&
      wk_vocabulary_position ("engagement", wk_record_get_text (actor, "engagement")) != self->engagement)
    return FALSE;
  if (self->formal != ANY && wk_record_get_int (actor, "formal") != self->formal)
    return FALSE;
  if (self->months > 0)
    {
      /* never contacted counts as "no contact for a long time" */
      int since = wk_months_since (wk_record_get_text (actor, "last-contact"), self->now);

      if (since >= 0 && since < self->months)
        return FALSE;
    }
  if (self->folded_query != NULL)
    {
      gint64 id = wk_record_get_id (actor);
      g_autofree char *name = NULL;

      if (self->hits != NULL && g_hash_table_contains (self->hits, &id))
        return TRUE;
      name = g_utf8_casefold (wk_record_get_text (actor, "name"), -1);
      return strstr (name, self->folded_query) != NULL;
    }
  return TRUE;
}

static gboolean
filters_active (WkActorsPage *self)
{
  return self->type_id != ANY || self->theme != NULL || self->group != NULL ||
         self->engagement != ANY || self->formal != ANY || self->months > 0;
}

static void
update_count (WkActorsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autofree char *text = NULL;

  if (self->count_label == NULL)   /* disposing */
    return;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors", total), total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u actor", "%u of %u actors", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  if (filters_active (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
refilter_with (WkActorsPage    *self,
               GtkFilterChange  change)
{
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_count (self);
}

static void
refilter (WkActorsPage *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
run_search (WkActorsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = g_steal_pointer (&self->folded_query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_clear_pointer (&self->hits, g_hash_table_unref);
  if (*stripped != '\0' && self->wijk != NULL)
    {
      self->folded_query = g_utf8_casefold (stripped, -1);
      self->hits = wk_store_search (self->store, wk_wijk_get_id (self->wijk), WK_TYPE_ACTOR,
                                    stripped, &error);
      if (error != NULL)
        g_warning ("Search failed: %s", error->message);
    }
  /* Typing on at the end of the last word only narrows the list (a longer
   * prefix, a longer substring): then only the rows shown are checked. */
  if (previous != NULL && self->folded_query != NULL && error == NULL &&
      g_str_has_prefix (self->folded_query, previous) &&
      strchr (self->folded_query + strlen (previous), ' ') == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  refilter_with (self, change);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   WkActorsPage   *self)
{
  run_search (self);
}

void
wk_actors_page_set_search (WkActorsPage *self,
                           const char   *text)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_search (self);   /* at once, without the entry's typing delay */
}

static void
filter_changed_cb (GObject      *object,
                   GParamSpec   *pspec,
                   WkActorsPage *self)
{
  guint type = gtk_drop_down_get_selected (self->type_filter);
  guint theme = gtk_drop_down_get_selected (self->theme_filter);
  guint group = gtk_drop_down_get_selected (self->group_filter);
  guint engagement = gtk_drop_down_get_selected (self->engagement_filter);
  guint world;

  if (self->months_filter == NULL)   /* still building the filters */
    return;
  world = gtk_drop_down_get_selected (self->world_filter);
  self->type_id = type == 0 || type == GTK_INVALID_LIST_POSITION || type > self->type_ids->len
                  ? ANY : g_array_index (self->type_ids, gint64, type - 1);
  g_free (self->theme);
  self->theme = theme > 0 && theme != GTK_INVALID_LIST_POSITION && self->themes != NULL
                ? g_strdup (self->themes[theme - 1]) : NULL;
  g_free (self->group);
  self->group = group > 0 && group != GTK_INVALID_LIST_POSITION && self->groups != NULL
                ? g_strdup (self->groups[group - 1]) : NULL;
  self->engagement = engagement == 0 || engagement == GTK_INVALID_LIST_POSITION ? ANY : (int) engagement - 1;
  self->formal = world == 0 || world == GTK_INVALID_LIST_POSITION ? ANY : (world == 2);
  self->months = gtk_spin_button_get_value_as_int (self->months_filter);
  refilter (self);
}

static void
months_changed_cb (GtkSpinButton *spin,
                   WkActorsPage  *self)
{
  filter_changed_cb (G_OBJECT (spin), NULL, self);
}

/* The choices follow the file: its types and the tags in use. */
static void
fill_filters (WkActorsPage *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GListModel *terms;

  if (self->store == NULL)
    return;

  g_signal_handlers_block_by_func (self->type_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->theme_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->group_filter, filter_changed_cb, self);

  terms = wk_store_get_terms (self->store, "actor_type");
  g_array_set_size (self->type_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);
      gint64 id = wk_term_get_id (term);

      g_ptr_array_add (labels, (gpointer) wk_term_get_label (term));
      g_array_append_val (self->type_ids, id);
    }
  wk_list_set_choices (self->type_filter, _("All types"), (const char **) labels->pdata, labels->len);

  g_strfreev (self->themes);
  self->themes = wk_store_list_tags (self->store, "theme");
  wk_list_set_choices (self->theme_filter, _("All themes"), (const char **) self->themes,
               g_strv_length (self->themes));
  g_strfreev (self->groups);
  self->groups = wk_store_list_tags (self->store, "group");
  wk_list_set_choices (self->group_filter, _("All groups"), (const char **) self->groups,
               g_strv_length (self->groups));

  g_signal_handlers_unblock_by_func (self->type_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->theme_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->group_filter, filter_changed_cb, self);
  filter_changed_cb (NULL, NULL, self);
}

static void
clear_filters (WkActorsPage *self)
{
  gtk_drop_down_set_selected (self->engagement_filter, 0);
  gtk_drop_down_set_selected (self->world_filter, 0);
  gtk_spin_button_set_value (self->months_filter, 0);
  fill_filters (self);
}

static void
build_filters (WkActorsPage *self)
{
  const char *worlds[] = { N_("Informal (leefwereld)"), N_("Formal (systeemwereld)") };
  const char *stages[4];
  const char *world_labels[2];
  const WkChoice *engagements;
  GtkWidget *months_label;
  GtkWidget *clear;
  guint n;

  self->type_filter = wk_list_add_filter_row (self->filter_grid, 0, _("Type"),
                                              G_CALLBACK (filter_changed_cb), self);
  self->theme_filter = wk_list_add_filter_row (self->filter_grid, 1, _("Theme"),
                                              G_CALLBACK (filter_changed_cb), self);
  self->group_filter = wk_list_add_filter_row (self->filter_grid, 2, _("Group reached"),
                                              G_CALLBACK (filter_changed_cb), self);
  self->engagement_filter = wk_list_add_filter_row (self->filter_grid, 3, _("Engagement"),
                                              G_CALLBACK (filter_changed_cb), self);
  self->world_filter = wk_list_add_filter_row (self->filter_grid, 4, _("World"),
                                              G_CALLBACK (filter_changed_cb), self);

  engagements = wk_vocabulary_get ("engagement", &n);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (stages); i++)
    stages[i] = wk_vocabulary_label ("engagement", engagements[i].key);
  wk_list_set_choices (self->engagement_filter, _("Any stage"), stages, MIN (n, G_N_ELEMENTS (stages)));
  for (guint i = 0; i < G_N_ELEMENTS (worlds); i++)
    world_labels[i] = _(worlds[i]);
  wk_list_set_choices (self->world_filter, _("Both"), world_labels, G_N_ELEMENTS (world_labels));

  months_label = gtk_label_new (_("No contact for more than (months, 0: off)"));
  gtk_label_set_xalign (GTK_LABEL (months_label), 0);
  gtk_label_set_wrap (GTK_LABEL (months_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (months_label), 24);
  self->months_filter = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 120, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->months_filter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("No contact for more than this many months"), -1);
  g_signal_connect (self->months_filter, "value-changed", G_CALLBACK (months_changed_cb), self);
  gtk_grid_attach (self->filter_grid, months_label, 0, 5, 1, 1);
  gtk_grid_attach (self->filter_grid, GTK_WIDGET (self->months_filter), 1, 5, 1, 1);

  clear = gtk_button_new_with_label (_("Clear Filters"));
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_filters), self);
  gtk_grid_attach (self->filter_grid, clear, 0, 6, 2, 1);
}

/* Columns ---------------------------------------------------------------- */

static GtkWidget *
make_cell (int      column,
           gpointer user_data)
{
  /* an inscription, not a label: it is not measured again when its text
   * changes, and lays its text out only when drawn, so the ~200 rows the
   * table keeps cost little when a search or wijk replaces them */
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), column == COLUMN_INFLUENCE ? 0.5 : 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), column == COLUMN_INFLUENCE ? 3 : 12);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
fill_cell (GtkWidget *child,
           gpointer   record,
           int        column,
           gpointer   user_data)
{
  WkActorsPage *self = user_data;
  WkRecord *actor = record;
  GtkInscription *label = GTK_INSCRIPTION (child);
  g_autofree char *text = NULL;

  if (actor == NULL)
    {
      /* a row kept while nothing matches */
      gtk_inscription_set_text (label, NULL);
      return;
    }

  switch (column)
    {
    case COLUMN_NAME:
      text = g_strdup (wk_record_get_text (actor, "name"));
      break;
    case COLUMN_TYPE:
      text = g_strdup (wk_record_get_text (actor, "type-label"));
      break;
    case COLUMN_ROLE:
      text = g_strdup (wk_record_get_text (actor, "role"));
      break;
    case COLUMN_INFLUENCE:
      text = g_strdup_printf ("%d", (int) wk_record_get_int (actor, "influence"));
      break;
    case COLUMN_ENGAGEMENT:
      text = g_strdup (wk_vocabulary_label ("engagement", wk_record_get_text (actor, "engagement")));
      break;
    case COLUMN_LAST_CONTACT:
      text = wk_format_date (wk_record_get_text (actor, "last-contact"));
      break;
    case COLUMN_LAST_VERIFIED:
      {
        /* a card not verified for a year is marked here, in the text, so
         * that a row stays one widget per cell */
        const char *verified = wk_record_get_text (actor, "last-verified");
        gboolean stale = wk_months_since (verified, self->now) >= STALE_MONTHS;
        g_autofree char *date = wk_format_date (verified);

        text = stale ? g_strdup_printf ("⚠ %s", date) : g_steal_pointer (&date);
        if (stale != gtk_widget_has_css_class (child, "wk-stale"))
          {
            if (stale)
              gtk_widget_add_css_class (child, "wk-stale");
            else
              gtk_widget_remove_css_class (child, "wk-stale");
            gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                            stale ? _("Not verified for more than 12 months") : "", -1);
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }
  /* one line in a table: a pasted multi-line role shows its first line */
  g_strdelimit (text, "\n\r\t", ' ');
  gtk_inscription_set_text (label, text);
}

static int
engagement_compare (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  int pa = wk_vocabulary_position ("engagement", wk_record_get_text ((WkRecord *) a, "engagement"));
  int pb = wk_vocabulary_position ("engagement", wk_record_get_text ((WkRecord *) b, "engagement"));

  return pa - pb;
}

/* By the store's folded name (no accents, no case): a plain strcmp, where a
 * GtkStringSorter would make a locale collation key for every row. */
static int
name_compare (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  int result = strcmp (wk_record_get_text ((WkRecord *) a, "sort-name"),
                       wk_record_get_text ((WkRecord *) b, "sort-name"));

  if (result == 0)
    result = strcmp (wk_record_get_text ((WkRecord *) a, "name"), wk_record_get_text ((WkRecord *) b, "name"));
  return result;
}

static GtkSorter *
string_sorter (const char *property)
{
  GtkStringSorter *sorter = gtk_string_sorter_new (gtk_property_expression_new (WK_TYPE_ACTOR, NULL, property));

  gtk_string_sorter_set_ignore_case (sorter, TRUE);
  return GTK_SORTER (sorter);
}

static GtkColumnViewColumn *
add_column (WkActorsPage *self,
            Column        column,
            const char   *title,
            GtkSorter    *sorter,
            gboolean      expand)
{
  GtkListItemFactory *factory = wk_list_cell_factory_new (column, make_cell, fill_cell, self);
  GtkColumnViewColumn *view_column;

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  /* ellipsized text has no natural width to go by: give text columns room */
  if (expand)
    gtk_column_view_column_set_fixed_width (view_column, 220);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (sorter);
  g_object_unref (view_column);
  return view_column;
}

static void
build_columns (WkActorsPage *self)
{
  GtkColumnViewColumn *name;

  name = add_column (self, COLUMN_NAME, _("Name"), GTK_SORTER (gtk_custom_sorter_new (name_compare, NULL, NULL)), TRUE);
  gtk_column_view_column_set_fixed_width (add_column (self, COLUMN_TYPE, _("Type"),
                                                      string_sorter ("type-label"), FALSE), 150);
  add_column (self, COLUMN_ROLE, _("Role"), string_sorter ("role"), TRUE);
  add_column (self, COLUMN_INFLUENCE, _("Influence"),
              GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (WK_TYPE_ACTOR, NULL, "influence"))),
              FALSE);
  add_column (self, COLUMN_ENGAGEMENT, _("Engagement"),
              GTK_SORTER (gtk_custom_sorter_new (engagement_compare, NULL, NULL)), FALSE);
  add_column (self, COLUMN_LAST_CONTACT, _("Last contact"), string_sorter ("last-contact"), FALSE);
  add_column (self, COLUMN_LAST_VERIFIED, _("Last verified"), string_sorter ("last-verified"), FALSE);

  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, name, GTK_SORT_ASCENDING);
}

/* The card ----------------------------------------------------------------- */

static void
show_card (WkActorsPage *self,
           WkActor      *actor)
{
  if (self->card == NULL)   /* disposing */
    return;
  wk_actor_card_set_actor (self->card, actor);
  gtk_widget_set_visible (GTK_WIDGET (self->card), actor != NULL);
  gtk_widget_set_visible (self->card_separator, actor != NULL);
}

void
wk_actors_page_open (WkActorsPage *self,
                     WkActor      *actor)
{
  guint position;

  g_return_if_fail (WK_IS_ACTORS_PAGE (self));
  g_return_if_fail (WK_IS_ACTOR (actor));

  position = wk_row_model_select (self->rows, actor);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* hidden by the search or a filter: show everything again */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      run_search (self);
      clear_filters (self);
      position = wk_row_model_select (self->rows, actor);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    wk_list_scroll_to (self->column_view, position);
  show_card (self, actor);
}

void
wk_actors_page_close_card (WkActorsPage *self)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));

  wk_actor_card_save_now (self->card);
  show_card (self, NULL);
  wk_row_model_select (self->rows, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
wk_actors_page_save_now (WkActorsPage *self)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));
  if (self->card == NULL)
    return;
  wk_actor_card_save_now (self->card);
}

void
wk_actors_page_new_actor (WkActorsPage *self)
{
  g_autoptr(GError) error = NULL;
  WkActor *actor;

  g_return_if_fail (WK_IS_ACTORS_PAGE (self));

  if (self->store == NULL || self->wijk == NULL)
    return;
  wk_actor_card_save_now (self->card);
  actor = wk_store_create_actor (self->store, self->wijk, _("New actor"), "person", &error);
  if (actor == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  wk_actors_page_open (self, actor);
  wk_actor_card_focus_name (self->card);
}

void
wk_actors_page_focus_search (WkActorsPage *self)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
delete_actor (WkActorsPage *self,
              WkActor      *actor)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (actor == NULL)
    return;
  message = g_strdup_printf (_("“%s” deleted"), wk_actor_get_name (actor));
  if (wk_actor_card_get_actor (self->card) == actor)
    show_card (self, NULL);
  if (!wk_store_delete_record (self->store, WK_RECORD (actor), &error))
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  wk_window_toast_undo (GTK_WIDGET (self), message);
}

void
wk_actors_page_delete_selected (WkActorsPage *self)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));
  delete_actor (self, wk_row_model_get_selected (self->rows));
}

guint
wk_actors_page_get_n_shown (WkActorsPage *self)
{
  g_return_val_if_fail (WK_IS_ACTORS_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

static void
selection_changed_cb (WkRowModel   *rows,
                      GParamSpec   *pspec,
                      WkActorsPage *self)
{
  WkActor *actor = wk_row_model_get_selected (rows);

  if (actor != NULL)
    show_card (self, actor);
}

static void
activate_cb (GtkColumnView *view,
             guint          position,
             WkActorsPage  *self)
{
  g_autoptr(WkActor) actor = wk_row_model_get_record (self->rows, position);

  if (actor != NULL)
    {
      show_card (self, actor);
      wk_actor_card_focus_name (self->card);
    }
}

static void
card_close_cb (WkActorCard  *card,
               WkActorsPage *self)
{
  wk_actors_page_close_card (self);
}

static void
card_delete_cb (WkActorCard  *card,
                WkActorsPage *self)
{
  delete_actor (self, wk_actor_card_get_actor (card));
}

static void
card_open_cb (WkActorCard  *card,
              WkRecord     *record,
              WkActorsPage *self)
{
  if (WK_IS_ACTOR (record))
    wk_actors_page_open (self, WK_ACTOR (record));
}

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  WkActorsPage *self)
{
  update_count (self);
}

static void
store_changed_cb (WkStore      *store,
                  const char   *table,
                  gint64        id,
                  WkActorsPage *self)
{
  /* a card shown for an actor that undo or a delete took away */
  WkActor *shown = wk_actor_card_get_actor (self->card);

  if (shown != NULL && wk_record_is_deleted (WK_RECORD (shown)))
    show_card (self, NULL);
  if (g_str_equal (table, "actor_type") || g_str_equal (table, "actor"))
    {
      /* new types and tags become filter choices, keeping the chosen ones */
      if (g_str_equal (table, "actor_type"))
        fill_filters (self);
    }
}

void
wk_actors_page_set_store (WkActorsPage *self,
                          WkStore      *store)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  wk_actor_card_set_store (self->card, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  fill_filters (self);
}

void
wk_actors_page_set_wijk (WkActorsPage *self,
                         WkWijk       *wijk)
{
  g_return_if_fail (WK_IS_ACTORS_PAGE (self));

  if (self->wijk == wijk)
    return;
  wk_actor_card_save_now (self->card);
  show_card (self, NULL);
  g_set_object (&self->wijk, wijk);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->folded_query, g_free);
  gtk_sort_list_model_set_model (self->sorted,
                                   wijk != NULL ? wk_store_get_actors (self->store, wijk) : NULL);
  wk_row_model_select (self->rows, NULL);
  fill_filters (self);
}

static void
wk_actors_page_dispose (GObject *object)
{
  WkActorsPage *self = WK_ACTORS_PAGE (object);

  if (self->card != NULL)
    wk_actor_card_save_now (self->card);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_ACTORS_PAGE);
  g_clear_object (&self->rows);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (wk_actors_page_parent_class)->dispose (object);
}

static void
wk_actors_page_finalize (GObject *object)
{
  WkActorsPage *self = WK_ACTORS_PAGE (object);

  g_free (self->folded_query);
  g_free (self->theme);
  g_free (self->group);
  g_strfreev (self->themes);
  g_strfreev (self->groups);
  g_array_unref (self->type_ids);

  G_OBJECT_CLASS (wk_actors_page_parent_class)->finalize (object);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  WkActorsPage *self = WK_ACTORS_PAGE (widget);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->card)))
    return FALSE;
  wk_actors_page_close_card (self);
  return TRUE;
}

static void
wk_actors_page_class_init (WkActorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_actors_page_dispose;
  object_class->finalize = wk_actors_page_finalize;

  g_type_ensure (WK_TYPE_ACTOR_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-actors-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, card_separator);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, WkActorsPage, card);

  /* Escape closes the card; Escape in the search entry still clears it first */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static gboolean
delete_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  wk_actors_page_delete_selected (user_data);
  return TRUE;
}

static void
wk_actors_page_init (WkActorsPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->type_id = ANY;
  self->engagement = ANY;
  self->formal = ANY;
  self->type_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->now = g_date_time_new_now_local ();

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  /* sorted first, then filtered: a keystroke in the search only filters,
   * it never sorts 6,000 rows again */
  self->sorted = gtk_sort_list_model_new (NULL, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted), GTK_FILTER (self->filter));
  self->rows = wk_row_model_new (G_LIST_MODEL (self->filtered));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->rows));

  build_columns (self);
  build_filters (self);

  g_signal_connect (self->rows, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->filtered, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->card, "close-requested", G_CALLBACK (card_close_cb), self);
  g_signal_connect (self->card, "delete-requested", G_CALLBACK (card_delete_cb), self);
  g_signal_connect (self->card, "open-record", G_CALLBACK (card_open_cb), self);

  /* Delete only acts on the table, never while typing in a field */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (delete_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  update_count (self);
}

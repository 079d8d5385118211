/* wk-initiatives-page.c: the initiatives of a wijk in a sortable, filterable table, with their card beside it
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The same live list, filtering and searching as the actors page (see
 * wk-actors-page.c), with the columns and filters of an initiative.
 */
#include <glib/gi18n.h>

#include "wk-initiative-card.h"
#include "wk-initiatives-page.h"
#include "wk-list-util.h"
#include "wk-window.h"

#define ANY (-2)

typedef enum {
  COLUMN_TITLE,
  COLUMN_STATUS,
  COLUMN_TRACK,
  COLUMN_START,
  COLUMN_END,
  COLUMN_GRANTED,
  COLUMN_CONTACT,
} Column;

struct _WkInitiativesPage
{
  GtkWidget           parent_instance;

  WkStore            *store;
  WkWijk             *wijk;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GDateTime          *now;

  /* what the filters ask for */
  GHashTable         *hits;          /* search hits from the store, or NULL */
  char               *folded_query;  /* the search, case-folded, or NULL */
  int                 status;        /* ANY or a position in the vocabulary */
  char               *theme;
  GStrv               themes;        /* theme filter position - 1 → name */

  GtkWidget          *flap;
  GtkWidget          *card_separator;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkGrid            *filter_grid;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  WkInitiativeCard        *card;
  GtkDropDown        *status_filter;
  GtkDropDown        *theme_filter;
};

G_DEFINE_FINAL_TYPE (WkInitiativesPage, wk_initiatives_page, GTK_TYPE_WIDGET)

/* Filtering --------------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  WkInitiativesPage *self = user_data;
  WkRecord *initiative = item;

  if (self->status != ANY &&
      wk_vocabulary_position ("status", wk_record_get_text (initiative, "status")) != self->status)
    return FALSE;
  if (self->theme != NULL && !g_strv_contains (wk_record_get_tags (initiative, "themes"), self->theme))
    return FALSE;
  if (self->folded_query != NULL)
    {
      gint64 id = wk_record_get_id (initiative);
      g_autofree char *title = NULL;

      if (self->hits != NULL && g_hash_table_contains (self->hits, &id))
        return TRUE;
      title = g_utf8_casefold (wk_record_get_text (initiative, "title"), -1);
      return strstr (title, self->folded_query) != NULL;
    }
  return TRUE;
}

static gboolean
filters_active (WkInitiativesPage *self)
{
  return self->status != ANY || self->theme != NULL;
}

static void
update_count (WkInitiativesPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autofree char *text = NULL;

  if (self->count_label == NULL)   /* disposing */
    return;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u initiative", "%u initiatives", total), total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u initiative", "%u of %u initiatives", total),
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
refilter (WkInitiativesPage *self)
{
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
run_search (WkInitiativesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->folded_query, g_free);
  if (*stripped != '\0' && self->wijk != NULL)
    {
      self->folded_query = g_utf8_casefold (stripped, -1);
      self->hits = wk_store_search (self->store, wk_wijk_get_id (self->wijk), WK_TYPE_INITIATIVE,
                                    stripped, &error);
      if (error != NULL)
        g_warning ("Search failed: %s", error->message);
    }
  refilter (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   WkInitiativesPage   *self)
{
  run_search (self);
}

void
wk_initiatives_page_set_search (WkInitiativesPage *self,
                           const char   *text)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_search (self);   /* at once, without the entry's typing delay */
}

static void
filter_changed_cb (GObject           *object,
                   GParamSpec        *pspec,
                   WkInitiativesPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint theme;

  if (self->theme_filter == NULL)   /* still building the filters */
    return;
  theme = gtk_drop_down_get_selected (self->theme_filter);
  self->status = status == 0 || status == GTK_INVALID_LIST_POSITION ? ANY : (int) status - 1;
  g_free (self->theme);
  self->theme = theme > 0 && theme != GTK_INVALID_LIST_POSITION && self->themes != NULL
                ? g_strdup (self->themes[theme - 1]) : NULL;
  refilter (self);
}

static void
fill_filters (WkInitiativesPage *self)
{
  if (self->store == NULL)
    return;
  g_signal_handlers_block_by_func (self->theme_filter, filter_changed_cb, self);
  g_strfreev (self->themes);
  self->themes = wk_store_list_tags (self->store, "theme");
  wk_list_set_choices (self->theme_filter, _("All themes"), (const char **) self->themes,
               g_strv_length (self->themes));
  g_signal_handlers_unblock_by_func (self->theme_filter, filter_changed_cb, self);
  filter_changed_cb (NULL, NULL, self);
}

static void
clear_filters (WkInitiativesPage *self)
{
  gtk_drop_down_set_selected (self->status_filter, 0);
  fill_filters (self);
}

static void
build_filters (WkInitiativesPage *self)
{
  const char *labels[4];
  const WkChoice *statuses;
  GtkWidget *clear;
  guint n;

  self->status_filter = wk_list_add_filter_row (self->filter_grid, 0, _("Status"),
                                              G_CALLBACK (filter_changed_cb), self);
  self->theme_filter = wk_list_add_filter_row (self->filter_grid, 1, _("Theme"),
                                              G_CALLBACK (filter_changed_cb), self);

  statuses = wk_vocabulary_get ("status", &n);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (labels); i++)
    labels[i] = wk_vocabulary_label ("status", statuses[i].key);
  wk_list_set_choices (self->status_filter, _("Any status"), labels, MIN (n, G_N_ELEMENTS (labels)));

  clear = gtk_button_new_with_label (_("Clear Filters"));
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_filters), self);
  gtk_grid_attach (self->filter_grid, clear, 0, 2, 2, 1);
}

/* Columns ---------------------------------------------------------------- */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               WkInitiativesPage        *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_GRANTED ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WkInitiativesPage        *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  WkRecord *initiative = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_TITLE:
      text = g_strdup (wk_record_get_text (initiative, "title"));
      break;
    case COLUMN_STATUS:
      text = g_strdup (wk_vocabulary_label ("status", wk_record_get_text (initiative, "status")));
      break;
    case COLUMN_TRACK:
      text = g_strdup (wk_record_get_text (initiative, "track"));
      break;
    case COLUMN_START:
      text = wk_format_date (wk_record_get_text (initiative, "start-date"));
      break;
    case COLUMN_END:
      text = wk_format_date (wk_record_get_text (initiative, "end-date"));
      break;
    case COLUMN_GRANTED:
      text = wk_format_money (wk_record_get_int (initiative, "budget-granted"));
      break;
    case COLUMN_CONTACT:
      text = g_strdup (wk_record_get_text (initiative, "contact-actor-name"));
      break;
    default:
      g_assert_not_reached ();
    }
  g_strdelimit (text, "\n\r\t", ' ');
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
status_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  int pa = wk_vocabulary_position ("status", wk_record_get_text ((WkRecord *) a, "status"));
  int pb = wk_vocabulary_position ("status", wk_record_get_text ((WkRecord *) b, "status"));

  return pa - pb;
}

/* By the store's folded name (no accents, no case): a plain strcmp, where a
 * GtkStringSorter would make a locale collation key for every row. */
static int
name_compare (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  int result = strcmp (wk_record_get_text ((WkRecord *) a, "sort-title"),
                       wk_record_get_text ((WkRecord *) b, "sort-title"));

  if (result == 0)
    result = strcmp (wk_record_get_text ((WkRecord *) a, "title"), wk_record_get_text ((WkRecord *) b, "title"));
  return result;
}

static GtkSorter *
string_sorter (const char *property)
{
  GtkStringSorter *sorter = gtk_string_sorter_new (gtk_property_expression_new (WK_TYPE_INITIATIVE, NULL, property));

  gtk_string_sorter_set_ignore_case (sorter, TRUE);
  return GTK_SORTER (sorter);
}

static GtkColumnViewColumn *
add_column (WkInitiativesPage *self,
            Column        column,
            const char   *title,
            GtkSorter    *sorter,
            gboolean      expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
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
build_columns (WkInitiativesPage *self)
{
  GtkColumnViewColumn *title;

  title = add_column (self, COLUMN_TITLE, _("Title"), GTK_SORTER (gtk_custom_sorter_new (name_compare, NULL, NULL)), TRUE);
  add_column (self, COLUMN_STATUS, _("Status"),
              GTK_SORTER (gtk_custom_sorter_new (status_compare, NULL, NULL)), FALSE);
  add_column (self, COLUMN_TRACK, _("Track"), string_sorter ("track"), FALSE);
  add_column (self, COLUMN_START, _("Start"), string_sorter ("start-date"), FALSE);
  add_column (self, COLUMN_END, _("End"), string_sorter ("end-date"), FALSE);
  add_column (self, COLUMN_GRANTED, _("Granted"),
              GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (WK_TYPE_INITIATIVE, NULL, "budget-granted"))),
              FALSE);
  add_column (self, COLUMN_CONTACT, _("Contact person"), string_sorter ("contact-actor-name"), FALSE);

  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, title, GTK_SORT_ASCENDING);
}

/* The card ----------------------------------------------------------------- */

static void
show_card (WkInitiativesPage *self,
           WkInitiative      *initiative)
{
  if (self->card == NULL)   /* disposing */
    return;
  wk_initiative_card_set_initiative (self->card, initiative);
  gtk_widget_set_visible (GTK_WIDGET (self->card), initiative != NULL);
  gtk_widget_set_visible (self->card_separator, initiative != NULL);
}

void
wk_initiatives_page_open (WkInitiativesPage *self,
                     WkInitiative      *initiative)
{
  guint position;

  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));
  g_return_if_fail (WK_IS_INITIATIVE (initiative));

  position = wk_list_position_of (G_LIST_MODEL (self->selection), initiative);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      /* hidden by the search or a filter: show everything again */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      run_search (self);
      clear_filters (self);
      position = wk_list_position_of (G_LIST_MODEL (self->selection), initiative);
    }
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, position);
      wk_list_scroll_to (self->column_view, position);
    }
  show_card (self, initiative);
}

void
wk_initiatives_page_close_card (WkInitiativesPage *self)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));

  wk_initiative_card_save_now (self->card);
  show_card (self, NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
wk_initiatives_page_save_now (WkInitiativesPage *self)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));
  if (self->card == NULL)
    return;
  wk_initiative_card_save_now (self->card);
}

void
wk_initiatives_page_new_initiative (WkInitiativesPage *self)
{
  g_autoptr(GError) error = NULL;
  WkInitiative *initiative;

  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));

  if (self->store == NULL || self->wijk == NULL)
    return;
  wk_initiative_card_save_now (self->card);
  initiative = wk_store_create_initiative (self->store, self->wijk, _("New initiative"), &error);
  if (initiative == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  wk_initiatives_page_open (self, initiative);
  wk_initiative_card_focus_title (self->card);
}

void
wk_initiatives_page_focus_search (WkInitiativesPage *self)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
delete_initiative (WkInitiativesPage *self,
              WkInitiative      *initiative)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (initiative == NULL)
    return;
  message = g_strdup_printf (_("“%s” deleted"), wk_initiative_get_title (initiative));
  if (wk_initiative_card_get_initiative (self->card) == initiative)
    show_card (self, NULL);
  if (!wk_store_delete_record (self->store, WK_RECORD (initiative), &error))
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  wk_window_toast_undo (GTK_WIDGET (self), message);
}

void
wk_initiatives_page_delete_selected (WkInitiativesPage *self)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));
  delete_initiative (self, gtk_single_selection_get_selected_item (self->selection));
}

guint
wk_initiatives_page_get_n_shown (WkInitiativesPage *self)
{
  g_return_val_if_fail (WK_IS_INITIATIVES_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      WkInitiativesPage       *self)
{
  WkInitiative *initiative = gtk_single_selection_get_selected_item (selection);

  if (initiative != NULL)
    show_card (self, initiative);
}

static void
activate_cb (GtkColumnView *view,
             guint          position,
             WkInitiativesPage  *self)
{
  g_autoptr(WkInitiative) initiative = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (initiative != NULL)
    {
      show_card (self, initiative);
      wk_initiative_card_focus_title (self->card);
    }
}

static void
card_close_cb (WkInitiativeCard  *card,
               WkInitiativesPage *self)
{
  wk_initiatives_page_close_card (self);
}

static void
card_delete_cb (WkInitiativeCard  *card,
                WkInitiativesPage *self)
{
  delete_initiative (self, wk_initiative_card_get_initiative (card));
}

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  WkInitiativesPage *self)
{
  update_count (self);
}

static void
store_changed_cb (WkStore      *store,
                  const char   *table,
                  gint64        id,
                  WkInitiativesPage *self)
{
  /* a card shown for an initiative that undo or a delete took away */
  WkInitiative *shown = wk_initiative_card_get_initiative (self->card);

  if (shown != NULL && wk_record_is_deleted (WK_RECORD (shown)))
    show_card (self, NULL);
}

void
wk_initiatives_page_set_store (WkInitiativesPage *self,
                          WkStore      *store)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  wk_initiative_card_set_store (self->card, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  fill_filters (self);
}

void
wk_initiatives_page_set_wijk (WkInitiativesPage *self,
                         WkWijk       *wijk)
{
  g_return_if_fail (WK_IS_INITIATIVES_PAGE (self));

  if (self->wijk == wijk)
    return;
  wk_initiative_card_save_now (self->card);
  show_card (self, NULL);
  g_set_object (&self->wijk, wijk);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->folded_query, g_free);
  gtk_sort_list_model_set_model (self->sorted,
                                   wijk != NULL ? wk_store_get_initiatives (self->store, wijk) : NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  fill_filters (self);
}

static void
wk_initiatives_page_dispose (GObject *object)
{
  WkInitiativesPage *self = WK_INITIATIVES_PAGE (object);

  if (self->card != NULL)
    wk_initiative_card_save_now (self->card);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_INITIATIVES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (wk_initiatives_page_parent_class)->dispose (object);
}

static void
wk_initiatives_page_finalize (GObject *object)
{
  WkInitiativesPage *self = WK_INITIATIVES_PAGE (object);

  g_free (self->folded_query);
  g_free (self->theme);
  g_strfreev (self->themes);

  G_OBJECT_CLASS (wk_initiatives_page_parent_class)->finalize (object);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  WkInitiativesPage *self = WK_INITIATIVES_PAGE (widget);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->card)))
    return FALSE;
  wk_initiatives_page_close_card (self);
  return TRUE;
}

static void
wk_initiatives_page_class_init (WkInitiativesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_initiatives_page_dispose;
  object_class->finalize = wk_initiatives_page_finalize;

  g_type_ensure (WK_TYPE_INITIATIVE_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-initiatives-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, flap);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, card_separator);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativesPage, card);

  /* Escape closes the card; Escape in the search entry still clears it first */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static gboolean
delete_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  wk_initiatives_page_delete_selected (user_data);
  return TRUE;
}

static void
wk_initiatives_page_init (WkInitiativesPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->status = ANY;
  self->now = g_date_time_new_now_local ();

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  /* sorted first, then filtered: a keystroke in the search only filters,
   * it never sorts 6,000 rows again */
  self->sorted = gtk_sort_list_model_new (NULL, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  build_columns (self);
  build_filters (self);

  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->filtered, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->card, "close-requested", G_CALLBACK (card_close_cb), self);
  g_signal_connect (self->card, "delete-requested", G_CALLBACK (card_delete_cb), self);

  /* Delete only acts on the table, never while typing in a field */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (delete_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);

  update_count (self);
}

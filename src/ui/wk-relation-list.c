/* wk-relation-list.c: the relations of a card, and adding one through a search popover
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Both ends of a relation list it: on the other card it reads "from …"
 * when it is one-way. A row unfolds to edit type, strength, direction and
 * note in place (stored as typed, like every field of a card). Rows are only
 * rebuilt when relations come or go, never under the user's cursor.
 */
#include <glib/gi18n.h>

#include "wk-card-binder.h"
#include "wk-relation-list.h"
#include "wk-window.h"

/* Enough to pick from while typing; the search narrows it down. */
#define MAX_CANDIDATES 40

struct _WkRelationList
{
  AdwPreferencesGroup  parent_instance;

  WkStore             *store;
  WkRecord            *record;
  GPtrArray           *rows;        /* AdwExpanderRow */
  GPtrArray           *binders;     /* WkCardBinder, one per row */
  GArray              *shown_ids;   /* relation ids the rows show */

  GtkWidget           *empty_row;
  GtkWidget           *add_button;
  GtkWidget           *popover;
  GtkWidget           *search_entry;
  GtkWidget           *candidates;
  GtkWidget           *type_dropdown;
  GtkWidget           *new_type_entry;
  GtkWidget           *strength_spin;
  GtkWidget           *one_way_check;
};

G_DEFINE_FINAL_TYPE (WkRelationList, wk_relation_list, ADW_TYPE_PREFERENCES_GROUP)

/* ●●○ reads at a glance; screen readers get the words in the row's label. */
static const char *
strength_dots (gint64 strength)
{
  return strength >= 3 ? "●●●" : strength == 2 ? "●●○" : "●○○";
}

static void
update_row (AdwExpanderRow *row,
            WkRelation     *relation)
{
  WkRelationList *self = g_object_get_data (G_OBJECT (row), "list");
  WkRecord *record = WK_RECORD (relation);
  gboolean outgoing = WK_IS_ACTOR (self->record) &&
                      wk_record_get_int (record, "source-actor-id") == wk_record_get_id (self->record);
  const char *other = outgoing ? wk_record_get_text (record, "target-name")
                               : wk_record_get_text (record, "source-name");
  const char *type = wk_record_get_text (record, "type-label");
  gint64 strength = wk_record_get_int (record, "strength");
  const char *dots = strength_dots (strength);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *direction;

  if (!wk_record_get_int (record, "directed"))
    direction = _("mutual");
  else if (outgoing)
    direction = _("one-way, to");
  else
    direction = _("one-way, from");

  title = g_markup_escape_text (other, -1);
  subtitle = g_strdup_printf ("%s · %s · %s %s", *type != '\0' ? type : _("No type"), direction,
                              dots, wk_record_get_text (record, "note"));
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    adw_expander_row_set_subtitle (row, escaped);
  }
  {
    g_autofree char *label = g_strdup_printf (_("Relation with %s: %s, %s, strength %d of 3"),
                                              other, *type != '\0' ? type : _("No type"),
                                              direction, (int) strength);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
}

static void
relation_notify_cb (WkRelation     *relation,
                    GParamSpec     *pspec,
                    AdwExpanderRow *row)
{
  update_row (row, relation);
}

static void
delete_clicked_cb (GtkButton      *button,
                   WkRelationList *self)
{
  WkRecord *relation = g_object_get_data (G_OBJECT (button), "relation");
  g_autoptr(GError) error = NULL;

  if (!wk_store_delete_record (self->store, relation, &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
  else
    wk_window_toast_undo (GTK_WIDGET (self), _("Relation deleted"));
}

static GtkWidget *
new_row (WkRelationList *self,
         WkRelation     *relation)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *type_row = adw_combo_row_new ();
  GtkWidget *strength_row = adw_action_row_new ();
  GtkWidget *strength = gtk_spin_button_new_with_range (1, 3, 1);
  GtkWidget *direction_row = adw_action_row_new ();
  GtkWidget *directed = gtk_switch_new ();
  GtkWidget *note_row = adw_entry_row_new ();
  GtkWidget *delete_row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_with_label (_("Delete Relation"));
  WkCardBinder *binder = wk_card_binder_new ();

  g_object_set_data (G_OBJECT (row), "list", self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (type_row), _("Type"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (strength_row), _("Strength (1–3)"));
  gtk_widget_set_valign (strength, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (strength), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Strength"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (strength_row), strength);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (direction_row), _("One-way"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (direction_row), _("Off: both know each other"));
  gtk_widget_set_valign (directed, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (directed), GTK_ACCESSIBLE_PROPERTY_LABEL, _("One-way"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (direction_row), directed);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (direction_row), directed);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note"));
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete);
  g_object_set_data (G_OBJECT (delete), "relation", relation);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), type_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), strength_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), direction_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);

  wk_card_binder_bind_term (binder, ADW_COMBO_ROW (type_row), "type-id", "relation_type");
  wk_card_binder_bind_spin (binder, GTK_SPIN_BUTTON (strength), "strength");
  wk_card_binder_bind_switch (binder, GTK_SWITCH (directed), "directed");
  wk_card_binder_bind_text (binder, note_row, "note", NULL);
  wk_card_binder_set_store (binder, self->store);
  wk_card_binder_set_record (binder, WK_RECORD (relation));
  g_ptr_array_add (self->binders, binder);

  update_row (ADW_EXPANDER_ROW (row), relation);
  g_signal_connect_object (relation, "notify", G_CALLBACK (relation_notify_cb), row, 0);
  return row;
}

static void
clear_rows (WkRelationList *self)
{
  for (guint i = 0; i < self->binders->len; i++)
    wk_card_binder_flush (self->binders->pdata[i]);
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->binders, 0);
  g_array_set_size (self->shown_ids, 0);
}

static void
reload (WkRelationList *self,
        gboolean        force)
{
  g_autoptr(GListModel) relations = NULL;
  guint n;
  gboolean same;

  if (self->store == NULL || self->record == NULL || wk_record_is_deleted (self->record))
    {
      clear_rows (self);
      gtk_widget_set_visible (self->empty_row, TRUE);
      return;
    }

  relations = wk_store_list_relations (self->store, self->record);
  n = g_list_model_get_n_items (relations);
  same = !force && n == self->shown_ids->len;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(WkRecord) relation = g_list_model_get_item (relations, i);

      same = wk_record_get_id (relation) == g_array_index (self->shown_ids, gint64, i);
    }
  if (same)
    return;

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkRelation) relation = g_list_model_get_item (relations, i);
      GtkWidget *row = new_row (self, relation);
      gint64 id = wk_record_get_id (WK_RECORD (relation));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
      g_array_append_val (self->shown_ids, id);
    }
  gtk_widget_set_visible (self->empty_row, n == 0);
}

static void
store_changed_cb (WkStore        *store,
                  const char     *table,
                  gint64          id,
                  WkRelationList *self)
{
  if (g_str_equal (table, "relation"))
    reload (self, FALSE);
}

void
wk_relation_list_set_store (WkRelationList *self,
                            WkStore        *store)
{
  g_return_if_fail (WK_IS_RELATION_LIST (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
}

void
wk_relation_list_set_record (WkRelationList *self,
                             WkRecord       *record)
{
  g_return_if_fail (WK_IS_RELATION_LIST (self));

  g_set_object (&self->record, record);
  reload (self, TRUE);
}

/* Adding ------------------------------------------------------------------ */

static void
fill_types (WkRelationList *self)
{
  GListModel *terms = wk_store_get_terms (self->store, "relation_type");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);

      gtk_string_list_append (labels, wk_term_get_label (term));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->type_dropdown), G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->type_dropdown), 0);
}

static gboolean
matches (const char *name,
         const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (*folded_query == '\0')
    return TRUE;
  folded = g_utf8_casefold (name, -1);
  return strstr (folded, folded_query) != NULL;
}

static void
add_candidates (WkRelationList *self,
                GListModel     *model,
                const char     *field,
                const char     *folded_query,
                guint          *shown)
{
  for (guint i = 0; i < g_list_model_get_n_items (model) && *shown < MAX_CANDIDATES; i++)
    {
      g_autoptr(WkRecord) candidate = g_list_model_get_item (model, i);
      const char *name = wk_record_get_text (candidate, field);
      GtkWidget *row;

      if (candidate == self->record || !matches (name, folded_query))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   WK_IS_INITIATIVE (candidate) ? _("Initiative")
                                   : wk_vocabulary_label ("kind", wk_record_get_text (candidate, "kind")));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (candidate), g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (self->candidates), row);
      (*shown)++;
    }
}

static void
fill_candidates (WkRelationList *self)
{
  g_autofree char *query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  WkWijk *wijk = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (self->candidates)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->candidates), child);

  if (self->store == NULL || self->record == NULL)
    return;
  {
    GListModel *wijken = wk_store_get_wijken (self->store);
    gint64 wijk_id = wk_record_get_int (self->record, "wijk-id");

    for (guint i = 0; i < g_list_model_get_n_items (wijken) && wijk == NULL; i++)
      {
        g_autoptr(WkWijk) candidate = g_list_model_get_item (wijken, i);

        if (wk_wijk_get_id (candidate) == wijk_id)
          wijk = candidate;
      }
  }
  if (wijk == NULL)
    return;

  add_candidates (self, wk_store_get_actors (self->store, wijk), "name", query, &shown);
  if (WK_IS_ACTOR (self->record))
    add_candidates (self, wk_store_get_initiatives (self->store, wijk), "title", query, &shown);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   WkRelationList *self)
{
  fill_candidates (self);
}

static void
candidate_activated_cb (GtkListBox     *box,
                        GtkListBoxRow  *row,
                        WkRelationList *self)
{
  WkRecord *other = g_object_get_data (G_OBJECT (row), "record");
  g_autofree char *new_type = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_type_entry))));
  g_autoptr(GError) error = NULL;
  WkActor *source;
  WkRecord *target;
  gint64 type_id = -1;

  if (*new_type != '\0')
    {
      g_autoptr(WkTerm) term = wk_store_create_term (self->store, "relation_type", new_type, &error);

      if (term == NULL)
        {
          wk_window_toast_for (GTK_WIDGET (self), error->message);
          return;
        }
      type_id = wk_term_get_id (term);
    }
  else
    {
      GListModel *terms = wk_store_get_terms (self->store, "relation_type");
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->type_dropdown)));

      if (term != NULL)
        type_id = wk_term_get_id (term);
    }

  /* the card's actor is the source, unless the card is an initiative */
  if (WK_IS_ACTOR (self->record))
    source = WK_ACTOR (self->record), target = other;
  else
    source = WK_ACTOR (other), target = self->record;

  if (wk_store_create_relation (self->store, source, target, type_id,
                                gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->strength_spin)),
                                gtk_check_button_get_active (GTK_CHECK_BUTTON (self->one_way_check)),
                                "", &error) == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
popover_show_cb (GtkPopover     *popover,
                 WkRelationList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_type_entry), "");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->strength_spin), 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->one_way_check), FALSE);
  fill_types (self);
  fill_candidates (self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    WkRelationList *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->candidates), 0);

  if (first != NULL)
    candidate_activated_cb (GTK_LIST_BOX (self->candidates), first, self);
}

static GtkWidget *
build_popover (WkRelationList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *options = gtk_grid_new ();
  GtkWidget *label;

  self->search_entry = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find an actor or initiative"), -1);
  g_object_set (self->search_entry, "placeholder-text", _("Find an actor or initiative"), NULL);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  gtk_box_append (GTK_BOX (box), self->search_entry);

  gtk_grid_set_row_spacing (GTK_GRID (options), 6);
  gtk_grid_set_column_spacing (GTK_GRID (options), 8);
  label = gtk_label_new (_("Type"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (options), label, 0, 0, 1, 1);
  self->type_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->type_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Type"), -1);
  gtk_grid_attach (GTK_GRID (options), self->type_dropdown, 1, 0, 1, 1);
  self->new_type_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->new_type_entry), _("or a new type…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_type_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New relation type"), -1);
  gtk_grid_attach (GTK_GRID (options), self->new_type_entry, 2, 0, 1, 1);
  label = gtk_label_new (_("Strength"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (options), label, 0, 1, 1, 1);
  self->strength_spin = gtk_spin_button_new_with_range (1, 3, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->strength_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Strength"), -1);
  gtk_grid_attach (GTK_GRID (options), self->strength_spin, 1, 1, 1, 1);
  self->one_way_check = gtk_check_button_new_with_label (_("One-way"));
  gtk_grid_attach (GTK_GRID (options), self->one_way_check, 2, 1, 1, 1);
  gtk_box_append (GTK_BOX (box), options);

  self->candidates = gtk_list_box_new ();
  gtk_widget_add_css_class (self->candidates, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->candidates),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Matching cards"), -1);
  g_signal_connect (self->candidates, "row-activated", G_CALLBACK (candidate_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->candidates);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect (self->popover, "show", G_CALLBACK (popover_show_cb), self);
  return self->popover;
}

static void
wk_relation_list_dispose (GObject *object)
{
  WkRelationList *self = WK_RELATION_LIST (object);

  if (self->binders != NULL)
    for (guint i = 0; i < self->binders->len; i++)
      wk_card_binder_flush (self->binders->pdata[i]);
  g_clear_pointer (&self->binders, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown_ids, g_array_unref);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_relation_list_parent_class)->dispose (object);
}

static void
wk_relation_list_class_init (WkRelationListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wk_relation_list_dispose;
}

static void
wk_relation_list_init (WkRelationList *self)
{
  self->rows = g_ptr_array_new ();
  self->binders = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Relations"));

  self->add_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->add_button), "list-add-symbolic");
  gtk_widget_set_tooltip_text (self->add_button, _("Add Relation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Relation"), -1);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->add_button), build_popover (self));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No relations yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Use + to record who this card knows, works with or reaches."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_row);
}

/* wk-pin-editor.c: the popover that edits one pin of the community map in place
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Everything about a pin is edited here and stored as it is typed, as on
 * the cards: text through WkCardBinder, choices at once. The dropdowns show
 * the store's live lists. A list that changes under a dropdown (a category
 * deleted elsewhere, an undo) moves or drops its selection, which must not
 * be taken for the user choosing: a dropdown's choice is stored only when
 * no list is changing, and every change of a list is followed by setting
 * the dropdowns from the pin again. Deleting the pin and opening the linked
 * card are the map page's to do; the editor only asks for them.
 */
#include <glib/gi18n.h>

#include "wk-card-binder.h"
#include "wk-pin-choice.h"
#include "wk-pin-editor.h"
#include "wk-window.h"

#define SAVE_DELAY_MS 400

struct _WkPinEditor
{
  GtkPopover    parent_instance;

  WkStore      *store;
  WkPin        *pin;
  WkWijk       *wijk;
  WkCardBinder *binder;

  GtkWidget    *title_entry;
  GtkWidget    *category_dropdown;
  GtkWidget    *session_dropdown;
  GtkWidget    *date_entry;
  GtkWidget    *date_error;
  GtkWidget    *note_view;
  GtkWidget    *link_dropdown;
  GtkWidget    *private_switch;
  GtkWidget    *open_button;
  GtkWidget    *delete_button;

  /* each the "none" choice first, then the store's live lists */
  GListModel   *categories;
  GListModel   *sessions;
  GListModel   *links;

  guint         syncing;       /* > 0 while the dropdowns follow the pin or a list */
  gboolean      loading_date;
  gboolean      date_dirty;
  guint         date_source;
};

G_DEFINE_FINAL_TYPE (WkPinEditor, wk_pin_editor, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETE_REQUESTED,
  OPEN_CARD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Choices ----------------------------------------------------------------- */

static void
select_quietly (WkPinEditor *self,
                GtkWidget   *dropdown,
                guint        position)
{
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)) == position)
    return;
  self->syncing++;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), position);
  self->syncing--;
}

/* The card the pin is linked to, if it still exists. */
static WkRecord *
linked_record (WkPinEditor *self)
{
  gint64 actor_id = wk_record_get_int (WK_RECORD (self->pin), "actor-id");
  gint64 initiative_id = wk_record_get_int (WK_RECORD (self->pin), "initiative-id");

  if (actor_id > 0)
    return wk_store_lookup (self->store, WK_TYPE_ACTOR, actor_id);
  if (initiative_id > 0)
    return wk_store_lookup (self->store, WK_TYPE_INITIATIVE, initiative_id);
  return NULL;
}

static void
load_choices (WkPinEditor *self)
{
  WkRecord *pin = WK_RECORD (self->pin);
  gint64 actor_id = wk_record_get_int (pin, "actor-id");
  guint link;

  select_quietly (self, self->category_dropdown,
                  wk_pin_choice_position (self->categories, WK_TYPE_PIN_CATEGORY,
                                          wk_record_get_int (pin, "category-id")));
  select_quietly (self, self->session_dropdown,
                  wk_pin_choice_position (self->sessions, WK_TYPE_MAPPING_SESSION,
                                          wk_record_get_int (pin, "session-id")));
  if (actor_id > 0)
    link = wk_pin_choice_position (self->links, WK_TYPE_ACTOR, actor_id);
  else
    link = wk_pin_choice_position (self->links, WK_TYPE_INITIATIVE, wk_record_get_int (pin, "initiative-id"));
  select_quietly (self, self->link_dropdown, link);
  gtk_widget_set_sensitive (self->open_button, linked_record (self) != NULL);
}

/* Connected before the dropdown's own handlers of the list… */
static void
list_changing_cb (GListModel  *model,
                  guint        position,
                  guint        removed,
                  guint        added,
                  WkPinEditor *self)
{
  self->syncing++;
}

/* …and after them. */
static void
list_changed_cb (GListModel  *model,
                 guint        position,
                 guint        removed,
                 guint        added,
                 WkPinEditor *self)
{
  g_assert (self->syncing > 0);
  self->syncing--;
  load_choices (self);
}

static void
set_choices (WkPinEditor *self,
             GtkWidget   *dropdown,
             GListModel  *model)
{
  g_autoptr(GtkListItemFactory) factory = wk_pin_choice_factory_new ();

  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (list_changing_cb), self, 0);
  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (list_changed_cb), self, 0);
}

/* Storing ----------------------------------------------------------------- */

static gboolean
can_store (WkPinEditor *self)
{
  return self->pin != NULL && !wk_record_is_deleted (WK_RECORD (self->pin));
}

static gboolean
store_int (WkPinEditor *self,
           const char  *field,
           gint64       value)
{
  g_autoptr(GError) error = NULL;

  if (wk_store_set_int (self->store, WK_RECORD (self->pin), field, value, &error))
    return TRUE;
  wk_window_toast_for (GTK_WIDGET (self), error->message);
  load_choices (self);
  return FALSE;
}

static void
choice_selected_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    WkPinEditor *self)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  const char *field = g_object_get_data (G_OBJECT (dropdown), "field");

  if (self->syncing > 0 || item == NULL || !can_store (self))
    return;
  store_int (self, field, WK_IS_RECORD (item) ? wk_record_get_id (WK_RECORD (item)) : -1);
}

/* A pin links to one actor or one initiative: the other link is cleared
 * first, so that the pin is never linked to both. */
static void
link_selected_cb (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  WkPinEditor *self)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  gint64 actor_id = -1;
  gint64 initiative_id = -1;

  if (self->syncing > 0 || item == NULL || !can_store (self))
    return;
  if (WK_IS_ACTOR (item))
    actor_id = wk_record_get_id (WK_RECORD (item));
  else if (WK_IS_INITIATIVE (item))
    initiative_id = wk_record_get_id (WK_RECORD (item));

  if (actor_id > 0)
    {
      if (store_int (self, "initiative-id", -1))
        store_int (self, "actor-id", actor_id);
    }
  else if (store_int (self, "actor-id", -1))
    store_int (self, "initiative-id", initiative_id);
}

static void
show_date_error (WkPinEditor *self,
                 const char  *message)
{
  gtk_label_set_label (GTK_LABEL (self->date_error), message != NULL ? message : "");
  gtk_widget_set_visible (self->date_error, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (self->date_entry, "error");
  else
    gtk_widget_remove_css_class (self->date_entry, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "",
                                  -1);
}

static void
load_date (WkPinEditor *self)
{
  g_autofree char *text = NULL;

  if (self->date_dirty)
    return;
  text = wk_format_date (wk_record_get_text (WK_RECORD (self->pin), "date"));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), text) != 0)
    {
      self->loading_date = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
      self->loading_date = FALSE;
    }
  show_date_error (self, NULL);
}

/* A date that is not one is shown as wrong and not stored. */
static void
save_date (WkPinEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  g_clear_handle_id (&self->date_source, g_source_remove);
  self->date_dirty = FALSE;
  if (!can_store (self))
    return;
  if (!wk_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &iso))
    {
      show_date_error (self, _("Not a date: write it as day-month-year, for example 23-11-2026."));
      return;
    }
  if (!wk_store_set_text (self->store, WK_RECORD (self->pin), "date", iso, &error))
    {
      show_date_error (self, error->message);
      return;
    }
  show_date_error (self, NULL);
}

static gboolean
date_timeout_cb (gpointer user_data)
{
  WkPinEditor *self = user_data;

  self->date_source = 0;
  save_date (self);
  return G_SOURCE_REMOVE;
}

static void
date_changed_cb (GtkEditable *editable,
                 WkPinEditor *self)
{
  if (self->loading_date)
    return;
  self->date_dirty = TRUE;
  g_clear_handle_id (&self->date_source, g_source_remove);
  self->date_source = g_timeout_add (SAVE_DELAY_MS, date_timeout_cb, self);
}

/**
 * wk_pin_editor_save_now:
 *
 * Stores what is still waiting for a pause in typing.
 */
void
wk_pin_editor_save_now (WkPinEditor *self)
{
  g_return_if_fail (WK_IS_PIN_EDITOR (self));

  if (self->binder != NULL)
    wk_card_binder_flush (self->binder);
  if (self->date_dirty)
    save_date (self);
}

/* Callbacks --------------------------------------------------------------- */

static void
pin_notify_cb (WkPin       *pin,
               GParamSpec  *pspec,
               WkPinEditor *self)
{
  if (g_str_equal (pspec->name, "date"))
    load_date (self);
  else if (g_str_equal (pspec->name, "category-id") || g_str_equal (pspec->name, "session-id") ||
           g_str_equal (pspec->name, "actor-id") || g_str_equal (pspec->name, "initiative-id"))
    load_choices (self);
}

/* The pin deleted (by the map page, or an undo of its creation) closes the editor. */
static void
store_changed_cb (WkStore     *store,
                  const char  *table,
                  gint64       id,
                  WkPinEditor *self)
{
  if (g_str_equal (table, "pin") && id == wk_record_get_id (WK_RECORD (self->pin)) &&
      wk_record_is_deleted (WK_RECORD (self->pin)))
    gtk_popover_popdown (GTK_POPOVER (self));
  else if (g_str_equal (table, "actor") || g_str_equal (table, "initiative"))
    gtk_widget_set_sensitive (self->open_button, linked_record (self) != NULL);
}

static void
binder_error_cb (WkCardBinder *binder,
                 const char   *message,
                 WkPinEditor  *self)
{
  wk_window_toast_for (GTK_WIDGET (self), message);
}

/* Enter in the title finishes a new pin, as in "click, type a title, Enter". */
static void
title_activate_cb (WkPinEditor *self)
{
  wk_pin_editor_save_now (self);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
open_clicked_cb (WkPinEditor *self)
{
  WkRecord *record;

  wk_pin_editor_save_now (self);
  record = linked_record (self);
  if (record != NULL)
    {
      g_autoptr(WkRecord) ref = g_object_ref (record);

      g_signal_emit (self, signals[OPEN_CARD], 0, ref);
      gtk_popover_popdown (GTK_POPOVER (self));
    }
}

static void
delete_clicked_cb (WkPinEditor *self)
{
  wk_pin_editor_save_now (self);
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
closed_cb (WkPinEditor *self)
{
  wk_pin_editor_save_now (self);
}

/* Building ---------------------------------------------------------------- */

/* A row of the grid: a label with a mnemonic for @widget, whose text is
 * also the accessible name of @target (@widget or the control inside it). */
static void
add_row (GtkGrid    *grid,
         int         row,
         const char *mnemonic,
         GtkWidget  *widget,
         GtkWidget  *target)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_IS_FRAME (widget) ? GTK_ALIGN_START : GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (label)), -1);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static GtkWidget *
new_dropdown (const char *name)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);

  gtk_widget_set_name (dropdown, name);
  return dropdown;
}

static void
build (WkPinEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *note_frame = gtk_frame_new (NULL);
  GtkWidget *note_scroller = gtk_scrolled_window_new ();
  GtkWidget *private_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *private_text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *private_label = gtk_label_new_with_mnemonic (_("_Private address"));
  GtkWidget *private_subtitle =
    gtk_label_new (_("Shown at street level, not at its exact spot, whenever personal data is hidden"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_size_request (box, 340, -1);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  self->title_entry = gtk_entry_new ();
  gtk_widget_set_name (self->title_entry, "title");
  add_row (GTK_GRID (grid), 0, _("_Title"), self->title_entry, self->title_entry);

  self->category_dropdown = new_dropdown ("category");
  add_row (GTK_GRID (grid), 1, _("_Category"), self->category_dropdown, self->category_dropdown);

  self->session_dropdown = new_dropdown ("session");
  add_row (GTK_GRID (grid), 2, _("_Session"), self->session_dropdown, self->session_dropdown);

  self->date_entry = gtk_entry_new ();
  gtk_widget_set_name (self->date_entry, "date");
  /* TRANSLATORS: the placeholder of a date field: the order a date is typed in */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->date_entry), _("day-month-year"));
  add_row (GTK_GRID (grid), 3, _("_Date"), self->date_entry, self->date_entry);
  self->date_error = gtk_label_new (NULL);
  gtk_widget_set_name (self->date_error, "date-error");
  gtk_label_set_wrap (GTK_LABEL (self->date_error), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->date_error), 30);
  gtk_label_set_xalign (GTK_LABEL (self->date_error), 0);
  gtk_widget_add_css_class (self->date_error, "error");
  gtk_widget_add_css_class (self->date_error, "caption");
  gtk_widget_set_visible (self->date_error, FALSE);
  gtk_grid_attach (GTK_GRID (grid), self->date_error, 1, 4, 1, 1);

  self->note_view = gtk_text_view_new ();
  gtk_widget_set_name (self->note_view, "note");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->note_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->note_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->note_view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->note_view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->note_view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->note_view), 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (note_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (note_scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (note_scroller), 180);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (note_scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (note_scroller), self->note_view);
  gtk_frame_set_child (GTK_FRAME (note_frame), note_scroller);
  add_row (GTK_GRID (grid), 5, _("_Note"), note_frame, self->note_view);

  self->link_dropdown = new_dropdown ("link");
  add_row (GTK_GRID (grid), 6, _("_Linked to"), self->link_dropdown, self->link_dropdown);
  gtk_box_append (GTK_BOX (box), grid);

  self->private_switch = gtk_switch_new ();
  gtk_widget_set_name (self->private_switch, "private");
  gtk_widget_set_valign (self->private_switch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (private_label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (private_label), self->private_switch);
  gtk_label_set_xalign (GTK_LABEL (private_subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (private_subtitle), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (private_subtitle), 36);
  gtk_widget_add_css_class (private_subtitle, "dim-label");
  gtk_widget_add_css_class (private_subtitle, "caption");
  gtk_widget_set_hexpand (private_text, TRUE);
  gtk_box_append (GTK_BOX (private_text), private_label);
  gtk_box_append (GTK_BOX (private_text), private_subtitle);
  gtk_box_append (GTK_BOX (private_box), private_text);
  gtk_box_append (GTK_BOX (private_box), self->private_switch);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->private_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (private_label)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (GTK_LABEL (private_subtitle)),
                                  -1);
  gtk_box_append (GTK_BOX (box), private_box);

  self->open_button = gtk_button_new_with_mnemonic (_("_Open Card"));
  gtk_widget_set_name (self->open_button, "open-card");
  gtk_widget_set_tooltip_text (self->open_button, _("Open the card of the actor or initiative this pin is linked to"));
  self->delete_button = gtk_button_new_with_mnemonic (_("_Delete Pin"));
  gtk_widget_set_name (self->delete_button, "delete");
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  gtk_widget_set_hexpand (self->delete_button, TRUE);
  gtk_widget_set_halign (self->delete_button, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), self->open_button);
  gtk_box_append (GTK_BOX (buttons), self->delete_button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (self), box);
}

/* Type -------------------------------------------------------------------- */

static WkWijk *
find_wijk (WkStore *store,
           gint64   id)
{
  GListModel *wijken = wk_store_get_wijken (store);

  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (wk_wijk_get_id (wijk) == id)
        return g_steal_pointer (&wijk);
    }
  return NULL;
}

static void
wk_pin_editor_constructed (GObject *object)
{
  WkPinEditor *self = WK_PIN_EDITOR (object);
  GListModel *sessions = NULL;
  GListModel *actors = NULL;
  GListModel *initiatives = NULL;
  g_autoptr(GtkExpression) search = NULL;

  G_OBJECT_CLASS (wk_pin_editor_parent_class)->constructed (object);

  g_assert (WK_IS_STORE (self->store));
  g_assert (WK_IS_PIN (self->pin));

  self->wijk = find_wijk (self->store, wk_record_get_int (WK_RECORD (self->pin), "wijk-id"));
  if (self->wijk != NULL)
    {
      sessions = wk_store_get_mapping_sessions (self->store, self->wijk);
      actors = wk_store_get_actors (self->store, self->wijk);
      initiatives = wk_store_get_initiatives (self->store, self->wijk);
    }
  self->categories = wk_pin_choices_new (_("No category"), wk_store_get_pin_categories (self->store), NULL);
  self->sessions = wk_pin_choices_new (_("No session"), sessions, NULL);
  self->links = wk_pin_choices_new (_("Not linked"), actors, initiatives);
  set_choices (self, self->category_dropdown, self->categories);
  set_choices (self, self->session_dropdown, self->sessions);
  set_choices (self, self->link_dropdown, self->links);

  /* a wijk can have thousands of actors: the link is found by typing */
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                        G_CALLBACK (wk_pin_choice_search_text), NULL, NULL);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (self->link_dropdown), search);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (self->link_dropdown), TRUE);

  self->binder = wk_card_binder_new ();
  g_signal_connect_object (self->binder, "error", G_CALLBACK (binder_error_cb), self, 0);
  wk_card_binder_bind_text (self->binder, self->title_entry, "title", NULL);
  wk_card_binder_bind_text (self->binder, self->note_view, "note", NULL);
  wk_card_binder_bind_switch (self->binder, GTK_SWITCH (self->private_switch), "private");
  wk_card_binder_set_store (self->binder, self->store);
  wk_card_binder_set_record (self->binder, WK_RECORD (self->pin));

  load_date (self);
  load_choices (self);

  g_object_set_data (G_OBJECT (self->category_dropdown), "field", (gpointer) "category-id");
  g_object_set_data (G_OBJECT (self->session_dropdown), "field", (gpointer) "session-id");
  g_signal_connect_object (self->category_dropdown, "notify::selected", G_CALLBACK (choice_selected_cb), self, 0);
  g_signal_connect_object (self->session_dropdown, "notify::selected", G_CALLBACK (choice_selected_cb), self, 0);
  g_signal_connect_object (self->link_dropdown, "notify::selected", G_CALLBACK (link_selected_cb), self, 0);
  g_signal_connect_object (self->date_entry, "changed", G_CALLBACK (date_changed_cb), self, 0);
  g_signal_connect_object (self->date_entry, "activate", G_CALLBACK (save_date), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_entry, "activate", G_CALLBACK (title_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->open_button, "clicked", G_CALLBACK (open_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pin, "notify", G_CALLBACK (pin_notify_cb), self, 0);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);
}

static void
wk_pin_editor_map (GtkWidget *widget)
{
  WkPinEditor *self = WK_PIN_EDITOR (widget);

  GTK_WIDGET_CLASS (wk_pin_editor_parent_class)->map (widget);
  gtk_widget_grab_focus (self->title_entry);
}

static void
wk_pin_editor_dispose (GObject *object)
{
  WkPinEditor *self = WK_PIN_EDITOR (object);

  if (self->pin != NULL)
    wk_pin_editor_save_now (self);
  g_clear_handle_id (&self->date_source, g_source_remove);
  if (self->binder != NULL)
    wk_card_binder_set_record (self->binder, NULL);
  g_clear_object (&self->binder);
  g_clear_object (&self->categories);
  g_clear_object (&self->sessions);
  g_clear_object (&self->links);
  g_clear_object (&self->wijk);
  g_clear_object (&self->pin);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_pin_editor_parent_class)->dispose (object);
}

static void
wk_pin_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WkPinEditor *self = WK_PIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PIN:
      g_value_set_object (value, self->pin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_pin_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WkPinEditor *self = WK_PIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PIN:
      self->pin = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_pin_editor_class_init (WkPinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wk_pin_editor_constructed;
  object_class->dispose = wk_pin_editor_dispose;
  object_class->get_property = wk_pin_editor_get_property;
  object_class->set_property = wk_pin_editor_set_property;
  widget_class->map = wk_pin_editor_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, WK_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PIN] = g_param_spec_object ("pin", NULL, NULL, WK_TYPE_PIN,
                                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                              G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WkPinEditor::delete-requested:
   *
   * The user asked to delete the pin (wk_pin_editor_get_pin()). The map
   * page deletes it and offers undo; the editor closes once the pin is gone.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
  /**
   * WkPinEditor::open-card:
   * @record: the #WkActor or #WkInitiative the pin is linked to
   *
   * The user asked to see the card the pin is linked to; the editor closes.
   */
  signals[OPEN_CARD] = g_signal_new ("open-card", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, WK_TYPE_RECORD);
}

static void
wk_pin_editor_init (WkPinEditor *self)
{
  build (self);
}

/**
 * wk_pin_editor_new:
 * @pin: a pin of @store
 *
 * Returns: (transfer floating): a popover that edits @pin; set its parent
 * (or give it to a #GtkMenuButton) and pop it up
 */
GtkWidget *
wk_pin_editor_new (WkStore *store,
                   WkPin   *pin)
{
  g_return_val_if_fail (WK_IS_STORE (store), NULL);
  g_return_val_if_fail (WK_IS_PIN (pin), NULL);

  return g_object_new (WK_TYPE_PIN_EDITOR, "store", store, "pin", pin, NULL);
}

WkPin *
wk_pin_editor_get_pin (WkPinEditor *self)
{
  g_return_val_if_fail (WK_IS_PIN_EDITOR (self), NULL);
  return self->pin;
}

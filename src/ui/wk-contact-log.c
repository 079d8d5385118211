/* wk-contact-log.c: the contact log of an actor: every conversation, newest first
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A new entry is written in an expanding row at the top (date, who of the
 * team, channel, note) and added with Enter or the Add button; the actor's
 * "last contact" follows from the log. Entries unfold to be corrected, and
 * can be deleted with undo.
 */
#include <glib/gi18n.h>

#include "wk-card-binder.h"
#include "wk-contact-log.h"
#include "wk-window.h"

struct _WkContactLog
{
  AdwPreferencesGroup  parent_instance;

  WkStore             *store;
  WkActor             *actor;
  GPtrArray           *rows;
  GPtrArray           *binders;
  GArray              *shown_ids;

  GtkWidget           *new_row;       /* AdwExpanderRow holding the form */
  GtkWidget           *date_row;
  GtkWidget           *member_row;
  GtkWidget           *channel_row;
  GtkWidget           *note_row;
  GtkWidget           *empty_row;
};

G_DEFINE_FINAL_TYPE (WkContactLog, wk_contact_log, ADW_TYPE_PREFERENCES_GROUP)

static void
update_row (AdwExpanderRow *row,
            WkContact      *contact)
{
  WkRecord *record = WK_RECORD (contact);
  g_autofree char *date = wk_format_date (wk_record_get_text (record, "date"));
  const char *member = wk_record_get_text (record, "team-member");
  const char *channel = wk_vocabulary_label ("channel", wk_record_get_text (record, "channel"));
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;

  if (*member != '\0')
    title = g_strdup_printf ("%s · %s · %s", date, channel, member);
  else
    title = g_strdup_printf ("%s · %s", date, channel);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  /* a long note is shown in full when the row unfolds */
  note = g_utf8_substring (wk_record_get_text (record, "note"), 0,
                           MIN (200, g_utf8_strlen (wk_record_get_text (record, "note"), -1)));
  adw_expander_row_set_subtitle (row, note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
contact_notify_cb (WkContact      *contact,
                   GParamSpec     *pspec,
                   AdwExpanderRow *row)
{
  update_row (row, contact);
}

static void
delete_clicked_cb (GtkButton    *button,
                   WkContactLog *self)
{
  WkRecord *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(GError) error = NULL;

  if (!wk_store_delete_record (self->store, contact, &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
  else
    wk_window_toast_undo (GTK_WIDGET (self), _("Contact entry deleted"));
}

static GtkWidget *
new_entry_row (WkContactLog *self,
               WkContact    *contact)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *date_row = adw_entry_row_new ();
  GtkWidget *member_row = adw_entry_row_new ();
  GtkWidget *channel_row = adw_combo_row_new ();
  GtkWidget *note_row = adw_action_row_new ();
  GtkWidget *note_view = gtk_text_view_new ();
  GtkWidget *delete_row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_with_label (_("Delete Entry"));
  WkCardBinder *binder = wk_card_binder_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (member_row), _("Who of the team"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (channel_row), _("Channel"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Note"));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (note_view), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (note_view, TRUE);
  gtk_widget_set_margin_top (note_view, 6);
  gtk_widget_set_margin_bottom (note_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (note_row), note_view);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "destructive-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete);
  g_object_set_data (G_OBJECT (delete), "contact", contact);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), date_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), member_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), channel_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);

  wk_card_binder_bind_date (binder, date_row, "date");
  wk_card_binder_bind_text (binder, member_row, "team-member", NULL);
  wk_card_binder_bind_choice (binder, ADW_COMBO_ROW (channel_row), "channel", "channel");
  wk_card_binder_bind_text (binder, note_view, "note", NULL);
  wk_card_binder_set_store (binder, self->store);
  wk_card_binder_set_record (binder, WK_RECORD (contact));
  g_ptr_array_add (self->binders, binder);

  update_row (ADW_EXPANDER_ROW (row), contact);
  g_signal_connect_object (contact, "notify", G_CALLBACK (contact_notify_cb), row, 0);
  return row;
}

static void
clear_rows (WkContactLog *self)
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
reload (WkContactLog *self,
        gboolean      force)
{
  g_autoptr(GListModel) contacts = NULL;
  guint n;
  gboolean same;

  if (self->store == NULL || self->actor == NULL || wk_record_is_deleted (WK_RECORD (self->actor)))
    {
      clear_rows (self);
      gtk_widget_set_visible (self->empty_row, TRUE);
      return;
    }

  contacts = wk_store_list_contacts (self->store, self->actor);
  n = g_list_model_get_n_items (contacts);
  same = !force && n == self->shown_ids->len;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(WkRecord) contact = g_list_model_get_item (contacts, i);

      same = wk_record_get_id (contact) == g_array_index (self->shown_ids, gint64, i);
    }
  if (same)
    return;

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkContact) contact = g_list_model_get_item (contacts, i);
      GtkWidget *row = new_entry_row (self, contact);
      gint64 id = wk_record_get_id (WK_RECORD (contact));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
      g_array_append_val (self->shown_ids, id);
    }
  gtk_widget_set_visible (self->empty_row, n == 0);
}

static void
store_changed_cb (WkStore      *store,
                  const char   *table,
                  gint64        id,
                  WkContactLog *self)
{
  if (g_str_equal (table, "contact"))
    reload (self, FALSE);
}

static void
reset_form (WkContactLog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  gtk_widget_remove_css_class (self->date_row, "error");
}

static void
add_clicked_cb (GtkWidget    *button,
                WkContactLog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  guint n_channels;
  const WkChoice *channels = wk_vocabulary_get ("channel", &n_channels);
  guint channel = adw_combo_row_get_selected (ADW_COMBO_ROW (self->channel_row));

  if (self->actor == NULL)
    return;
  if (!wk_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &iso) || *iso == '\0')
    {
      gtk_widget_add_css_class (self->date_row, "error");
      wk_window_toast_for (GTK_WIDGET (self),
                           _("Not a date: write it as day-month-year, for example 23-11-2026."));
      gtk_widget_grab_focus (self->date_row);
      return;
    }
  if (wk_store_create_contact (self->store, self->actor, iso,
                               gtk_editable_get_text (GTK_EDITABLE (self->member_row)),
                               channels[MIN (channel, n_channels - 1)].key,
                               gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error) == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  reset_form (self);
}

void
wk_contact_log_set_store (WkContactLog *self,
                          WkStore      *store)
{
  g_return_if_fail (WK_IS_CONTACT_LOG (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
}

void
wk_contact_log_set_actor (WkContactLog *self,
                          WkActor      *actor)
{
  g_return_if_fail (WK_IS_CONTACT_LOG (self));

  g_set_object (&self->actor, actor);
  reset_form (self);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->new_row), FALSE);
  reload (self, TRUE);
}

static void
wk_contact_log_dispose (GObject *object)
{
  WkContactLog *self = WK_CONTACT_LOG (object);

  if (self->binders != NULL)
    for (guint i = 0; i < self->binders->len; i++)
      wk_card_binder_flush (self->binders->pdata[i]);
  g_clear_pointer (&self->binders, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown_ids, g_array_unref);
  g_clear_object (&self->actor);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_contact_log_parent_class)->dispose (object);
}

static void
wk_contact_log_class_init (WkContactLogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wk_contact_log_dispose;
}

static void
wk_contact_log_init (WkContactLog *self)
{
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  GtkWidget *add_row = adw_action_row_new ();
  GtkWidget *add = gtk_button_new_with_label (_("Add to Log"));
  const WkChoice *choices;
  guint n;

  self->rows = g_ptr_array_new ();
  self->binders = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Contact Log"));

  self->new_row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), _("New Contact"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->new_row), _("A visit, a call, a talk in the street"));
  self->date_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date"));
  self->member_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->member_row), _("Who of the team"));
  self->channel_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("Channel"));
  choices = wk_vocabulary_get ("channel", &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (channels, wk_vocabulary_label ("channel", choices[i].key));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->channel_row), G_LIST_MODEL (channels));
  self->note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note"));
  g_signal_connect (self->note_row, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->note_row), FALSE);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->new_row), self->date_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->new_row), self->member_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->new_row), self->channel_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->new_row), self->note_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->new_row), add_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->new_row);

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No contact logged yet"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_row);
}

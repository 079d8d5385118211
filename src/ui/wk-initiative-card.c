/* wk-initiative-card.c: the card of one resident initiative, edited in place
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Saved as typed, like the actor card. Amounts are written and shown the
 * Dutch way (€ 1.250,50). Who takes part are relations from actors to the
 * initiative, so they also show on those actors' cards and in the network.
 */
#include <glib/gi18n.h>

#include "wk-card-binder.h"
#include "wk-initiative-card.h"
#include "wk-relation-list.h"
#include "wk-tag-editor.h"
#include "wk-window.h"

struct _WkInitiativeCard
{
  GtkWidget       parent_instance;

  WkStore        *store;
  WkInitiative   *initiative;
  WkCardBinder   *binder;
  GArray         *contact_ids;   /* contact row position → actor id (-1: none) */
  gboolean        loading;

  GtkWidget      *header;
  GtkLabel       *title_label;
  GtkWidget      *delete_button;
  GtkWidget      *close_button;
  GtkWidget      *page;
  GtkWidget      *title_row;
  GtkWidget      *status_row;
  GtkWidget      *track_row;
  GtkWidget      *start_row;
  GtkWidget      *end_row;
  GtkWidget      *contact_row;
  GtkWidget      *description_view;
  WkTagEditor    *themes_editor;
  GtkWidget      *requested_row;
  GtkWidget      *granted_row;
  WkRelationList *participants;
  GtkWidget      *results_view;
};

G_DEFINE_FINAL_TYPE (WkInitiativeCard, wk_initiative_card, GTK_TYPE_WIDGET)

enum {
  CLOSE_REQUESTED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
check_title (const char *text,
             gboolean   *blocking)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped != '\0')
    return NULL;
  *blocking = TRUE;
  return _("An initiative needs a title. The last title stays until you type a new one.");
}

/* The contact person is one of the wijk's actors, by name. */
static void
fill_contacts (WkInitiativeCard *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 current = -1;
  guint selected = 0;
  gint64 none = -1;
  GListModel *wijken;

  g_array_set_size (self->contact_ids, 0);
  gtk_string_list_append (names, _("Nobody"));
  g_array_append_val (self->contact_ids, none);

  if (self->initiative != NULL)
    {
      gint64 wijk_id = wk_record_get_int (WK_RECORD (self->initiative), "wijk-id");

      current = wk_record_get_int (WK_RECORD (self->initiative), "contact-actor-id");
      wijken = wk_store_get_wijken (self->store);
      for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
        {
          g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);
          GListModel *list;

          if (wk_wijk_get_id (wijk) != wijk_id)
            continue;
          list = wk_store_get_actors (self->store, wijk);
          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            g_ptr_array_add (actors, g_list_model_get_item (list, j));
        }
    }
  for (guint i = 0; i < actors->len; i++)
    {
      WkRecord *actor = actors->pdata[i];
      gint64 id = wk_record_get_id (actor);

      gtk_string_list_append (names, wk_record_get_text (actor, "name"));
      g_array_append_val (self->contact_ids, id);
      if (id == current)
        selected = i + 1;
    }
  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self->contact_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->contact_row), selected);
  self->loading = FALSE;
}

static void
contact_selected_cb (WkInitiativeCard *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->contact_row));
  g_autoptr(GError) error = NULL;

  if (self->loading || self->initiative == NULL || position >= self->contact_ids->len)
    return;
  if (!wk_store_set_int (self->store, WK_RECORD (self->initiative), "contact-actor-id",
                         g_array_index (self->contact_ids, gint64, position), &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
}

static void
initiative_notify_cb (WkInitiative     *initiative,
                      GParamSpec       *pspec,
                      WkInitiativeCard *self)
{
  if (g_str_equal (pspec->name, "title"))
    gtk_label_set_label (self->title_label, wk_initiative_get_title (initiative));
  else if (g_str_equal (pspec->name, "contact-actor-id"))
    fill_contacts (self);
}

void
wk_initiative_card_set_initiative (WkInitiativeCard *self,
                                   WkInitiative     *initiative)
{
  g_return_if_fail (WK_IS_INITIATIVE_CARD (self));

  if (self->initiative == initiative)
    return;
  wk_card_binder_flush (self->binder);
  if (self->initiative != NULL)
    g_signal_handlers_disconnect_by_data (self->initiative, self);
  g_set_object (&self->initiative, initiative);

  wk_card_binder_set_record (self->binder, WK_RECORD (initiative));
  wk_tag_editor_set_record (self->themes_editor, WK_RECORD (initiative));
  wk_relation_list_set_record (self->participants, WK_RECORD (initiative));
  if (initiative != NULL)
    {
      g_signal_connect_object (initiative, "notify", G_CALLBACK (initiative_notify_cb), self, 0);
      gtk_label_set_label (self->title_label, wk_initiative_get_title (initiative));
      fill_contacts (self);
    }
}

WkInitiative *
wk_initiative_card_get_initiative (WkInitiativeCard *self)
{
  g_return_val_if_fail (WK_IS_INITIATIVE_CARD (self), NULL);
  return self->initiative;
}

void
wk_initiative_card_set_store (WkInitiativeCard *self,
                              WkStore          *store)
{
  g_return_if_fail (WK_IS_INITIATIVE_CARD (self));

  wk_initiative_card_set_initiative (self, NULL);
  g_set_object (&self->store, store);
  wk_card_binder_set_store (self->binder, store);
  wk_tag_editor_set_store (self->themes_editor, store);
  wk_relation_list_set_store (self->participants, store);
}

void
wk_initiative_card_save_now (WkInitiativeCard *self)
{
  g_return_if_fail (WK_IS_INITIATIVE_CARD (self));
  wk_card_binder_flush (self->binder);
}

void
wk_initiative_card_focus_title (WkInitiativeCard *self)
{
  g_return_if_fail (WK_IS_INITIATIVE_CARD (self));
  gtk_widget_grab_focus (self->title_row);
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

static void
binder_error_cb (WkCardBinder     *binder,
                 const char       *message,
                 WkInitiativeCard *self)
{
  wk_window_toast_for (GTK_WIDGET (self), message);
}

static void
close_clicked_cb (WkInitiativeCard *self)
{
  wk_card_binder_flush (self->binder);
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
delete_clicked_cb (WkInitiativeCard *self)
{
  wk_card_binder_flush (self->binder);
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
wk_initiative_card_dispose (GObject *object)
{
  WkInitiativeCard *self = WK_INITIATIVE_CARD (object);

  if (self->binder != NULL)
    wk_card_binder_flush (self->binder);
  if (self->initiative != NULL)
    g_signal_handlers_disconnect_by_data (self->initiative, self);
  g_clear_object (&self->initiative);
  g_clear_object (&self->binder);
  g_clear_object (&self->store);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_INITIATIVE_CARD);

  G_OBJECT_CLASS (wk_initiative_card_parent_class)->dispose (object);
}

static void
wk_initiative_card_class_init (WkInitiativeCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_initiative_card_dispose;

  signals[CLOSE_REQUESTED] = g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (WK_TYPE_TAG_EDITOR);
  g_type_ensure (WK_TYPE_RELATION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-initiative-card.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, header);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, delete_button);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, close_button);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, page);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, title_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, status_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, track_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, start_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, end_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, contact_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, description_view);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, themes_editor);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, requested_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, granted_row);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, participants);
  gtk_widget_class_bind_template_child (widget_class, WkInitiativeCard, results_view);
}

static void
wk_initiative_card_init (WkInitiativeCard *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->participants), _("Taking Part"));

  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (close_clicked_cb), self);
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  g_signal_connect_swapped (self->contact_row, "notify::selected", G_CALLBACK (contact_selected_cb), self);

  self->binder = wk_card_binder_new ();
  g_signal_connect_object (self->binder, "error", G_CALLBACK (binder_error_cb), self, 0);
  wk_card_binder_bind_text (self->binder, self->title_row, "title", check_title);
  wk_card_binder_bind_choice (self->binder, ADW_COMBO_ROW (self->status_row), "status", "status");
  wk_card_binder_bind_text (self->binder, self->track_row, "track", NULL);
  wk_card_binder_bind_date (self->binder, self->start_row, "start-date");
  wk_card_binder_bind_date (self->binder, self->end_row, "end-date");
  wk_card_binder_bind_text (self->binder, self->description_view, "description", NULL);
  wk_card_binder_bind_money (self->binder, self->requested_row, "budget-requested");
  wk_card_binder_bind_money (self->binder, self->granted_row, "budget-granted");
  wk_card_binder_bind_text (self->binder, self->results_view, "results", NULL);
}

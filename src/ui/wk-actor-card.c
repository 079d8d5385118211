/* wk-actor-card.c: the card of one actor, edited in place beside a list or diagram
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every field is stored as it is typed (see WkCardBinder). An empty name is
 * refused inline; an e-mail address, phone number or website that does not
 * look like one gets a warning but is kept, because a team writes down what
 * it has ("via de buurvrouw"). The block of personal data (AVG) only shows
 * for a person.
 */
#include <glib/gi18n.h>

#include "wk-actor-card.h"
#include "wk-card-binder.h"
#include "wk-contact-log.h"
#include "wk-relation-list.h"
#include "wk-tag-editor.h"
#include "wk-window.h"

#define STALE_MONTHS 12

struct _WkActorCard
{
  GtkWidget       parent_instance;

  WkStore        *store;
  WkActor        *actor;
  WkActor        *duplicate;
  WkCardBinder   *binder;

  GtkWidget      *header;
  GtkLabel       *title_label;
  GtkWidget      *delete_button;
  GtkWidget      *close_button;
  GtkWidget      *page;
  GtkWidget      *stale_label;
  GtkWidget      *name_row;
  GtkWidget      *duplicate_row;
  GtkWidget      *duplicate_button;
  GtkWidget      *kind_row;
  GtkWidget      *type_row;
  GtkWidget      *add_type_popover;
  GtkWidget      *add_type_entry;
  GtkWidget      *role_row;
  GtkWidget      *formal_switch;
  GtkWidget      *influence_spin;
  GtkWidget      *engagement_row;
  GtkWidget      *description_view;
  WkTagEditor    *themes_editor;
  WkTagEditor    *groups_editor;
  GtkWidget      *phone_row;
  GtkWidget      *email_row;
  GtkWidget      *address_row;
  GtkWidget      *website_row;
  GtkWidget      *verified_row;
  GtkWidget      *verified_today_button;
  GtkWidget      *next_action_row;
  GtkWidget      *avg_group;
  GtkWidget      *lawful_basis_row;
  GtkWidget      *consent_date_row;
  GtkWidget      *consent_how_row;
  GtkWidget      *source_row;
  GtkWidget      *retention_row;
  WkRelationList *relations;
  WkContactLog   *contact_log;
};

G_DEFINE_FINAL_TYPE (WkActorCard, wk_actor_card, GTK_TYPE_WIDGET)

enum {
  CLOSE_REQUESTED,
  DELETE_REQUESTED,
  OPEN_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Checks ------------------------------------------------------------------ */

static const char *
check_name (const char *text,
            gboolean   *blocking)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped != '\0')
    return NULL;
  *blocking = TRUE;
  return _("An actor needs a name. The last name stays until you type a new one.");
}

const char *
wk_check_email (const char *text,
                gboolean   *blocking)
{
  static GRegex *regex;

  if (regex == NULL)
    regex = g_regex_new ("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$", G_REGEX_OPTIMIZE, 0, NULL);
  if (*text == '\0' || g_regex_match (regex, text, 0, NULL))
    return NULL;
  return _("This does not look like an e-mail address (name@example.nl). It is kept as typed.");
}

const char *
wk_check_phone (const char *text,
                gboolean   *blocking)
{
  guint digits = 0;

  if (*text == '\0')
    return NULL;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        digits++;
      else if (!strchr ("+-() .", (int) c) || c > 127)
        return _("A phone number holds digits, spaces, +, - and brackets only. It is kept as typed.");
    }
  if (digits < 10 || digits > 15)
    return _("A Dutch phone number has 10 digits (06 12345678, +31 6 12345678). It is kept as typed.");
  return NULL;
}

const char *
wk_check_url (const char *text,
              gboolean   *blocking)
{
  g_autofree char *with_scheme = NULL;
  g_autoptr(GUri) uri = NULL;

  if (*text == '\0')
    return NULL;
  with_scheme = strstr (text, "://") != NULL ? g_strdup (text) : g_strconcat ("https://", text, NULL);
  uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && g_uri_get_host (uri) != NULL && strchr (g_uri_get_host (uri), '.') != NULL &&
      strchr (text, ' ') == NULL)
    return NULL;
  return _("This does not look like a web address (www.example.nl). It is kept as typed.");
}

/* Showing ---------------------------------------------------------------- */

static void
update_title (WkActorCard *self)
{
  const char *name = self->actor != NULL ? wk_actor_get_name (self->actor) : "";

  gtk_label_set_label (self->title_label, name);
}

static void
update_person (WkActorCard *self)
{
  gboolean person = self->actor != NULL && g_strcmp0 (wk_actor_get_kind (self->actor), "person") == 0;

  gtk_widget_set_visible (self->avg_group, person);
}

static void
update_stale (WkActorCard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *verified;
  int months;

  if (self->actor == NULL)
    return;
  verified = wk_record_get_text (WK_RECORD (self->actor), "last-verified");
  months = wk_months_since (verified, now);
  gtk_widget_set_visible (self->stale_label, months >= STALE_MONTHS);
}

static void
update_duplicate (WkActorCard *self)
{
  WkActor *other = NULL;

  if (self->actor != NULL && self->store != NULL)
    other = wk_store_find_actor_by_name (self->store,
                                         wk_record_get_int (WK_RECORD (self->actor), "wijk-id"),
                                         wk_actor_get_name (self->actor),
                                         wk_record_get_id (WK_RECORD (self->actor)));
  g_set_object (&self->duplicate, other);
  gtk_widget_set_visible (self->duplicate_row, other != NULL);
  if (other != NULL)
    {
      const char *role = wk_actor_get_role (other);
      g_autofree char *subtitle = *role != '\0'
        ? g_strdup_printf (_("“%s”, %s: the same one? Open that card to compare."), wk_actor_get_name (other), role)
        : g_strdup_printf (_("“%s”: the same one? Open that card to compare."), wk_actor_get_name (other));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->duplicate_row), subtitle);
    }
}

static void
actor_notify_cb (WkActor     *actor,
                 GParamSpec  *pspec,
                 WkActorCard *self)
{
  if (g_str_equal (pspec->name, "name"))
    {
      update_title (self);
      update_duplicate (self);
    }
  else if (g_str_equal (pspec->name, "kind"))
    update_person (self);
  else if (g_str_equal (pspec->name, "last-verified"))
    update_stale (self);
}

void
wk_actor_card_set_actor (WkActorCard *self,
                         WkActor     *actor)
{
  g_return_if_fail (WK_IS_ACTOR_CARD (self));
  g_return_if_fail (actor == NULL || WK_IS_ACTOR (actor));

  if (self->actor == actor)
    return;
  wk_card_binder_flush (self->binder);
  if (self->actor != NULL)
    g_signal_handlers_disconnect_by_data (self->actor, self);
  g_set_object (&self->actor, actor);

  wk_card_binder_set_record (self->binder, WK_RECORD (actor));
  wk_tag_editor_set_record (self->themes_editor, WK_RECORD (actor));
  wk_tag_editor_set_record (self->groups_editor, WK_RECORD (actor));
  wk_relation_list_set_record (self->relations, WK_RECORD (actor));
  wk_contact_log_set_actor (self->contact_log, actor);

  if (actor != NULL)
    g_signal_connect_object (actor, "notify", G_CALLBACK (actor_notify_cb), self, 0);
  update_title (self);
  update_person (self);
  update_stale (self);
  update_duplicate (self);
}

WkActor *
wk_actor_card_get_actor (WkActorCard *self)
{
  g_return_val_if_fail (WK_IS_ACTOR_CARD (self), NULL);
  return self->actor;
}

void
wk_actor_card_set_store (WkActorCard *self,
                         WkStore     *store)
{
  g_return_if_fail (WK_IS_ACTOR_CARD (self));

  wk_actor_card_set_actor (self, NULL);
  g_set_object (&self->store, store);
  wk_card_binder_set_store (self->binder, store);
  wk_tag_editor_set_store (self->themes_editor, store);
  wk_tag_editor_set_store (self->groups_editor, store);
  wk_relation_list_set_store (self->relations, store);
  wk_contact_log_set_store (self->contact_log, store);
}

void
wk_actor_card_save_now (WkActorCard *self)
{
  g_return_if_fail (WK_IS_ACTOR_CARD (self));
  wk_card_binder_flush (self->binder);
}

/* Puts the cursor in the name with the name selected, for a new card. */
void
wk_actor_card_focus_name (WkActorCard *self)
{
  g_return_if_fail (WK_IS_ACTOR_CARD (self));
  gtk_widget_grab_focus (self->name_row);
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

/* Callbacks --------------------------------------------------------------- */

static void
binder_error_cb (WkCardBinder *binder,
                 const char   *message,
                 WkActorCard  *self)
{
  wk_window_toast_for (GTK_WIDGET (self), message);
}

static void
close_clicked_cb (WkActorCard *self)
{
  wk_card_binder_flush (self->binder);
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
delete_clicked_cb (WkActorCard *self)
{
  wk_card_binder_flush (self->binder);
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
duplicate_clicked_cb (WkActorCard *self)
{
  if (self->duplicate != NULL)
    {
      g_autoptr(WkActor) other = g_object_ref (self->duplicate);

      g_signal_emit (self, signals[OPEN_RECORD], 0, other);
    }
}

static void
verified_today_cb (WkActorCard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");

  gtk_editable_set_text (GTK_EDITABLE (self->verified_row), today);
  wk_card_binder_flush (self->binder);
}

static void
add_type_activate_cb (WkActorCard *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkTerm) term = NULL;

  if (self->actor == NULL)
    return;
  term = wk_store_create_term (self->store, "actor_type",
                               gtk_editable_get_text (GTK_EDITABLE (self->add_type_entry)), &error);
  if (term == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  if (!wk_store_set_int (self->store, WK_RECORD (self->actor), "type-id", wk_term_get_id (term), &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
  gtk_editable_set_text (GTK_EDITABLE (self->add_type_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self->add_type_popover));
}

/* Type -------------------------------------------------------------------- */

static void
wk_actor_card_dispose (GObject *object)
{
  WkActorCard *self = WK_ACTOR_CARD (object);

  if (self->binder != NULL)
    wk_card_binder_flush (self->binder);
  if (self->actor != NULL)
    g_signal_handlers_disconnect_by_data (self->actor, self);
  g_clear_object (&self->actor);
  g_clear_object (&self->duplicate);
  g_clear_object (&self->binder);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_ACTOR_CARD);

  G_OBJECT_CLASS (wk_actor_card_parent_class)->dispose (object);
}

static void
wk_actor_card_class_init (WkActorCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_actor_card_dispose;

  signals[CLOSE_REQUESTED] = g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[OPEN_RECORD] = g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       WK_TYPE_RECORD);

  g_type_ensure (WK_TYPE_TAG_EDITOR);
  g_type_ensure (WK_TYPE_RELATION_LIST);
  g_type_ensure (WK_TYPE_CONTACT_LOG);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-actor-card.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, header);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, delete_button);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, close_button);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, page);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, stale_label);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, name_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, duplicate_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, type_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, add_type_popover);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, add_type_entry);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, role_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, formal_switch);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, influence_spin);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, engagement_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, description_view);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, themes_editor);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, groups_editor);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, phone_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, email_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, address_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, website_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, verified_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, verified_today_button);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, next_action_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, avg_group);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, lawful_basis_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, consent_how_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, source_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, retention_row);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, relations);
  gtk_widget_class_bind_template_child (widget_class, WkActorCard, contact_log);
}

static void
wk_actor_card_init (WkActorCard *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (close_clicked_cb), self);
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  g_signal_connect_swapped (self->duplicate_button, "clicked", G_CALLBACK (duplicate_clicked_cb), self);
  g_signal_connect_swapped (self->verified_today_button, "clicked", G_CALLBACK (verified_today_cb), self);
  g_signal_connect_swapped (self->add_type_entry, "activate", G_CALLBACK (add_type_activate_cb), self);

  self->binder = wk_card_binder_new ();
  g_signal_connect_object (self->binder, "error", G_CALLBACK (binder_error_cb), self, 0);
  wk_card_binder_bind_text (self->binder, self->name_row, "name", check_name);
  wk_card_binder_bind_choice (self->binder, ADW_COMBO_ROW (self->kind_row), "kind", "kind");
  wk_card_binder_bind_term (self->binder, ADW_COMBO_ROW (self->type_row), "type-id", "actor_type");
  wk_card_binder_bind_text (self->binder, self->role_row, "role", NULL);
  wk_card_binder_bind_switch (self->binder, GTK_SWITCH (self->formal_switch), "formal");
  wk_card_binder_bind_spin (self->binder, GTK_SPIN_BUTTON (self->influence_spin), "influence");
  wk_card_binder_bind_choice (self->binder, ADW_COMBO_ROW (self->engagement_row), "engagement", "engagement");
  wk_card_binder_bind_text (self->binder, self->description_view, "description", NULL);
  wk_card_binder_bind_text (self->binder, self->phone_row, "phone", wk_check_phone);
  wk_card_binder_bind_text (self->binder, self->email_row, "email", wk_check_email);
  wk_card_binder_bind_text (self->binder, self->address_row, "address", NULL);
  wk_card_binder_bind_text (self->binder, self->website_row, "website", wk_check_url);
  wk_card_binder_bind_date (self->binder, self->verified_row, "last-verified");
  wk_card_binder_bind_text (self->binder, self->next_action_row, "next-action", NULL);
  wk_card_binder_bind_choice (self->binder, ADW_COMBO_ROW (self->lawful_basis_row), "lawful-basis", "lawful-basis");
  wk_card_binder_bind_date (self->binder, self->consent_date_row, "consent-date");
  wk_card_binder_bind_text (self->binder, self->consent_how_row, "consent-how", NULL);
  wk_card_binder_bind_text (self->binder, self->source_row, "source", NULL);
  wk_card_binder_bind_date (self->binder, self->retention_row, "retention-date");
}

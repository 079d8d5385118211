/* wk-card-binder.c: ties the fields of a card to a record, saving as the user types
 * SPDX-License-Identifier: EUPL-1.2
 *
 * There is no Save button anywhere. Typed text is stored 400 ms after the
 * last keystroke (well within the second a user may expect), choices and
 * switches at once, and everything pending when the card shows another
 * record, closes, or the window closes. Each store is one transaction and
 * one undo step (the store merges a burst of typing into one step).
 *
 * The other way round, when the record changes under the card (undo, an
 * edit elsewhere), a field that the user is not in the middle of editing
 * follows it.
 */
#include <glib/gi18n.h>

#include "wk-card-binder.h"

#define SAVE_DELAY_MS 400

typedef enum {
  BIND_TEXT,
  BIND_DATE,
  BIND_MONEY,
  BIND_CHOICE,
  BIND_TERM,
  BIND_SWITCH,
  BIND_SPIN,
} BindKind;

typedef struct
{
  WkCardBinder *binder;
  BindKind      kind;
  GtkWidget    *widget;
  char         *field;
  WkCheckFunc   check;
  const char   *vocabulary;   /* BIND_CHOICE */
  const char   *table;        /* BIND_TERM */
  GArray       *term_ids;     /* BIND_TERM: position → id, position 0 is "none" */
  GtkWidget    *warning;      /* the icon that shows a check's message */
  gboolean      dirty;
} Binding;

struct _WkCardBinder
{
  GObject    parent_instance;

  WkStore   *store;
  WkRecord  *record;
  GPtrArray *bindings;
  guint      save_source;
  gboolean   loading;
};

G_DEFINE_FINAL_TYPE (WkCardBinder, wk_card_binder, G_TYPE_OBJECT)

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  g_clear_pointer (&binding->term_ids, g_array_unref);
  g_free (binding->field);
  g_free (binding);
}

static void
wk_card_binder_dispose (GObject *object)
{
  WkCardBinder *self = WK_CARD_BINDER (object);

  wk_card_binder_flush (self);
  wk_card_binder_set_record (self, NULL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_card_binder_parent_class)->dispose (object);
}

static void
wk_card_binder_finalize (GObject *object)
{
  WkCardBinder *self = WK_CARD_BINDER (object);

  g_ptr_array_unref (self->bindings);

  G_OBJECT_CLASS (wk_card_binder_parent_class)->finalize (object);
}

static void
wk_card_binder_class_init (WkCardBinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wk_card_binder_dispose;
  object_class->finalize = wk_card_binder_finalize;

  /**
   * WkCardBinder::error:
   * @message: what went wrong, for a toast
   *
   * The store refused an edit for a reason the field itself cannot show.
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
wk_card_binder_init (WkCardBinder *self)
{
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
}

WkCardBinder *
wk_card_binder_new (void)
{
  return g_object_new (WK_TYPE_CARD_BINDER, NULL);
}

/* Reading and writing widgets -------------------------------------------- */

static char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
set_widget_text (GtkWidget  *widget,
                 const char *text)
{
  g_autofree char *current = widget_text (widget);

  if (g_strcmp0 (current, text) == 0)
    return;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
show_message (Binding    *binding,
              const char *message,
              gboolean    blocking)
{
  GtkWidget *widget = binding->widget;

  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (message != NULL)
    gtk_widget_add_css_class (widget, blocking ? "error" : "warning");

  if (binding->warning != NULL)
    {
      gtk_widget_set_visible (binding->warning, message != NULL);
      gtk_widget_set_tooltip_text (binding->warning, message);
    }
  gtk_widget_set_tooltip_text (widget, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "",
                                  -1);
}

static void
reload_terms (Binding *binding)
{
  GListModel *terms = wk_store_get_terms (binding->binder->store, binding->table);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 none = -1;

  g_array_set_size (binding->term_ids, 0);
  gtk_string_list_append (labels, _("No type"));
  g_array_append_val (binding->term_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);
      gint64 id = wk_term_get_id (term);

      gtk_string_list_append (labels, wk_term_get_label (term));
      g_array_append_val (binding->term_ids, id);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (binding->widget), G_LIST_MODEL (labels));
}

/* Shows the record's value in the widget. */
static void
load_binding (Binding *binding)
{
  WkRecord *record = binding->binder->record;

  if (record == NULL)
    return;

  switch (binding->kind)
    {
    case BIND_TEXT:
      set_widget_text (binding->widget, wk_record_get_text (record, binding->field));
      if (binding->check != NULL)
        {
          gboolean blocking = FALSE;
          const char *message = binding->check (wk_record_get_text (record, binding->field), &blocking);

          show_message (binding, message, blocking);
        }
      break;
    case BIND_DATE:
      {
        g_autofree char *text = wk_format_date (wk_record_get_text (record, binding->field));

        set_widget_text (binding->widget, text);
        show_message (binding, NULL, FALSE);
      }
      break;
    case BIND_MONEY:
      {
        g_autofree char *text = wk_format_money (wk_record_get_int (record, binding->field));

        set_widget_text (binding->widget, text);
        show_message (binding, NULL, FALSE);
      }
      break;
    case BIND_CHOICE:
      {
        int position = wk_vocabulary_position (binding->vocabulary,
                                               wk_record_get_text (record, binding->field));

        adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), MAX (position, 0));
      }
      break;
    case BIND_TERM:
      {
        gint64 id = wk_record_get_int (record, binding->field);
        guint position = 0;

        for (guint i = 0; i < binding->term_ids->len; i++)
          if (g_array_index (binding->term_ids, gint64, i) == id)
            position = i;
        adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), position);
      }
      break;
    case BIND_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (binding->widget), wk_record_get_int (record, binding->field) != 0);
      break;
    case BIND_SPIN:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (binding->widget),
                                 wk_record_get_int (record, binding->field));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
report (WkCardBinder *self,
        Binding      *binding,
        GError       *error)
{
  if (error->domain == WK_STORE_ERROR && error->code == WK_STORE_ERROR_INVALID)
    show_message (binding, error->message, TRUE);
  else
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

/* Stores the widget's value. Returns FALSE when it was refused. */
static void
save_binding (WkCardBinder *self,
              Binding      *binding)
{
  g_autoptr(GError) error = NULL;
  WkRecord *record = self->record;
  gboolean ok = TRUE;

  binding->dirty = FALSE;
  if (record == NULL || wk_record_is_deleted (record))
    return;

  switch (binding->kind)
    {
    case BIND_TEXT:
      {
        g_autofree char *text = widget_text (binding->widget);
        gboolean blocking = FALSE;
        const char *message = binding->check != NULL ? binding->check (text, &blocking) : NULL;

        show_message (binding, message, blocking);
        if (!blocking)
          ok = wk_store_set_text (self->store, record, binding->field, text, &error);
      }
      break;
    case BIND_DATE:
      {
        g_autofree char *text = widget_text (binding->widget);
        g_autofree char *iso = NULL;

        if (!wk_parse_date (text, &iso))
          {
            show_message (binding, _("Not a date: write it as day-month-year, for example 23-11-2026."), TRUE);
            return;
          }
        show_message (binding, NULL, FALSE);
        ok = wk_store_set_text (self->store, record, binding->field, iso, &error);
      }
      break;
    case BIND_MONEY:
      {
        g_autofree char *text = widget_text (binding->widget);
        gint64 cents;

        if (!wk_parse_money (text, &cents))
          {
            show_message (binding, _("Not an amount: write euros like 1.250,50."), TRUE);
            return;
          }
        show_message (binding, NULL, FALSE);
        ok = wk_store_set_int (self->store, record, binding->field, cents, &error);
      }
      break;
    case BIND_CHOICE:
      {
        guint n;
        const WkChoice *choices = wk_vocabulary_get (binding->vocabulary, &n);
        guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (binding->widget));

        if (position < n)
          ok = wk_store_set_text (self->store, record, binding->field, choices[position].key, &error);
      }
      break;
    case BIND_TERM:
      {
        guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (binding->widget));

        if (position < binding->term_ids->len)
          ok = wk_store_set_int (self->store, record, binding->field,
                                 g_array_index (binding->term_ids, gint64, position), &error);
      }
      break;
    case BIND_SWITCH:
      ok = wk_store_set_int (self->store, record, binding->field,
                             gtk_switch_get_active (GTK_SWITCH (binding->widget)), &error);
      break;
    case BIND_SPIN:
      ok = wk_store_set_int (self->store, record, binding->field,
                             gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (binding->widget)), &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    report (self, binding, error);
}

void
wk_card_binder_flush (WkCardBinder *self)
{
  g_return_if_fail (WK_IS_CARD_BINDER (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];

      if (binding->dirty)
        save_binding (self, binding);
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  WkCardBinder *self = user_data;

  self->save_source = 0;
  wk_card_binder_flush (self);
  return G_SOURCE_REMOVE;
}

/* Typed text waits for a pause; a choice is stored at once. */
static void
binding_edited (Binding *binding,
                gboolean at_once)
{
  WkCardBinder *self = binding->binder;

  if (self->loading || self->record == NULL)
    return;
  binding->dirty = TRUE;
  if (at_once)
    {
      save_binding (self, binding);
      return;
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
text_changed_cb (gpointer  object,
                 Binding  *binding)
{
  binding_edited (binding, FALSE);

  /* show a format warning while typing, not only once stored */
  if (binding->kind == BIND_TEXT && binding->check != NULL && !binding->binder->loading)
    {
      g_autofree char *text = widget_text (binding->widget);
      gboolean blocking = FALSE;
      const char *message = binding->check (text, &blocking);

      show_message (binding, message, blocking);
    }
}

static void
choice_changed_cb (GObject    *object,
                   GParamSpec *pspec,
                   Binding    *binding)
{
  binding_edited (binding, TRUE);
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 Binding       *binding)
{
  binding_edited (binding, TRUE);
}

static void
record_notify_cb (WkRecord   *record,
                  GParamSpec *pspec,
                  Binding    *binding)
{
  WkCardBinder *self = binding->binder;

  if (binding->dirty || g_strcmp0 (pspec->name, binding->field) != 0)
    return;
  self->loading = TRUE;
  load_binding (binding);
  self->loading = FALSE;
}

static void
store_changed_cb (WkStore      *store,
                  const char   *table,
                  gint64        id,
                  WkCardBinder *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];

      if (binding->kind == BIND_TERM && g_strcmp0 (binding->table, table) == 0)
        {
          self->loading = TRUE;
          reload_terms (binding);
          load_binding (binding);
          self->loading = FALSE;
        }
    }
}

void
wk_card_binder_set_store (WkCardBinder *self,
                          WkStore      *store)
{
  g_return_if_fail (WK_IS_CARD_BINDER (self));

  if (self->store == store)
    return;
  wk_card_binder_set_record (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
      for (guint i = 0; i < self->bindings->len; i++)
        {
          Binding *binding = self->bindings->pdata[i];

          if (binding->kind == BIND_TERM)
            reload_terms (binding);
        }
    }
}

/* Shows @record in every bound field, after storing what was pending for
 * the record shown before. */
void
wk_card_binder_set_record (WkCardBinder *self,
                           WkRecord     *record)
{
  g_return_if_fail (WK_IS_CARD_BINDER (self));
  g_return_if_fail (record == NULL || WK_IS_RECORD (record));

  wk_card_binder_flush (self);
  if (self->record != NULL)
    g_signal_handlers_disconnect_matched (self->record, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          record_notify_cb, NULL);
  g_set_object (&self->record, record);
  if (record == NULL)
    return;

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];

      binding->dirty = FALSE;
      load_binding (binding);
      g_signal_connect (record, "notify", G_CALLBACK (record_notify_cb), binding);
    }
  self->loading = FALSE;
}

WkRecord *
wk_card_binder_get_record (WkCardBinder *self)
{
  g_return_val_if_fail (WK_IS_CARD_BINDER (self), NULL);
  return self->record;
}

/* Binding ---------------------------------------------------------------- */

static Binding *
add_binding (WkCardBinder *self,
             BindKind      kind,
             GtkWidget    *widget,
             const char   *field)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->binder = self;
  binding->kind = kind;
  binding->widget = widget;
  binding->field = g_strdup (field);
  g_ptr_array_add (self->bindings, binding);
  return binding;
}

static void
add_warning_icon (Binding *binding)
{
  if (!ADW_IS_ENTRY_ROW (binding->widget))
    return;
  binding->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_visible (binding->warning, FALSE);
  gtk_widget_add_css_class (binding->warning, "warning");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (binding->widget), binding->warning);
}

static void
connect_text (Binding *binding)
{
  GObject *source = G_OBJECT (binding->widget);

  if (GTK_IS_TEXT_VIEW (binding->widget))
    source = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)));
  g_signal_connect (source, "changed", G_CALLBACK (text_changed_cb), binding);
}

/**
 * wk_card_binder_bind_text:
 * @widget: a #GtkEditable (an #AdwEntryRow) or a #GtkTextView
 * @check: (nullable): a format check for warnings
 */
void
wk_card_binder_bind_text (WkCardBinder *self,
                          GtkWidget    *widget,
                          const char   *field,
                          WkCheckFunc   check)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));
  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));

  binding = add_binding (self, BIND_TEXT, widget, field);
  binding->check = check;
  if (check != NULL)
    add_warning_icon (binding);
  connect_text (binding);
}

void
wk_card_binder_bind_date (WkCardBinder *self,
                          GtkWidget    *widget,
                          const char   *field)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));
  g_return_if_fail (GTK_IS_EDITABLE (widget));

  binding = add_binding (self, BIND_DATE, widget, field);
  add_warning_icon (binding);
  connect_text (binding);
}

void
wk_card_binder_bind_money (WkCardBinder *self,
                           GtkWidget    *widget,
                           const char   *field)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));
  g_return_if_fail (GTK_IS_EDITABLE (widget));

  binding = add_binding (self, BIND_MONEY, widget, field);
  add_warning_icon (binding);
  connect_text (binding);
}

void
wk_card_binder_bind_choice (WkCardBinder *self,
                            AdwComboRow  *row,
                            const char   *field,
                            const char   *vocabulary)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  Binding *binding;
  const WkChoice *choices;
  guint n;

  g_return_if_fail (WK_IS_CARD_BINDER (self));

  choices = wk_vocabulary_get (vocabulary, &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, wk_vocabulary_label (vocabulary, choices[i].key));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  binding = add_binding (self, BIND_CHOICE, GTK_WIDGET (row), field);
  binding->vocabulary = g_intern_string (vocabulary);
  g_signal_connect (row, "notify::selected", G_CALLBACK (choice_changed_cb), binding);
}

void
wk_card_binder_bind_term (WkCardBinder *self,
                          AdwComboRow  *row,
                          const char   *field,
                          const char   *table)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));

  binding = add_binding (self, BIND_TERM, GTK_WIDGET (row), field);
  binding->table = g_intern_string (table);
  binding->term_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (self->store != NULL)
    reload_terms (binding);
  g_signal_connect (row, "notify::selected", G_CALLBACK (choice_changed_cb), binding);
}

void
wk_card_binder_bind_switch (WkCardBinder *self,
                            GtkSwitch    *widget,
                            const char   *field)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));

  binding = add_binding (self, BIND_SWITCH, GTK_WIDGET (widget), field);
  g_signal_connect (widget, "notify::active", G_CALLBACK (choice_changed_cb), binding);
}

void
wk_card_binder_bind_spin (WkCardBinder  *self,
                          GtkSpinButton *widget,
                          const char    *field)
{
  Binding *binding;

  g_return_if_fail (WK_IS_CARD_BINDER (self));

  binding = add_binding (self, BIND_SPIN, GTK_WIDGET (widget), field);
  g_signal_connect (widget, "value-changed", G_CALLBACK (spin_changed_cb), binding);
}

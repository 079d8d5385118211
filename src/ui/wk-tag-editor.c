/* wk-tag-editor.c: the themes or groups of a card, as chips with completion
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Typing a tag and pressing Enter adds it (a new one is created on the
 * fly); the completion offers the tags the team already uses, so "Eenzaamheid"
 * does not also become "eenzaamheid ". Each chip has a remove button.
 */
#include <glib/gi18n.h>

#include "wk-tag-editor.h"
#include "wk-window.h"

struct _WkTagEditor
{
  GtkWidget     parent_instance;

  WkStore      *store;
  WkRecord     *record;
  char         *field;     /* "themes" or "groups" */
  char         *title;

  GtkWidget    *heading;
  GtkWidget    *chips;
  GtkWidget    *entry;
  GtkListStore *completions;
};

G_DEFINE_FINAL_TYPE (WkTagEditor, wk_tag_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FIELD,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
store_tags (WkTagEditor        *self,
            const char * const *tags)
{
  g_autoptr(GError) error = NULL;

  if (self->record == NULL || self->store == NULL)
    return;
  if (!wk_store_set_tags (self->store, self->record, self->field, tags, &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
}

static void
remove_clicked_cb (GtkButton   *button,
                   WkTagEditor *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");
  const char * const *current = wk_record_get_tags (self->record, self->field);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  for (guint i = 0; current[i] != NULL; i++)
    if (g_strcmp0 (current[i], tag) != 0)
      g_strv_builder_add (builder, current[i]);
  tags = g_strv_builder_end (builder);
  store_tags (self, (const char * const *) tags);
  gtk_widget_grab_focus (self->entry);
}

static void
rebuild_chips (WkTagEditor *self)
{
  const char * const *tags = self->record != NULL ? wk_record_get_tags (self->record, self->field) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->chips)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->chips), child);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (tags[i]);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), tags[i]);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (box, "wk-chip");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tags[i]), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_flow_box_append (GTK_FLOW_BOX (self->chips), box);
    }
  gtk_widget_set_visible (self->chips, tags != NULL && tags[0] != NULL);
}

static void
reload_completions (WkTagEditor *self)
{
  g_auto(GStrv) all = NULL;

  gtk_list_store_clear (self->completions);
  if (self->store == NULL)
    return;
  all = wk_store_list_tags (self->store, g_strcmp0 (self->field, "groups") == 0 ? "group" : "theme");
  for (guint i = 0; all[i] != NULL; i++)
    gtk_list_store_insert_with_values (self->completions, NULL, -1, 0, all[i], -1);
}

static void
entry_activate_cb (GtkEntry    *entry,
                   WkTagEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  if (*text == '\0' || self->record == NULL)
    return;
  g_strv_builder_addv (builder, (const char **) wk_record_get_tags (self->record, self->field));
  g_strv_builder_add (builder, text);
  tags = g_strv_builder_end (builder);
  store_tags (self, (const char * const *) tags);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  reload_completions (self);
}

static void
record_notify_cb (WkRecord    *record,
                  GParamSpec  *pspec,
                  WkTagEditor *self)
{
  if (g_strcmp0 (pspec->name, self->field) == 0)
    rebuild_chips (self);
}

void
wk_tag_editor_set_store (WkTagEditor *self,
                         WkStore     *store)
{
  g_return_if_fail (WK_IS_TAG_EDITOR (self));

  g_set_object (&self->store, store);
  reload_completions (self);
}

void
wk_tag_editor_set_record (WkTagEditor *self,
                          WkRecord    *record)
{
  g_return_if_fail (WK_IS_TAG_EDITOR (self));

  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_set_object (&self->record, record);
  if (record != NULL)
    g_signal_connect_object (record, "notify", G_CALLBACK (record_notify_cb), self, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  rebuild_chips (self);
}

static void
wk_tag_editor_dispose (GObject *object)
{
  WkTagEditor *self = WK_TAG_EDITOR (object);

  wk_tag_editor_set_record (self, NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->completions);
  g_clear_pointer (&self->heading, gtk_widget_unparent);
  g_clear_pointer (&self->chips, gtk_widget_unparent);
  g_clear_pointer (&self->entry, gtk_widget_unparent);

  G_OBJECT_CLASS (wk_tag_editor_parent_class)->dispose (object);
}

static void
wk_tag_editor_finalize (GObject *object)
{
  WkTagEditor *self = WK_TAG_EDITOR (object);

  g_free (self->field);
  g_free (self->title);

  G_OBJECT_CLASS (wk_tag_editor_parent_class)->finalize (object);
}

static void
wk_tag_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WkTagEditor *self = WK_TAG_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_free (self->field);
      self->field = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      gtk_label_set_label (GTK_LABEL (self->heading), self->title);
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), self->title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->title, -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_tag_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WkTagEditor *self = WK_TAG_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_tag_editor_class_init (WkTagEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_tag_editor_dispose;
  object_class->finalize = wk_tag_editor_finalize;
  object_class->set_property = wk_tag_editor_set_property;
  object_class->get_property = wk_tag_editor_get_property;

  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, "themes",
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wk-tag-editor");
}

static void
wk_tag_editor_init (WkTagEditor *self)
{
  GtkEntryCompletion *completion;
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 8);

  self->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_widget_set_parent (self->heading, GTK_WIDGET (self));

  self->chips = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->chips), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->chips), 8);
  gtk_widget_set_visible (self->chips, FALSE);
  gtk_widget_set_parent (self->chips, GTK_WIDGET (self));

  self->entry = gtk_entry_new ();
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
  g_signal_connect (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);

  self->completions = gtk_list_store_new (1, G_TYPE_STRING);
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->completions));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_popup_completion (completion, TRUE);
  gtk_entry_set_completion (GTK_ENTRY (self->entry), completion);
  g_object_unref (completion);
}

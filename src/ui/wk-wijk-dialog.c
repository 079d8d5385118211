/* wk-wijk-dialog.c: asks for a new wijk's name and municipality, or a new name
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Emits AdwMessageDialog::response with "save" or "cancel"; the caller stores.
 * "save" stays disabled while the name is empty, so Enter cannot create a
 * wijk without one.
 */
#include <glib/gi18n.h>

#include "wk-wijk-dialog.h"

struct _WkWijkDialog
{
  AdwMessageDialog  parent_instance;

  WkWijk           *wijk;   /* NULL when creating */
  AdwEntryRow      *name_row;
  AdwEntryRow      *municipality_row;
};

G_DEFINE_FINAL_TYPE (WkWijkDialog, wk_wijk_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
name_is_valid (WkWijkDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
name_changed_cb (GtkEditable  *editable,
                 WkWijkDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           name_is_valid (self));
}

static void
entry_activated_cb (AdwEntryRow  *row,
                    WkWijkDialog *self)
{
  if (name_is_valid (self))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
}

/**
 * wk_wijk_dialog_new:
 * @wijk: (nullable): the wijk to rename, or %NULL for a new one
 */
WkWijkDialog *
wk_wijk_dialog_new (GtkWindow *parent,
                    WkWijk    *wijk)
{
  WkWijkDialog *self = g_object_new (WK_TYPE_WIJK_DIALOG,
                                     "transient-for", parent,
                                     NULL);

  if (wijk != NULL)
    {
      self->wijk = g_object_ref (wijk);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Rename Wijk"));
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Rename"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), wk_wijk_get_name (wijk));
      gtk_editable_set_text (GTK_EDITABLE (self->municipality_row),
                             wk_wijk_get_municipality (wijk));
    }
  else
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("New Wijk"));
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                   _("The neighbourhood whose networks you want to map."));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

WkWijk *
wk_wijk_dialog_get_wijk (WkWijkDialog *self)
{
  g_return_val_if_fail (WK_IS_WIJK_DIALOG (self), NULL);
  return self->wijk;
}

const char *
wk_wijk_dialog_get_name (WkWijkDialog *self)
{
  g_return_val_if_fail (WK_IS_WIJK_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

const char *
wk_wijk_dialog_get_municipality (WkWijkDialog *self)
{
  g_return_val_if_fail (WK_IS_WIJK_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->municipality_row));
}

static void
wk_wijk_dialog_dispose (GObject *object)
{
  WkWijkDialog *self = WK_WIJK_DIALOG (object);

  g_clear_object (&self->wijk);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_WIJK_DIALOG);

  G_OBJECT_CLASS (wk_wijk_dialog_parent_class)->dispose (object);
}

static void
wk_wijk_dialog_class_init (WkWijkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_wijk_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/wijkkaart/Wijkkaart/ui/wk-wijk-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WkWijkDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, WkWijkDialog, municipality_row);
}

static void
wk_wijk_dialog_init (WkWijkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self, 0);
  g_signal_connect_object (self->name_row, "entry-activated",
                           G_CALLBACK (entry_activated_cb), self, 0);
  g_signal_connect_object (self->municipality_row, "entry-activated",
                           G_CALLBACK (entry_activated_cb), self, 0);
}

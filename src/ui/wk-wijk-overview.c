/* wk-wijk-overview.c: the first page of a wijk: its name, description and counts
 * SPDX-License-Identifier: EUPL-1.2
 *
 * There is no Save button: an edit is stored 300 ms after the last keystroke,
 * and at once when another wijk is selected or the window closes. An empty
 * name is refused inline and the last good name stays in the file.
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "wk-wijk-overview.h"
#include "wk-window.h"

#define SAVE_DELAY_MS 300

struct _WkWijkOverview
{
  GtkWidget      parent_instance;

  WkStore       *store;
  WkWijk        *wijk;
  guint          save_source;
  gboolean       loading;
  /* the values the fields and the store last agreed on; a stored value that
   * differs from these was changed elsewhere (the rename dialog) */
  char          *synced_name;
  char          *synced_municipality;
  char          *synced_description;

  GtkWidget     *page;
  AdwEntryRow   *name_row;
  AdwEntryRow   *municipality_row;
  GtkWidget     *name_error;
  GtkTextView   *description_view;
  GtkLabel      *actors_label;
  GtkLabel      *initiatives_label;
  GtkLabel      *pins_label;
  AdwActionRow  *modified_row;
};

G_DEFINE_FINAL_TYPE (WkWijkOverview, wk_wijk_overview, GTK_TYPE_WIDGET)

static void
set_str (char       **field,
                  const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static char *
get_description (WkWijkOverview *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
format_timestamp (const char *iso)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  /* Translators: a date and time, see the strftime manual */
  return g_date_time_format (local, _("%e %B %Y, %H:%M"));
}

static void
show_counts (WkWijkOverview *self)
{
  g_autofree char *actors = NULL;
  g_autofree char *initiatives = NULL;
  g_autofree char *pins = NULL;
  g_autofree char *modified = NULL;

  if (self->wijk == NULL)
    return;

  actors = g_strdup_printf ("%u", wk_wijk_get_n_actors (self->wijk));
  initiatives = g_strdup_printf ("%u", wk_wijk_get_n_initiatives (self->wijk));
  pins = g_strdup_printf ("%u", wk_wijk_get_n_pins (self->wijk));
  modified = format_timestamp (wk_wijk_get_modified (self->wijk));

  gtk_label_set_text (self->actors_label, actors);
  gtk_label_set_text (self->initiatives_label, initiatives);
  gtk_label_set_text (self->pins_label, pins);
  adw_action_row_set_subtitle (self->modified_row, modified);
}

static void
set_synced (WkWijkOverview *self)
{
  g_free (self->synced_name);
  g_free (self->synced_municipality);
  g_free (self->synced_description);
  self->synced_name = g_strdup (wk_wijk_get_name (self->wijk));
  self->synced_municipality = g_strdup (wk_wijk_get_municipality (self->wijk));
  self->synced_description = g_strdup (wk_wijk_get_description (self->wijk));
}

/* Puts the wijk's stored values in the fields: all of them for a newly shown
 * wijk, otherwise only those changed elsewhere, so that an edit in progress
 * (an emptied name, say) is never overwritten by its own autosave. */
static void
show_values (WkWijkOverview *self,
             gboolean        all)
{
  if (self->wijk == NULL)
    return;

  self->loading = TRUE;
  if (all || g_strcmp0 (self->synced_name, wk_wijk_get_name (self->wijk)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), wk_wijk_get_name (self->wijk));
  if (all || g_strcmp0 (self->synced_municipality, wk_wijk_get_municipality (self->wijk)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->municipality_row),
                           wk_wijk_get_municipality (self->wijk));
  if (all || g_strcmp0 (self->synced_description, wk_wijk_get_description (self->wijk)) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                              wk_wijk_get_description (self->wijk), -1);
  self->loading = FALSE;
  set_synced (self);
}

static void
wijk_notify_cb (WkWijk         *wijk,
                GParamSpec     *pspec,
                WkWijkOverview *self)
{
  show_counts (self);
  if (self->save_source == 0)
    show_values (self, FALSE);
}

/**
 * wk_wijk_overview_save_now:
 *
 * Stores a pending edit at once. Returns %FALSE when it could not be stored
 * (the error is shown in the window).
 */
gboolean
wk_wijk_overview_save_now (WkWijkOverview *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  const char *municipality;
  gboolean name_ok;

  g_return_val_if_fail (WK_IS_WIJK_OVERVIEW (self), FALSE);

  if (self->save_source == 0)
    return TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->wijk == NULL || self->store == NULL)
    return TRUE;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  municipality = gtk_editable_get_text (GTK_EDITABLE (self->municipality_row));
  description = get_description (self);
  name_ok = *name != '\0';

  /* what is saved now is in sync, so the notifications it causes change no field */
  if (name_ok)
    set_str (&self->synced_name, name);
  set_str (&self->synced_municipality, municipality);
  set_str (&self->synced_description, description);

  if (!wk_store_update_wijk (self->store, self->wijk, name_ok ? name : NULL,
                             municipality, description, &error))
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), WK_TYPE_WINDOW);

      if (window != NULL)
        wk_window_add_toast (WK_WINDOW (window), wk_toast_new_plain (error->message));
      else
        g_warning ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  WkWijkOverview *self = user_data;

  /* let save_now see the pending save, then it clears the id itself */
  wk_wijk_overview_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (WkWijkOverview *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
name_changed_cb (GtkEditable    *editable,
                 WkWijkOverview *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  gboolean empty = *name == '\0';

  gtk_widget_set_visible (self->name_error, empty);
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  if (!self->loading)
    schedule_save (self);
}

static void
field_changed_cb (gpointer        object,
                  WkWijkOverview *self)
{
  if (!self->loading)
    schedule_save (self);
}

void
wk_wijk_overview_set_store (WkWijkOverview *self,
                            WkStore        *store)
{
  g_return_if_fail (WK_IS_WIJK_OVERVIEW (self));
  g_set_object (&self->store, store);
}

void
wk_wijk_overview_set_wijk (WkWijkOverview *self,
                           WkWijk         *wijk)
{
  g_return_if_fail (WK_IS_WIJK_OVERVIEW (self));

  if (self->wijk == wijk)
    return;

  /* the edit belongs to the wijk it was typed for */
  wk_wijk_overview_save_now (self);

  if (self->wijk != NULL)
    g_signal_handlers_disconnect_by_func (self->wijk, wijk_notify_cb, self);
  g_set_object (&self->wijk, wijk);
  if (wijk != NULL)
    g_signal_connect_object (wijk, "notify", G_CALLBACK (wijk_notify_cb), self, 0);

  gtk_widget_set_sensitive (self->page, wijk != NULL);
  show_values (self, TRUE);
  show_counts (self);
}

WkWijk *
wk_wijk_overview_get_wijk (WkWijkOverview *self)
{
  g_return_val_if_fail (WK_IS_WIJK_OVERVIEW (self), NULL);
  return self->wijk;
}

static void
wk_wijk_overview_dispose (GObject *object)
{
  WkWijkOverview *self = WK_WIJK_OVERVIEW (object);

  wk_wijk_overview_save_now (self);
  if (self->wijk != NULL)
    g_signal_handlers_disconnect_by_func (self->wijk, wijk_notify_cb, self);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_pointer (&self->synced_name, g_free);
  g_clear_pointer (&self->synced_municipality, g_free);
  g_clear_pointer (&self->synced_description, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_WIJK_OVERVIEW);

  G_OBJECT_CLASS (wk_wijk_overview_parent_class)->dispose (object);
}

static void
wk_wijk_overview_class_init (WkWijkOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_wijk_overview_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/wijkkaart/Wijkkaart/ui/wk-wijk-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, page);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, name_row);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, name_error);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, description_view);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, actors_label);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, initiatives_label);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, pins_label);
  gtk_widget_class_bind_template_child (widget_class, WkWijkOverview, modified_row);
}

static void
wk_wijk_overview_init (WkWijkOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (name_changed_cb), self, 0);
  g_signal_connect_object (self->municipality_row, "changed",
                           G_CALLBACK (field_changed_cb), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (field_changed_cb), self, 0);
  gtk_widget_set_sensitive (self->page, FALSE);
}

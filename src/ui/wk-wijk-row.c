/* wk-wijk-row.c: one wijk in the sidebar
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n.h>

#include "wk-wijk-row.h"

struct _WkWijkRow
{
  GtkListBoxRow  parent_instance;

  WkWijk        *wijk;
  GtkLabel      *name_label;
  GtkLabel      *municipality_label;
  GtkLabel      *counts_label;
};

G_DEFINE_FINAL_TYPE (WkWijkRow, wk_wijk_row, GTK_TYPE_LIST_BOX_ROW)

/* "44 actors · 10 initiatives · 28 pins", translated with plurals */
char *
wk_wijk_format_counts (WkWijk *wijk)
{
  guint actors = wk_wijk_get_n_actors (wijk);
  guint initiatives = wk_wijk_get_n_initiatives (wijk);
  guint pins = wk_wijk_get_n_pins (wijk);
  g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u actor", "%u actors", actors), actors);
  g_autofree char *i = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u initiative", "%u initiatives", initiatives), initiatives);
  g_autofree char *p = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pin", "%u pins", pins), pins);

  return g_strdup_printf ("%s · %s · %s", a, i, p);
}

static void
update (WkWijkRow *self)
{
  g_autofree char *counts = wk_wijk_format_counts (self->wijk);
  const char *municipality = wk_wijk_get_municipality (self->wijk);
  g_autofree char *description = NULL;

  gtk_label_set_text (self->name_label, wk_wijk_get_name (self->wijk));
  gtk_label_set_text (self->municipality_label, municipality);
  gtk_widget_set_visible (GTK_WIDGET (self->municipality_label), *municipality != '\0');
  gtk_label_set_text (self->counts_label, counts);

  description = g_strdup_printf ("%s, %s", municipality, counts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wk_wijk_get_name (self->wijk),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
wijk_notify_cb (WkWijk     *wijk,
                GParamSpec *pspec,
                WkWijkRow  *self)
{
  update (self);
}

WkWijkRow *
wk_wijk_row_new (WkWijk *wijk)
{
  WkWijkRow *self;

  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  self = g_object_new (WK_TYPE_WIJK_ROW, NULL);
  self->wijk = g_object_ref (wijk);
  g_signal_connect_object (wijk, "notify", G_CALLBACK (wijk_notify_cb), self, 0);
  update (self);

  return self;
}

WkWijk *
wk_wijk_row_get_wijk (WkWijkRow *self)
{
  g_return_val_if_fail (WK_IS_WIJK_ROW (self), NULL);
  return self->wijk;
}

static void
wk_wijk_row_dispose (GObject *object)
{
  WkWijkRow *self = WK_WIJK_ROW (object);

  g_clear_object (&self->wijk);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_WIJK_ROW);

  G_OBJECT_CLASS (wk_wijk_row_parent_class)->dispose (object);
}

static void
wk_wijk_row_class_init (WkWijkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_wijk_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-wijk-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WkWijkRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, WkWijkRow, municipality_label);
  gtk_widget_class_bind_template_child (widget_class, WkWijkRow, counts_label);
}

static void
wk_wijk_row_init (WkWijkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

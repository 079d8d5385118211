/* wk-presentation-options.c: where and how a presentation shows: the screen, light or dark, the text size
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The popover of the Present button. Its choices are settings, so the
 * laptop remembers the community centre's projector between evenings.
 *
 * The screen: "automatic" picks the monitor the main window is not on when
 * two are connected (the projector, in the usual "extend" set-up), or the
 * only one. A chosen monitor is remembered by its connector ("HDMI-1"); when
 * it is not connected, automatic applies.
 */
#include <glib/gi18n.h>

#include "wk-presentation-options.h"

struct _WkPresentationOptions
{
  GtkPopover       parent_instance;

  GSettings       *settings;
  GListModel      *monitors;
  GtkDropDown     *monitor_dropdown;
  GtkToggleButton *dark_button;
  GtkScale        *size_scale;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (WkPresentationOptions, wk_presentation_options, GTK_TYPE_POPOVER)

static char *
monitor_text (GdkMonitor *monitor)
{
  GdkRectangle area;
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);

  gdk_monitor_get_geometry (monitor, &area);
  if (model != NULL && connector != NULL)
    return g_strdup_printf ("%s, %s (%d×%d)", model, connector, area.width, area.height);
  return g_strdup_printf ("%s (%d×%d)", connector != NULL ? connector : model != NULL ? model : _("Screen"),
                          area.width, area.height);
}

static void
fill_monitors (WkPresentationOptions *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_settings_get_string (self->settings, "presentation-monitor");
  guint selected = 0;

  self->filling = TRUE;
  gtk_string_list_append (names, _("Automatic: the other screen"));
  for (guint i = 0; i < g_list_model_get_n_items (self->monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);
      g_autofree char *text = monitor_text (monitor);

      gtk_string_list_append (names, text);
      if (*chosen != '\0' && g_strcmp0 (gdk_monitor_get_connector (monitor), chosen) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->monitor_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->monitor_dropdown, selected);
  self->filling = FALSE;
}

static void
monitor_selected_cb (GtkDropDown           *dropdown,
                     GParamSpec            *pspec,
                     WkPresentationOptions *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GdkMonitor) monitor = NULL;

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0)
    monitor = g_list_model_get_item (self->monitors, selected - 1);
  g_settings_set_string (self->settings, "presentation-monitor",
                         monitor != NULL && gdk_monitor_get_connector (monitor) != NULL
                           ? gdk_monitor_get_connector (monitor) : "");
}

static void
monitors_changed_cb (GListModel            *monitors,
                     guint                  position,
                     guint                  removed,
                     guint                  added,
                     WkPresentationOptions *self)
{
  fill_monitors (self);
}

/**
 * wk_presentation_options_get_monitor:
 * @main_window: the window the team works in, on the laptop
 *
 * Returns: (transfer none) (nullable): the monitor to go fullscreen on, or
 *   NULL for the window's own
 */
GdkMonitor *
wk_presentation_options_get_monitor (WkPresentationOptions *self,
                                     GtkWindow             *main_window)
{
  g_autofree char *chosen = NULL;
  GdkMonitor *own = NULL, *other = NULL;
  GdkSurface *surface;

  g_return_val_if_fail (WK_IS_PRESENTATION_OPTIONS (self), NULL);

  chosen = g_settings_get_string (self->settings, "presentation-monitor");
  surface = main_window != NULL ? gtk_native_get_surface (GTK_NATIVE (main_window)) : NULL;
  if (surface != NULL)
    own = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  for (guint i = 0; i < g_list_model_get_n_items (self->monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);

      if (*chosen != '\0' && g_strcmp0 (gdk_monitor_get_connector (monitor), chosen) == 0)
        return monitor;
      if (monitor != own && other == NULL)
        other = monitor;
    }
  return g_list_model_get_n_items (self->monitors) > 1 ? other : NULL;
}

WkPaletteKind
wk_presentation_options_get_palette (WkPresentationOptions *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION_OPTIONS (self), WK_PALETTE_PROJECTOR_LIGHT);
  return g_settings_get_boolean (self->settings, "presentation-dark") ? WK_PALETTE_PROJECTOR_DARK
                                                                      : WK_PALETTE_PROJECTOR_LIGHT;
}

double
wk_presentation_options_get_label_size (WkPresentationOptions *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION_OPTIONS (self), 2.);
  return g_settings_get_double (self->settings, "presentation-label-size");
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static GtkWidget *
menu_button (const char *label,
             const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
  return button;
}

static void
build (WkPresentationOptions *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *palette = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *light = gtk_toggle_button_new_with_mnemonic (_("_Light"));
  GtkAdjustment *adjustment;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (box, 300, -1);

  gtk_box_append (GTK_BOX (box), heading (_("Screen")));
  self->monitor_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->monitor_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Presentation Screen"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->monitor_dropdown));

  gtk_box_append (GTK_BOX (box), heading (_("Colours")));
  gtk_widget_add_css_class (palette, "linked");
  gtk_widget_set_hexpand (light, TRUE);
  self->dark_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Dark")));
  gtk_widget_set_hexpand (GTK_WIDGET (self->dark_button), TRUE);
  gtk_toggle_button_set_group (self->dark_button, GTK_TOGGLE_BUTTON (light));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (light), TRUE);
  gtk_box_append (GTK_BOX (palette), light);
  gtk_box_append (GTK_BOX (palette), GTK_WIDGET (self->dark_button));
  gtk_box_append (GTK_BOX (box), palette);

  gtk_box_append (GTK_BOX (box), heading (_("Text Size")));
  adjustment = gtk_adjustment_new (2, 1, 3, .5, .5, 0);
  self->size_scale = GTK_SCALE (gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment));
  gtk_scale_set_digits (self->size_scale, 1);
  gtk_range_set_round_digits (GTK_RANGE (self->size_scale), 1);
  for (double mark = 1; mark <= 3; mark += 1)
    {
      g_autofree char *text = g_strdup_printf ("%g×", mark);

      gtk_scale_add_mark (self->size_scale, mark, GTK_POS_BOTTOM, text);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->size_scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text Size"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->size_scale));

  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), menu_button (_("_Save View…"), "win.save-view"));
  gtk_box_append (GTK_BOX (box), menu_button (_("_Edit Views…"), "win.edit-views"));
  gtk_popover_set_child (GTK_POPOVER (self), box);
}

GtkWidget *
wk_presentation_options_new (GSettings *settings)
{
  WkPresentationOptions *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WK_TYPE_PRESENTATION_OPTIONS, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "presentation-dark", self->dark_button, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "presentation-label-size", gtk_range_get_adjustment (GTK_RANGE (self->size_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  fill_monitors (self);
  g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (monitors_changed_cb), self, 0);
  g_signal_connect_object (self->monitor_dropdown, "notify::selected", G_CALLBACK (monitor_selected_cb), self, 0);
  return GTK_WIDGET (self);
}

static void
wk_presentation_options_finalize (GObject *object)
{
  WkPresentationOptions *self = WK_PRESENTATION_OPTIONS (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->monitors);

  G_OBJECT_CLASS (wk_presentation_options_parent_class)->finalize (object);
}

static void
wk_presentation_options_class_init (WkPresentationOptionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_presentation_options_finalize;
}

static void
wk_presentation_options_init (WkPresentationOptions *self)
{
  self->monitors = g_object_ref (gdk_display_get_monitors (gdk_display_get_default ()));
  build (self);
}

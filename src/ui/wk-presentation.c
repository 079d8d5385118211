/* wk-presentation.c: presentation mode: the network or the map, fullscreen on a projector, safe for personal data
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A window of its own, so the laptop keeps the main window while the
 * projector shows only the diagram or the map: no header bar, no sidebar,
 * no cards. It reads the wijk from the store itself, starting from the view
 * the team had on screen (a WkViewState), and never changes what the main
 * window shows.
 *
 * Privacy is on from the start: persons are drawn by role or type, pins at
 * private addresses at street level, and nothing shows contact details. An
 * indicator in the corner says so; turning it off takes a confirmation, and
 * it cannot outlive the presentation, which is a new window each time.
 *
 * Keys, as slide software has them:
 *   Escape        leave (or stop adding a relation or pin)
 *   Space, →      the tour's next step: the connectors, then the communities
 *   ←, Backspace  the step before; Home the whole network again
 *   Page Down/Up  the next or previous saved view of the wijk
 *   B, .          the screen black and back
 *   D             light or dark; + and − the text size (1× to 3×)
 *   R, P          add a relation (network) or a pin (map); Ctrl+Z undoes
 *   N             show names (asks first)
 */
#include <glib/gi18n.h>

#include "wk-presentation-private.h"
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#include "wk-saved-view.h"

#define CONTROLS_HIDE_MS 3000
#define LABEL_SIZE_STEP  0.5

G_DEFINE_FINAL_TYPE (WkPresentation, wk_presentation, ADW_TYPE_WINDOW)

/* Palette, text size, blank ------------------------------------------------- */

void
wk_presentation_set_palette (WkPresentation *self,
                             WkPaletteKind   palette)
{
  gboolean dark;

  g_return_if_fail (WK_IS_PRESENTATION (self));

  self->palette = palette;
  dark = wk_palette_is_dark (palette);
  if (dark)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "wk-projector-light");
      gtk_widget_add_css_class (GTK_WIDGET (self), "wk-projector-dark");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "wk-projector-dark");
      gtk_widget_add_css_class (GTK_WIDGET (self), "wk-projector-light");
    }
  wk_network_view_set_palette (self->network_view, palette);
  _wk_presentation_update_map_style (self);
}

WkPaletteKind
wk_presentation_get_palette (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), WK_PALETTE_PROJECTOR_LIGHT);
  return self->palette;
}

static void
scale_label (GtkLabel *label,
             double    size)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (size));
  gtk_label_set_attributes (label, attributes);
  pango_attr_list_unref (attributes);
}

/* @size: 1–3 times the usual size of labels, the legend and the captions */
void
wk_presentation_set_label_size (WkPresentation *self,
                                double          size)
{
  g_return_if_fail (WK_IS_PRESENTATION (self));

  self->label_size = CLAMP (size, 1., 3.);
  wk_network_view_set_label_size (self->network_view, self->label_size);
  scale_label (self->caption_title, MAX (1., self->label_size * .75));
  scale_label (self->caption_detail, MAX (1., self->label_size * .75));
  scale_label (self->hint_label, MAX (1., self->label_size * .6));
  _wk_presentation_update_map_style (self);
  _wk_presentation_queue_place_caption (self);
}

double
wk_presentation_get_label_size (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), 1.);
  return self->label_size;
}

static void
set_blank (WkPresentation *self,
           gboolean        blank)
{
  self->blank = blank;
  gtk_widget_set_visible (self->blank_box, blank);
}

gboolean
wk_presentation_get_blank (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), FALSE);
  return self->blank;
}

/* Privacy ------------------------------------------------------------------- */

static void
set_privacy (WkPresentation *self,
             gboolean        privacy)
{
  self->privacy = privacy;
  wk_network_view_set_hide_personal (self->network_view, privacy);
  wk_map_view_set_hide_personal_data (self->map_view, privacy);
  gtk_image_set_from_icon_name (self->privacy_icon, privacy ? "security-high-symbolic" : "dialog-warning-symbolic");
  gtk_label_set_text (self->privacy_label, privacy ? _("Privacy on") : _("Names shown"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->privacy_button),
                               privacy ? _("Persons are shown by role or type, private addresses at street "
                                           "level. Click or press N to show names.")
                                       : _("Names of persons are on the screen. Click or press N to hide them."));
  if (privacy)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->privacy_button), "wk-privacy-off");
      gtk_widget_add_css_class (GTK_WIDGET (self->privacy_button), "wk-privacy-on");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->privacy_button), "wk-privacy-on");
      gtk_widget_add_css_class (GTK_WIDGET (self->privacy_button), "wk-privacy-off");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->privacy_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  privacy ? _("Privacy On") : _("Names Shown"), -1);
  /* the caption may name the actor of the step */
  _wk_presentation_tour_step (self, 0);
}

gboolean
wk_presentation_get_privacy (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), TRUE);
  return self->privacy;
}

static void
privacy_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     WkPresentation   *self)
{
  if (g_str_equal (response, "show"))
    set_privacy (self, FALSE);
}

/**
 * wk_presentation_ask_privacy_off:
 *
 * Asks before names show on the wall; the safe answer is the default, so
 * Enter or Escape keeps privacy on. Turning privacy back on needs no
 * question.
 */
void
wk_presentation_ask_privacy_off (WkPresentation *self)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (WK_IS_PRESENTATION (self));

  if (!self->privacy)
    {
      set_privacy (self, TRUE);
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Show Names on the Screen?"),
                                                       _("Everyone in the room will see the names of persons. "
                                                         "Contact details stay hidden. Privacy turns on again "
                                                         "when the presentation ends.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Privacy On"), "show", _("_Show Names"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "show", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (privacy_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saved views --------------------------------------------------------------- */

static void
show_page (WkPresentation *self,
           const char     *page)
{
  if (g_str_equal (page, "map") && self->map_ready)
    gtk_stack_set_visible_child_name (self->stack, "map");
  else if (g_str_equal (page, "network") && self->network != NULL && wk_network_get_n_nodes (self->network) > 0)
    gtk_stack_set_visible_child_name (self->stack, "network");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->map_legend), g_str_equal (page, "map") && self->map_ready);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_button),
                               g_str_equal (page, "map") ? _("Add a Pin (P)") : _("Add a Relation (R)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->capture_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_str_equal (page, "map") ? _("Add a Pin") : _("Add a Relation"), -1);
}

static void
apply_state (WkPresentation    *self,
             const WkViewState *state)
{
  _wk_presentation_cancel_relation (self);
  _wk_presentation_cancel_pin (self);
  if (g_str_equal (state->page, "map"))
    _wk_presentation_apply_map_state (self, state);
  else
    _wk_presentation_apply_network_state (self, state);
  show_page (self, state->page);
  _wk_presentation_update_step (self);
}

static void
step_view (WkPresentation *self,
           int             delta)
{
  guint n = g_list_model_get_n_items (self->views);
  int index = self->view_index + delta;
  g_autoptr(WkSavedView) view = NULL;
  g_autoptr(WkViewState) state = NULL;
  g_autoptr(GError) error = NULL;

  if (n == 0)
    {
      _wk_presentation_show_caption (self, _("No saved views"),
                                     _("Save views in the network or on the map with Ctrl+Shift+S"), 4);
      return;
    }
  index = CLAMP (index, 0, (int) n - 1);
  view = g_list_model_get_item (self->views, index);
  state = wk_view_state_new_from_json (wk_saved_view_get_page (view), wk_saved_view_get_state (view), &error);
  if (state == NULL)
    {
      _wk_presentation_show_error (self, error->message);
      return;
    }
  self->view_index = index;
  apply_state (self, state);
  /* the view's own name, unless it highlights an actor whose caption stays */
  if (state->actor_id == 0 || g_str_equal (state->page, "map"))
    _wk_presentation_show_caption (self, wk_saved_view_get_name (view), NULL, 4);
}

/* Keys and actions ---------------------------------------------------------- */

void
wk_presentation_end (WkPresentation *self)
{
  g_return_if_fail (WK_IS_PRESENTATION (self));

  if (self->ended)
    return;
  self->ended = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_capture (WkPresentation *self)
{
  if (g_str_equal (wk_presentation_get_page (self), "map"))
    _wk_presentation_start_pin (self);
  else
    _wk_presentation_start_relation (self);
}

static void
action_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  WkPresentation *self = WK_PRESENTATION (widget);

  if (g_str_equal (action_name, "presentation.privacy"))
    wk_presentation_ask_privacy_off (self);
  else if (g_str_equal (action_name, "presentation.capture"))
    start_capture (self);
  else if (g_str_equal (action_name, "presentation.palette"))
    wk_presentation_set_palette (self, wk_palette_is_dark (self->palette) ? WK_PALETTE_PROJECTOR_LIGHT
                                                                       : WK_PALETTE_PROJECTOR_DARK);
  else if (g_str_equal (action_name, "presentation.smaller"))
    wk_presentation_set_label_size (self, self->label_size - LABEL_SIZE_STEP);
  else if (g_str_equal (action_name, "presentation.larger"))
    wk_presentation_set_label_size (self, self->label_size + LABEL_SIZE_STEP);
  else if (g_str_equal (action_name, "presentation.end"))
    wk_presentation_end (self);
  else if (g_str_equal (action_name, "presentation.undo") || g_str_equal (action_name, "presentation.redo"))
    {
      g_autoptr(GError) error = NULL;
      gboolean undo = g_str_equal (action_name, "presentation.undo");

      if (!(undo ? wk_store_undo (self->store, &error) : wk_store_redo (self->store, &error)) && error != NULL)
        _wk_presentation_show_error (self, error->message);
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WkPresentation        *self)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  gboolean network = g_str_equal (wk_presentation_get_page (self), "network");

  /* typing a pin's title */
  if (self->draft_box != NULL && gtk_widget_get_visible (self->draft_box) &&
      (gtk_widget_get_state_flags (self->draft_box) & GTK_STATE_FLAG_FOCUS_WITHIN) && keyval != GDK_KEY_Escape)
    return FALSE;

  if (modifiers == GDK_CONTROL_MASK && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    {
      action_cb (GTK_WIDGET (self), "presentation.undo", NULL);
      return TRUE;
    }
  if (modifiers == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    {
      action_cb (GTK_WIDGET (self), "presentation.redo", NULL);
      return TRUE;
    }
  if (modifiers != 0 && modifiers != GDK_SHIFT_MASK)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      if (self->capture != CAPTURE_NONE)
        {
          _wk_presentation_cancel_relation (self);
          _wk_presentation_cancel_pin (self);
        }
      else if (self->blank)
        set_blank (self, FALSE);
      else
        wk_presentation_end (self);
      return TRUE;
    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      set_blank (self, !self->blank);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_Right:
      if (network)
        _wk_presentation_tour_step (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_BackSpace:
      if (network)
        _wk_presentation_tour_step (self, -1);
      return TRUE;
    case GDK_KEY_Home:
      if (network)
        _wk_presentation_tour_reset (self);
      return TRUE;
    case GDK_KEY_Page_Down:
      step_view (self, 1);
      return TRUE;
    case GDK_KEY_Page_Up:
      step_view (self, -1);
      return TRUE;
    case GDK_KEY_d:
    case GDK_KEY_D:
      action_cb (GTK_WIDGET (self), "presentation.palette", NULL);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      action_cb (GTK_WIDGET (self), "presentation.larger", NULL);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      action_cb (GTK_WIDGET (self), "presentation.smaller", NULL);
      return TRUE;
    case GDK_KEY_n:
    case GDK_KEY_N:
      wk_presentation_ask_privacy_off (self);
      return TRUE;
    case GDK_KEY_r:
    case GDK_KEY_R:
      if (network)
        _wk_presentation_start_relation (self);
      return TRUE;
    case GDK_KEY_p:
    case GDK_KEY_P:
      if (!network)
        _wk_presentation_start_pin (self);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The controls show while the pointer moves, and hide when it rests. */
static gboolean
controls_hide_cb (gpointer user_data)
{
  WkPresentation *self = user_data;

  self->controls_timeout = 0;
  gtk_revealer_set_reveal_child (self->controls_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           WkPresentation           *self)
{
  gtk_revealer_set_reveal_child (self->controls_revealer, TRUE);
  g_clear_handle_id (&self->controls_timeout, g_source_remove);
  self->controls_timeout = g_timeout_add (CONTROLS_HIDE_MS, controls_hide_cb, self);
}

/* Once it shows, the presentation takes the keyboard: a window manager
 * that keeps focus where the user last typed would otherwise leave F5's
 * window with the keys. */
static void
surface_height_cb (GdkSurface     *surface,
                   GParamSpec     *pspec,
                   WkPresentation *self)
{
  _wk_presentation_queue_place_caption (self);
}

static void
map_cb (GtkWidget      *widget,
        WkPresentation *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  gtk_window_present (GTK_WINDOW (self));
  if (!self->watching_surface)
    {
      g_signal_connect_object (surface, "notify::height", G_CALLBACK (surface_height_cb), self, 0);
      self->watching_surface = TRUE;
    }
}

/* Public -------------------------------------------------------------------- */

/**
 * wk_presentation_new:
 * @state: what to show first: the page, its filters and place
 * @map_base: (nullable): a map view whose base map (image or tiles) to show
 */
WkPresentation *
wk_presentation_new (WkStore           *store,
                     WkWijk            *wijk,
                     const WkViewState *state,
                     WkMapView         *map_base)
{
  WkPresentation *self;

  g_return_val_if_fail (WK_IS_STORE (store), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);
  g_return_val_if_fail (state != NULL, NULL);

  self = g_object_new (WK_TYPE_PRESENTATION, NULL);
  self->store = g_object_ref (store);
  self->wijk = g_object_ref (wijk);
  self->views = g_object_ref (wk_store_get_saved_views (store, wijk));
  self->network_state = wk_view_state_new ("network");
  self->network_state->initiatives = state->initiatives;
  _wk_presentation_load_network (self);
  _wk_presentation_load_map (self, map_base);
  apply_state (self, state);
  return self;
}

/**
 * wk_presentation_start:
 * @monitor: (nullable): the projector; NULL for the window's own monitor
 */
void
wk_presentation_start (WkPresentation *self,
                       GdkMonitor     *monitor)
{
  g_return_if_fail (WK_IS_PRESENTATION (self));

  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
#ifdef GDK_WINDOWING_X11
  /* started by a key press or click in the main window: a window manager
   * that prevents focus stealing would otherwise leave the keys there */
  gtk_widget_realize (GTK_WIDGET (self));
  {
    GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

    if (GDK_IS_X11_SURFACE (surface))
      gdk_x11_surface_set_user_time (surface, gdk_x11_display_get_user_time (gdk_surface_get_display (surface)));
  }
#endif
  gtk_window_present (GTK_WINDOW (self));
}

const char *
wk_presentation_get_page (WkPresentation *self)
{
  const char *visible;

  g_return_val_if_fail (WK_IS_PRESENTATION (self), "network");

  visible = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (visible, "empty") == 0)
    return gtk_widget_get_visible (GTK_WIDGET (self->map_legend)) ? "map" : "network";
  return g_strcmp0 (visible, "map") == 0 ? "map" : "network";
}

/**
 * wk_presentation_get_tour_step:
 * @n_steps: (out) (optional): how many steps the tour has
 *
 * Returns: the step shown, from 0, or -1 for the whole network
 */
int
wk_presentation_get_tour_step (WkPresentation *self,
                               guint          *n_steps)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), -1);

  if (n_steps != NULL)
    *n_steps = self->tour != NULL ? self->tour->len : 0;
  return self->tour_step;
}

/* Returns: whether the network's analysis is done, so the tour can start */
gboolean
wk_presentation_is_ready (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), FALSE);
  return self->network == NULL || self->tour != NULL;
}

WkNetworkView *
wk_presentation_get_network_view (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), NULL);
  return self->network_view;
}

WkMapView *
wk_presentation_get_map_view (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), NULL);
  return self->map_view;
}

GtkWidget *
wk_presentation_get_draft_entry (WkPresentation *self)
{
  g_return_val_if_fail (WK_IS_PRESENTATION (self), NULL);
  return self->draft_entry;
}

/* GObject ------------------------------------------------------------------- */

static void
wk_presentation_dispose (GObject *object)
{
  WkPresentation *self = WK_PRESENTATION (object);

  g_clear_handle_id (&self->controls_timeout, g_source_remove);
  g_clear_handle_id (&self->caption_timeout, g_source_remove);
  g_clear_handle_id (&self->place_caption_idle, g_source_remove);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_PRESENTATION);

  G_OBJECT_CLASS (wk_presentation_parent_class)->dispose (object);
}

static void
wk_presentation_finalize (GObject *object)
{
  WkPresentation *self = WK_PRESENTATION (object);

  g_clear_object (&self->analysis);
  g_clear_object (&self->network);
  g_clear_object (&self->views);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_pointer (&self->network_state, wk_view_state_free);
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->tour, g_array_unref);
  g_clear_pointer (&self->hidden_categories, g_hash_table_unref);

  G_OBJECT_CLASS (wk_presentation_parent_class)->finalize (object);
}

static void
wk_presentation_class_init (WkPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "presentation.privacy", "presentation.capture", "presentation.palette", "presentation.smaller",
    "presentation.larger", "presentation.end", "presentation.undo", "presentation.redo",
  };

  object_class->dispose = wk_presentation_dispose;
  object_class->finalize = wk_presentation_finalize;

  g_type_ensure (WK_TYPE_NETWORK_VIEW);
  g_type_ensure (WK_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, overlay);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, stack);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, network_view);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, map_view);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, toolbar);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, controls_revealer);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, privacy_button);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, privacy_icon);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, privacy_label);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, capture_button);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, caption_box);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, caption_title);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, caption_detail);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, step_label);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, hint_label);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, map_legend);
  gtk_widget_class_bind_template_child (widget_class, WkPresentation, blank_box);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, action_cb);
}

static void
wk_presentation_init (WkPresentation *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "wk-presentation");
  /* no frame, no shadow and no resize border: the picture fills the screen */
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  self->view_index = -1;
  self->tour_step = -1;
  self->capture_first = -1;

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  _wk_presentation_init_network (self);
  _wk_presentation_init_map (self);
  set_privacy (self, TRUE);
  wk_presentation_set_palette (self, WK_PALETTE_PROJECTOR_LIGHT);
  wk_presentation_set_label_size (self, 2.);
}

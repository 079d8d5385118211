/* wk-map-view-input.c: the map view's pointer and keys: click, drag, pan, zoom, hover
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Input runs in the capture phase, before libshumate's own gestures: a
 * press on a pin is ours (click to edit, drag to move); elsewhere the web
 * map pans as usual, and a click without movement places a pin while
 * placing.
 */
#include <math.h>

#include "wk-map-view-private.h"

#define DRAG_THRESHOLD 4.0

/* Input -------------------------------------------------------------------- */

static int
hit (WkMapView *self,
     double     x,
     double     y)
{
  _wk_map_view_project_marks (self);
  return wk_map_renderer_hit (self->renderer, (const WkMapMark *) self->marks->data,
                              self->marks->len, x, y);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               WkMapView      *self)
{
  self->press_x = x;
  self->press_y = y;
  self->drag_dx = self->drag_dy = 0;
  self->dragging = FALSE;
  self->panning = FALSE;
  self->drag_entry = hit (self, x, y);

  if (self->drag_entry >= 0)
    {
      const WkMapMark *mark = &g_array_index (self->marks, WkMapMark, self->drag_entry);

      self->grab_dx = mark->x - x;
      self->grab_dy = mark->y - y;
      /* ours, not the web map's pan */
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
  else if (self->simple_map != NULL)
    {
      /* the web map pans; a click without movement still places a pin */
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
    }
  else
    {
      self->pan_ox = self->ox;
      self->pan_oy = self->oy;
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                WkMapView      *self)
{
  if (!self->dragging && !self->panning && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  if (self->drag_entry >= 0)
    {
      self->dragging = TRUE;
      self->drag_dx = dx;
      self->drag_dy = dy;
    }
  else if (self->image != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      self->panning = TRUE;
      self->ox = self->pan_ox + dx;
      self->oy = self->pan_oy + dy;
      _wk_map_view_clamp_image (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             WkMapView      *self)
{
  int entry = self->drag_entry;

  if (entry >= 0 && entry < (int) self->entries->len)
    {
      WkPin *pin = g_array_index (self->entries, Entry, entry).pin;
      g_autoptr(WkPin) keep = g_object_ref (pin);
      double x, y;

      wk_map_view_get_pin_position (self, pin, &x, &y);
      if (self->dragging)
        {
          self->dragging = FALSE;
          self->drag_entry = -1;
          g_signal_emit (self, _wk_map_view_signals[PIN_DRAGGED], 0, keep,
                         self->press_x + dx + self->grab_dx, self->press_y + dy + self->grab_dy);
        }
      else
        {
          self->drag_entry = -1;
          g_signal_emit (self, _wk_map_view_signals[PIN_ACTIVATED], 0, keep, x, y);
        }
    }
  else if (!self->panning && self->image != NULL && self->placing)
    g_signal_emit (self, _wk_map_view_signals[PLACE_CHOSEN], 0, self->press_x, self->press_y);
  else if (self->panning)
    g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);

  self->drag_entry = -1;
  self->dragging = FALSE;
  self->panning = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* On a web map the drag above is denied where there is no pin, so that the
 * map pans; a click (a press and release without a pan) places the pin. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   WkMapView       *self)
{
  if (self->simple_map == NULL || !self->placing || n_press != 1)
    return;
  if (hypot (x - self->press_x, y - self->press_y) >= DRAG_THRESHOLD || hit (self, x, y) >= 0)
    return;
  g_signal_emit (self, _wk_map_view_signals[PLACE_CHOSEN], 0, x, y);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  WkMapView       *self)
{
  self->press_x = x;
  self->press_y = y;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WkMapView                *self)
{
  double x, y;
  GdkEvent *event;

  if (self->image == NULL)
    return FALSE;
  event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  if (event == NULL || !gdk_event_get_position (event, &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  else
    {
      /* event coordinates are the surface's: into ours */
      graphene_point_t in = GRAPHENE_POINT_INIT (x, y), out;
      GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
      double nx, ny;

      gtk_native_get_surface_transform (native, &nx, &ny);
      in.x -= nx;
      in.y -= ny;
      if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self), &in, &out))
        {
          x = out.x;
          y = out.y;
        }
    }
  _wk_map_view_zoom_image_at (self, pow (1.2, -dy), x, y);
  g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WkMapView                *self)
{
  int entry = self->dragging ? self->hover : hit (self, x, y);

  if (entry != self->hover)
    {
      self->hover = entry;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       entry >= 0 ? "pointer" : self->placing ? "crosshair" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  WkMapView  *self)
{
  int entry = hit (self, x, y);

  if (entry < 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, g_array_index (self->entries, Entry, entry).label);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WkMapView             *self)
{
  const double step = 80;

  switch (keyval)
    {
    case GDK_KEY_Left:
      wk_map_view_pan_by (self, step, 0);
      return TRUE;
    case GDK_KEY_Right:
      wk_map_view_pan_by (self, -step, 0);
      return TRUE;
    case GDK_KEY_Up:
      wk_map_view_pan_by (self, 0, step);
      return TRUE;
    case GDK_KEY_Down:
      wk_map_view_pan_by (self, 0, -step);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      wk_map_view_zoom_by (self, 1.5);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      wk_map_view_zoom_by (self, 1 / 1.5);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The pointer and keys; called from wk_map_view_init. */
void
_wk_map_view_init_input (WkMapView *self)
{
  GtkGesture *drag, *click;
  GtkEventController *controller;

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  drag = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

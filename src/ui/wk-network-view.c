/* wk-network-view.c: the network diagram, drawn natively, to click, hover, drag and zoom
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The view draws with the same WkRenderer as the exports, inside
 * gtk_snapshot_append_cairo(), so a printed diagram is what was on screen.
 * It keeps a view transform (scale and offset from drawing coordinates to
 * the widget) and turns pointer and keyboard input into selection, hover,
 * moves and zoom:
 *
 *   - a click on a node selects it and emits ::node-activated (the page
 *     opens the card); on the background it clears the selection;
 *   - dragging a node moves it and pins it (::node-moved at the end);
 *     dragging the background pans;
 *   - the wheel and a pinch zoom around the pointer; Ctrl+0 fits;
 *   - Tab and Shift+Tab go through the nodes by name, Enter activates.
 *
 * Its drawing is in wk-network-view-draw.c, its transform (fit, zoom,
 * place) in wk-network-view-place.c.
 */
#include <glib/gi18n.h>
#include <math.h>

#include "wk-network-view-private.h"

enum {
  NODE_ACTIVATED,
  NODE_MOVED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WkNetworkView, wk_network_view, GTK_TYPE_WIDGET)

static int
node_at (WkNetworkView *self,
         double         x,
         double         y)
{
  double dx, dy;

  if (self->renderer == NULL)
    return -1;
  _wk_network_view_to_drawing (self, x, y, &dx, &dy);
  return wk_renderer_node_at (self->renderer, &self->options, dx, dy);
}

static void
update_accessible (WkNetworkView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *node = NULL;

  if (self->renderer != NULL && self->options.selected >= 0)
    node = wk_renderer_dup_node_text (self->renderer, &self->options, self->options.selected);
  label = g_strdup_printf (ngettext ("Network diagram, %u node", "Network diagram, %u nodes", _wk_network_view_n_nodes (self)),
                           _wk_network_view_n_nodes (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, node != NULL ? node : "",
                                  -1);
}

static void
wk_network_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 120;
  *natural = 600;
}

/* Selection and hover ----------------------------------------------------- */

void
wk_network_view_select (WkNetworkView *self,
                        int            index)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (index >= (int) _wk_network_view_n_nodes (self))
    index = -1;
  if (self->options.selected == index)
    return;
  self->options.selected = index;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

int
wk_network_view_get_selected (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), -1);
  return self->options.selected;
}

int
wk_network_view_get_hovered (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), -1);
  return self->options.highlight;
}

static void
set_hover (WkNetworkView *self,
           int            index)
{
  if (self->spotlight >= 0 || self->emphasis != NULL)
    index = -1;   /* the tour's highlight stays */
  if (self->options.highlight == index)
    return;
  self->options.highlight = index;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), index >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           WkNetworkView            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->drag_node < 0)
    set_hover (self, node_at (self, x, y));
}

static void
leave_cb (GtkEventControllerMotion *motion,
          WkNetworkView            *self)
{
  if (self->drag_node < 0)
    set_hover (self, -1);
}

/* Dragging, clicking ------------------------------------------------------ */

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               WkNetworkView  *self)
{
  self->dragged = FALSE;
  self->drag_node = node_at (self, x, y);
  if (self->drag_node >= 0)
    {
      WkNetworkNode *node = wk_network_get_node (self->network, self->drag_node);

      self->drag_start_x = node->x;
      self->drag_start_y = node->y;
    }
  else
    {
      self->drag_start_x = self->offset_x;
      self->drag_start_y = self->offset_y;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          off_x,
                double          off_y,
                WkNetworkView  *self)
{
  if (!self->dragged && hypot (off_x, off_y) < CLICK_SLOP)
    return;
  self->dragged = TRUE;
  self->fitted = FALSE;   /* what the pointer holds stays under it */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  if (self->drag_node >= 0)
    {
      WkNetworkNode *node = wk_network_get_node (self->network, self->drag_node);

      /* drawing y runs down, Graphviz's up */
      node->x = self->drag_start_x + off_x / self->scale;
      node->y = self->drag_start_y - off_y / self->scale;
      node->has_position = TRUE;
      node->pinned = TRUE;
    }
  else
    {
      self->offset_x = self->drag_start_x + off_x;
      self->offset_y = self->drag_start_y + off_y;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          off_x,
             double          off_y,
             WkNetworkView  *self)
{
  int node = self->drag_node;

  self->drag_node = -1;
  if (self->dragged)
    {
      self->dragged = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      if (node >= 0)
        g_signal_emit (self, signals[NODE_MOVED], 0, node);
      return;
    }

  /* a click */
  wk_network_view_select (self, node);
  if (node >= 0)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, node);
}

static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           WkNetworkView            *self)
{
  if (dy == 0)
    return FALSE;
  wk_network_view_zoom (self, pow (1.15, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               WkNetworkView    *self)
{
  self->zoom_start_scale = self->scale;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       WkNetworkView  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  wk_network_view_zoom (self, self->zoom_start_scale * scale / self->scale, x, y);
}

/* Keyboard ---------------------------------------------------------------- */

static int
compare_labels (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  WkNetworkView *self = user_data;
  g_autofree char *ta = wk_renderer_dup_node_text (self->renderer, &self->options, *(const guint *) a);
  g_autofree char *tb = wk_renderer_dup_node_text (self->renderer, &self->options, *(const guint *) b);
  g_autofree char *ka = g_utf8_collate_key (ta, -1);
  g_autofree char *kb = g_utf8_collate_key (tb, -1);
  int result = strcmp (ka, kb);

  return result != 0 ? result : (int) *(const guint *) a - (int) *(const guint *) b;
}

/* The next visible node by name after the selected one (@step 1 or -1). */
static int
next_node (WkNetworkView *self,
           int            step)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint at = 0;

  for (guint i = 0; i < _wk_network_view_n_nodes (self); i++)
    if (self->visible == NULL || self->visible[i])
      g_array_append_val (order, i);
  if (order->len == 0)
    return -1;
  g_array_sort_with_data (order, compare_labels, self);
  if (self->options.selected < 0)
    return g_array_index (order, guint, step > 0 ? 0 : order->len - 1);
  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, guint, i) == (guint) self->options.selected)
      at = i;
  return g_array_index (order, guint, (at + order->len + step) % order->len);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WkNetworkView         *self)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (control || _wk_network_view_n_nodes (self) == 0)
        return FALSE;   /* Ctrl+Tab leaves the diagram */
      wk_network_view_select (self, next_node (self, keyval == GDK_KEY_ISO_Left_Tab ||
                                                     (state & GDK_SHIFT_MASK) ? -1 : 1));
      wk_network_view_center_on (self, self->options.selected);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (self->options.selected < 0)
        return FALSE;
      g_signal_emit (self, signals[NODE_ACTIVATED], 0, self->options.selected);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      if (!control)
        return FALSE;
      wk_network_view_fit (self);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      wk_network_view_zoom (self, 1.25, width / 2., height / 2.);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      wk_network_view_zoom (self, 0.8, width / 2., height / 2.);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      self->fitted = FALSE;
      self->offset_x += keyval == GDK_KEY_Left ? 40 : keyval == GDK_KEY_Right ? -40 : 0;
      self->offset_y += keyval == GDK_KEY_Up ? 40 : keyval == GDK_KEY_Down ? -40 : 0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

/* Content ------------------------------------------------------------------ */

static void
reset_arrays (WkNetworkView *self)
{
  g_clear_pointer (&self->visible, g_free);
  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->communities, g_free);
  g_clear_pointer (&self->emphasis, g_free);
  self->spotlight = -1;
  self->options.visible = NULL;
  self->options.node_metric = NULL;
  self->options.communities = NULL;
}

/**
 * wk_network_view_set_network:
 * @network: (nullable): what to show; its node positions are moved in place
 *   when the user drags a node
 * @keep_view: keep zoom and position (the same wijk, drawn again after an
 *   edit); otherwise the whole network is fitted in
 */
void
wk_network_view_set_network (WkNetworkView *self,
                             WkNetwork     *network,
                             gboolean       keep_view)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  g_return_if_fail (network == NULL || WK_IS_NETWORK (network));

  g_set_object (&self->network, network);
  g_clear_object (&self->renderer);
  _wk_network_view_invalidate_drawing (self);
  if (network != NULL)
    self->renderer = wk_renderer_new (network);
  reset_arrays (self);
  self->options.selected = -1;
  self->options.highlight = -1;
  self->drag_node = -1;
  if (!keep_view)
    wk_network_view_fit (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

WkNetwork *
wk_network_view_get_network (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), NULL);
  return self->network;
}

/**
 * wk_network_view_get_renderer:
 *
 * Returns: (transfer none) (nullable): what draws the view
 */
WkRenderer *
wk_network_view_get_renderer (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), NULL);
  return self->renderer;
}

/* What the view draws with: an export with the same options is the same
 * picture (the hover and the selection aside). */
const WkRenderOptions *
wk_network_view_get_render_options (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), NULL);
  return &self->options;
}

static gpointer
copy_per_node (WkNetworkView *self,
               gconstpointer  values,
               gsize          size)
{
  return values != NULL && _wk_network_view_n_nodes (self) > 0 ? g_memdup2 (values, size * _wk_network_view_n_nodes (self)) : NULL;
}

void
wk_network_view_set_show_legend (WkNetworkView *self,
                                 gboolean       show)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);
  self->show_legend = show;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The network's nodes were moved in place (a layout): draw them again. */
void
wk_network_view_positions_changed (WkNetworkView *self)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @visible: (nullable) (array): one per node, or %NULL for all; copied */
void
wk_network_view_set_visible_nodes (WkNetworkView  *self,
                                   const gboolean *visible)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);

  g_free (self->visible);
  self->visible = copy_per_node (self, visible, sizeof (gboolean));
  self->options.visible = self->visible;
  if (self->options.selected >= 0 && self->visible != NULL && !self->visible[self->options.selected])
    wk_network_view_select (self, -1);
  if (self->options.highlight >= 0 && self->visible != NULL && !self->visible[self->options.highlight])
    self->options.highlight = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Draws only the relations of @relation_type (a key; NULL: all) that are
 * at least @min_strength strong. */
void
wk_network_view_set_relation_filter (WkNetworkView *self,
                                     const char    *relation_type,
                                     int            min_strength)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  _wk_network_view_invalidate_drawing (self);
  g_free (self->relation_type);
  self->relation_type = g_strdup (relation_type);
  self->options.relation_type = self->relation_type;
  self->options.min_strength = min_strength;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @metric: (nullable) (array): sizes the nodes (betweenness), or %NULL; copied */
void
wk_network_view_set_node_metric (WkNetworkView *self,
                                 const double  *metric)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);

  g_free (self->metric);
  self->metric = copy_per_node (self, metric, sizeof (double));
  self->options.node_metric = self->metric;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @communities: (nullable) (array): one per node, or %NULL; copied */
void
wk_network_view_set_communities (WkNetworkView   *self,
                                 const int       *communities,
                                 WkCommunityMode  mode)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);

  g_free (self->communities);
  self->communities = copy_per_node (self, communities, sizeof (int));
  self->options.communities = self->communities;
  self->options.community_mode = mode;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
wk_network_view_set_hide_personal (WkNetworkView *self,
                                   gboolean       hide)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));
  _wk_network_view_invalidate_drawing (self);

  self->options.hide_personal_data = hide;
  if (self->renderer != NULL)
    wk_renderer_invalidate (self->renderer);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Presentation mode ------------------------------------------------------ */

void
wk_network_view_set_palette (WkNetworkView *self,
                             WkPaletteKind  palette)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (self->options.palette == palette)
    return;
  self->options.palette = palette;
  _wk_network_view_invalidate_drawing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wk_network_view_set_label_size:
 * @size: 1–3: labels and the legend this many times their usual size, for a
 *   projector
 */
void
wk_network_view_set_label_size (WkNetworkView *self,
                                double         size)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  size = CLAMP (size, 1., 3.);
  if (self->label_size == size)
    return;
  self->label_size = size;
  self->legend_scale = size;
  _wk_network_view_invalidate_drawing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @declutter: leave out the labels that would cover a more central node's,
 * for a projector; what a highlight shows keeps its labels */
void
wk_network_view_set_declutter_labels (WkNetworkView *self,
                                      gboolean       declutter)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (self->options.declutter_labels == !!declutter)
    return;
  self->options.declutter_labels = !!declutter;
  _wk_network_view_invalidate_drawing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wk_network_view_set_spotlight:
 * @node: the node that stands out with its neighbours, or -1
 * @members: (nullable): per node, 1 for the nodes that stand out (a
 *   community), when @node is -1; copied
 *
 * A highlight that hover does not change: a step of a tour. The cached
 * drawing is kept, so a step only draws what stands out over it.
 */
void
wk_network_view_set_spotlight (WkNetworkView *self,
                               int            node,
                               const guint8  *members)
{
  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  g_clear_pointer (&self->emphasis, g_free);
  self->spotlight = node >= 0 && (guint) node < _wk_network_view_n_nodes (self) ? node : -1;
  if (self->spotlight < 0 && members != NULL && _wk_network_view_n_nodes (self) > 0)
    self->emphasis = g_memdup2 (members, _wk_network_view_n_nodes (self));
  self->options.highlight = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wk_network_view_get_spotlight_bounds:
 * @bounds: (out): where the spotlight's nodes and their labels are drawn,
 *   in the view's coordinates
 *
 * Returns: %FALSE when nothing is in the spotlight
 */
gboolean
wk_network_view_get_spotlight_bounds (WkNetworkView   *self,
                                      graphene_rect_t *bounds)
{
  WkRenderOptions options;
  WkRect rect;

  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  graphene_rect_init (bounds, 0, 0, 0, 0);
  if (self->renderer == NULL || (self->spotlight < 0 && self->emphasis == NULL))
    return FALSE;
  options = self->options;
  options.highlight = self->spotlight;
  options.emphasis = self->emphasis;
  if (!wk_renderer_get_highlight_bounds (self->renderer, &options, &rect))
    return FALSE;
  graphene_rect_init (bounds, rect.x * self->scale + self->offset_x, rect.y * self->scale + self->offset_y,
                      rect.width * self->scale, rect.height * self->scale);
  return TRUE;
}

/* GObject ------------------------------------------------------------------ */

static void
wk_network_view_dispose (GObject *object)
{
  WkNetworkView *self = WK_NETWORK_VIEW (object);

  _wk_network_view_invalidate_drawing (self);
  g_clear_object (&self->renderer);
  g_clear_object (&self->network);
  g_clear_pointer (&self->relation_type, g_free);
  self->options.relation_type = NULL;
  reset_arrays (self);

  G_OBJECT_CLASS (wk_network_view_parent_class)->dispose (object);
}

static void
wk_network_view_class_init (WkNetworkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_network_view_dispose;
  widget_class->snapshot = _wk_network_view_snapshot;
  widget_class->measure = wk_network_view_measure;
  widget_class->size_allocate = _wk_network_view_size_allocate;

  /**
   * WkNetworkView::node-activated:
   * @index: the node
   *
   * A node was clicked, or Enter pressed on it: open its card.
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * WkNetworkView::node-moved:
   * @index: the node, now pinned where it was dropped
   */
  signals[NODE_MOVED] = g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "wk-network-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wk_network_view_init (WkNetworkView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  wk_render_options_init (&self->options);
  self->options.selected = -1;
  self->options.highlight = -1;
  self->options.min_label_pixels = 6;
  self->spotlight = -1;
  self->label_size = 1.;
  self->legend_scale = 1.;
  self->scale = 1;
  self->drag_node = -1;
  self->needs_fit = TRUE;
  self->show_legend = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_accessible (self);
}

GtkWidget *
wk_network_view_new (void)
{
  return g_object_new (WK_TYPE_NETWORK_VIEW, NULL);
}

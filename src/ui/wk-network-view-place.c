/* wk-network-view-place.c: the network view's transform: the whole network fitted in, zoom, a place
 * SPDX-License-Identifier: EUPL-1.2
 *
 * widget = drawing × scale + offset. A view shows the whole network fitted
 * in beside the legend until the user zooms, pans or drags; a place (saved
 * in a view state) is kept relative to that fit, so it looks the same on a
 * laptop and on a projector.
 */
#include <math.h>

#include "wk-network-view-private.h"

void
_wk_network_view_to_drawing (WkNetworkView *self,
                             double         x,
                             double         y,
                             double        *dx,
                             double        *dy)
{
  *dx = (x - self->offset_x) / self->scale;
  *dy = (y - self->offset_y) / self->scale;
}

/* The transform that shows the whole network in a view of @width ×
 * @height, beside the legend. A place is kept relative to it: its zoom
 * against this scale, its point against this centre, so that a network
 * fitted on the laptop is fitted on the projector too. */
typedef struct
{
  double scale;      /* widget pixels per drawing unit */
  double centre_x;   /* the widget point the network's middle goes to */
  double centre_y;
  double middle_x;   /* the network's middle, in drawing units */
  double middle_y;
} Fit;

static void
compute_fit (WkNetworkView *self,
             int            width,
             int            height,
             Fit           *fit)
{
  double left = 0, sx, sy;
  WkRect bounds;

  *fit = (Fit) { 1., width / 2., height / 2., 0., 0. };
  if (self->renderer == NULL || !wk_renderer_get_bounds (self->renderer, &self->options, &bounds) ||
      bounds.width <= 0 || bounds.height <= 0)
    return;

  /* the legend stands in the bottom left corner: keep the network beside it */
  if (self->show_legend)
    {
      WkRenderOptions legend = self->options;
      double legend_width = 0, legend_height = 0;

      legend.label_scale = self->legend_scale;
      wk_renderer_measure_legend (self->renderer, &legend, height - 2 * LEGEND_MARGIN,
                                  &legend_width, &legend_height);
      if (legend_width > 0 && legend_width < width / 3.)
        left = legend_width + LEGEND_MARGIN;
    }
  sx = (width - left - 2 * FIT_MARGIN) / bounds.width;
  sy = (height - 2 * FIT_MARGIN) / bounds.height;
  /* a projector's larger text may be zoomed in further */
  fit->scale = CLAMP (MIN (sx, sy), MIN_SCALE, 1.5 * self->label_size);
  fit->centre_x = left + (width - left) / 2.;
  fit->middle_x = bounds.x + bounds.width / 2.;
  fit->middle_y = bounds.y + bounds.height / 2.;
}

void
wk_network_view_fit (WkNetworkView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  Fit fit;

  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (width <= 0 || height <= 0)
    {
      self->needs_fit = TRUE;   /* once it has a size */
      return;
    }
  self->needs_fit = FALSE;
  self->fitted = TRUE;
  compute_fit (self, width, height, &fit);
  self->scale = fit.scale;
  self->offset_x = fit.centre_x - fit.middle_x * fit.scale;
  self->offset_y = fit.centre_y - fit.middle_y * fit.scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A new size keeps the place: the same point in the middle at the same
 * zoom relative to the whole network, as on a projector after the laptop. */
void
_wk_network_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  WkNetworkView *self = WK_NETWORK_VIEW (widget);

  if (self->last_width > 0 && self->last_height > 0 && (width != self->last_width || height != self->last_height) &&
      !self->needs_fit && !self->place_pending && !self->fitted && self->renderer != NULL)
    {
      Fit old, fit;
      double x, y;

      compute_fit (self, self->last_width, self->last_height, &old);
      compute_fit (self, width, height, &fit);
      _wk_network_view_to_drawing (self, old.centre_x, old.centre_y, &x, &y);
      self->scale = CLAMP (self->scale / old.scale * fit.scale, MIN_SCALE, MAX_SCALE);
      self->offset_x = fit.centre_x - x * self->scale;
      self->offset_y = fit.centre_y - y * self->scale;
    }
  self->last_width = width;
  self->last_height = height;
}

/* Zooms by @factor keeping the point (@x, @y) of the widget where it is. */
void
wk_network_view_zoom (WkNetworkView *self,
                      double         factor,
                      double         x,
                      double         y)
{
  double scale, dx, dy;

  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  scale = CLAMP (self->scale * factor, MIN_SCALE, MAX_SCALE);
  _wk_network_view_to_drawing (self, x, y, &dx, &dy);
  self->fitted = FALSE;
  self->scale = scale;
  self->offset_x = x - dx * scale;
  self->offset_y = y - dy * scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
wk_network_view_get_scale (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), 1);
  return self->scale;
}

/* Where node @index is drawn in the widget. */
gboolean
wk_network_view_node_to_widget (WkNetworkView *self,
                                int            index,
                                double        *x,
                                double        *y)
{
  WkNetworkNode *node;

  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), FALSE);

  if (index < 0 || (guint) index >= _wk_network_view_n_nodes (self))
    return FALSE;
  node = wk_network_get_node (self->network, index);
  if (!node->has_position)
    return FALSE;
  *x = node->x * self->scale + self->offset_x;
  *y = -node->y * self->scale + self->offset_y;
  return TRUE;
}

void
wk_network_view_center_on (WkNetworkView *self,
                           int            index)
{
  double x, y;

  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (!wk_network_view_node_to_widget (self, index, &x, &y))
    return;
  self->fitted = FALSE;
  self->offset_x += gtk_widget_get_width (GTK_WIDGET (self)) / 2. - x;
  self->offset_y += gtk_widget_get_height (GTK_WIDGET (self)) / 2. - y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: whether the view shows the whole network, fitted in, as it does
 * until the user zooms, pans or drags */
gboolean
wk_network_view_is_fitted (WkNetworkView *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_VIEW (self), FALSE);
  return self->fitted || self->needs_fit;
}

/**
 * wk_network_view_get_place:
 * @x: (out): the drawing point at the centre of the view (beside the legend)
 * @y: (out):
 * @zoom: (out): the zoom, relative to the whole network fitted in (1): the
 *   same place then looks the same on a laptop and on a projector
 */
void
wk_network_view_get_place (WkNetworkView *self,
                           double        *x,
                           double        *y,
                           double        *zoom)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  Fit fit;

  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  compute_fit (self, width, height, &fit);
  _wk_network_view_to_drawing (self, fit.centre_x, fit.centre_y, x, y);
  *zoom = self->scale / fit.scale;
}

/* Shows the drawing point (@x, @y) in the middle, at @zoom (relative to
 * the whole network fitted in); a @zoom of 0 fits the whole network in. */
void
wk_network_view_set_place (WkNetworkView *self,
                           double         x,
                           double         y,
                           double         zoom)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  Fit fit;

  g_return_if_fail (WK_IS_NETWORK_VIEW (self));

  if (zoom <= 0 || !isfinite (zoom) || !isfinite (x) || !isfinite (y))
    {
      self->place_pending = FALSE;
      wk_network_view_fit (self);
      return;
    }
  if (width <= 0 || height <= 0)
    {
      self->place_pending = TRUE;
      self->pending_x = x;
      self->pending_y = y;
      self->pending_zoom = zoom;
      self->needs_fit = FALSE;
      return;
    }
  self->place_pending = FALSE;
  self->needs_fit = FALSE;
  self->fitted = FALSE;
  compute_fit (self, width, height, &fit);
  self->scale = CLAMP (zoom * fit.scale, MIN_SCALE, MAX_SCALE);
  self->offset_x = fit.centre_x - x * self->scale;
  self->offset_y = fit.centre_y - y * self->scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

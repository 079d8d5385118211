/* wk-network-view-draw.c: the network view's drawing, kept in render nodes from frame to frame
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The drawing without hover, selection and the dragged node is painted
 * once into an image; it, the same under the dim veil of a highlight, and
 * the legend are kept as render nodes, so GTK's diff redraws only what
 * changed around them: a hover or a step of a tour redraws the few
 * hundred pixels it touches.
 */
#include <math.h>

#include "wk-network-view-private.h"

void
_wk_network_view_invalidate_drawing (WkNetworkView *self)
{
  g_clear_pointer (&self->background, cairo_surface_destroy);
  g_clear_pointer (&self->background_node, gsk_render_node_unref);
  g_clear_pointer (&self->dimmed_node, gsk_render_node_unref);
  g_clear_pointer (&self->legend_node, gsk_render_node_unref);
}

/* The part of the drawing that hover and a drag do not change, in an
 * image: a frame then only draws the hovered or dragged node and its
 * relations over it, in a few milliseconds at 1,500 nodes, where the whole
 * drawing takes some 50 ms in cairo. The image is painted inside the cairo
 * node of the frame rather than given to GTK as a texture: GTK 4.8's cairo
 * renderer converts a memory texture pixel by pixel on every frame, some
 * 20 ms for a projector's 1920×1080. */
static cairo_surface_t *
render_background (WkNetworkView *self,
                   int            width,
                   int            height)
{
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  const WkScheme *scheme = wk_palette_get_scheme (self->options.palette);
  WkRenderOptions options = self->options;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale_factor, height * scale_factor);
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  cairo_set_source_rgba (cr, scheme->background.red, scheme->background.green,
                         scheme->background.blue, scheme->background.alpha);
  cairo_paint (cr);

  options.layer = WK_RENDER_LAYER_BACKGROUND;
  options.foreground = self->drag_node >= 0 && self->dragged ? self->drag_node : -1;
  options.highlight = -1;
  options.selected = -1;
  cairo_save (cr);
  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  wk_renderer_draw (self->renderer, cr, &options);
  cairo_restore (cr);

  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The cached drawing, or with @veil over it: what a highlight dims, in one
 * picture rather than two layers, so that entering and leaving a tour
 * paints the screen once. */
static GskRenderNode *
background_node (WkNetworkView *self,
                 int            width,
                 int            height,
                 const WkColor *veil)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *surface = self->background;
  cairo_t *cr;

  if (veil != NULL)
    {
      double sx, sy;

      cairo_surface_get_device_scale (self->background, &sx, &sy);
      surface = cairo_surface_create_similar_image (self->background, CAIRO_FORMAT_ARGB32,
                                                    cairo_image_surface_get_width (self->background),
                                                    cairo_image_surface_get_height (self->background));
      cairo_surface_set_device_scale (surface, sx, sy);
      cr = cairo_create (surface);
      cairo_set_source_surface (cr, self->background, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      wk_color_set_source (cr, veil, 1.);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  if (surface != self->background)
    cairo_surface_destroy (surface);
  return gtk_snapshot_free_to_node (snapshot);
}

/* The highlight, the selection and the dragged node, in a node no larger
 * than what they cover: a step of a tour or a hover then redraws that much
 * of the window, not all of it. */
static void
append_foreground (WkNetworkView         *self,
                   GtkSnapshot           *snapshot,
                   const WkRenderOptions *options,
                   int                    width,
                   int                    height)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &(cairo_rectangle_t) { 0, 0, width, height });
  cairo_t *cr = cairo_create (recording);
  double x, y, w, h;

  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  wk_renderer_draw (self->renderer, cr, options);
  cairo_destroy (cr);

  cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
  if (w > 0 && h > 0)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (floor (x), floor (y), ceil (x + w) - floor (x),
                                                   ceil (y + h) - floor (y));

      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (recording);
}

static GskRenderNode *
legend_node (WkNetworkView         *self,
             const WkRenderOptions *view_options,
             int                    height)
{
  WkRenderOptions options = *view_options;
  double legend_width, legend_height;
  GtkSnapshot *snapshot;
  cairo_t *cr;

  options.label_scale = self->legend_scale;
  wk_renderer_measure_legend (self->renderer, &options, height - 2 * LEGEND_MARGIN, &legend_width, &legend_height);
  if (legend_width <= 0 || legend_width >= gtk_widget_get_width (GTK_WIDGET (self)) - 2 * LEGEND_MARGIN)
    return NULL;
  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (LEGEND_MARGIN, height - LEGEND_MARGIN - legend_height,
                                                                 ceil (legend_width), ceil (legend_height)));
  cairo_translate (cr, LEGEND_MARGIN, height - LEGEND_MARGIN - legend_height);
  wk_renderer_draw_legend (self->renderer, cr, &options, height - 2 * LEGEND_MARGIN);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

void
_wk_network_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  WkNetworkView *self = WK_NETWORK_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int foreground;
  double label_scale;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  if (self->place_pending)
    wk_network_view_set_place (self, self->pending_x, self->pending_y, self->pending_zoom);
  /* still showing the whole network, after a change of size, of the
   * drawing (node sizes, filters) or of the legend beside it */
  if (self->needs_fit || (self->fitted && (self->background == NULL || width != self->cached_width ||
                                           height != self->cached_height)))
    wk_network_view_fit (self);

  if (self->renderer == NULL)
    {
      const WkScheme *scheme = wk_palette_get_scheme (self->options.palette);

      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_set_source_rgba (cr, scheme->background.red, scheme->background.green,
                             scheme->background.blue, scheme->background.alpha);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  /* zoomed out, labels keep a readable size on screen (up to 3×), times
   * the label size of a presentation; in steps, so that zooming does not
   * lay out every label each frame */
  label_scale = CLAMP (round (4. * self->label_size / self->scale) / 4., 1., 3.);
  foreground = self->drag_node >= 0 && self->dragged ? self->drag_node : -1;
  if (self->background != NULL &&
      (self->cached_scale != self->scale || self->cached_x != self->offset_x ||
       self->cached_y != self->offset_y || self->cached_width != width || self->cached_height != height ||
       self->cached_foreground != foreground || self->options.label_scale != label_scale))
    _wk_network_view_invalidate_drawing (self);
  self->options.label_scale = label_scale;
  if (self->background == NULL)
    {
      self->background = render_background (self, width, height);
      self->cached_scale = self->scale;
      self->cached_x = self->offset_x;
      self->cached_y = self->offset_y;
      self->cached_width = width;
      self->cached_height = height;
      self->cached_foreground = foreground;
    }
  {
    WkRenderOptions options = self->options;

    if (self->spotlight >= 0 || self->emphasis != NULL)
      {
        options.highlight = self->spotlight;
        options.emphasis = self->emphasis;
      }
    if ((options.highlight >= 0 && (guint) options.highlight < _wk_network_view_n_nodes (self)) || options.emphasis != NULL)
      {
        /* the veil wk_renderer_draw() would paint over the rest */
        const WkScheme *scheme = wk_palette_get_scheme (options.palette);
        WkColor veil = scheme->background;

        veil.alpha *= 1. - scheme->dim_alpha;
        if (self->dimmed_node == NULL)
          self->dimmed_node = background_node (self, width, height, &veil);
        gtk_snapshot_append_node (snapshot, self->dimmed_node);
      }
    else
      {
        if (self->background_node == NULL)
          self->background_node = background_node (self, width, height, NULL);
        gtk_snapshot_append_node (snapshot, self->background_node);
      }
    if (foreground >= 0 || options.highlight >= 0 || options.emphasis != NULL || options.selected >= 0)
      {
        options.layer = WK_RENDER_LAYER_TOP;
        options.foreground = foreground;
        append_foreground (self, snapshot, &options, width, height);
      }

    /* the legend over it all, never dimmed by a hover */
    if (self->show_legend)
      {
        if (self->legend_node == NULL)
          self->legend_node = legend_node (self, &options, height);
        if (self->legend_node != NULL)
          gtk_snapshot_append_node (snapshot, self->legend_node);
      }
  }
}

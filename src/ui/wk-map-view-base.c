/* wk-map-view-base.c: the map view's image base map: fitting, zooming, the cached picture, exports
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>

#include "wk-map-view-private.h"

#define MIN_IMAGE_SCALE_FACTOR 0.5   /* of the scale that fits the image */
#define MAX_IMAGE_SCALE 8.0
#define BASE_SETTLE_MS 150           /* after a pan or zoom, the base image is drawn sharp again */

/* The image base map -------------------------------------------------------- */

void
_wk_map_view_clamp_image (WkMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double shown_w, shown_h;

  if (self->image == NULL)
    return;
  shown_w = wk_map_image_get_width (self->image) * self->scale;
  shown_h = wk_map_image_get_height (self->image) * self->scale;
  /* keep at least a quarter of the map in view */
  self->ox = CLAMP (self->ox, MIN (0, width * 0.25 - shown_w), MAX (0, width * 0.75));
  self->oy = CLAMP (self->oy, MIN (0, height * 0.25 - shown_h), MAX (0, height * 0.75));
}

static double
fit_scale (WkMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->image == NULL || width <= 0 || height <= 0)
    return 1;
  return MIN (width / (double) wk_map_image_get_width (self->image),
              height / (double) wk_map_image_get_height (self->image));
}

void
wk_map_view_fit (WkMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->image == NULL)
    return;
  if (width <= 0 || height <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }
  self->fit_pending = FALSE;
  self->scale = fit_scale (self);
  self->ox = (width - wk_map_image_get_width (self->image) * self->scale) / 2;
  self->oy = (height - wk_map_image_get_height (self->image) * self->scale) / 2;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
}

void
_wk_map_view_zoom_image_at (WkMapView *self,
               double     factor,
               double     x,
               double     y)
{
  double fit = fit_scale (self);
  double scale = CLAMP (self->scale * factor, fit * MIN_IMAGE_SCALE_FACTOR, MAX (MAX_IMAGE_SCALE, fit));

  self->ox = x - (x - self->ox) * scale / self->scale;
  self->oy = y - (y - self->oy) * scale / self->scale;
  self->scale = scale;
  _wk_map_view_clamp_image (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wk_map_view_get_place:
 * @a: (out): a web map's latitude at the centre, or an image's x (0–1)
 * @b: (out): a web map's longitude at the centre, or an image's y (0–1)
 * @zoom: (out): a web map's zoom level, or how many times the scale that
 *   shows the whole image
 *
 * Returns: whether the view shows a map
 */
gboolean
wk_map_view_get_place (WkMapView *self,
                       double    *a,
                       double    *b,
                       double    *zoom)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);

  if (self->viewport != NULL)
    return wk_map_view_get_center (self, a, b, zoom);
  if (self->image == NULL || width <= 0 || height <= 0)
    return FALSE;
  *a = (width / 2. - self->ox) / self->scale / wk_map_image_get_width (self->image);
  *b = (height / 2. - self->oy) / self->scale / wk_map_image_get_height (self->image);
  *zoom = self->scale / fit_scale (self);
  return TRUE;
}

/* The other way round: shows the place wk_map_view_get_place() gave. */
void
wk_map_view_set_place (WkMapView *self,
                       double     a,
                       double     b,
                       double     zoom)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (!isfinite (a) || !isfinite (b) || !isfinite (zoom) || zoom <= 0)
    return;
  if (self->viewport != NULL)
    {
      wk_map_view_go_to (self, a, b, zoom);
      return;
    }
  if (self->image == NULL)
    return;
  if (width <= 0 || height <= 0)
    {
      self->place_pending = TRUE;
      self->pending_x = a;
      self->pending_y = b;
      self->pending_zoom = zoom;
      return;
    }
  self->place_pending = FALSE;
  self->scale = fit_scale (self) * CLAMP (zoom, MIN_IMAGE_SCALE_FACTOR, 64.);
  self->ox = width / 2. - a * wk_map_image_get_width (self->image) * self->scale;
  self->oy = height / 2. - b * wk_map_image_get_height (self->image) * self->scale;
  _wk_map_view_clamp_image (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
}

/* Shows the same base map as @from: its image, or its web map's tiles. */
void
wk_map_view_share_base (WkMapView *self,
                        WkMapView *from)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));
  g_return_if_fail (WK_IS_MAP_VIEW (from));

  if (from->simple_map != NULL)
    {
      ShumateMapSource *source = shumate_simple_map_get_map_source (SHUMATE_SIMPLE_MAP (from->simple_map));

      if (source != NULL)
        {
          double lat, lon, zoom;

          wk_map_view_set_tiles (self, source, from->attribution);
          if (wk_map_view_get_center (from, &lat, &lon, &zoom))
            wk_map_view_go_to (self, lat, lon, zoom);
          return;
        }
    }
  wk_map_view_set_image (self, from->image);
}

/**
 * wk_map_view_set_projector:
 * @dark: darken the base map, so the pins stand out on a dark palette
 * @size: 1–3: pins and their labels this many times their usual size
 */
void
wk_map_view_set_projector (WkMapView *self,
                           gboolean   dark,
                           double     size)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  self->veil = dark;
  wk_map_renderer_set_scale (self->renderer, CLAMP (size, 1., 3.));
  _wk_map_view_invalidate (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves the map by (@dx, @dy) pixels: the arrow keys, and a pan. */
void
wk_map_view_pan_by (WkMapView *self,
                    double     dx,
                    double     dy)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->viewport != NULL)
    {
      double lat, lon;
      GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map)));

      shumate_viewport_widget_coords_to_location (self->viewport, map,
                                                  gtk_widget_get_width (map) / 2.0 - dx,
                                                  gtk_widget_get_height (map) / 2.0 - dy, &lat, &lon);
      shumate_map_center_on (SHUMATE_MAP (map), lat, lon);
    }
  else if (self->image != NULL)
    {
      self->ox += dx;
      self->oy += dy;
      _wk_map_view_clamp_image (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
    }
}

void
wk_map_view_zoom_by (WkMapView *self,
                     double     factor)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->viewport != NULL)
    shumate_viewport_set_zoom_level (self->viewport, shumate_viewport_get_zoom_level (self->viewport) + log2 (factor));
  else if (self->image != NULL)
    _wk_map_view_zoom_image_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                   gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* The base image drawn once at the view's size, scale and place, so that a
 * frame only copies it: redrawing an image, a plan in SVG or a 20-megapixel
 * photo, on every frame would cost far more than the 5,000 pins over it. */
static void
render_base (WkMapView *self)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  cairo_t *cr;

  g_clear_pointer (&self->base_surface, cairo_surface_destroy);
  if (self->image == NULL || width <= 0 || height <= 0)
    return;
  self->base_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * factor, height * factor);
  cairo_surface_set_device_scale (self->base_surface, factor, factor);
  cr = cairo_create (self->base_surface);
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.94);
  cairo_paint (cr);
  cairo_translate (cr, self->ox, self->oy);
  wk_map_image_draw (self->image, cr, wk_map_image_get_width (self->image) * self->scale,
                     wk_map_image_get_height (self->image) * self->scale);
  cairo_destroy (cr);
  self->base_scale = self->scale;
  self->base_ox = self->ox;
  self->base_oy = self->oy;
  self->base_width = width;
  self->base_height = height;
}

static gboolean
base_settled_cb (gpointer data)
{
  WkMapView *self = data;

  self->base_settle_id = 0;
  render_base (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Paints the base picture into the frame's cairo context: a copy, not a
 * texture, which GTK 4.8's cairo renderer would convert pixel by pixel. */
void
_wk_map_view_paint_base (WkMapView *self,
            cairo_t   *cr,
            int        width,
            int        height)
{
  double k;

  if (self->base_surface == NULL || self->base_width != width || self->base_height != height)
    render_base (self);
  if (self->base_surface == NULL)
    return;
  cairo_save (cr);
  if (self->base_scale == self->scale && self->base_ox == self->ox && self->base_oy == self->oy)
    {
      cairo_set_source_surface (cr, self->base_surface, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
      cairo_restore (cr);
      return;
    }
  /* while panning or zooming: the last picture moved and scaled along,
   * drawn sharp again once the map stands still */
  k = self->scale / self->base_scale;
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.94);
  cairo_paint (cr);
  cairo_translate (cr, self->ox - self->base_ox * k, self->oy - self->base_oy * k);
  cairo_scale (cr, k, k);
  cairo_set_source_surface (cr, self->base_surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
  cairo_paint (cr);
  cairo_restore (cr);
  g_clear_handle_id (&self->base_settle_id, g_source_remove);
  self->base_settle_id = g_timeout_add (BASE_SETTLE_MS, base_settled_cb, self);
}

/* The web map as it is on screen, in pixels: for exports. */
static cairo_surface_t *
render_tiles (WkMapView *self)
{
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map)));
  int width = gtk_widget_get_width (map);
  int height = gtk_widget_get_height (map);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GtkNative *native = gtk_widget_get_native (map);
  cairo_surface_t *surface;

  if (width <= 0 || height <= 0 || native == NULL)
    return NULL;
  paintable = gtk_widget_paintable_new (map);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return NULL;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  return surface;
}

/**
 * wk_map_view_draw_base:
 *
 * Draws the base map as it is in view now, scaled to @width × @height (an
 * export): an image as vectors or at full resolution, a web map from the
 * tiles on screen.
 */
void
wk_map_view_draw_base (WkMapView *self,
                       cairo_t   *cr,
                       double     width,
                       double     height)
{
  double ratio;

  g_return_if_fail (WK_IS_MAP_VIEW (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.94);
  cairo_paint (cr);
  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      ratio = width / gtk_widget_get_width (GTK_WIDGET (self));
      cairo_scale (cr, ratio, ratio);
      if (self->simple_map != NULL)
        {
          cairo_surface_t *tiles = render_tiles (self);

          if (tiles != NULL)
            {
              cairo_set_source_surface (cr, tiles, 0, 0);
              cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
              cairo_paint (cr);
              cairo_surface_destroy (tiles);
            }
        }
      else if (self->image != NULL)
        {
          cairo_translate (cr, self->ox, self->oy);
          wk_map_image_draw (self->image, cr, wk_map_image_get_width (self->image) * self->scale,
                             wk_map_image_get_height (self->image) * self->scale);
        }
    }
  cairo_restore (cr);
}

/* wk-map-image.c: an imported plan or photo as the base of the community map
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A wijk's base map is kept in the database, so a team hands out one file.
 * What goes in is checked first, in a worker thread (wk_map_image_prepare()):
 * a PNG, JPEG or SVG, complete, of a size that can be drawn. A photo larger
 * than 8,192 pixels on a side (an aerial photo from PDOK easily is) is
 * scaled down once there rather than refused; over 50 MB nothing is even
 * opened, since no wijk plan needs that and the database would carry it for
 * ever. An SVG stays vectors: it is drawn by librsvg at whatever size.
 */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>

#include "wk-map-image-private.h"

struct _WkMapImage
{
  GObject          parent_instance;

  WkImageKind      kind;
  int              width;
  int              height;
  double           svg_width;    /* the SVG's own size in pixels, unrounded */
  double           svg_height;
  RsvgHandle      *svg;
  cairo_surface_t *surface;      /* PNG and JPEG */
};

G_DEFINE_FINAL_TYPE (WkMapImage, wk_map_image, G_TYPE_OBJECT)

G_DEFINE_QUARK (wk-map-image-error-quark, wk_map_image_error)

static void
wk_map_image_finalize (GObject *object)
{
  WkMapImage *self = WK_MAP_IMAGE (object);

  g_clear_object (&self->svg);
  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (wk_map_image_parent_class)->finalize (object);
}

static void
wk_map_image_class_init (WkMapImageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_map_image_finalize;
}

static void
wk_map_image_init (WkMapImage *self)
{
}

static const char *
kind_content_type (WkImageKind kind)
{
  switch (kind)
    {
    case WK_IMAGE_PNG:
      return "image/png";
    case WK_IMAGE_JPEG:
      return "image/jpeg";
    case WK_IMAGE_SVG:
      return "image/svg+xml";
    case WK_IMAGE_UNKNOWN:
    default:
      return "application/octet-stream";
    }
}

/* By the first bytes, whatever the file's name or @content_type says; the
 * content type only tells a gzipped SVG (.svgz) from any other gzip file. */
static WkImageKind
sniff (const guint8 *data,
       gsize         size,
       const char   *content_type)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize start = 0, look;

  if (size >= sizeof png && memcmp (data, png, sizeof png) == 0)
    return WK_IMAGE_PNG;
  if (size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return WK_IMAGE_JPEG;
  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b &&
      content_type != NULL && g_str_has_prefix (content_type, "image/svg+xml"))
    return WK_IMAGE_SVG;

  /* XML: a byte order mark, white space, then markup with an <svg> element
   * early on (after the XML declaration, comments, a doctype) */
  if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    start = 3;
  while (start < size && g_ascii_isspace (data[start]))
    start++;
  if (start >= size || data[start] != '<')
    return WK_IMAGE_UNKNOWN;
  look = MIN (size - start, 64 * 1024);
  for (gsize i = start; i + 4 <= start + look; i++)
    if (memcmp (data + i, "<svg", 4) == 0 &&
        (i + 4 == size || g_ascii_isspace (data[i + 4]) || data[i + 4] == '>'))
      return WK_IMAGE_SVG;
  return WK_IMAGE_UNKNOWN;
}

/* What is refused before anything is decoded. */
static WkImageKind
check_bytes (GBytes      *bytes,
             const char  *content_type,
             GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  WkImageKind kind;

  if (size > WK_MAP_IMAGE_MAX_BYTES)
    {
      g_autofree char *shown = g_format_size (size);

      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE,
                   _("The file is %s; a map image can be at most 50 MB"), shown);
      return WK_IMAGE_UNKNOWN;
    }
  if (size == 0)
    {
      g_set_error_literal (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE,
                           _("The file is empty"));
      return WK_IMAGE_UNKNOWN;
    }
  kind = sniff (data, size, content_type);
  if (kind == WK_IMAGE_UNKNOWN)
    g_set_error_literal (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE,
                         _("This file is not an image that can be a map: choose a PNG, JPEG or SVG file"));
  return kind;
}

static RsvgHandle *
load_svg (GBytes   *bytes,
          double   *width,
          double   *height,
          GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  RsvgHandle *handle;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean has_width, has_height, has_viewbox;
  RsvgLength w, h;
  RsvgRectangle viewbox;

  handle = rsvg_handle_new_from_data (data, size, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_BROKEN,
                   _("The image could not be read: the file is damaged or incomplete (%s)"),
                   local_error != NULL ? local_error->message : "?");
      return NULL;
    }
  rsvg_handle_set_dpi (handle, 96.);
  /* width and height in absolute units; or else the viewBox, one unit a pixel */
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, width, height))
    {
      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &w, &has_height, &h,
                                            &has_viewbox, &viewbox);
      *width = has_viewbox ? viewbox.width : 0.;
      *height = has_viewbox ? viewbox.height : 0.;
    }
  if (!(isfinite (*width) && isfinite (*height) && *width >= 1. && *height >= 1. &&
        *width <= 1e6 && *height <= 1e6))
    {
      g_set_error_literal (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_NO_SIZE,
                           _("The SVG image has no size: give it a width and height, or a viewBox"));
      g_object_unref (handle);
      return NULL;
    }
  return handle;
}

/**
 * wk_map_image_prepare:
 * @bytes: a file as the user chose it
 * @content_type_out: (out) (optional): "image/png", "image/jpeg" or
 *   "image/svg+xml": what the result is
 * @scaled_out: (out) (optional): whether the result is a scaled-down copy
 *
 * Checks an image for use as a base map, and scales a PNG or JPEG over
 * %WK_MAP_IMAGE_MAX_SIDE pixels on a side down to that, written again as a
 * JPEG for a photo and as a PNG for a drawing. Never allocates more than the
 * result and a row of the source. Runs in any thread.
 *
 * Returns: (transfer full): @bytes itself, or the scaled copy; %NULL with
 *   @error set (%WK_MAP_IMAGE_ERROR) for what cannot be a map
 */
GBytes *
wk_map_image_prepare (GBytes    *bytes,
                      char     **content_type_out,
                      gboolean  *scaled_out,
                      GError   **error)
{
  RsvgHandle *svg;
  cairo_surface_t *surface;
  GBytes *result;
  WkImageKind kind, out_kind;
  gboolean translucent = FALSE;
  double sw, sh;
  int width, height;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (scaled_out != NULL)
    *scaled_out = FALSE;
  kind = check_bytes (bytes, NULL, error);
  switch (kind)
    {
    case WK_IMAGE_UNKNOWN:
      return NULL;
    case WK_IMAGE_SVG:
      svg = load_svg (bytes, &sw, &sh, error);
      if (svg == NULL)
        return NULL;
      g_object_unref (svg);
      if (content_type_out != NULL)
        *content_type_out = g_strdup (kind_content_type (kind));
      return g_bytes_ref (bytes);
    case WK_IMAGE_PNG:
    case WK_IMAGE_JPEG:
    default:
      break;
    }

  if (!_wk_map_image_read_size (bytes, kind, &width, &height, error))
    return NULL;
  if (MAX (width, height) <= WK_MAP_IMAGE_MAX_SIDE)
    {
      /* read it all, small: a file cut off shows only at its end */
      surface = _wk_map_image_decode (bytes, kind, 64, NULL, error);
      if (surface == NULL)
        return NULL;
      cairo_surface_destroy (surface);
      if (content_type_out != NULL)
        *content_type_out = g_strdup (kind_content_type (kind));
      return g_bytes_ref (bytes);
    }

  surface = _wk_map_image_decode (bytes, kind, WK_MAP_IMAGE_MAX_SIDE, &translucent, error);
  if (surface == NULL)
    return NULL;
  /* a photo as JPEG; a plan or drawing (few bytes a pixel: flat colours) as
   * PNG, where JPEG would blur its lines and lettering */
  size = g_bytes_get_size (bytes);
  if (kind == WK_IMAGE_JPEG || (!translucent && size >= (gsize) ((double) width * height * .75)))
    out_kind = WK_IMAGE_JPEG;
  else
    out_kind = WK_IMAGE_PNG;
  result = _wk_map_image_encode (surface, out_kind, translucent, error);
  if (result != NULL && out_kind == WK_IMAGE_PNG && g_bytes_get_size (result) > WK_MAP_IMAGE_MAX_BYTES)
    {
      g_clear_pointer (&result, g_bytes_unref);
      out_kind = WK_IMAGE_JPEG;
      result = _wk_map_image_encode (surface, out_kind, translucent, error);
    }
  cairo_surface_destroy (surface);
  if (result == NULL)
    return NULL;
  if (content_type_out != NULL)
    *content_type_out = g_strdup (kind_content_type (out_kind));
  if (scaled_out != NULL)
    *scaled_out = TRUE;
  return result;
}

/**
 * wk_map_image_new_from_bytes:
 * @content_type: (nullable): as stored; only needed for a gzipped SVG
 *
 * Decodes a PNG or JPEG (at most %WK_MAP_IMAGE_MAX_SIDE pixels on a side:
 * wk_map_image_prepare() scales larger ones) or reads an SVG. A PNG or JPEG
 * may be decoded in a worker thread and drawn in another; an SVG is best
 * made in the thread that draws it (librsvg's handles are not meant to
 * move between threads).
 *
 * Returns: (transfer full): the image, or %NULL with @error set
 */
WkMapImage *
wk_map_image_new_from_bytes (GBytes      *bytes,
                             const char  *content_type,
                             GError     **error)
{
  g_autoptr(WkMapImage) self = NULL;
  WkImageKind kind;
  int width, height;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  kind = check_bytes (bytes, content_type, error);
  if (kind == WK_IMAGE_UNKNOWN)
    return NULL;
  self = g_object_new (WK_TYPE_MAP_IMAGE, NULL);
  self->kind = kind;
  if (kind == WK_IMAGE_SVG)
    {
      self->svg = load_svg (bytes, &self->svg_width, &self->svg_height, error);
      if (self->svg == NULL)
        return NULL;
      self->width = (int) ceil (self->svg_width - 1e-6);
      self->height = (int) ceil (self->svg_height - 1e-6);
      return g_steal_pointer (&self);
    }

  if (!_wk_map_image_read_size (bytes, kind, &width, &height, error))
    return NULL;
  if (MAX (width, height) > WK_MAP_IMAGE_MAX_SIDE)
    {
      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE,
                   _("The image is %d × %d pixels; a map image can be at most 8,192 pixels on a side"),
                   width, height);
      return NULL;
    }
  self->surface = _wk_map_image_decode (bytes, kind, WK_MAP_IMAGE_MAX_SIDE, NULL, error);
  if (self->surface == NULL)
    return NULL;
  self->width = cairo_image_surface_get_width (self->surface);
  self->height = cairo_image_surface_get_height (self->surface);
  return g_steal_pointer (&self);
}

/* Returns: the width in pixels; an SVG's size rounded up */
int
wk_map_image_get_width (WkMapImage *self)
{
  g_return_val_if_fail (WK_IS_MAP_IMAGE (self), 0);
  return self->width;
}

int
wk_map_image_get_height (WkMapImage *self)
{
  g_return_val_if_fail (WK_IS_MAP_IMAGE (self), 0);
  return self->height;
}

const char *
wk_map_image_get_content_type (WkMapImage *self)
{
  g_return_val_if_fail (WK_IS_MAP_IMAGE (self), NULL);
  return kind_content_type (self->kind);
}

/**
 * wk_map_image_draw:
 * @width: the rectangle the image fills, from the origin of @cr, stretched
 *   if its shape is not the image's
 *
 * An SVG is drawn as vectors (sharp at any zoom, and in a PDF); a PNG or
 * JPEG scaled with cairo's good filter, which averages when it shrinks.
 */
void
wk_map_image_draw (WkMapImage *self,
                   cairo_t    *cr,
                   double      width,
                   double      height)
{
  g_return_if_fail (WK_IS_MAP_IMAGE (self));
  g_return_if_fail (cr != NULL);

  if (!(width > 0. && height > 0.))
    return;
  cairo_save (cr);
  if (self->svg != NULL)
    {
      g_autoptr(GError) error = NULL;
      RsvgRectangle viewport = { 0., 0., self->svg_width, self->svg_height };

      cairo_scale (cr, width / self->svg_width, height / self->svg_height);
      if (!rsvg_handle_render_document (self->svg, cr, &viewport, &error))
        g_debug ("SVG base map: %s", error->message);
    }
  else
    {
      cairo_pattern_t *pattern;

      cairo_rectangle (cr, 0., 0., width, height);
      cairo_scale (cr, width / self->width, height / self->height);
      pattern = cairo_pattern_create_for_surface (self->surface);
      cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
      /* no blurred border against what is outside */
      cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  cairo_restore (cr);
}

/**
 * wk_map_image_render:
 *
 * The image at @width × @height pixels, to keep while the view does not
 * zoom: painting it is then one blend a frame.
 *
 * Returns: (transfer full): an ARGB32 surface
 */
cairo_surface_t *
wk_map_image_render (WkMapImage *self,
                     int         width,
                     int         height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (WK_IS_MAP_IMAGE (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  wk_map_image_draw (self, cr, width, height);
  cairo_destroy (cr);
  return surface;
}

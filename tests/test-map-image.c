/* test-map-image.c: a plan or photo as the map's base: checked, refused, scaled down
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The images are made here, with cairo (PNG) and libjpeg, and read back
 * through wk_map_image_render() pixel by pixel.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <jpeglib.h>

#include "wk-map-image.h"

/* red, green, blue and alpha, 0–1, not premultiplied */
static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       double           rgba[4])
{
  guint32 p;
  double a;

  cairo_surface_flush (surface);
  p = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x);
  a = (p >> 24) / 255.;
  rgba[3] = a;
  rgba[0] = a > 0 ? ((p >> 16) & 0xff) / 255. / a : 0.;
  rgba[1] = a > 0 ? ((p >> 8) & 0xff) / 255. / a : 0.;
  rgba[2] = a > 0 ? (p & 0xff) / 255. / a : 0.;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* left half red, right half blue, a little noise so it does not compress to nothing */
static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  GByteArray *png = g_byte_array_new ();
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 seed = 1;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 noise = (seed = seed * 1103515245 + 12345) >> 29;

        ((guint32 *) (data + y * stride))[x] = x < width / 2 ? 0xd01010 + (noise << 8) : 0x1010d0 + (noise << 8);
      }
  cairo_surface_mark_dirty (surface);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static GBytes *
make_jpeg (int width,
           int height)
{
  struct jpeg_compress_struct cinfo;
  struct jpeg_error_mgr jerr;
  unsigned char *out = NULL;
  unsigned long size = 0;
  g_autofree guint8 *row = g_malloc (width * 3);
  GBytes *bytes;

  cinfo.err = jpeg_std_error (&jerr);
  jpeg_create_compress (&cinfo);
  jpeg_mem_dest (&cinfo, &out, &size);
  cinfo.image_width = width;
  cinfo.image_height = height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults (&cinfo);
  jpeg_start_compress (&cinfo, TRUE);
  for (int x = 0; x < width; x++)
    {
      row[3 * x] = x < width / 2 ? 0xd0 : 0x10;
      row[3 * x + 1] = 0x10;
      row[3 * x + 2] = x < width / 2 ? 0x10 : 0xd0;
    }
  while (cinfo.next_scanline < cinfo.image_height)
    jpeg_write_scanlines (&cinfo, &row, 1);
  jpeg_finish_compress (&cinfo);
  jpeg_destroy_compress (&cinfo);
  bytes = g_bytes_new (out, size);
  free (out);
  return bytes;
}

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* left red, right blue, checked at a quarter and three quarters across */
static void
assert_halves (WkMapImage *image)
{
  int w = wk_map_image_get_width (image), h = wk_map_image_get_height (image);
  cairo_surface_t *surface = wk_map_image_render (image, w, h);
  double rgba[4];

  pixel (surface, w / 4, h / 2, rgba);
  g_assert_cmpfloat (rgba[0], >, .7);
  g_assert_cmpfloat (rgba[2], <, .2);
  pixel (surface, 3 * w / 4, h / 2, rgba);
  g_assert_cmpfloat (rgba[2], >, .7);
  g_assert_cmpfloat (rgba[0], <, .2);
  cairo_surface_destroy (surface);
}

static void
test_image_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = make_png (300, 200);
  g_autoptr(GBytes) jpeg = make_jpeg (320, 240);
  g_autoptr(GBytes) svg = text_bytes ("<?xml version=\"1.0\"?>\n<!-- a plan -->\n"
                                      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\">"
                                      "<rect width=\"60\" height=\"80\" fill=\"#d01010\"/>"
                                      "<rect x=\"60\" width=\"60\" height=\"80\" fill=\"#1010d0\"/></svg>");
  g_autoptr(GBytes) viewbox = text_bytes ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>");
  g_autoptr(GBytes) cm = text_bytes ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10cm\" height=\"5cm\"/>");
  struct { GBytes *bytes; int width; int height; const char *type; } cases[] = {
    { png, 300, 200, "image/png" },
    { jpeg, 320, 240, "image/jpeg" },
    { svg, 120, 80, "image/svg+xml" },
    { viewbox, 300, 150, "image/svg+xml" },
    { cm, 378, 189, "image/svg+xml" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(WkMapImage) image = wk_map_image_new_from_bytes (cases[i].bytes, NULL, &error);
      g_autoptr(GBytes) prepared = NULL;
      g_autofree char *type = NULL;
      gboolean scaled = TRUE;

      g_assert_no_error (error);
      g_assert_cmpint (wk_map_image_get_width (image), ==, cases[i].width);
      g_assert_cmpint (wk_map_image_get_height (image), ==, cases[i].height);
      g_assert_cmpstr (wk_map_image_get_content_type (image), ==, cases[i].type);
      if (i < 3)
        assert_halves (image);
      prepared = wk_map_image_prepare (cases[i].bytes, &type, &scaled, &error);
      g_assert_no_error (error);
      g_assert_true (prepared == cases[i].bytes);
      g_assert_cmpstr (type, ==, cases[i].type);
      g_assert_false (scaled);
    }
}

static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkMapImage) image = NULL;
  g_autoptr(GBytes) prepared = NULL;
  g_autofree char *type = NULL;

  g_test_message ("%s", what);
  image = wk_map_image_new_from_bytes (bytes, NULL, &error);
  g_assert_null (image);
  g_assert_error (error, WK_MAP_IMAGE_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  prepared = wk_map_image_prepare (bytes, &type, NULL, &error);
  g_assert_null (prepared);
  g_assert_null (type);
  g_assert_error (error, WK_MAP_IMAGE_ERROR, code);
}

static void
test_image_refused (void)
{
  g_autoptr(GBytes) png = make_png (400, 300);
  g_autoptr(GBytes) jpeg = make_jpeg (400, 300);
  g_autoptr(GBytes) text = text_bytes ("Naam;Adres\nBuurthuis;Kerkstraat 1\n");
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) half_png = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);
  g_autoptr(GBytes) no_end_png = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) - 12);
  g_autoptr(GBytes) half_jpeg = g_bytes_new_from_bytes (jpeg, 0, g_bytes_get_size (jpeg) / 2);
  g_autoptr(GBytes) no_size = text_bytes ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"5\" height=\"5\"/></svg>");
  g_autoptr(GBytes) bad_svg = text_bytes ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"5\" height=\"5\"><rect");
  g_autoptr(GBytes) html = text_bytes ("<!DOCTYPE html><html><body>geen kaart</body></html>");

  assert_refused (text, WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE, "a CSV file");
  assert_refused (html, WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE, "a web page");
  assert_refused (empty, WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE, "an empty file");
  assert_refused (half_png, WK_MAP_IMAGE_ERROR_BROKEN, "half a PNG");
  assert_refused (no_end_png, WK_MAP_IMAGE_ERROR_BROKEN, "a PNG without its end");
  assert_refused (half_jpeg, WK_MAP_IMAGE_ERROR_BROKEN, "half a JPEG");
  assert_refused (no_size, WK_MAP_IMAGE_ERROR_NO_SIZE, "an SVG without a size");
  assert_refused (bad_svg, WK_MAP_IMAGE_ERROR_BROKEN, "an SVG cut off");
}

static void
test_image_scaled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) wide = make_png (20000, 200);
  g_autoptr(GBytes) photo = make_jpeg (9000, 300);
  g_autoptr(GBytes) prepared = NULL;
  g_autoptr(WkMapImage) image = NULL;
  g_autofree char *type = NULL;
  gboolean scaled = FALSE;

  /* too large to use as it is */
  image = wk_map_image_new_from_bytes (wide, NULL, &error);
  g_assert_null (image);
  g_assert_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  prepared = wk_map_image_prepare (wide, &type, &scaled, &error);
  g_assert_no_error (error);
  g_assert_true (scaled);
  g_assert_cmpstr (type, ==, "image/png");
  image = wk_map_image_new_from_bytes (prepared, type, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wk_map_image_get_width (image), ==, 8192);
  g_assert_cmpint (wk_map_image_get_height (image), ==, 82);
  assert_halves (image);
  g_clear_object (&image);
  g_clear_pointer (&prepared, g_bytes_unref);
  g_clear_pointer (&type, g_free);

  /* a photo stays a JPEG */
  prepared = wk_map_image_prepare (photo, &type, &scaled, &error);
  g_assert_no_error (error);
  g_assert_true (scaled);
  g_assert_cmpstr (type, ==, "image/jpeg");
  image = wk_map_image_new_from_bytes (prepared, type, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wk_map_image_get_width (image), ==, 8192);
  g_assert_cmpint (wk_map_image_get_height (image), ==, 273);
  assert_halves (image);
}

static gpointer
prepare_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) prepared = NULL;
  g_autoptr(WkMapImage) image = NULL;
  g_autofree char *type = NULL;
  gboolean scaled = FALSE;

  prepared = wk_map_image_prepare (data, &type, &scaled, &error);
  g_assert_no_error (error);
  g_assert_true (scaled);
  image = wk_map_image_new_from_bytes (prepared, type, &error);
  g_assert_no_error (error);
  return GINT_TO_POINTER (wk_map_image_get_width (image) * 100000 + wk_map_image_get_height (image));
}

/* as the app does it: in worker threads, several at once */
static void
test_image_threads (void)
{
  g_autoptr(GBytes) png = make_png (12000, 100);
  g_autoptr(GBytes) jpeg = make_jpeg (10000, 500);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("prepare", prepare_thread, i % 2 ? png : jpeg);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpint (GPOINTER_TO_INT (g_thread_join (threads[i])), ==,
                     i % 2 ? 8192 * 100000 + 68 : 8192 * 100000 + 410);
}

static void
test_image_too_many_bytes (void)
{
  g_autoptr(GError) error = NULL;
  guint8 *data = g_malloc0 (WK_MAP_IMAGE_MAX_BYTES + 1);
  g_autoptr(GBytes) big = NULL;
  g_autoptr(GBytes) prepared = NULL;
  g_autoptr(WkMapImage) image = NULL;
  gint64 start;
  double ms;

  /* a PNG by its first bytes: it must not even be looked into */
  memcpy (data, "\x89PNG\r\n\x1a\n", 8);
  big = g_bytes_new_take (data, WK_MAP_IMAGE_MAX_BYTES + 1);
  start = g_get_monotonic_time ();
  prepared = wk_map_image_prepare (big, NULL, NULL, &error);
  ms = (g_get_monotonic_time () - start) / 1000.;
  g_assert_null (prepared);
  g_assert_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "50"));
  g_test_message ("refused in %.3f ms", ms);
  g_assert_cmpfloat (ms, <, 50.);
  g_clear_error (&error);
  image = wk_map_image_new_from_bytes (big, NULL, &error);
  g_assert_null (image);
  g_assert_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-image/formats", test_image_formats);
  g_test_add_func ("/map-image/refused", test_image_refused);
  g_test_add_func ("/map-image/scaled", test_image_scaled);
  g_test_add_func ("/map-image/threads", test_image_threads);
  g_test_add_func ("/map-image/too-many-bytes", test_image_too_many_bytes);

  return g_test_run ();
}

/* test-map-render.c: the community map's pins, labels, legend, privacy grid and exports
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Oracles: pixels read back from cairo image surfaces (and PNGs through
 * cairo's reader), the PDFs through poppler's pdftotext and pdfinfo, and
 * the distances of the privacy grid by the haversine formula.
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>
#include <cairo-pdf.h>

#include "wk-map-export.h"
#include "wk-map-privacy.h"
#include "wk-map-renderer.h"

static const WkMapCategory categories[] = {
  { .8, .1, .1, "Ontmoetingsplek", "☕" },
  { .1, .3, .8, "Zorgpunt", "Z" },
  { .15, .6, .3, "Kansrijke plek", "K" },
};

static WkMapRenderer *
new_renderer (void)
{
  WkMapRenderer *renderer = wk_map_renderer_new ();

  wk_map_renderer_set_categories (renderer, categories, G_N_ELEMENTS (categories));
  return renderer;
}

static cairo_surface_t *
white_surface (int width,
               int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

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

static void
assert_color (const double rgba[4],
              double       r,
              double       g,
              double       b,
              double       tolerance)
{
  g_assert_cmpfloat_with_epsilon (rgba[0], r, tolerance);
  g_assert_cmpfloat_with_epsilon (rgba[1], g, tolerance);
  g_assert_cmpfloat_with_epsilon (rgba[2], b, tolerance);
}

/* ---- pins ---- */

static void
test_pin_color (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *surface = white_surface (200, 100);
  WkMapMark marks[] = {
    { 50., 80., 0, NULL, 0 },
    { 150., 80., 1, NULL, 0 },
  };
  double rgba[4];
  cairo_t *cr = cairo_create (surface);

  wk_map_renderer_draw_marks (renderer, cr, marks, G_N_ELEMENTS (marks), FALSE);
  cairo_destroy (cr);

  /* the body just above the tip, in each pin's own colour */
  for (int dy = 4; dy <= 8; dy++)
    {
      pixel (surface, 50, 80 - dy, rgba);
      assert_color (rgba, .8, .1, .1, .03);
      pixel (surface, 150, 80 - dy, rgba);
      assert_color (rgba, .1, .3, .8, .03);
    }
  /* the head's edge, beside the symbol */
  pixel (surface, 50 - 9, 80 - 21, rgba);
  assert_color (rgba, .8, .1, .1, .05);
  /* nothing far from them, nor above the pins' 32 pixels */
  pixel (surface, 100, 50, rgba);
  assert_color (rgba, 1, 1, 1, 1e-9);
  pixel (surface, 50, 80 - 36, rgba);
  assert_color (rgba, 1, 1, 1, 1e-9);
  cairo_surface_destroy (surface);
}

static double
tip_luminance (guint flags,
               double scale)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *surface = white_surface (100, 100);
  WkMapMark mark = { 50., 80., 1, NULL, flags };
  cairo_t *cr = cairo_create (surface);
  double rgba[4];

  wk_map_renderer_set_scale (renderer, scale);
  wk_map_renderer_draw_marks (renderer, cr, &mark, 1, FALSE);
  cairo_destroy (cr);
  pixel (surface, 50, 74, rgba);
  cairo_surface_destroy (surface);
  return .2126 * rgba[0] + .7152 * rgba[1] + .0722 * rgba[2];
}

static void
test_dimmed (void)
{
  double plain = tip_luminance (0, 1.);
  double dimmed = tip_luminance (WK_MAP_MARK_DIMMED, 1.);
  double expected_plain = .2126 * .1 + .7152 * .3 + .0722 * .8;

  g_assert_cmpfloat_with_epsilon (plain, expected_plain, .03);
  /* 30 % of the colour over white */
  g_assert_cmpfloat_with_epsilon (dimmed, .3 * expected_plain + .7, .04);
  g_assert_cmpfloat (dimmed, >, plain + .3);
  /* a draft is an outline: the map shows through */
  g_assert_cmpfloat (tip_luminance (WK_MAP_MARK_DRAFT, 1.), >, plain + .3);
  /* a projector's pins are bigger: still the colour at 6 px × 3 */
  g_assert_cmpfloat_with_epsilon (tip_luminance (0, 3.), expected_plain, .03);
}

static void
test_street_level (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *surface = white_surface (200, 200);
  WkMapMark mark = { 100., 100., 0, NULL, WK_MAP_MARK_STREET_LEVEL };
  cairo_t *cr = cairo_create (surface);
  double rgba[4];

  wk_map_renderer_draw_marks (renderer, cr, &mark, 1, FALSE);
  cairo_destroy (cr);
  /* the dot in the middle */
  pixel (surface, 100, 100, rgba);
  assert_color (rgba, .8, .1, .1, .05);
  /* a soft area around it: tinted, far lighter than the colour */
  pixel (surface, 125, 100, rgba);
  g_assert_cmpfloat (rgba[0], >, .95);
  g_assert_cmpfloat (rgba[1], <, .9);
  g_assert_cmpfloat (rgba[1], >, .6);
  /* no pin above it: where a pin's body would be is the same soft tint */
  pixel (surface, 100, 94, rgba);
  g_assert_cmpfloat (rgba[1], >, .6);
  pixel (surface, 100, 150, rgba);
  assert_color (rgba, 1, 1, 1, 1e-9);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
record (WkMapRenderer   *renderer,
        const WkMapMark *marks,
        guint            n_marks)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &(cairo_rectangle_t) { 0, 0, 300, 120 });
  cairo_t *cr = cairo_create (recording);

  wk_map_renderer_draw_marks (renderer, cr, marks, n_marks, TRUE);
  cairo_destroy (cr);
  return recording;
}

static int
count_differences (cairo_surface_t *direct,
                   cairo_surface_t *recording)
{
  cairo_surface_t *replayed = white_surface (300, 120);
  cairo_t *cr = cairo_create (replayed);
  int differ = 0;

  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  for (int y = 0; y < 120; y++)
    for (int x = 0; x < 300; x++)
      {
        double a[4], b[4];

        pixel (direct, x, y, a);
        pixel (replayed, x, y, b);
        /* blending twice rounds twice: a step of 1/255 at most */
        differ += MAX (fabs (a[0] - b[0]), MAX (fabs (a[1] - b[1]), fabs (a[2] - b[2]))) > 1.5 / 255.;
      }
  cairo_surface_destroy (replayed);
  return differ;
}

/* What GTK does: record, then play back into an image, keeping the last
 * frame's recording while it records the next. */
static void
test_recorded (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *direct = white_surface (300, 120);
  cairo_surface_t *first, *second, *third;
  WkMapMark marks[] = {
    { 40., 90., 0, "Buurthuis", 0 },
    { 120., 90., 1, "Huisarts", WK_MAP_MARK_SELECTED },
    { 200., 60., 2, NULL, WK_MAP_MARK_STREET_LEVEL | WK_MAP_MARK_HOVER },
    { 260., 90., 5, NULL, WK_MAP_MARK_DRAFT | WK_MAP_MARK_DIMMED },
  };
  WkMapMark moved[G_N_ELEMENTS (marks)];
  cairo_t *cr = cairo_create (direct);

  wk_map_renderer_draw_marks (renderer, cr, marks, G_N_ELEMENTS (marks), TRUE);
  cairo_destroy (cr);

  first = record (renderer, marks, G_N_ELEMENTS (marks));
  g_assert_cmpint (count_differences (direct, first), ==, 0);
  /* the next frame, elsewhere: the first recording still shows the first */
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      moved[i] = marks[i];
      moved[i].x += 17.;
      moved[i].y -= 9.;
    }
  second = record (renderer, moved, G_N_ELEMENTS (moved));
  g_assert_cmpint (count_differences (direct, first), ==, 0);
  g_assert_cmpint (count_differences (direct, second), >, 100);
  /* its layer given back and used again */
  cairo_surface_destroy (first);
  third = record (renderer, marks, G_N_ELEMENTS (marks));
  g_assert_cmpint (count_differences (direct, third), ==, 0);
  g_assert_cmpint (count_differences (direct, second), >, 100);
  cairo_surface_destroy (second);
  cairo_surface_destroy (third);
  cairo_surface_destroy (direct);
}

/* A window at scale 2: an image surface with device scale 2, and GTK's
 * recording played back at 2× with the pixel ratio set: the same pixels,
 * and the pins drawn for them (a 64-pixel pin, not a 32-pixel one enlarged). */
static void
test_hidpi (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *direct = white_surface (400, 240);
  cairo_surface_t *replayed = white_surface (400, 240);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &(cairo_rectangle_t) { 0, 0, 200, 120 });
  WkMapMark marks[] = {
    { 50., 80., 0, "Buurthuis", 0 },
    { 150., 80., 1, NULL, WK_MAP_MARK_SELECTED },
  };
  double rgba[4], sharp = 0.;
  int differ = 0;
  cairo_t *cr;

  cairo_surface_set_device_scale (direct, 2., 2.);
  cr = cairo_create (direct);
  wk_map_renderer_draw_marks (renderer, cr, marks, G_N_ELEMENTS (marks), TRUE);
  cairo_destroy (cr);

  wk_map_renderer_set_pixel_ratio (renderer, 2.);
  cr = cairo_create (recording);
  wk_map_renderer_draw_marks (renderer, cr, marks, G_N_ELEMENTS (marks), TRUE);
  cairo_destroy (cr);
  cr = cairo_create (replayed);
  cairo_scale (cr, 2., 2.);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  /* the tip area at twice the pixels */
  pixel (direct, 100, 160 - 12, rgba);
  assert_color (rgba, .8, .1, .1, .03);
  pixel (direct, 100, 160 - 64 - 6, rgba);
  assert_color (rgba, 1, 1, 1, 1e-9);
  for (int y = 0; y < 240; y++)
    for (int x = 0; x < 400; x++)
      {
        double a[4], b[4];

        pixel (direct, x, y, a);
        pixel (replayed, x, y, b);
        differ += MAX (fabs (a[0] - b[0]), MAX (fabs (a[1] - b[1]), fabs (a[2] - b[2]))) > 1.5 / 255.;
      }
  g_assert_cmpint (differ, ==, 0);
  /* drawn for the pixels: the pin's side goes from its colour to white
   * within two pixels, where a 1× sprite enlarged would take four */
  for (int x = 100; x < 130; x++)
    {
      double left[4], right[4];

      pixel (direct, x, 160 - 12, left);
      pixel (direct, x + 2, 160 - 12, right);
      sharp = MAX (sharp, right[1] - left[1]);
    }
  g_assert_cmpfloat (sharp, >, .8);
  cairo_surface_destroy (recording);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
}

/* ---- hit testing ---- */

static void
test_hit_shape (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 80, 80);
  WkMapMark mark = { 40., 60., 1, NULL, WK_MAP_MARK_SELECTED };
  cairo_t *cr = cairo_create (surface);
  int inside = 0, outside = 0;

  wk_map_renderer_draw_marks (renderer, cr, &mark, 1, FALSE);
  cairo_destroy (cr);
  /* the pin drawn solid is found; where nothing is drawn within two pixels, nothing is */
  for (int y = 2; y < 78; y++)
    for (int x = 2; x < 78; x++)
      {
        double rgba[4], near = 0.;
        int hit = wk_map_renderer_hit (renderer, &mark, 1, x + .5, y + .5);

        pixel (surface, x, y, rgba);
        for (int dy = -2; dy <= 2; dy++)
          for (int dx = -2; dx <= 2; dx++)
            {
              double n[4];

              pixel (surface, x + dx, y + dy, n);
              near = MAX (near, n[3]);
            }
        /* the selection ring is drawn, but is not the pin */
        if (rgba[3] > .99 && rgba[2] < .95 && fabs (rgba[0] - .1) < .05 && fabs (rgba[1] - .3) < .05)
          {
            g_assert_cmpint (hit, ==, 0);
            inside++;
          }
        else if (near == 0.)
          {
            g_assert_cmpint (hit, ==, -1);
            outside++;
          }
      }
  g_assert_cmpint (inside, >, 300);
  g_assert_cmpint (outside, >, 2000);
  cairo_surface_destroy (surface);
}

static void
test_hit_many (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  g_autofree WkMapMark *marks = g_new0 (WkMapMark, 5000);
  gint64 start;
  double per_hit;

  /* a grid 40 px apart, pins never touching */
  for (guint i = 0; i < 5000; i++)
    marks[i] = (WkMapMark) { 20. + 40. * (i % 100), 40. + 40. * (i / 100), i % 4, NULL, 0 };
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 5000; i++)
    {
      g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[i].x, marks[i].y - 6.), ==, i);
      g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[i].x + 8., marks[i].y - 21.), ==, i);
      /* beside the tip, between the pins, above them */
      g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[i].x + 8., marks[i].y - 2.), ==, -1);
      g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[i].x + 20., marks[i].y - 20.), ==, -1);
      g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[i].x, marks[i].y - 36.), ==, -1);
    }
  per_hit = (g_get_monotonic_time () - start) / 25000.;
  g_test_message ("%.1f µs a hit test among 5,000 marks", per_hit);
  g_assert_cmpfloat (per_hit, <, 1000.);

  /* on top: the later of two, the selected one before both, a dimmed one last */
  marks[10] = marks[11];
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[11].x, marks[11].y - 6.), ==, 11);
  marks[10].flags = WK_MAP_MARK_SELECTED;
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[11].x, marks[11].y - 6.), ==, 10);
  marks[10].flags = WK_MAP_MARK_SELECTED | WK_MAP_MARK_DIMMED;
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[11].x, marks[11].y - 6.), ==, 11);
  /* a street-level circle: anywhere in its 40 px, unless a pin is there */
  marks[200].flags = WK_MAP_MARK_STREET_LEVEL;
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[200].x + 25., marks[200].y + 25.), ==, 200);
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, marks[201].x, marks[201].y - 6.), ==, 201);
  g_assert_cmpint (wk_map_renderer_hit (renderer, marks, 5000, 1e6, 1e6), ==, -1);
}

/* ---- privacy ---- */

static double
distance_m (double lat1,
            double lon1,
            double lat2,
            double lon2)
{
  double p1 = lat1 * G_PI / 180., p2 = lat2 * G_PI / 180.;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180.;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2. * 6371008.8 * asin (sqrt (a));
}

static void
test_street_level_latlon (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  double max_distance = 0.;

  /* addresses all over the Netherlands */
  for (int i = 0; i < 20000; i++)
    {
      double lat = g_rand_double_range (rand, 50.75, 53.55);
      double lon = g_rand_double_range (rand, 3.36, 7.22);
      double a_lat, a_lon, b_lat, b_lon, c_lat, c_lon, d;

      wk_map_street_level_latlon (lat, lon, &a_lat, &a_lon);
      wk_map_street_level_latlon (lat, lon, &b_lat, &b_lon);
      g_assert_cmpfloat (a_lat, ==, b_lat);
      g_assert_cmpfloat (a_lon, ==, b_lon);
      g_assert_true (a_lat != lat || a_lon != lon);
      d = distance_m (lat, lon, a_lat, a_lon);
      g_assert_cmpfloat (d, <=, 110.);
      g_assert_cmpfloat (d, >, 0.);
      max_distance = MAX (max_distance, d);
      /* the centre stays where it is: a cell, not a nudge */
      wk_map_street_level_latlon (a_lat, a_lon, &c_lat, &c_lon);
      g_assert_cmpfloat_with_epsilon (c_lat, a_lat, 1e-12);
      g_assert_cmpfloat_with_epsilon (c_lon, a_lon, 1e-12);
      /* a neighbour a few metres off in the same cell gets the same spot */
      wk_map_street_level_latlon (a_lat + (lat - a_lat) * .5, a_lon + (lon - a_lon) * .5, &c_lat, &c_lon);
      g_assert_cmpfloat (c_lat, ==, a_lat);
      g_assert_cmpfloat (c_lon, ==, a_lon);
    }
  g_test_message ("furthest from the true spot: %.1f m", max_distance);
  g_assert_cmpfloat (max_distance, >, 90.);

  /* cells of about 150 m each way */
  {
    double lat = 52.0907, lon = 5.1214, a_lat, a_lon, b_lat, b_lon;

    wk_map_street_level_latlon (lat, lon, &a_lat, &a_lon);
    wk_map_street_level_latlon (a_lat + .00135, a_lon, &b_lat, &b_lon);
    g_assert_cmpfloat_with_epsilon (distance_m (a_lat, a_lon, b_lat, b_lon), 150., 1.);
    wk_map_street_level_latlon (a_lat, a_lon + .00135 / cos (a_lat * G_PI / 180.), &b_lat, &b_lon);
    g_assert_cmpfloat_with_epsilon (distance_m (a_lat, a_lon, b_lat, b_lon), 150., 1.);
  }
}

static void
test_street_level_xy (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (24);
  double x, y;

  for (int i = 0; i < 20000; i++)
    {
      double px = g_rand_double (rand), py = g_rand_double (rand), ax, ay, bx, by;

      wk_map_street_level_xy (px, py, &ax, &ay);
      wk_map_street_level_xy (px, py, &bx, &by);
      g_assert_cmpfloat (ax, ==, bx);
      g_assert_cmpfloat (ay, ==, by);
      g_assert_true (ax != px || ay != py);
      g_assert_cmpfloat (fabs (ax - px), <=, 1. / 48. + 1e-12);
      g_assert_cmpfloat (fabs (ay - py), <=, 1. / 48. + 1e-12);
      g_assert_cmpfloat_with_epsilon (ax * 24. - .5, round (ax * 24. - .5), 1e-9);
      g_assert_cmpfloat_with_epsilon (ay * 24. - .5, round (ay * 24. - .5), 1e-9);
      wk_map_street_level_xy (ax, ay, &bx, &by);
      g_assert_cmpfloat_with_epsilon (bx, ax, 1e-12);
      g_assert_cmpfloat_with_epsilon (by, ay, 1e-12);
    }
  wk_map_street_level_xy (1., 0., &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 23.5 / 24., 1e-12);
  g_assert_cmpfloat_with_epsilon (y, .5 / 24., 1e-12);
}

/* ---- text, through PDF ---- */

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *path)
{
  return run ((const char * const []) { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL });
}

static guint
count (const char *text,
       const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    n++;
  return n;
}

typedef void (*DrawFunc) (WkMapRenderer *renderer, cairo_t *cr, gpointer data);

static char *
draw_pdf_text (double    width,
               double    height,
               DrawFunc  draw,
               gpointer  data)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  g_autofree char *dir = g_dir_make_tmp ("wk-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "text.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  char *text;

  draw (renderer, cr, data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  text = pdf_text (path);
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

static void
draw_legend_cb (WkMapRenderer *renderer,
                cairo_t       *cr,
                gpointer       data)
{
  const guint *counts = data;
  double w, h, mw, mh;

  wk_map_renderer_draw_legend (renderer, NULL, 0., 0., counts, "Legenda", &mw, &mh);
  wk_map_renderer_draw_legend (renderer, cr, 20., 20., counts, "Legenda", &w, &h);
  g_assert_cmpfloat (w, ==, mw);
  g_assert_cmpfloat (h, ==, mh);
  g_assert_cmpfloat (w, >, 100.);
  g_assert_cmpfloat (h, >, 40.);
}

static void
test_legend (void)
{
  const guint some[] = { 3, 0, 1234 };
  const guint none[] = { 0, 0, 0 };
  g_autofree char *text = NULL;
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  double w3, h3, w0, h0;

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = draw_pdf_text (400, 300, draw_legend_cb, (gpointer) some);
  g_assert_nonnull (strstr (text, "Legenda"));
  g_assert_true (g_regex_match_simple ("Ontmoetingsplek\\s+3\\b", text, 0, 0));
  g_assert_true (g_regex_match_simple ("Kansrijke plek\\s+1234\\b", text, 0, 0));
  g_assert_null (strstr (text, "Zorgpunt"));
  g_clear_pointer (&text, g_free);

  /* nothing on the map yet: every category, with 0 */
  text = draw_pdf_text (400, 300, draw_legend_cb, (gpointer) none);
  g_assert_true (g_regex_match_simple ("Zorgpunt\\s+0\\b", text, 0, 0));
  g_assert_nonnull (strstr (text, "Ontmoetingsplek"));
  g_assert_nonnull (strstr (text, "Kansrijke plek"));

  /* sizes: one row less, shorter; no categories and no title, nothing */
  wk_map_renderer_draw_legend (renderer, NULL, 0, 0, some, NULL, &w3, &h3);
  wk_map_renderer_draw_legend (renderer, NULL, 0, 0, none, NULL, &w0, &h0);
  g_assert_cmpfloat (h0, >, h3);
  wk_map_renderer_set_categories (renderer, NULL, 0);
  wk_map_renderer_draw_legend (renderer, NULL, 0, 0, NULL, NULL, &w0, &h0);
  g_assert_cmpfloat (w0, ==, 0.);
  g_assert_cmpfloat (h0, ==, 0.);
}

static void
draw_labels_cb (WkMapRenderer *renderer,
                cairo_t       *cr,
                gpointer       data)
{
  GArray *marks = data;

  wk_map_renderer_draw_marks (renderer, cr, (WkMapMark *) (gpointer) marks->data, marks->len, TRUE);
}

static void
test_labels (void)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, TRUE, sizeof (WkMapMark));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  /* ten on one spot: only the one on top is named */
  for (guint i = 0; i < 10; i++)
    {
      char *name = g_strdup_printf ("Stapel%u", i);
      WkMapMark mark = { 100., 100., 0, name, 0 };

      g_ptr_array_add (names, name);
      g_array_append_val (marks, mark);
    }
  /* ten far apart: all named */
  for (guint i = 0; i < 10; i++)
    {
      char *name = g_strdup_printf ("Los%u", i);
      WkMapMark mark = { 60. + 90. * i, 300., 1, name, 0 };

      g_ptr_array_add (names, name);
      g_array_append_val (marks, mark);
    }
  text = draw_pdf_text (1000, 400, draw_labels_cb, marks);
  g_assert_cmpuint (count (text, "Stapel"), ==, 1);
  g_assert_nonnull (strstr (text, "Stapel9"));
  g_assert_cmpuint (count (text, "Los"), ==, 10);
  g_clear_pointer (&text, g_free);

  /* a thousand far apart: no more than WK_MAP_MAX_LABELS */
  g_array_set_size (marks, 0);
  for (guint i = 0; i < 1000; i++)
    {
      char *name = g_strdup_printf ("Plek%u", i);
      WkMapMark mark = { 60. + 150. * (i % 30), 60. + 60. * (i / 30), 2, name, 0 };

      g_ptr_array_add (names, name);
      g_array_append_val (marks, mark);
    }
  text = draw_pdf_text (4600, 2100, draw_labels_cb, marks);
  g_assert_cmpuint (count (text, "Plek"), ==, WK_MAP_MAX_LABELS);
}

static void
test_attribution (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  double rgba[4], darkest = 1.;

  /* on a black map the corner is still light, with dark text on it */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  wk_map_renderer_draw_attribution (renderer, cr, 400, 300, "© OpenStreetMap-bijdragers");
  cairo_destroy (cr);
  pixel (surface, 399, 299, rgba);
  g_assert_cmpfloat (rgba[0], >, .8);
  pixel (surface, 2, 299, rgba);
  assert_color (rgba, 0, 0, 0, 1e-9);
  for (int x = 250; x < 400; x++)
    {
      pixel (surface, x, 292, rgba);
      darkest = MIN (darkest, rgba[0]);
    }
  g_assert_cmpfloat (darkest, <, .4);
  cairo_surface_destroy (surface);
}

/* ---- palettes ---- */

static double
luma (const double rgba[4])
{
  return .2126 * rgba[0] + .7152 * rgba[1] + .0722 * rgba[2];
}

/* the share of the pixels in the box darker than .25, and the lightest one */
static double
dark_share (cairo_surface_t *surface,
            int              x1,
            int              y1,
            int              x2,
            int              y2,
            double          *lightest)
{
  guint dark = 0, n = 0;

  *lightest = 0.;
  for (int y = y1; y < y2; y++)
    for (int x = x1; x < x2; x++)
      {
        double rgba[4];

        pixel (surface, x, y, rgba);
        dark += luma (rgba) < .25;
        *lightest = MAX (*lightest, luma (rgba));
        n++;
      }
  return (double) dark / n;
}

/* the label under a pin at (150, 40), on a white map; the pin above it */
static cairo_surface_t *
draw_label (WkMapRenderer *renderer)
{
  cairo_surface_t *surface = white_surface (300, 100);
  WkMapMark mark = { 150., 40., 1, "Buurthuis De Kroon", 0 };
  cairo_t *cr = cairo_create (surface);

  wk_map_renderer_draw_marks (renderer, cr, &mark, 1, TRUE);
  cairo_destroy (cr);
  return surface;
}

static void
test_palette (void)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();
  const guint counts[] = { 3, 1, 0 };
  cairo_surface_t *surface;
  double rgba[4], lightest, share;
  double w, h;
  cairo_t *cr;

  g_assert_cmpint (wk_map_renderer_get_palette (renderer), ==, WK_PALETTE_NORMAL);

  /* by default dark text on a light backdrop */
  surface = draw_label (renderer);
  share = dark_share (surface, 120, 48, 180, 58, &lightest);
  g_assert_cmpfloat (share, >, .03);
  g_assert_cmpfloat (share, <, .5);
  cairo_surface_destroy (surface);

  /* the dark projector: light text on a dark backdrop, even for a label
   * drawn before (its image is made again) */
  wk_map_renderer_set_palette (renderer, WK_PALETTE_PROJECTOR_DARK);
  g_assert_cmpint (wk_map_renderer_get_palette (renderer), ==, WK_PALETTE_PROJECTOR_DARK);
  surface = draw_label (renderer);
  share = dark_share (surface, 120, 48, 180, 58, &lightest);
  g_assert_cmpfloat (share, >, .5);
  g_assert_cmpfloat (lightest, >, .85);
  /* at the backdrop's left end, beside the text: .92 black over white */
  pixel (surface, 150, 50, rgba);
  /* the pin keeps its colour */
  pixel (surface, 150, 40 - 6, rgba);
  assert_color (rgba, .1, .3, .8, .03);
  cairo_surface_destroy (surface);

  /* the legend's panel: black, the text on it white */
  surface = white_surface (400, 200);
  cr = cairo_create (surface);
  wk_map_renderer_draw_legend (renderer, cr, 20., 20., counts, "Legenda", &w, &h);
  cairo_destroy (cr);
  pixel (surface, (int) (20. + w - 4.), (int) (20. + h / 2.), rgba);
  g_assert_cmpfloat (luma (rgba), <, .1);
  share = dark_share (surface, 24, 24, (int) (20. + w - 4.), (int) (20. + h - 4.), &lightest);
  g_assert_cmpfloat (lightest, >, .9);
  g_assert_cmpfloat (share, >, .5);
  /* outside it, the map */
  pixel (surface, 10, 10, rgba);
  assert_color (rgba, 1, 1, 1, 1e-9);
  cairo_surface_destroy (surface);

  /* the light projector: black text on white */
  wk_map_renderer_set_palette (renderer, WK_PALETTE_PROJECTOR_LIGHT);
  surface = white_surface (400, 200);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, .2, .2, .2);   /* a dark aerial photo */
  cairo_paint (cr);
  wk_map_renderer_draw_legend (renderer, cr, 20., 20., counts, "Legenda", &w, &h);
  cairo_destroy (cr);
  pixel (surface, (int) (20. + w - 4.), (int) (20. + h / 2.), rgba);
  g_assert_cmpfloat (luma (rgba), >, .9);
  share = dark_share (surface, 28, 28, (int) (20. + w - 8.), 44, &lightest);
  g_assert_cmpfloat (share, >, .02);   /* the title's letters */
  g_assert_cmpfloat (share, <, .5);
  cairo_surface_destroy (surface);

  /* and back: as before */
  wk_map_renderer_set_palette (renderer, WK_PALETTE_NORMAL);
  surface = draw_label (renderer);
  share = dark_share (surface, 120, 48, 180, 58, &lightest);
  g_assert_cmpfloat (share, <, .5);
  cairo_surface_destroy (surface);
}

/* ---- exports ---- */

static void
background_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  cairo_set_source_rgb (cr, .9, .95, .85);
  cairo_paint (cr);
}

static const WkMapMark export_marks[] = {
  { 200., 300., 0, "Buurthuis De Kroon", 0 },
  { 500., 350., 1, "Huisartsenpost", 0 },
  { 650., 200., 2, NULL, WK_MAP_MARK_STREET_LEVEL },
};
static const guint export_pairs[] = { 0, 1, 1, 2 };
static const int export_strengths[] = { 3, 1 };
static const guint export_counts[] = { 1, 1, 1 };

static gboolean
export (const char      *path,
        WkExportFormat   format,
        WkPaperSize      paper,
        WkOrientation    orientation,
        GError         **error)
{
  g_autoptr(WkMapRenderer) renderer = new_renderer ();

  return wk_map_export (renderer, path, format, paper, orientation, 800, 500, background_cb, NULL,
                        export_marks, G_N_ELEMENTS (export_marks), export_pairs, export_strengths, 2,
                        export_counts, "Wijk “De Linde”", "Kaart van 05-01-2026",
                        "Kaart: © PDOK", error);
}

static void
test_export_png (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wk-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kaart.png", NULL);
  cairo_surface_t *png;
  double rgba[4];

  g_assert_true (export (path, WK_EXPORT_PNG, WK_PAPER_A4, WK_ORIENTATION_LANDSCAPE, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 500);
  /* the pins where they were placed, the base map under everything else */
  pixel (png, 200, 294, rgba);
  assert_color (rgba, .8, .1, .1, .03);
  pixel (png, 500, 344, rgba);
  assert_color (rgba, .1, .3, .8, .03);
  pixel (png, 798, 498, rgba);
  g_assert_cmpfloat (rgba[0], >, .97);   /* the attribution's panel, not the map */
  pixel (png, 400, 120, rgba);
  assert_color (rgba, .9, .95, .85, .01);
  /* the title bar over the top */
  pixel (png, 700, 5, rgba);
  g_assert_cmpfloat (rgba[0], >, .98);
  cairo_surface_destroy (png);

  /* nothing left behind beside it */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wk-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kaart.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  double w, h;

  if (!g_find_program_in_path ("pdftotext") || !g_find_program_in_path ("pdfinfo"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_true (export (path, WK_EXPORT_PDF, WK_PAPER_A4, WK_ORIENTATION_LANDSCAPE, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Wijk “De Linde”"));
  g_assert_nonnull (strstr (text, "Kaart van 05-01-2026"));
  g_assert_nonnull (strstr (text, "Kaart: © PDOK"));
  g_assert_nonnull (strstr (text, "Buurthuis De Kroon"));
  g_assert_nonnull (strstr (text, "Huisartsenpost"));
  g_assert_true (g_regex_match_simple ("Zorgpunt\\s+1\\b", text, 0, 0));
  info = run ((const char * const []) { "pdfinfo", path, NULL });
  g_assert_cmpint (sscanf (strstr (info, "Page size:"), "Page size: %lf x %lf", &w, &h), ==, 2);
  g_assert_cmpfloat_with_epsilon (w, 841.89, .1);
  g_assert_cmpfloat_with_epsilon (h, 595.28, .1);
  g_clear_pointer (&info, g_free);

  g_assert_true (export (path, WK_EXPORT_PDF, WK_PAPER_A3, WK_ORIENTATION_PORTRAIT, &error));
  info = run ((const char * const []) { "pdfinfo", path, NULL });
  g_assert_cmpint (sscanf (strstr (info, "Page size:"), "Page size: %lf x %lf", &w, &h), ==, 2);
  g_assert_cmpfloat_with_epsilon (w, 841.89, .1);
  g_assert_cmpfloat_with_epsilon (h, 1190.55, .1);

  /* no SVG of a map; nor a file in a folder that is not there */
  g_assert_false (export (path, WK_EXPORT_SVG, WK_PAPER_A4, WK_ORIENTATION_LANDSCAPE, &error));
  g_assert_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED);
  g_clear_error (&error);
  g_unlink (path);
  g_rmdir (dir);
  g_assert_false (export (path, WK_EXPORT_PNG, WK_PAPER_A4, WK_ORIENTATION_LANDSCAPE, &error));
  g_assert_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_WRITE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/pin-color", test_pin_color);
  g_test_add_func ("/map/dimmed", test_dimmed);
  g_test_add_func ("/map/street-level", test_street_level);
  g_test_add_func ("/map/recorded", test_recorded);
  g_test_add_func ("/map/hidpi", test_hidpi);
  g_test_add_func ("/map/hit-shape", test_hit_shape);
  g_test_add_func ("/map/hit-many", test_hit_many);
  g_test_add_func ("/map/privacy-latlon", test_street_level_latlon);
  g_test_add_func ("/map/privacy-xy", test_street_level_xy);
  g_test_add_func ("/map/legend", test_legend);
  g_test_add_func ("/map/labels", test_labels);
  g_test_add_func ("/map/attribution", test_attribution);
  g_test_add_func ("/map/palette", test_palette);
  g_test_add_func ("/map/export-png", test_export_png);
  g_test_add_func ("/map/export-pdf", test_export_pdf);

  return g_test_run ();
}

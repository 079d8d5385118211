/* bench-map-view.c: the community map's budgets (issue 5), for build-aux/dev bench
 * SPDX-License-Identifier: EUPL-1.2
 *
 *   - 5,000 pins: one frame of the map view (the real widget, its base image
 *     and pins), rendered offscreen to a 1920 × 1080 texture: at most 16 ms;
 *   - dropping a pin to stored (wk_store_create_pin with the live list and
 *     the view listening, in a file with WAL): at most 10 ms.
 *
 * Runs on a display (tests/headless.sh). Prints "map-view:" lines; exits 1
 * when a budget is missed.
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "wk-bench.h"
#include "wk-map-view.h"

#define BUDGET_FRAME_MS 16.0
#define BUDGET_DROP_MS  10.0
#define N_PINS          5000
#define WIDTH           1920
#define HEIGHT          1080

static cairo_status_t
png_append (void                *array,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (array, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A plan of 1,600 × 1,000 pixels: blocks and streets, like the example. */
static GBytes *
base_image (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 1000);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.95, 0.93, 0.88);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.85, 0.80, 0.72);
  for (int x = 20; x < 1600; x += 160)
    for (int y = 20; y < 1000; y += 125)
      cairo_rectangle (cr, x, y, 130, 95);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, png_append, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(GBytes) image_bytes = base_image ();
  g_autoptr(WkMapImage) image = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pans = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) zooms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  GListModel *categories;
  GtkWidget *window, *view;
  WkWijk *wijk;
  double frame_median, frame_p95, drop_median, drop_p95;
  gboolean within;

  setlocale (LC_ALL, "");
  gtk_init ();

  dir = g_dir_make_tmp ("wk-bench-map-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_file_new_build_filename (dir, "kaart.db", NULL);
  store = wk_store_open (file, &error);
  g_assert_no_error (error);
  wijk = wk_store_create_wijk (store, "Bankwijk", "Lindewaard", &error);
  g_assert_no_error (error);
  g_assert_true (wk_store_set_wijk_map_image (store, wijk, image_bytes, "image/png", &error));

  /* 5,000 pins in every category and two sessions, written in one go */
  {
    g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wk_pin_draft_free);
    static const char * const keys[] = { "meeting-place", "concern", "opportunity", "idea", "actor", "initiative" };

    for (guint i = 0; i < N_PINS; i++)
      {
        WkPinDraft *draft = wk_pin_draft_new ();

        g_free (draft->title);
        draft->title = g_strdup_printf ("Pin %u aan de Rietveldlaan", i);
        draft->x = g_rand_double (rand);
        draft->y = g_rand_double (rand);
        draft->category = g_strdup (keys[i % G_N_ELEMENTS (keys)]);
        draft->session = g_strdup (i % 2 ? "Bewonersavond" : "Buurtwandeling");
        g_ptr_array_add (drafts, draft);
      }
    g_assert_true (wk_store_import_pins (store, wijk, (WkPinDraft **) drafts->pdata, drafts->len, -1, NULL, &error));
    g_assert_no_error (error);
  }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  view = wk_map_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  wk_map_view_set_store (WK_MAP_VIEW (view), store);
  wk_map_view_set_wijk (WK_MAP_VIEW (view), wijk);
  image = wk_map_image_new_from_bytes (image_bytes, "image/png", &error);
  g_assert_no_error (error);
  wk_map_view_set_image (WK_MAP_VIEW (view), image);
  gtk_window_present (GTK_WINDOW (window));
  wk_bench_iterate_ms (500);
  g_assert_cmpuint (wk_map_view_get_n_shown (WK_MAP_VIEW (view)), ==, N_PINS);

  /* a frame: the widget drawn to a texture, as the window would; at rest
   * (every pin placed and drawn again, as after an edit or a hover), while
   * panning (the base picture moved along), and a zoom step */
  paintable = gtk_widget_paintable_new (view);
  for (int kind = 0; kind < 3; kind++)
    for (int i = 0; i < 35; i++)
      {
        GtkSnapshot *snapshot = gtk_snapshot_new ();
        g_autoptr(GskRenderNode) node = NULL;
        g_autoptr(GdkTexture) texture = NULL;
        gint64 start;
        double ms;

        /* never the node drawn last time: the widget draws afresh */
        gtk_widget_queue_draw (view);
        if (kind == 1)
          wk_map_view_pan_by (WK_MAP_VIEW (view), i % 2 ? 7 : -7, 3);
        else if (kind == 2)
          wk_map_view_zoom_by (WK_MAP_VIEW (view), i % 2 ? 1.05 : 1 / 1.05);
        start = g_get_monotonic_time ();
        gdk_paintable_snapshot (paintable, snapshot, WIDTH, HEIGHT);
        node = gtk_snapshot_free_to_node (snapshot);
        texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                               &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (i >= 5)   /* the sprites and the base picture are made once */
          g_array_append_val (kind == 0 ? frames : kind == 1 ? pans : zooms, ms);
      }
  wk_bench_iterate_ms (300);

  /* dropping a pin: stored, in the live list and on the view */
  categories = wk_store_get_pin_categories (store);
  for (int i = 0; i < 100; i++)
    {
      g_autoptr(WkRecord) category = g_list_model_get_item (categories, i % 6);
      WkPinSpot spot = { g_rand_double (rand), g_rand_double (rand), NAN, NAN };
      g_autofree char *title = g_strdup_printf ("Nieuw bankje %d", i);
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_assert_nonnull (wk_store_create_pin (store, wijk, &spot, wk_record_get_id (category), -1, title, &error));
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (drops, ms);
      wk_bench_iterate_ms (2);
    }
  g_assert_cmpuint (wk_map_view_get_n_shown (WK_MAP_VIEW (view)), ==, N_PINS + 100);

  frame_median = wk_bench_percentile (frames, 0.5);
  frame_p95 = wk_bench_percentile (frames, 0.95);
  drop_median = wk_bench_percentile (drops, 0.5);
  drop_p95 = wk_bench_percentile (drops, 0.95);
  within = frame_median <= BUDGET_FRAME_MS && drop_p95 <= BUDGET_DROP_MS;

  g_print ("map-view: a frame of %d pins, %d × %d, renderer %s: median %.1f ms, p95 %.1f ms; "
           "budget %.0f ms: %s (%.2f of it)\n",
           N_PINS, WIDTH, HEIGHT, G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
           frame_median, frame_p95, BUDGET_FRAME_MS,
           frame_median <= BUDGET_FRAME_MS ? "within" : "OVER", frame_median / BUDGET_FRAME_MS);
  g_print ("map-view: for reference, a frame while panning: median %.1f ms, p95 %.1f ms; "
           "a zoom step: median %.1f ms, p95 %.1f ms\n",
           wk_bench_percentile (pans, 0.5), wk_bench_percentile (pans, 0.95),
           wk_bench_percentile (zooms, 0.5), wk_bench_percentile (zooms, 0.95));
  g_print ("map-view: dropping a pin to stored: median %.2f ms, p95 %.2f ms; budget %.0f ms: %s (%.2f of it)\n",
           drop_median, drop_p95, BUDGET_DROP_MS, drop_p95 <= BUDGET_DROP_MS ? "within" : "OVER",
           drop_p95 / BUDGET_DROP_MS);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  {
    g_autofree char *path = g_file_get_path (file);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (path);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (dir);
  }
  return within ? 0 : 1;
}

/* bench-render.c: how long one frame of the network drawing takes, at 1,500 and 6,000 nodes
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A frame is what the network view redraws on every hover and drag. It is
 * timed straight into an image surface, and through a recording surface
 * replayed into one (what gtk_snapshot_append_cairo() leads to). Budget:
 * well under 16 ms at 1,500 nodes.
 *
 *   bench-render [--helper PATH-OF-wijkkaart] [N…]
 *
 * With the helper (the built app, or $WK_HELPER_PATH) the network is laid
 * out by Graphviz as the app does; without it, groups are placed in blocks.
 */
#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include "wk-layout.h"
#include "wk-renderer.h"
#include "wk-synthetic.h"

#define WIDTH   1920
#define HEIGHT  1080
#define ROUNDS  25

typedef enum {
  DIRECT,
  RECORDED,
} Path;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return (int) GPOINTER_TO_UINT (a) - (int) GPOINTER_TO_UINT (b);
}

/* Roughly what sfdp makes of it: each group together in a block of its
 * own, 80 points between neighbours, blocks side by side on shelves; the
 * relations inside a group are short, those between groups long. */
static void
place_nodes (WkNetwork *network,
             guint      n_actors)
{
  guint n = wk_network_get_n_nodes (network);
  g_autofree guint *communities = wk_synthetic_communities (n_actors, 42);
  g_autoptr(GHashTable) blocks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GList) keys = NULL;
  double shelf_x = 0., shelf_y = 0., shelf_height = 0.;
  double row_width = sqrt (n) * 80. * 1.2;

  for (guint i = 0; i < n; i++)
    {
      guint c = i < n_actors ? communities[i] : 0;
      GArray *members = g_hash_table_lookup (blocks, GUINT_TO_POINTER (c));

      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (blocks, GUINT_TO_POINTER (c), members);
        }
      g_array_append_val (members, i);
    }
  keys = g_list_sort (g_hash_table_get_keys (blocks), compare_keys);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      GArray *members = g_hash_table_lookup (blocks, l->data);
      guint side = (guint) ceil (sqrt (members->len));
      double size = side * 80.;

      if (shelf_x > 0. && shelf_x + size > row_width)
        {
          shelf_x = 0.;
          shelf_y += shelf_height + 60.;
          shelf_height = 0.;
        }
      for (guint k = 0; k < members->len; k++)
        {
          WkNetworkNode *node = wk_network_get_node (network, g_array_index (members, guint, k));

          node->x = shelf_x + (k % side) * 80. + g_rand_double_range (rand, -15, 15);
          node->y = shelf_y + (k / side) * 80. + g_rand_double_range (rand, -15, 15);
          node->has_position = TRUE;
        }
      shelf_x += size + 60.;
      shelf_height = MAX (shelf_height, size);
    }
}

static void
draw_frame (WkRenderer            *renderer,
            cairo_surface_t       *target,
            const WkRenderOptions *options,
            const WkRect          *bounds,
            double                 zoom,
            Path                   path)
{
  cairo_surface_t *surface = target;
  cairo_t *cr;

  if (path == RECORDED)
    surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                              &(cairo_rectangle_t) { 0, 0, WIDTH, HEIGHT });
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, WIDTH / 2., HEIGHT / 2.);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -(bounds->x + bounds->width / 2.), -(bounds->y + bounds->height / 2.));
  wk_renderer_draw (renderer, cr, options);
  cairo_destroy (cr);

  if (path == RECORDED)
    {
      cr = cairo_create (target);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  cairo_surface_flush (target);
}

static double
time_frames (WkRenderer            *renderer,
             cairo_surface_t       *target,
             const WkRenderOptions *options,
             const WkRect          *bounds,
             double                 zoom,
             Path                   path)
{
  double times[ROUNDS];

  for (int r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      draw_frame (renderer, target, options, bounds, zoom, path);
      times[r] = (g_get_monotonic_time () - start) / 1000.;
    }
  qsort (times, ROUNDS, sizeof (double), compare_doubles);
  return times[ROUNDS / 2];
}

static const char *helper;

static void
bench (guint n)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (n, 42);
  g_autoptr(WkRenderer) renderer = NULL;
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  WkRenderOptions options;
  WkRect bounds;
  double fit, first;
  gint64 start;
  guint n_nodes;

  if (helper != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) points = NULL;
      WkLayoutOptions layout;

      wk_layout_options_init (&layout);
      wk_layout_set_helper_path (helper);
      points = wk_layout_run (network, &layout, NULL, &error);
      if (points == NULL)
        g_error ("Layout failed: %s", error->message);
      wk_layout_apply (network, points);
    }
  else
    place_nodes (network, n);
  n_nodes = wk_network_get_n_nodes (network);
  renderer = wk_renderer_new (network);
  wk_render_options_init (&options);
  options.hide_personal_data = TRUE;

  start = g_get_monotonic_time ();
  wk_renderer_get_bounds (renderer, &options, &bounds);
  first = (g_get_monotonic_time () - start) / 1000.;
  fit = MIN (WIDTH / bounds.width, HEIGHT / bounds.height);

  g_print ("%u nodes, %u edges, %d × %d px, %s\n", n_nodes, wk_network_get_n_edges (network),
           WIDTH, HEIGHT, helper != NULL ? "Graphviz layout" : "groups in blocks");
  g_print ("  laying out all labels once (first frame)      %7.2f ms\n", first);

  for (int p = DIRECT; p <= RECORDED; p++)
    {
      const char *via = p == DIRECT ? "image    " : "recording";

      options.highlight = -1;
      options.min_label_pixels = 0.;
      g_print ("  %s whole network, every label          %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.show_labels = FALSE;
      g_print ("  %s whole network, no labels            %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.show_labels = TRUE;
      options.min_label_pixels = 5.;
      g_print ("  %s whole network, labels ≥ 5 px        %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.highlight = n_nodes / 2;
      g_print ("  %s whole network, hovering a node      %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.highlight = -1;
      g_print ("  %s zoom 100 %%                          %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, 1., p));
      options.highlight = n_nodes / 2;
      g_print ("  %s zoom 100 %%, hovering a node         %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, 1., p));

      /* a view that keeps the background in a texture redraws only this */
      options.layer = WK_RENDER_LAYER_FOREGROUND;
      g_print ("  %s hover layer over a cached texture   %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.foreground = options.highlight;
      g_print ("  %s drag layer over a cached texture    %7.2f ms\n", via,
               time_frames (renderer, target, &options, &bounds, fit, p));
      options.layer = WK_RENDER_LAYER_ALL;
      options.foreground = -1;
    }
  cairo_surface_destroy (target);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  helper = g_getenv ("WK_HELPER_PATH");
  if (argc > 2 && g_str_equal (argv[1], "--helper"))
    {
      helper = argv[2];
      argv += 2;
      argc -= 2;
    }
  g_print ("median of %d frames\n", ROUNDS);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      bench (atoi (argv[i]));
  else
    {
      bench (1500);
      bench (6000);
    }
  return 0;
}

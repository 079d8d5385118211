/* test-tiles.c: web-map tiles drawn through WkTileSource, on a private X server
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A loopback HTTP server in the test serves solid-colour PNG tiles and notes
 * what it was asked; a ShumateMap over wk_tile_source_create_map_source()
 * draws them, and the test reads the drawn pixels back. Also: tiles from
 * the disk cache when the server is gone, a failing server, stale cache
 * entries, and an MBTiles file as the offline map.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <sqlite3.h>
#include <utime.h>

#include "wk-test-ui.h"
#include "wk-tile-source.h"

#define SERVER_COLOUR   0x2e8b57   /* sea green */
#define SERVER_COLOUR_2 0xd2691e   /* chocolate */
#define MBTILES_COLOUR  0x4169e1   /* royal blue */

/* Amsterdam at zoom 12: every tile comes from the server in the test */
#define LATITUDE  52.37
#define LONGITUDE 4.89
#define ZOOM      12

/* The tile server ----------------------------------------------------------- */

typedef enum {
  SERVE_PNG,
  SERVE_ERROR,       /* HTTP 500 */
  SERVE_NOT_IMAGE,   /* 200 with an HTML page, as captive portals do */
} ServeMode;

typedef struct
{
  SoupServer *server;
  char       *url;           /* the template, http://127.0.0.1:port/{z}/{x}/{y}.png */
  ServeMode   mode;
  gboolean    not_modified;   /* 304 to every If-Modified-Since */
  GBytes     *png;
  GPtrArray  *paths;
  GPtrArray  *user_agents;
  GPtrArray  *if_modified_since;   /* "" when the request had none */
} TileServer;

static GBytes *
solid_png (guint32 rgb)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 256, 256);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, (rgb << 8) | 0xff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  TileServer *server = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);
  const char *since = soup_message_headers_get_one (headers, "If-Modified-Since");
  static const char page[] = "<html><body>Log in to the wifi first</body></html>";

  g_ptr_array_add (server->paths, g_strdup (path));
  g_ptr_array_add (server->user_agents,
                   g_strdup (soup_message_headers_get_one (headers, "User-Agent")));
  g_ptr_array_add (server->if_modified_since, g_strdup (since != NULL ? since : ""));

  if (server->not_modified && since != NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  switch (server->mode)
    {
    case SERVE_PNG:
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (server->png, NULL),
                                        g_bytes_get_size (server->png));
      break;
    case SERVE_ERROR:
      soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "oops", 4);
      break;
    case SERVE_NOT_IMAGE:
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_STATIC, page,
                                        strlen (page));
      break;
    }
}

static TileServer *
tile_server_new (ServeMode mode,
                 guint32   rgb)
{
  TileServer *server = g_new0 (TileServer, 1);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server->mode = mode;
  server->png = solid_png (rgb);
  server->paths = g_ptr_array_new_with_free_func (g_free);
  server->user_agents = g_ptr_array_new_with_free_func (g_free);
  server->if_modified_since = g_ptr_array_new_with_free_func (g_free);
  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, NULL, server_cb, server, NULL);
  g_assert_true (soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY,
                                           &error));
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  g_assert_nonnull (uris);
  server->url = g_strdup_printf ("http://127.0.0.1:%d/{z}/{x}/{y}.png",
                                 g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return server;
}

/* Closes the port: a client now gets "connection refused". */
static void
tile_server_stop (TileServer *server)
{
  soup_server_disconnect (server->server);
}

static void
tile_server_free (TileServer *server)
{
  soup_server_disconnect (server->server);
  g_object_unref (server->server);
  g_free (server->url);
  g_bytes_unref (server->png);
  g_ptr_array_unref (server->paths);
  g_ptr_array_unref (server->user_agents);
  g_ptr_array_unref (server->if_modified_since);
  g_free (server);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TileServer, tile_server_free)

/* The map and its pixels ---------------------------------------------------- */

typedef struct
{
  GtkWindow  *window;
  ShumateMap *map;
} MapWindow;

static MapWindow
show_map (WkTileSource *source,
          double        latitude,
          double        longitude,
          int           zoom)
{
  g_autoptr(ShumateMapSource) map_source = NULL;
  ShumateViewport *viewport;
  MapWindow shown;

  map_source = wk_tile_source_create_map_source (source, "test", "Test map", "© test", 0, 19);
  g_assert_true (SHUMATE_IS_RASTER_RENDERER (map_source));
  g_assert_cmpuint (shumate_map_source_get_tile_size (map_source), ==, 256);
  g_assert_cmpstr (shumate_map_source_get_license (map_source), ==, "© test");
  g_assert_cmpuint (shumate_map_source_get_max_zoom_level (map_source), ==, 19);

  shown.map = shumate_map_new ();
  viewport = shumate_map_get_viewport (shown.map);
  shumate_viewport_set_reference_map_source (viewport, map_source);
  shumate_map_add_layer (shown.map,
                         SHUMATE_LAYER (shumate_map_layer_new (map_source, viewport)));
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_map_center_on (shown.map, latitude, longitude);

  shown.window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (shown.window, 400, 300);
  gtk_window_set_child (shown.window, GTK_WIDGET (shown.map));
  gtk_window_present (shown.window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (shown.map))
            && gtk_widget_get_width (GTK_WIDGET (shown.map)) > 0, 5000);
  return shown;
}

typedef struct
{
  int      width;
  int      height;
  guint32 *pixels;   /* 0xAARRGGBB */
} Pixels;

static void
pixels_clear (Pixels *p)
{
  g_clear_pointer (&p->pixels, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pixels, pixels_clear)

/* The map as it is drawn now. */
static Pixels
render (ShumateMap *map)
{
  GtkWidget *widget = GTK_WIDGET (map);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  Pixels p;

  p.width = gtk_widget_get_width (widget);
  p.height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, p.width, p.height);
  node = gtk_snapshot_free_to_node (snapshot);
  p.pixels = g_new0 (guint32, p.width * p.height);
  if (node == NULL)
    return p;   /* nothing drawn at all: transparent */
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, p.width, p.height));
  gdk_texture_download (texture, (guchar *) p.pixels, p.width * 4);
  return p;
}

static guint32
rgb_at (const Pixels *p,
        int           x,
        int           y)
{
  g_assert_true (x >= 0 && x < p->width && y >= 0 && y < p->height);
  return p->pixels[y * p->width + x] & 0xffffff;
}

/* The middle and the four corners of the inner half of the map. */
static gboolean
drawn_in (const Pixels *p,
          guint32       rgb)
{
  const double points[][2] = {
    { 0.5, 0.5 }, { 0.25, 0.25 }, { 0.75, 0.25 }, { 0.25, 0.75 }, { 0.75, 0.75 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    if (rgb_at (p, p->width * points[i][0], p->height * points[i][1]) != rgb)
      return FALSE;
  return TRUE;
}

static guint
count_pixels (const Pixels *p,
              guint32       rgb)
{
  guint n = 0;

  for (int i = 0; i < p->width * p->height; i++)
    n += (p->pixels[i] & 0xffffff) == rgb;
  return n;
}

/* Waits (with the main loop running) until the map shows @rgb. */
static gboolean
wait_for_colour (ShumateMap *map,
                 guint32     rgb,
                 guint       ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  do
    {
      g_auto(Pixels) p = render (map);

      if (drawn_in (&p, rgb))
        return TRUE;
      wk_test_iterate (50);
    }
  while (g_get_monotonic_time () < end);
  return FALSE;
}

static void
close_map (MapWindow *shown)
{
  gtk_window_destroy (shown->window);
  /* let cancelled fetches and cache writes finish before the next test */
  wk_test_iterate (200);
}

/* Files below @dir, recursively. */
static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        n += count_files (path);
      else if (g_str_has_suffix (name, ".png"))
        n++;
    }
  return n;
}

static GPtrArray *temp_dirs;   /* removed at the end */

static char *
new_cache_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("wk-test-tiles-cache-XXXXXX", &error);

  g_assert_no_error (error);
  g_ptr_array_add (temp_dirs, g_strdup (dir));
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static guint
count_distinct (GPtrArray *strings)
{
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < strings->len; i++)
    g_hash_table_add (set, strings->pdata[i]);
  return g_hash_table_size (set);
}

/* (a) Tiles from the server, with our User-Agent ---------------------------- */

static void
test_server_tiles (void)
{
  g_autoptr(TileServer) server = tile_server_new (SERVE_PNG, SERVER_COLOUR);
  g_autofree char *cache_dir = new_cache_dir ();
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_url (server->url, cache_dir);
  g_autofree char *prefix = g_strdup_printf ("/%d/", ZOOM);
  MapWindow shown;

  g_assert_false (wk_tile_source_get_offline (source));
  g_assert_null (wk_tile_source_get_last_error (source));
  g_assert_cmpstr (wk_tile_source_get_url_template (source), ==, server->url);

  shown = show_map (source, LATITUDE, LONGITUDE, ZOOM);
  g_assert_true (wait_for_colour (shown.map, SERVER_COLOUR, 10000));

  g_assert_cmpuint (server->paths->len, >, 0);
  g_test_message ("%u tiles fetched for a 400×300 map", server->paths->len);
  for (guint i = 0; i < server->paths->len; i++)
    {
      const char *path = server->paths->pdata[i];
      const char *agent = server->user_agents->pdata[i];

      g_assert_true (g_str_has_prefix (path, prefix));
      g_assert_true (g_str_has_suffix (path, ".png"));
      g_assert_nonnull (agent);
      g_assert_true (g_str_has_prefix (agent, "Wijkkaart/"));
      g_assert_cmpstr (agent, ==, "Wijkkaart/" PACKAGE_VERSION " (+https://wijkkaart.nl)");
      g_assert_cmpstr (server->if_modified_since->pdata[i], ==, "");
    }
  /* the tile under the centre of Amsterdam: x = 2103, y = 1346 at zoom 12 */
  g_assert_true (g_ptr_array_find_with_equal_func (server->paths, "/12/2103/1346.png",
                                                   g_str_equal, NULL));
  /* each tile asked for once */
  g_assert_cmpuint (count_distinct (server->paths), ==, server->paths->len);
  g_assert_false (wk_tile_source_get_offline (source));

  /* every tile the server sent ends up in the cache, as <z>/<x>/<y>.png */
  WAIT_FOR (count_files (cache_dir) == server->paths->len, 5000);
  {
    g_autofree char *tile = g_build_filename (cache_dir, "12", "2103", "1346.png", NULL);
    g_autofree char *contents = NULL;
    gsize size = 0;

    g_assert_true (g_file_get_contents (tile, &contents, &size, NULL));
    g_assert_cmpmem (contents, size, g_bytes_get_data (server->png, NULL),
                     g_bytes_get_size (server->png));
  }
  close_map (&shown);
}

/* (b) The cache draws the map when the server is gone ----------------------- */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_cache_when_offline (void)
{
  g_autoptr(TileServer) server = tile_server_new (SERVE_PNG, SERVER_COLOUR);
  g_autofree char *cache_dir = new_cache_dir ();
  g_autoptr(WkTileSource) first = wk_tile_source_new_for_url (server->url, cache_dir);
  g_autoptr(WkTileSource) second = NULL;
  MapWindow shown;
  guint offline_notified = 0;

  shown = show_map (first, LATITUDE, LONGITUDE, ZOOM);
  g_assert_true (wait_for_colour (shown.map, SERVER_COLOUR, 10000));
  WAIT_FOR (count_files (cache_dir) == server->paths->len, 5000);
  close_map (&shown);

  tile_server_stop (server);

  second = wk_tile_source_new_for_url (server->url, cache_dir);
  g_signal_connect (second, "notify::offline", G_CALLBACK (count_notify_cb), &offline_notified);
  shown = show_map (second, LATITUDE, LONGITUDE, ZOOM);
  g_assert_true (wait_for_colour (shown.map, SERVER_COLOUR, 10000));
  /* fresh tiles came from the disk alone: nothing was fetched, so nothing failed */
  wk_test_iterate (300);
  g_assert_false (wk_tile_source_get_offline (second));
  g_assert_cmpuint (offline_notified, ==, 0);

  /* elsewhere nothing is cached: the fetch fails and the source says so */
  shumate_map_center_on (shown.map, -33.86, 151.21);
  WAIT_FOR (wk_tile_source_get_offline (second), 10000);
  g_assert_cmpuint (offline_notified, ==, 1);
  g_assert_nonnull (wk_tile_source_get_last_error (second));
  g_assert_cmpstr (wk_tile_source_get_last_error (second), !=, "");
  g_test_message ("offline: %s", wk_tile_source_get_last_error (second));
  close_map (&shown);
}

/* (c) A failing server: offline, a message, nothing drawn ------------------- */

static void
assert_failing_server (ServeMode   mode,
                       const char *expected_in_error)
{
  g_autoptr(TileServer) server = tile_server_new (mode, SERVER_COLOUR);
  g_autofree char *cache_dir = new_cache_dir ();
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_url (server->url, cache_dir);
  g_auto(Pixels) p = { 0, };
  MapWindow shown;
  const char *message;
  guint n_requests;

  shown = show_map (source, LATITUDE, LONGITUDE, ZOOM);
  WAIT_FOR (wk_tile_source_get_offline (source), 10000);
  message = wk_tile_source_get_last_error (source);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  g_test_message ("last-error: %s", message);
  if (expected_in_error != NULL)
    g_assert_nonnull (strstr (message, expected_in_error));

  /* until every tile has been asked for and refused */
  do
    {
      n_requests = server->paths->len;
      wk_test_iterate (300);
    }
  while (server->paths->len != n_requests);
  g_assert_cmpuint (n_requests, >, 0);

  p = render (shown.map);
  g_assert_cmpuint (count_pixels (&p, SERVER_COLOUR), ==, 0);
  g_assert_cmpuint (count_files (cache_dir), ==, 0);
  g_assert_true (wk_tile_source_get_offline (source));
  close_map (&shown);
}

static void
test_server_error (void)
{
  assert_failing_server (SERVE_ERROR, "500");
}

static void
test_server_not_image (void)
{
  assert_failing_server (SERVE_NOT_IMAGE, NULL);
}

/* Fetches one tile through the ShumateDataSource API. */
typedef struct
{
  GBytes   *result;
  GError   *error;
  gboolean  done;
  guint     received;   /* received-data emissions */
  GBytes   *last_received;
} Fetch;

static void
fetch_received_cb (ShumateDataSource *source,
                   int                x,
                   int                y,
                   int                zoom,
                   GBytes            *bytes,
                   Fetch             *fetch)
{
  fetch->received++;
  g_clear_pointer (&fetch->last_received, g_bytes_unref);
  fetch->last_received = g_bytes_ref (bytes);
}

static void
fetch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Fetch *fetch = user_data;

  fetch->result = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (object), result,
                                                            &fetch->error);
  fetch->done = TRUE;
}

static void
fetch_clear (Fetch *fetch)
{
  g_clear_pointer (&fetch->result, g_bytes_unref);
  g_clear_error (&fetch->error);
  g_clear_pointer (&fetch->last_received, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fetch, fetch_clear)

static void
fetch_tile (WkTileSource *source,
            int           x,
            int           y,
            int           zoom,
            Fetch        *fetch)
{
  gulong handler = g_signal_connect (source, "received-data", G_CALLBACK (fetch_received_cb),
                                     fetch);

  fetch_clear (fetch);
  memset (fetch, 0, sizeof *fetch);
  shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (source), x, y, zoom, NULL,
                                           fetch_done_cb, fetch);
  WAIT_FOR (fetch->done, 10000);
  g_signal_handler_disconnect (source, handler);
}

static void
make_stale (const char *path)
{
  struct utimbuf times;

  times.actime = times.modtime = time (NULL) - 8 * 24 * 3600;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

#define assert_bytes_equal(a, b) \
  g_assert_cmpmem (g_bytes_get_data ((a), NULL), g_bytes_get_size (a), \
                   g_bytes_get_data ((b), NULL), g_bytes_get_size (b))

/* A week-old tile is shown at once, then asked for again; kept when the
 * server cannot be reached. */
static void
test_stale_cache (void)
{
  g_autoptr(TileServer) server = tile_server_new (SERVE_PNG, SERVER_COLOUR);
  g_autofree char *cache_dir = new_cache_dir ();
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_url (server->url, cache_dir);
  g_autofree char *tile = g_build_filename (cache_dir, "5", "16", "10.png", NULL);
  g_autoptr(GBytes) first_png = g_bytes_ref (server->png);
  g_auto(Fetch) fetch = { 0, };

  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  assert_bytes_equal (fetch.result, first_png);
  g_assert_cmpuint (fetch.received, ==, 1);
  g_assert_cmpuint (server->paths->len, ==, 1);
  g_assert_cmpstr (server->paths->pdata[0], ==, "/5/16/10.png");
  g_assert_true (g_file_test (tile, G_FILE_TEST_IS_REGULAR));

  /* fresh: from the disk, the server is not asked */
  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  assert_bytes_equal (fetch.result, first_png);
  g_assert_cmpuint (server->paths->len, ==, 1);

  /* stale: the old one at once, then the server's new one */
  make_stale (tile);
  g_bytes_unref (server->png);
  server->png = solid_png (SERVER_COLOUR_2);
  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (fetch.received, ==, 2);
  assert_bytes_equal (fetch.result, server->png);
  assert_bytes_equal (fetch.last_received, server->png);
  g_assert_cmpuint (server->paths->len, ==, 2);
  g_assert_cmpstr (server->if_modified_since->pdata[1], !=, "");
  {
    g_autofree char *contents = NULL;
    gsize size = 0;

    g_assert_true (g_file_get_contents (tile, &contents, &size, NULL));
    g_assert_cmpmem (contents, size, g_bytes_get_data (server->png, NULL),
                     g_bytes_get_size (server->png));
  }

  /* stale, and the server says it has not changed: kept, and fresh again */
  make_stale (tile);
  server->not_modified = TRUE;
  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  assert_bytes_equal (fetch.result, server->png);
  g_assert_cmpuint (server->paths->len, ==, 3);
  g_assert_cmpstr (server->if_modified_since->pdata[2], !=, "");
  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (server->paths->len, ==, 3);
  server->not_modified = FALSE;

  /* stale and the server gone: the cached tile is the result, and we are offline */
  make_stale (tile);
  tile_server_stop (server);
  fetch_tile (source, 16, 10, 5, &fetch);
  g_assert_no_error (fetch.error);
  assert_bytes_equal (fetch.result, server->png);
  g_assert_true (wk_tile_source_get_offline (source));

  /* a tile never cached fails with an error */
  fetch_tile (source, 17, 10, 5, &fetch);
  g_assert_null (fetch.result);
  g_assert_nonnull (fetch.error);
  g_assert_cmpuint (fetch.received, ==, 0);
}

/* Back online after a good fetch; last-error cleared. */
static void
test_back_online (void)
{
  g_autoptr(TileServer) server = tile_server_new (SERVE_ERROR, SERVER_COLOUR);
  g_autofree char *cache_dir = new_cache_dir ();
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_url (server->url, cache_dir);
  g_auto(Fetch) fetch = { 0, };

  fetch_tile (source, 1, 1, 1, &fetch);
  g_assert_nonnull (fetch.error);
  g_assert_true (wk_tile_source_get_offline (source));
  g_assert_nonnull (strstr (wk_tile_source_get_last_error (source), "500"));

  server->mode = SERVE_PNG;
  fetch_tile (source, 1, 1, 1, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_false (wk_tile_source_get_offline (source));
  g_assert_null (wk_tile_source_get_last_error (source));

  /* TMS servers: {-y} counts rows from the south */
  {
    g_autofree char *tms = g_strdup_printf ("%.*s{z}/{x}/{-y}.png",
                                            (int) (strstr (server->url, "{z}") - server->url),
                                            server->url);
    g_autoptr(WkTileSource) tms_source = wk_tile_source_new_for_url (tms, cache_dir);

    fetch_tile (tms_source, 3, 1, 2, &fetch);
    g_assert_no_error (fetch.error);
    g_assert_cmpstr (server->paths->pdata[server->paths->len - 1], ==, "/2/3/2.png");
  }

  /* not an address at all: offline, with a message; no critical */
  {
    g_autoptr(WkTileSource) bad = wk_tile_source_new_for_url ("file:///tiles/{z}/{x}/{y}.png",
                                                              cache_dir);

    fetch_tile (bad, 0, 0, 1, &fetch);
    g_assert_nonnull (fetch.error);
    g_assert_true (wk_tile_source_get_offline (bad));
    g_assert_nonnull (strstr (wk_tile_source_get_last_error (bad), "file:///"));
  }
}

static void
test_default_cache_dir (void)
{
  const char *osm = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  g_autofree char *dir = wk_tile_source_default_cache_dir (osm);
  g_autofree char *other = wk_tile_source_default_cache_dir ("https://example.org/{z}/{x}/{y}.png");
  g_autofree char *expected_parent = g_build_filename (g_get_user_cache_dir (), "wijkkaart",
                                                       "tiles", NULL);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *base = g_path_get_basename (dir);
  g_autofree char *sha1 = g_compute_checksum_for_string (G_CHECKSUM_SHA1, osm, -1);

  g_assert_cmpstr (parent, ==, expected_parent);
  g_assert_cmpuint (strlen (base), ==, 16);
  g_assert_true (g_str_has_prefix (sha1, base));
  g_assert_cmpstr (dir, !=, other);
}

static void
test_providers (void)
{
  guint n = 0;
  const WkTileProvider *providers = wk_tile_providers (&n);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (providers[0].id, ==, "pdok-brt");
  g_assert_cmpstr (providers[0].url, ==,
                   "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/"
                   "EPSG:3857/{z}/{x}/{y}.png");
  g_assert_cmpstr (providers[0].license, ==, "Kaartgegevens © Kadaster");
  g_assert_cmpint (providers[0].max_zoom, ==, 19);
  g_assert_cmpstr (providers[1].id, ==, "osm");
  g_assert_cmpstr (providers[1].url, ==, "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  g_assert_cmpstr (providers[1].license, ==, "© OpenStreetMap-bijdragers");
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (providers[i].name);
      g_assert_nonnull (strstr (providers[i].url, "{z}"));
      g_assert_true (g_str_has_prefix (providers[i].url, "https://"));
    }
}

/* (d) An MBTiles file as the map -------------------------------------------- */

/* Every tile of zoom @zoom in one colour; rows as the file counts them (TMS). */
static char *
write_mbtiles (const char *name,
               int         zoom,
               guint32     rgb)
{
  g_autoptr(GBytes) png = solid_png (rgb);
  char *path = g_build_filename (tmpdir, name, NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_remove (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE metadata (name TEXT, value TEXT);"
                                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                                 "                    tile_row INTEGER, tile_data BLOB);"
                                 "INSERT INTO metadata VALUES ('name', 'Buurthuis offline'),"
                                 "  ('format', 'png'), ('attribution', '© Wijkkaart test');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  for (int x = 0; x < 1 << zoom; x++)
    for (int row = 0; row < 1 << zoom; row++)
      {
        sqlite3_bind_int (stmt, 1, zoom);
        sqlite3_bind_int (stmt, 2, x);
        sqlite3_bind_int (stmt, 3, row);
        sqlite3_bind_blob (stmt, 4, g_bytes_get_data (png, NULL), g_bytes_get_size (png),
                           SQLITE_STATIC);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
        sqlite3_reset (stmt);
      }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return path;
}

static void
test_mbtiles_map (void)
{
  g_autofree char *path = write_mbtiles ("buurthuis.mbtiles", 3, MBTILES_COLOUR);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_mbtiles (path, &error);
  g_auto(Fetch) fetch = { 0, };
  MapWindow shown;

  g_assert_no_error (error);
  g_assert_nonnull (source);
  g_assert_nonnull (wk_tile_source_get_mbtiles (source));
  g_assert_cmpstr (wk_mbtiles_get_name (wk_tile_source_get_mbtiles (source)), ==,
                   "Buurthuis offline");
  g_assert_null (wk_tile_source_get_url_template (source));

  shown = show_map (source, LATITUDE, LONGITUDE, 3);
  g_assert_true (wait_for_colour (shown.map, MBTILES_COLOUR, 10000));
  g_assert_false (wk_tile_source_get_offline (source));

  /* zoom 4 is not in the file: no tile, an error, no crash */
  fetch_tile (source, 0, 0, 4, &fetch);
  g_assert_null (fetch.result);
  g_assert_error (fetch.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (wk_tile_source_get_offline (source));
  close_map (&shown);
}

static void
assert_mbtiles_refused (const char *path,
                        int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkTileSource) source = wk_tile_source_new_for_mbtiles (path, &error);
  g_autofree char *base = g_path_get_basename (path);

  g_assert_null (source);
  g_assert_error (error, WK_MBTILES_ERROR, code);
  g_assert_nonnull (strstr (error->message, base));
  g_test_message ("%s", error->message);
}

static void
test_mbtiles_refused (void)
{
  g_autofree char *text = g_build_filename (tmpdir, "kaart.mbtiles", NULL);
  g_autofree char *other = g_build_filename (tmpdir, "wijkkaart.db", NULL);
  g_autofree char *vector = write_mbtiles ("vector.mbtiles", 0, MBTILES_COLOUR);
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text, "Not a map at all, just some text that is long "
                                      "enough to fill the header of an SQLite database, which "
                                      "is one hundred bytes long.\n", -1, NULL));
  assert_mbtiles_refused (text, WK_MBTILES_ERROR_NOT_MBTILES);

  g_remove (other);
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE wijk (id INTEGER PRIMARY KEY, name TEXT)", NULL,
                                 NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_mbtiles_refused (other, WK_MBTILES_ERROR_NOT_MBTILES);

  g_assert_cmpint (sqlite3_open (vector, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE metadata SET value = 'pbf' WHERE name = 'format'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_mbtiles_refused (vector, WK_MBTILES_ERROR_UNSUPPORTED);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("WK_LOCALEDIR") ? g_getenv ("WK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("wk-test-tiles-XXXXXX", &error);
  g_assert_no_error (error);
  temp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (temp_dirs, g_strdup (tmpdir));

  g_test_add_func ("/tiles/providers", test_providers);
  g_test_add_func ("/tiles/default-cache-dir", test_default_cache_dir);
  g_test_add_func ("/tiles/server", test_server_tiles);
  g_test_add_func ("/tiles/cache-when-offline", test_cache_when_offline);
  g_test_add_func ("/tiles/server-error", test_server_error);
  g_test_add_func ("/tiles/server-not-image", test_server_not_image);
  g_test_add_func ("/tiles/stale-cache", test_stale_cache);
  g_test_add_func ("/tiles/back-online", test_back_online);
  g_test_add_func ("/tiles/mbtiles-map", test_mbtiles_map);
  g_test_add_func ("/tiles/mbtiles-refused", test_mbtiles_refused);

  status = g_test_run ();

  for (guint i = 0; i < temp_dirs->len; i++)
    remove_tree (temp_dirs->pdata[i]);
  g_ptr_array_unref (temp_dirs);
  return status;
}

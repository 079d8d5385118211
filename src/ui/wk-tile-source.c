/* wk-tile-source.c: map tiles from a tile server (our User-Agent, a disk cache) or an MBTiles file
 * SPDX-License-Identifier: EUPL-1.2
 *
 * libshumate 1.0's own downloader sends its own User-Agent, and OpenStreetMap's
 * tile policy wants one that names the application; so tiles come through
 * this data source. Two kinds:
 *
 * - A URL template with {z}, {x} and {y} ({-y} counts rows from the south,
 *   as TMS servers do). Tiles are fetched with one SoupSession and kept on
 *   disk under cache_dir/<z>/<x>/<y>.png. A cached tile younger than seven
 *   days is shown without asking the server; an older one is shown at once
 *   and asked for again (If-Modified-Since), and stays when the server
 *   cannot be reached. Cache files are read and written in worker threads.
 *   A failed fetch (no connection, HTTP 400 or more, a body that is not an
 *   image) makes the source "offline" with a "last-error" a user can read;
 *   the next good fetch makes it online again.
 * - An MBTiles file, read in worker threads through WkMbtiles.
 *
 * As ShumateDataSource asks, "received-data" is emitted for every tile
 * shown (the renderer listens to it), first from the cache and then from the
 * server, and the task completes after the last one. Only images go out:
 * the renderer would warn on anything else.
 */
#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "wk-tile-source.h"

/* How long a cached tile is shown without asking the server again. */
#define CACHE_MAX_AGE (7 * G_TIME_SPAN_DAY)

/* OpenStreetMap's tile policy allows two connections at a time. */
#define MAX_CONNS_PER_HOST 2

/* Seconds a server may stay silent before the fetch counts as failed. */
#define FETCH_TIMEOUT 30

#define USER_AGENT "Wijkkaart/" PACKAGE_VERSION " (+https://wijkkaart.nl)"

static const WkTileProvider providers[] = {
  {
    "pdok-brt",
    N_("PDOK BRT background map"),
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
    "Kaartgegevens © Kadaster",
    19,
  },
  {
    "osm",
    N_("OpenStreetMap"),
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "© OpenStreetMap-bijdragers",
    19,
  },
};

/**
 * wk_tile_providers:
 * @n: (out): how many there are
 *
 * Returns: the tile servers the map page offers, the default first
 */
const WkTileProvider *
wk_tile_providers (guint *n)
{
  g_return_val_if_fail (n != NULL, NULL);

  *n = G_N_ELEMENTS (providers);
  return providers;
}

struct _WkTileSource
{
  ShumateDataSource  parent_instance;

  char              *url_template;   /* NULL for an MBTiles file */
  char              *cache_dir;
  SoupSession       *session;
  WkMbtiles         *mbtiles;

  gboolean           offline;
  char              *last_error;
};

G_DEFINE_FINAL_TYPE (WkTileSource, wk_tile_source, SHUMATE_TYPE_DATA_SOURCE)

enum {
  PROP_0,
  PROP_OFFLINE,
  PROP_LAST_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One tile asked for. The worker threads only touch it while the main
 * thread waits for them. */
typedef struct
{
  int          x;
  int          y;
  int          zoom;
  char        *path;          /* the tile in the disk cache */
  GBytes      *cached;        /* what the cache or the MBTiles file held */
  gint64       cached_time;   /* when the cache file was written, µs since the epoch */
  SoupMessage *message;
  GBytes      *fetched;       /* what the server sent */
} TileRequest;

static void
tile_request_free (gpointer data)
{
  TileRequest *request = data;

  g_free (request->path);
  g_clear_pointer (&request->cached, g_bytes_unref);
  g_clear_object (&request->message);
  g_clear_pointer (&request->fetched, g_bytes_unref);
  g_free (request);
}

/* Image check ------------------------------------------------------------ */

static gboolean
can_show_webp (void)
{
  static gsize supported = 0;

  if (g_once_init_enter (&supported))
    {
      GSList *formats = gdk_pixbuf_get_formats ();
      gsize found = 1;

      for (GSList *l = formats; l != NULL; l = l->next)
        if (g_strcmp0 (gdk_pixbuf_format_get_name (l->data), "webp") == 0)
          found = 2;
      g_slist_free (formats);
      g_once_init_leave (&supported, found);
    }
  return supported == 2;
}

/* Whether @bytes starts like an image that GdkPixbuf reads: the renderer
 * decodes tiles with it and warns about anything else. */
static gboolean
is_image (GBytes *bytes)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);

  if (size >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return TRUE;
  if (size >= 3 && memcmp (data, "\xff\xd8\xff", 3) == 0)
    return TRUE;
  if (size >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    return TRUE;
  if (size >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0)
    return can_show_webp ();
  return FALSE;
}

/* State ------------------------------------------------------------------ */

static void
set_offline (WkTileSource *self,
             const char   *message)
{
  if (!self->offline)
    {
      self->offline = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE]);
    }
  if (g_strcmp0 (self->last_error, message) != 0)
    {
      g_free (self->last_error);
      self->last_error = g_strdup (message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
    }
}

static void
set_online (WkTileSource *self)
{
  if (self->offline)
    {
      self->offline = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFLINE]);
    }
  if (self->last_error != NULL)
    {
      g_clear_pointer (&self->last_error, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
    }
}

static void
emit_received (WkTileSource *self,
               TileRequest  *request,
               GBytes       *bytes)
{
  g_signal_emit_by_name (self, "received-data", request->x, request->y, request->zoom, bytes);
}

/* MBTiles ---------------------------------------------------------------- */

static void
read_mbtiles_thread (GTask        *read,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  WkTileSource *self = source_object;
  TileRequest *request = task_data;
  GError *error = NULL;

  request->cached = wk_mbtiles_get_tile (self->mbtiles, request->zoom, request->x, request->y,
                                         &error);
  if (error != NULL)
    g_task_return_error (read, error);
  else
    g_task_return_boolean (read, TRUE);
}

static void
mbtiles_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  WkTileSource *self = WK_TILE_SOURCE (object);
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if (request->cached == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The map has no tile here."));
      return;
    }
  if (!is_image (request->cached))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("This part of the map is not an image Wijkkaart can show."));
      return;
    }

  emit_received (self, request, request->cached);
  g_task_return_pointer (task, g_bytes_ref (request->cached), (GDestroyNotify) g_bytes_unref);
}

/* The disk cache --------------------------------------------------------- */

static void
read_cache_thread (GTask        *read,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TileRequest *request = task_data;
  GStatBuf buf;
  char *contents = NULL;
  gsize length = 0;

  /* a missing or unreadable file is simply not cached */
  if (g_stat (request->path, &buf) == 0
      && g_file_get_contents (request->path, &contents, &length, NULL))
    {
      request->cached = g_bytes_new_take (contents, length);
      request->cached_time = (gint64) buf.st_mtime * G_USEC_PER_SEC;
    }
  g_task_return_boolean (read, TRUE);
}

static void
write_cache_thread (GTask        *write,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  TileRequest *request = task_data;
  g_autofree char *dir = g_path_get_dirname (request->path);
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (request->fetched, &size);

  /* written whole or not at all: a reader thread never sees half a tile */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_debug ("Cannot make the tile cache folder %s: %s", dir, g_strerror (errno));
  else if (!g_file_set_contents_full (request->path, data, size,
                                      G_FILE_SET_CONTENTS_CONSISTENT
                                      | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                      0600, &error))
    g_debug ("Cannot cache a map tile: %s", error->message);
  g_task_return_boolean (write, TRUE);
}

static void
cache_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);

  g_task_return_pointer (task, g_bytes_ref (request->fetched), (GDestroyNotify) g_bytes_unref);
}

/* Also when the server said the cached tile is still good: the file's time
 * is when it was last confirmed. */
static void
write_cache (WkTileSource *self,
             GTask        *task)
{
  g_autoptr(GTask) write = g_task_new (self, NULL, cache_written_cb, task);

  g_task_set_task_data (write, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (write, write_cache_thread);
}

/* The network ------------------------------------------------------------ */

/* The tile failed; the cached one, when there is one, has been shown and
 * counts as the result. */
static void
fetch_failed (WkTileSource *self,
              GTask        *task,
              const char   *message)
{
  TileRequest *request = g_task_get_task_data (task);

  set_offline (self, message);
  if (request->cached != NULL)
    g_task_return_pointer (task, g_bytes_ref (request->cached), (GDestroyNotify) g_bytes_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", message);
  g_object_unref (task);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  WkTileSource *self = g_task_get_source_object (task);
  TileRequest *request = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  if (body == NULL)
    {
      message = g_strdup_printf (_("The map server cannot be reached (%s)."), error->message);
      fetch_failed (self, task, message);
      return;
    }

  status = soup_message_get_status (request->message);
  if (status == SOUP_STATUS_NOT_MODIFIED && request->cached != NULL)
    {
      set_online (self);
      request->fetched = g_bytes_ref (request->cached);
      write_cache (self, task);
      return;
    }
  if (status >= 400)
    {
      message = g_strdup_printf (_("The map server does not answer (HTTP %u)."), status);
      fetch_failed (self, task, message);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status) || !is_image (body))
    {
      fetch_failed (self, task, _("The map server sent something that is not a map image."));
      return;
    }

  set_online (self);
  request->fetched = g_steal_pointer (&body);
  emit_received (self, request, request->fetched);
  write_cache (self, task);
}

static char *
expand_template (const char *url_template,
                 int         x,
                 int         y,
                 int         zoom)
{
  GString *url = g_string_new (url_template);
  char number[16];

  g_snprintf (number, sizeof number, "%d", zoom);
  g_string_replace (url, "{z}", number, 0);
  g_snprintf (number, sizeof number, "%d", x);
  g_string_replace (url, "{x}", number, 0);
  g_snprintf (number, sizeof number, "%d", y);
  g_string_replace (url, "{y}", number, 0);
  g_snprintf (number, sizeof number, "%d", (1 << zoom) - 1 - y);
  g_string_replace (url, "{-y}", number, 0);
  return g_string_free (url, FALSE);
}

/* Takes @task. */
static void
fetch (WkTileSource *self,
       GTask        *task)
{
  TileRequest *request = g_task_get_task_data (task);
  g_autofree char *url = expand_template (self->url_template, request->x, request->y,
                                          request->zoom);
  g_autoptr(GUri) uri = NULL;

  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  /* libsoup takes anything else as a programming error */
  if (uri == NULL
      || (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0
          && g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0)
      || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("The map address “%s” is not a valid web "
                                                    "address."),
                                                  self->url_template);

      fetch_failed (self, task, message);
      return;
    }
  request->message = soup_message_new_from_uri (SOUP_METHOD_GET, uri);

  if (request->cached != NULL)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (request->cached_time /
                                                                 G_USEC_PER_SEC);
      g_autofree char *since = soup_date_time_to_string (time, SOUP_DATE_HTTP);

      soup_message_headers_append (soup_message_get_request_headers (request->message),
                                   "If-Modified-Since", since);
    }

  soup_session_send_and_read_async (self->session, request->message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), fetched_cb, task);
}

static void
cache_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  WkTileSource *self = WK_TILE_SOURCE (object);
  g_autoptr(GTask) task = user_data;
  TileRequest *request = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (request->cached != NULL && !is_image (request->cached))
    g_clear_pointer (&request->cached, g_bytes_unref);

  if (request->cached != NULL)
    {
      emit_received (self, request, request->cached);
      if (g_get_real_time () - request->cached_time < CACHE_MAX_AGE)
        {
          g_task_return_pointer (task, g_bytes_ref (request->cached),
                                 (GDestroyNotify) g_bytes_unref);
          return;
        }
    }

  fetch (self, g_steal_pointer (&task));
}

/* ShumateDataSource ------------------------------------------------------ */

static void
wk_tile_source_get_tile_data_async (ShumateDataSource   *source,
                                    int                  x,
                                    int                  y,
                                    int                  zoom_level,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  WkTileSource *self = WK_TILE_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read = NULL;
  TileRequest *request;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, wk_tile_source_get_tile_data_async);

  if (zoom_level < 0 || zoom_level > 30 || x < 0 || y < 0 || x >= (1 << zoom_level)
      || y >= (1 << zoom_level))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The map has no tile here."));
      return;
    }

  request = g_new0 (TileRequest, 1);
  request->x = x;
  request->y = y;
  request->zoom = zoom_level;
  g_task_set_task_data (task, request, tile_request_free);

  if (self->mbtiles != NULL)
    {
      read = g_task_new (self, NULL, mbtiles_read_cb, g_steal_pointer (&task));
      g_task_set_task_data (read, request, NULL);
      g_task_run_in_thread (read, read_mbtiles_thread);
      return;
    }

  {
    char zoom_str[16], x_str[16], y_str[24];

    g_snprintf (zoom_str, sizeof zoom_str, "%d", zoom_level);
    g_snprintf (x_str, sizeof x_str, "%d", x);
    g_snprintf (y_str, sizeof y_str, "%d.png", y);
    request->path = g_build_filename (self->cache_dir, zoom_str, x_str, y_str, NULL);
  }
  read = g_task_new (self, NULL, cache_read_cb, g_steal_pointer (&task));
  g_task_set_task_data (read, request, NULL);
  g_task_run_in_thread (read, read_cache_thread);
}

/* GObject ---------------------------------------------------------------- */

static void
wk_tile_source_finalize (GObject *object)
{
  WkTileSource *self = WK_TILE_SOURCE (object);

  g_free (self->url_template);
  g_free (self->cache_dir);
  g_clear_object (&self->session);
  g_clear_pointer (&self->mbtiles, wk_mbtiles_free);
  g_free (self->last_error);
  G_OBJECT_CLASS (wk_tile_source_parent_class)->finalize (object);
}

static void
wk_tile_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WkTileSource *self = WK_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_OFFLINE:
      g_value_set_boolean (value, self->offline);
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_tile_source_class_init (WkTileSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->finalize = wk_tile_source_finalize;
  object_class->get_property = wk_tile_source_get_property;
  source_class->get_tile_data_async = wk_tile_source_get_tile_data_async;

  /* the last fetch from the tile server failed */
  properties[PROP_OFFLINE] =
    g_param_spec_boolean ("offline", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* why, for the user; NULL while online */
  properties[PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wk_tile_source_init (WkTileSource *self)
{
}

/* API -------------------------------------------------------------------- */

/**
 * wk_tile_source_new_for_url:
 * @url_template: an http or https address with {z}, {x} and {y} (or {-y})
 * @cache_dir: where to keep the tiles, e.g. from
 *   wk_tile_source_default_cache_dir()
 */
WkTileSource *
wk_tile_source_new_for_url (const char *url_template,
                            const char *cache_dir)
{
  WkTileSource *self;

  g_return_val_if_fail (url_template != NULL, NULL);
  g_return_val_if_fail (cache_dir != NULL, NULL);

  self = g_object_new (WK_TYPE_TILE_SOURCE, NULL);
  self->url_template = g_strdup (url_template);
  self->cache_dir = g_strdup (cache_dir);
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                                 "max-conns-per-host", MAX_CONNS_PER_HOST,
                                                 "timeout", FETCH_TIMEOUT,
                                                 NULL);
  return self;
}

/**
 * wk_tile_source_new_for_mbtiles:
 * @path: an MBTiles file with raster tiles
 *
 * Returns: (transfer full): the source, or %NULL with @error in
 * %WK_MBTILES_ERROR set
 */
WkTileSource *
wk_tile_source_new_for_mbtiles (const char  *path,
                                GError     **error)
{
  g_autoptr(WkMbtiles) mbtiles = NULL;
  const char *format;
  WkTileSource *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mbtiles = wk_mbtiles_open (path, error);
  if (mbtiles == NULL)
    return NULL;

  format = wk_mbtiles_get_format (mbtiles);
  if (g_strcmp0 (format, "pbf") == 0 || g_strcmp0 (format, "mvt") == 0)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_UNSUPPORTED,
                   _("“%s” holds a vector map, which Wijkkaart cannot show. "
                     "Choose an MBTiles file with PNG or JPEG tiles."),
                   name);
      return NULL;
    }

  self = g_object_new (WK_TYPE_TILE_SOURCE, NULL);
  self->mbtiles = g_steal_pointer (&mbtiles);
  return self;
}

/**
 * wk_tile_source_default_cache_dir:
 *
 * Returns: (transfer full): a cache folder of its own for each tile server:
 *   ~/.cache/wijkkaart/tiles/<the first 16 hex digits of the template's SHA-1>
 */
char *
wk_tile_source_default_cache_dir (const char *url_template)
{
  g_autofree char *checksum = NULL;

  g_return_val_if_fail (url_template != NULL, NULL);

  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, url_template, -1);
  checksum[16] = '\0';
  return g_build_filename (g_get_user_cache_dir (), "wijkkaart", "tiles", checksum, NULL);
}

/**
 * wk_tile_source_create_map_source:
 * @license: (nullable): the attribution the map must show
 *
 * Returns: (transfer full): a raster renderer over @self for a ShumateMapLayer
 *   or a ShumateSimpleMap: 256-pixel tiles in Web Mercator
 */
ShumateMapSource *
wk_tile_source_create_map_source (WkTileSource *self,
                                  const char   *id,
                                  const char   *name,
                                  const char   *license,
                                  int           min_zoom,
                                  int           max_zoom)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (0 <= min_zoom && min_zoom <= max_zoom && max_zoom <= 30, NULL);

  return SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full (id, name, license, NULL,
                                                               min_zoom, max_zoom, 256,
                                                               SHUMATE_MAP_PROJECTION_MERCATOR,
                                                               SHUMATE_DATA_SOURCE (self)));
}

/* Returns: (nullable): the tile server's address, NULL for an MBTiles file */
const char *
wk_tile_source_get_url_template (WkTileSource *self)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), NULL);

  return self->url_template;
}

/* Returns: (nullable): NULL for an MBTiles file */
const char *
wk_tile_source_get_cache_dir (WkTileSource *self)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), NULL);

  return self->cache_dir;
}

/* Returns: (transfer none) (nullable): the file with its metadata, NULL for a tile server */
WkMbtiles *
wk_tile_source_get_mbtiles (WkTileSource *self)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), NULL);

  return self->mbtiles;
}

gboolean
wk_tile_source_get_offline (WkTileSource *self)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), FALSE);

  return self->offline;
}

/* Returns: (nullable): why the last fetch failed, translated; NULL while online */
const char *
wk_tile_source_get_last_error (WkTileSource *self)
{
  g_return_val_if_fail (WK_IS_TILE_SOURCE (self), NULL);

  return self->last_error;
}

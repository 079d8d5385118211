/* wk-tile-source.h: map tiles from a tile server (our User-Agent, a disk cache) or an MBTiles file
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <shumate/shumate.h>

#include "wk-mbtiles.h"

G_BEGIN_DECLS

/* A base map the map page offers; name is N_()-marked, translate it with _(). */
typedef struct
{
  const char *id;
  const char *name;
  const char *url;
  const char *license;
  int         max_zoom;
} WkTileProvider;

const WkTileProvider *wk_tile_providers (guint *n);

#define WK_TYPE_TILE_SOURCE (wk_tile_source_get_type ())
G_DECLARE_FINAL_TYPE (WkTileSource, wk_tile_source, WK, TILE_SOURCE, ShumateDataSource)

WkTileSource     *wk_tile_source_new_for_url         (const char    *url_template,
                                                      const char    *cache_dir);
WkTileSource     *wk_tile_source_new_for_mbtiles     (const char    *path,
                                                      GError       **error);
char             *wk_tile_source_default_cache_dir   (const char    *url_template);

ShumateMapSource *wk_tile_source_create_map_source   (WkTileSource  *self,
                                                      const char    *id,
                                                      const char    *name,
                                                      const char    *license,
                                                      int            min_zoom,
                                                      int            max_zoom);

const char       *wk_tile_source_get_url_template    (WkTileSource  *self);
const char       *wk_tile_source_get_cache_dir       (WkTileSource  *self);
WkMbtiles        *wk_tile_source_get_mbtiles         (WkTileSource  *self);
gboolean          wk_tile_source_get_offline         (WkTileSource  *self);
const char       *wk_tile_source_get_last_error      (WkTileSource  *self);

G_END_DECLS

/* wk-mbtiles.h: reading map tiles from an MBTiles file, the offline map of a community centre
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WK_MBTILES_ERROR (wk_mbtiles_error_quark ())

typedef enum {
  WK_MBTILES_ERROR_CANNOT_OPEN,   /* missing, unreadable */
  WK_MBTILES_ERROR_NOT_MBTILES,   /* not SQLite, or no usable tiles table */
  WK_MBTILES_ERROR_READ,          /* a tile could not be read (damaged file) */
  WK_MBTILES_ERROR_UNSUPPORTED,   /* MBTiles, but tiles the reader cannot show (vector) */
} WkMbtilesError;

typedef struct _WkMbtiles WkMbtiles;

GQuark      wk_mbtiles_error_quark      (void);

WkMbtiles  *wk_mbtiles_open             (const char  *path,
                                         GError     **error);
void        wk_mbtiles_free             (WkMbtiles   *self);

GBytes     *wk_mbtiles_get_tile         (WkMbtiles   *self,
                                         int          zoom,
                                         int          x,
                                         int          y,
                                         GError     **error);

const char *wk_mbtiles_get_path         (WkMbtiles   *self);
const char *wk_mbtiles_get_name         (WkMbtiles   *self);
const char *wk_mbtiles_get_attribution  (WkMbtiles   *self);
const char *wk_mbtiles_get_format       (WkMbtiles   *self);
int         wk_mbtiles_get_min_zoom     (WkMbtiles   *self);
int         wk_mbtiles_get_max_zoom     (WkMbtiles   *self);
gboolean    wk_mbtiles_get_bounds       (WkMbtiles   *self,
                                         double      *west,
                                         double      *south,
                                         double      *east,
                                         double      *north);
gboolean    wk_mbtiles_get_center       (WkMbtiles   *self,
                                         double      *longitude,
                                         double      *latitude,
                                         int         *zoom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkMbtiles, wk_mbtiles_free)

G_END_DECLS

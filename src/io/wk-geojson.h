/* wk-geojson.h: the pins of a community map as GeoJSON (RFC 7946), for QGIS, uMap and geojson.io
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-import-plan.h"
#include "wk-pin-draft.h"

G_BEGIN_DECLS

/* More features than this in one file are refused as a whole. */
#define WK_GEOJSON_MAX_FEATURES 100000

char     *wk_geojson_write (WkPinDraft **pins,
                            guint        n_pins,
                            const char  *wijk_name,
                            guint       *n_skipped,
                            GError     **error);

gboolean  wk_geojson_read  (GBytes      *data,
                            const char  *display_name,
                            GPtrArray  **pins,
                            GPtrArray  **problems,
                            GError     **error);

G_END_DECLS

/* wk-map-image-private.h: reading and writing the pixels of a map image
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-map-image.h"

G_BEGIN_DECLS

typedef enum {
  WK_IMAGE_UNKNOWN,
  WK_IMAGE_PNG,
  WK_IMAGE_JPEG,
  WK_IMAGE_SVG,
} WkImageKind;

/* what no image is decoded past, even to scale it down: about 40,000 × 25,000 */
#define WK_MAP_IMAGE_MAX_SOURCE_PIXELS  G_GINT64_CONSTANT (1000000000)

gboolean          _wk_map_image_read_size  (GBytes           *bytes,
                                            WkImageKind       kind,
                                            int              *width,
                                            int              *height,
                                            GError          **error);
cairo_surface_t  *_wk_map_image_decode     (GBytes           *bytes,
                                            WkImageKind       kind,
                                            int               max_side,
                                            gboolean         *translucent,
                                            GError          **error);
GBytes           *_wk_map_image_encode     (cairo_surface_t  *surface,
                                            WkImageKind       kind,
                                            gboolean          translucent,
                                            GError          **error);

G_END_DECLS

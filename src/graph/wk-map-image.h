/* wk-map-image.h: an imported plan or photo as the base of the community map
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define WK_MAP_IMAGE_ERROR (wk_map_image_error_quark ())

typedef enum {
  WK_MAP_IMAGE_ERROR_NOT_AN_IMAGE,   /* empty, or not a PNG, JPEG or SVG */
  WK_MAP_IMAGE_ERROR_BROKEN,         /* damaged or incomplete */
  WK_MAP_IMAGE_ERROR_NO_SIZE,        /* an SVG without width and height or viewBox */
  WK_MAP_IMAGE_ERROR_TOO_LARGE,      /* over 50 MB, or over 8,192 pixels on a side
                                        (wk_map_image_prepare() scales those) */
} WkMapImageError;

#define WK_MAP_IMAGE_MAX_SIDE   8192
#define WK_MAP_IMAGE_MAX_BYTES  (50 * 1000 * 1000)

#define WK_TYPE_MAP_IMAGE (wk_map_image_get_type ())
G_DECLARE_FINAL_TYPE (WkMapImage, wk_map_image, WK, MAP_IMAGE, GObject)

GQuark           wk_map_image_error_quark     (void);

GBytes          *wk_map_image_prepare         (GBytes      *bytes,
                                               char       **content_type_out,
                                               gboolean    *scaled_out,
                                               GError     **error);

WkMapImage      *wk_map_image_new_from_bytes  (GBytes      *bytes,
                                               const char  *content_type,
                                               GError     **error);
int              wk_map_image_get_width       (WkMapImage  *self);
int              wk_map_image_get_height      (WkMapImage  *self);
const char      *wk_map_image_get_content_type (WkMapImage *self);
void             wk_map_image_draw            (WkMapImage  *self,
                                               cairo_t     *cr,
                                               double       width,
                                               double       height);
cairo_surface_t *wk_map_image_render          (WkMapImage  *self,
                                               int          width,
                                               int          height);

G_END_DECLS

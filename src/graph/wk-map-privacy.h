/* wk-map-privacy.h: where a person's pin may be shown: the street, not the house
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The side of a street-level cell, about 150 m. */
#define WK_MAP_STREET_LEVEL_DEGREES  0.00135   /* of latitude */
#define WK_MAP_STREET_LEVEL_CELLS    24        /* across an image, each way */

void  wk_map_street_level_latlon  (double  lat,
                                   double  lon,
                                   double *out_lat,
                                   double *out_lon);
void  wk_map_street_level_xy      (double  x,
                                   double  y,
                                   double *out_x,
                                   double *out_y);

G_END_DECLS

/* wk-map-privacy.c: where a person's pin may be shown: the street, not the house
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A pin of a person at street level must not lead anyone to the house: a
 * resident evening shows the map on a wall, and exports end up in reports
 * and e-mails. So the spot is replaced by the centre of the grid cell it
 * lies in, about 150 m across, and the map draws a soft circle there
 * instead of a pin.
 *
 * A cell centre, not random jitter. Jitter moves the pin somewhere else on
 * every draw or export; anyone who collects a few exports and averages the
 * positions gets the house back, the more exports the closer. A cell
 * centre is the same every time, so nothing leaks however often the map is
 * shown, and every house in the cell gives the same answer. The grid is
 * fixed to the coordinates (not to the wijk or the data), so adding pins
 * never moves the others.
 */
#include <math.h>

#include "wk-map-privacy.h"

static double
cell_centre (double value,
             double step)
{
  return (floor (value / step) + .5) * step;
}

/**
 * wk_map_street_level_latlon:
 * @lat: degrees north, WGS 84
 * @lon: degrees east
 * @out_lat: (out): the centre of the cell @lat, @lon lies in
 * @out_lon: (out):
 *
 * Cells are %WK_MAP_STREET_LEVEL_DEGREES of latitude high (150 m) and as
 * wide in metres: the longitude step grows with 1 / cos (latitude), taken at
 * the centre of the cell's row, so that every point of a row shares one
 * grid. The centre is at most about 106 m from the spot (half the cell's
 * diagonal) and depends on nothing but the coordinates.
 */
void
wk_map_street_level_latlon (double  lat,
                            double  lon,
                            double *out_lat,
                            double *out_lon)
{
  double row, lon_step;

  g_return_if_fail (out_lat != NULL && out_lon != NULL);

  lat = CLAMP (lat, -89.9, 89.9);
  row = cell_centre (lat, WK_MAP_STREET_LEVEL_DEGREES);
  lon_step = WK_MAP_STREET_LEVEL_DEGREES / cos (row * G_PI / 180.);
  /* whole cells across the date line would need lon_step to divide 360;
   * the app maps one wijk, far from it */
  *out_lat = row;
  *out_lon = cell_centre (lon, lon_step);
}

/**
 * wk_map_street_level_xy:
 * @x: image coordinates, 0–1 from the left
 * @y: 0–1 from the top
 * @out_x: (out): the centre of the cell of a 24 × 24 grid over the image
 * @out_y: (out):
 *
 * For a plan or photo as base map, where there are no metres: a 24th of
 * the image is about a street's length on a wijk plan.
 */
void
wk_map_street_level_xy (double  x,
                        double  y,
                        double *out_x,
                        double *out_y)
{
  const double n = WK_MAP_STREET_LEVEL_CELLS;

  g_return_if_fail (out_x != NULL && out_y != NULL);

  /* 1.0 belongs to the last cell, not to one outside the image */
  *out_x = (CLAMP (floor (x * n), 0., n - 1.) + .5) / n;
  *out_y = (CLAMP (floor (y * n), 0., n - 1.) + .5) / n;
}

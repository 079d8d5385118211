/* wk-wijk-private.h: how the store fills a WkWijk from a row
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-wijk.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  const char *uuid;
  const char *name;
  const char *municipality;
  const char *description;
  const char *created;
  const char *modified;
  guint       n_actors;
  guint       n_initiatives;
  guint       n_pins;
  const char *map_kind;
  const char *map_tile_url;   /* NULL when none */
  double      map_latitude;   /* NAN when no view was kept */
  double      map_longitude;
  double      map_zoom;
} WkWijkRow;

WkWijk *_wk_wijk_new    (const WkWijkRow *row);
void    _wk_wijk_update (WkWijk          *self,
                         const WkWijkRow *row);

G_END_DECLS

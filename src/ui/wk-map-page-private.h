/* wk-map-page-private.h: what the map page's files share (the page, its files and base maps)
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-map-legend.h"
#include "wk-map-page.h"
#include "wk-tile-source.h"

G_BEGIN_DECLS

struct _WkMapPage
{
  GtkWidget     parent_instance;

  GtkWidget    *main_box;
  GtkWidget    *place_button;
  GtkWidget    *category_dropdown;
  GtkWidget    *session_dropdown;
  GtkWidget    *count_label;
  GtkWidget    *offline_revealer;
  GtkWidget    *offline_label;
  GtkWidget    *stack;
  WkMapView    *view;
  WkMapLegend  *legend;

  WkStore      *store;
  WkWijk       *wijk;
  WkTileSource *tile_source;
  char         *tile_url;       /* what tile_source serves */
  GCancellable *cancellable;    /* reading and writing files */

  GArray       *category_ids;   /* gint64, as in category_dropdown */
  GArray       *session_ids;    /* gint64, as in session_dropdown; -1 first */
  GtkWidget    *draft_popover;
  GtkWidget    *draft_entry;
  gboolean      has_draft;
  WkPinSpot     draft_spot;
  guint         save_view_id;
  gboolean      show_network;
};

/* wk-map-page.c */
void     _wk_map_page_load_base_map     (WkMapPage   *self);
void     _wk_map_page_show_error        (WkMapPage   *self,
                                         const char  *message);

/* wk-map-files.c: base images, offline maps, exports and GeoJSON */
void     _wk_map_page_import_image      (WkMapPage   *self);
void     _wk_map_page_choose_mbtiles    (WkMapPage   *self);
void     _wk_map_page_custom_tiles      (WkMapPage   *self);
void     _wk_map_page_export            (WkMapPage   *self,
                                         const char  *format);
void     _wk_map_page_import_geojson    (WkMapPage   *self);
void     _wk_map_page_new_session       (WkMapPage   *self);
GPtrArray *_wk_map_page_dup_drafts      (WkMapPage   *self);
void     _wk_map_page_import_image_file (WkMapPage   *self,
                                         GFile       *file);
void     _wk_map_page_import_geojson_file (WkMapPage *self,
                                           GFile     *file);
void     _wk_map_page_export_file       (WkMapPage   *self,
                                         const char  *format,
                                         GFile       *file);

G_END_DECLS

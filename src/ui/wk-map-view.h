/* wk-map-view.h: the community map of a wijk: its base map (an image or web tiles) with the pins
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "wk-map-image.h"
#include "wk-map-renderer.h"
#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_MAP_VIEW (wk_map_view_get_type ())
G_DECLARE_FINAL_TYPE (WkMapView, wk_map_view, WK, MAP_VIEW, GtkWidget)

/* Whether @pin is shown; pins that are not are left out, not dimmed. */
typedef gboolean (*WkMapPinFilter) (WkPin    *pin,
                                    gpointer  user_data);

GtkWidget        *wk_map_view_new              (void);
void              wk_map_view_set_store        (WkMapView        *self,
                                                WkStore          *store);
void              wk_map_view_set_wijk         (WkMapView        *self,
                                                WkWijk           *wijk);
void              wk_map_view_set_image        (WkMapView        *self,
                                                WkMapImage       *image);
void              wk_map_view_set_tiles        (WkMapView        *self,
                                                ShumateMapSource *source,
                                                const char       *attribution);
gboolean          wk_map_view_has_tiles        (WkMapView        *self);
void              wk_map_view_go_to            (WkMapView        *self,
                                                double            latitude,
                                                double            longitude,
                                                double            zoom);
gboolean          wk_map_view_get_center       (WkMapView        *self,
                                                double           *latitude,
                                                double           *longitude,
                                                double           *zoom);
void              wk_map_view_fit              (WkMapView        *self);
void              wk_map_view_pan_by           (WkMapView        *self,
                                                double            dx,
                                                double            dy);
void              wk_map_view_zoom_by          (WkMapView        *self,
                                                double            factor);
void              wk_map_view_set_filter       (WkMapView        *self,
                                                WkMapPinFilter    filter,
                                                gpointer          user_data);
void              wk_map_view_refilter         (WkMapView        *self);
void              wk_map_view_set_placing      (WkMapView        *self,
                                                gboolean          placing);
gboolean          wk_map_view_get_placing      (WkMapView        *self);
void              wk_map_view_set_hide_personal_data (WkMapView  *self,
                                                      gboolean    hide);
gboolean          wk_map_view_get_hide_personal_data (WkMapView  *self);
void              wk_map_view_set_show_network (WkMapView        *self,
                                                gboolean          show);
void              wk_map_view_set_draft        (WkMapView        *self,
                                                const WkPinSpot  *spot,
                                                gint64            category_id);
gboolean          wk_map_view_spot_at          (WkMapView        *self,
                                                double            x,
                                                double            y,
                                                WkPinSpot        *spot);
gboolean          wk_map_view_shows_pin        (WkMapView        *self,
                                                WkPin            *pin);
gboolean          wk_map_view_get_pin_position (WkMapView        *self,
                                                WkPin            *pin,
                                                double           *x,
                                                double           *y);
guint             wk_map_view_get_n_shown      (WkMapView        *self);
const guint      *wk_map_view_get_counts       (WkMapView        *self,
                                                guint            *n_categories);
WkMapRenderer    *wk_map_view_get_renderer     (WkMapView        *self);
GListModel       *wk_map_view_get_categories   (WkMapView        *self);
void              wk_map_view_draw_base        (WkMapView        *self,
                                                cairo_t          *cr,
                                                double            width,
                                                double            height);
void              wk_map_view_draw_pins        (WkMapView        *self,
                                                cairo_t          *cr,
                                                double            scale,
                                                gboolean          labels);
const char       *wk_map_view_get_attribution  (WkMapView        *self);
const WkMapMark  *wk_map_view_get_marks        (WkMapView        *self,
                                                double            scale,
                                                guint            *n_marks,
                                                const guint     **pairs,
                                                const int       **strengths,
                                                guint            *n_links);
char             *wk_map_view_dup_pin_label    (WkMapView        *self,
                                                WkPin            *pin,
                                                gboolean          hide);
gboolean          wk_map_view_pin_place        (WkMapView        *self,
                                                WkPin            *pin,
                                                gboolean          hide,
                                                double           *a,
                                                double           *b);

gboolean          wk_map_view_get_place        (WkMapView        *self,
                                                double           *a,
                                                double           *b,
                                                double           *zoom);
void              wk_map_view_set_place        (WkMapView        *self,
                                                double            a,
                                                double            b,
                                                double            zoom);
void              wk_map_view_share_base       (WkMapView        *self,
                                                WkMapView        *from);
void              wk_map_view_set_projector    (WkMapView        *self,
                                                gboolean          dark,
                                                double            size);

G_END_DECLS

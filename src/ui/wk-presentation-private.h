/* wk-presentation-private.h: what the presentation's files share: its fields and steps
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-analysis.h"
#include "wk-presentation.h"

G_BEGIN_DECLS

typedef enum {
  CAPTURE_NONE,
  CAPTURE_RELATION_FIRST,    /* the network: choose the first actor */
  CAPTURE_RELATION_SECOND,   /* and the second */
  CAPTURE_PIN,               /* the map: choose where */
} Capture;

struct _WkPresentation
{
  AdwWindow          parent_instance;

  WkStore           *store;
  WkWijk            *wijk;
  GListModel        *views;            /* the wijk's saved views */
  int                view_index;       /* the one shown last, or -1 */
  gboolean           privacy;
  gboolean           blank;
  gboolean           ended;
  WkPaletteKind      palette;
  double             label_size;
  guint              controls_timeout;
  guint              caption_timeout;
  guint              place_caption_idle;
  gboolean           watching_surface;

  /* the network */
  WkNetwork         *network;
  WkAnalysis        *analysis;
  GCancellable      *analysis_cancellable;
  WkViewState       *network_state;    /* its filters */
  gboolean          *visible;          /* per node; NULL: all */
  GArray            *tour;             /* WkTourStep */
  int                tour_step;        /* -1: the whole network */
  guint              rebuild_id;

  /* the map */
  gboolean           map_ready;
  GHashTable        *hidden_categories;
  GtkWidget         *draft_box;        /* the new pin's category and title */
  GtkWidget         *draft_entry;
  WkPinSpot          draft_spot;
  gboolean           has_draft;

  /* live capture */
  Capture            capture;
  int                capture_first;

  /* template */
  AdwToastOverlay   *toast_overlay;
  GtkOverlay        *overlay;
  GtkStack          *stack;
  WkNetworkView     *network_view;
  WkMapView         *map_view;
  GtkWidget         *toolbar;
  GtkRevealer       *controls_revealer;
  GtkButton         *privacy_button;
  GtkImage          *privacy_icon;
  GtkLabel          *privacy_label;
  GtkButton         *capture_button;
  GtkWidget         *caption_box;
  GtkLabel          *caption_title;
  GtkLabel          *caption_detail;
  GtkLabel          *step_label;
  GtkLabel          *hint_label;
  GtkDrawingArea    *map_legend;
  GtkWidget         *blank_box;
};

/* wk-presentation-captions.c */
void _wk_presentation_show_caption  (WkPresentation *self,
                                     const char     *title,
                                     const char     *detail,
                                     guint           seconds);
void _wk_presentation_show_hint     (WkPresentation *self,
                                     const char     *hint);
void _wk_presentation_toast_undo    (WkPresentation *self,
                                     const char     *message);
void _wk_presentation_show_error    (WkPresentation *self,
                                     const char     *message);
void _wk_presentation_update_step   (WkPresentation *self);
void _wk_presentation_queue_place_caption (WkPresentation *self);

/* wk-presentation-network.c: the network, its tour, a relation added live */
void _wk_presentation_init_network        (WkPresentation    *self);
void _wk_presentation_load_network        (WkPresentation    *self);
void _wk_presentation_apply_network_state (WkPresentation    *self,
                                           const WkViewState *state);
void _wk_presentation_tour_step           (WkPresentation    *self,
                                           int                delta);
void _wk_presentation_tour_reset          (WkPresentation    *self);
void _wk_presentation_start_relation      (WkPresentation    *self);
void _wk_presentation_cancel_relation     (WkPresentation    *self);

/* wk-presentation-map.c: the map, its legend, a pin placed live */
void _wk_presentation_init_map            (WkPresentation    *self);
void _wk_presentation_load_map            (WkPresentation    *self,
                                           WkMapView         *base);
void _wk_presentation_apply_map_state     (WkPresentation    *self,
                                           const WkViewState *state);
void _wk_presentation_start_pin           (WkPresentation    *self);
void _wk_presentation_cancel_pin          (WkPresentation    *self);
void _wk_presentation_update_map_style    (WkPresentation    *self);

G_END_DECLS

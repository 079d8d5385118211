/* wk-store.h: the one SQLite file that holds a team's wijken
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-actor.h"
#include "wk-contact.h"
#include "wk-initiative.h"
#include "wk-mapping-session.h"
#include "wk-pin.h"
#include "wk-pin-category.h"
#include "wk-pin-draft.h"
#include "wk-relation.h"
#include "wk-saved-view.h"
#include "wk-format.h"
#include "wk-import-plan.h"
#include "wk-term.h"
#include "wk-vocabulary.h"
#include "wk-undo-stack.h"
#include "wk-wijk.h"

G_BEGIN_DECLS

#define WK_STORE_ERROR (wk_store_error_quark ())

typedef enum {
  WK_STORE_ERROR_NOT_A_DATABASE,   /* not an SQLite file at all */
  WK_STORE_ERROR_FOREIGN,          /* an SQLite file of another program */
  WK_STORE_ERROR_CORRUPT,          /* damaged */
  WK_STORE_ERROR_TOO_NEW,          /* written by a newer Wijkkaart */
  WK_STORE_ERROR_CANNOT_CREATE,    /* the file or its folder cannot be made */
  WK_STORE_ERROR_READ_ONLY,        /* the file cannot be written */
  WK_STORE_ERROR_MIGRATION,        /* upgrading the file failed; it was left as it was */
  WK_STORE_ERROR_INVALID,          /* the value given is not allowed */
  WK_STORE_ERROR_FAILED,           /* any other SQLite error */
} WkStoreError;

#define WK_TYPE_STORE (wk_store_get_type ())
G_DECLARE_FINAL_TYPE (WkStore, wk_store, WK, STORE, GObject)

GQuark      wk_store_error_quark            (void);

GFile      *wk_store_get_default_file       (void);
const char *wk_store_get_sqlite_version     (void);
WkStore    *wk_store_open                   (GFile        *file,
                                             GError      **error);
WkStore    *wk_store_open_demo              (GError      **error);

GFile      *wk_store_get_file               (WkStore      *self);
gboolean    wk_store_is_demo                (WkStore      *self);

GListModel *wk_store_get_wijken             (WkStore      *self);
WkWijk     *wk_store_find_wijk_by_uuid      (WkStore      *self,
                                             const char   *uuid);
WkWijk     *wk_store_create_wijk            (WkStore      *self,
                                             const char   *name,
                                             const char   *municipality,
                                             GError      **error);
gboolean    wk_store_update_wijk            (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *name,
                                             const char   *municipality,
                                             const char   *description,
                                             GError      **error);
gboolean    wk_store_delete_wijk            (WkStore      *self,
                                             WkWijk       *wijk,
                                             GError      **error);
gboolean    wk_store_undelete_wijk          (WkStore      *self,
                                             WkWijk       *wijk,
                                             GError      **error);
gboolean    wk_store_purge_deleted_wijken   (WkStore      *self,
                                             GError      **error);

gboolean    wk_store_set_wijk_map_image     (WkStore      *self,
                                             WkWijk       *wijk,
                                             GBytes       *image,
                                             const char   *content_type,
                                             GError      **error);
GBytes     *wk_store_get_wijk_map_image     (WkStore      *self,
                                             WkWijk       *wijk,
                                             char        **content_type,
                                             GError      **error);

gboolean    wk_store_set_wijk_map_tiles     (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *url,
                                             GError      **error);
gboolean    wk_store_use_wijk_map_image     (WkStore      *self,
                                             WkWijk       *wijk,
                                             GError      **error);
gboolean    wk_store_set_wijk_map_view      (WkStore      *self,
                                             WkWijk       *wijk,
                                             double        latitude,
                                             double        longitude,
                                             double        zoom,
                                             GError      **error);
gboolean    wk_store_load_example           (WkStore      *self,
                                             GError      **error);

/* Records of a wijk. Lists are live: every change made through the store,
 * including undo and redo, shows in them and in the objects in place. */
GListModel *wk_store_get_actors             (WkStore      *self,
                                             WkWijk       *wijk);
GListModel *wk_store_get_initiatives        (WkStore      *self,
                                             WkWijk       *wijk);
GListModel *wk_store_get_relations          (WkStore      *self,
                                             WkWijk       *wijk);
GListModel *wk_store_list_relations         (WkStore      *self,
                                             WkRecord     *end);
GListModel *wk_store_list_contacts          (WkStore      *self,
                                             WkActor      *actor);
GListModel *wk_store_get_terms              (WkStore      *self,
                                             const char   *table);
char      **wk_store_list_tags              (WkStore      *self,
                                             const char   *kind);
WkRecord   *wk_store_lookup                 (WkStore      *self,
                                             GType         type,
                                             gint64        id);
WkActor    *wk_store_find_actor_by_name     (WkStore      *self,
                                             gint64        wijk_id,
                                             const char   *name,
                                             gint64        except_id);
GHashTable *wk_store_search                 (WkStore      *self,
                                             gint64        wijk_id,
                                             GType         type,
                                             const char   *text,
                                             GError      **error);

/* Edits: each is one transaction and one step of the undo history. */
WkActor      *wk_store_create_actor         (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *name,
                                             const char   *kind,
                                             GError      **error);
WkInitiative *wk_store_create_initiative    (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *title,
                                             GError      **error);
WkRelation   *wk_store_create_relation      (WkStore      *self,
                                             WkActor      *source,
                                             WkRecord     *target,
                                             gint64        type_id,
                                             int           strength,
                                             gboolean      directed,
                                             const char   *note,
                                             GError      **error);
WkContact    *wk_store_create_contact       (WkStore      *self,
                                             WkActor      *actor,
                                             const char   *date,
                                             const char   *team_member,
                                             const char   *channel,
                                             const char   *note,
                                             GError      **error);
WkTerm       *wk_store_create_term          (WkStore      *self,
                                             const char   *table,
                                             const char   *label,
                                             GError      **error);
gboolean      wk_store_set_text             (WkStore      *self,
                                             WkRecord     *record,
                                             const char   *field,
                                             const char   *value,
                                             GError      **error);
gboolean      wk_store_set_int              (WkStore      *self,
                                             WkRecord     *record,
                                             const char   *field,
                                             gint64        value,
                                             GError      **error);
gboolean      wk_store_set_tags             (WkStore      *self,
                                             WkRecord     *record,
                                             const char   *field,
                                             const char * const *names,
                                             GError      **error);
gboolean      wk_store_delete_record        (WkStore      *self,
                                             WkRecord     *record,
                                             GError      **error);

/* Where the network diagram put each actor or initiative of a wijk. */
typedef struct {
  gint64   actor_id;        /* exactly one of the two is set */
  gint64   initiative_id;
  double   x;               /* points, Graphviz's y axis (up) */
  double   y;
  gboolean pinned;          /* put there by the user: layouts keep it */
} WkPosition;

GArray       *wk_store_load_layout          (WkStore           *self,
                                             WkWijk            *wijk,
                                             GError           **error);
gboolean      wk_store_save_layout          (WkStore           *self,
                                             WkWijk            *wijk,
                                             const WkPosition  *positions,
                                             guint              n_positions,
                                             gboolean           replace,
                                             GError           **error);

/* The community map (wk-store-map.c). */
typedef struct {
  double x;          /* 0–1 across an image map from the left; NAN on a web map */
  double y;          /* 0–1 down an image map from the top */
  double latitude;   /* on a web map; NAN on an image map */
  double longitude;
} WkPinSpot;
GListModel       *wk_store_get_pins              (WkStore          *self,
                                                  WkWijk           *wijk);
GListModel       *wk_store_get_mapping_sessions  (WkStore          *self,
                                                  WkWijk           *wijk);
GListModel       *wk_store_get_pin_categories    (WkStore          *self);
WkPin            *wk_store_create_pin            (WkStore          *self,
                                                  WkWijk           *wijk,
                                                  const WkPinSpot  *spot,
                                                  gint64            category_id,
                                                  gint64            session_id,
                                                  const char       *title,
                                                  GError          **error);
gboolean          wk_store_move_pin              (WkStore          *self,
                                                  WkPin            *pin,
                                                  const WkPinSpot  *spot,
                                                  GError          **error);
WkMappingSession *wk_store_create_mapping_session (WkStore         *self,
                                                  WkWijk           *wijk,
                                                  const char       *name,
                                                  const char       *date,
                                                  GError          **error);
WkPinCategory    *wk_store_create_pin_category   (WkStore          *self,
                                                  const char       *label,
                                                  const char       *color,
                                                  const char       *symbol,
                                                  GError          **error);
gboolean          wk_store_import_pins           (WkStore          *self,
                                                  WkWijk           *wijk,
                                                  WkPinDraft      **pins,
                                                  guint             n_pins,
                                                  gint64            session_id,
                                                  guint            *n_added,
                                                  GError          **error);

/* Saved views for presentations (wk-store-views.c). */
/* A view is renamed with wk_store_set_text (…, "name", …) and deleted with
 * wk_store_delete_record(), like every record. */
GListModel  *wk_store_get_saved_views       (WkStore      *self,
                                             WkWijk       *wijk);
WkSavedView *wk_store_create_saved_view     (WkStore      *self,
                                             WkWijk       *wijk,
                                             const char   *name,
                                             const char   *page,
                                             const char   *state,
                                             GError      **error);
gboolean     wk_store_update_saved_view     (WkStore      *self,
                                             WkSavedView  *view,
                                             const char   *page,
                                             const char   *state,
                                             GError      **error);
gboolean     wk_store_move_saved_view       (WkStore      *self,
                                             WkSavedView  *view,
                                             guint         position,
                                             GError      **error);

WkUndoStack  *wk_store_get_undo_stack       (WkStore      *self);
gboolean      wk_store_undo                 (WkStore      *self,
                                             GError      **error);
gboolean      wk_store_redo                 (WkStore      *self,
                                             GError      **error);

/* Import (wk-store-import.c): a whole plan in one transaction, all or nothing. */
gboolean      wk_store_import               (WkStore             *self,
                                             const char          *wijk_name,
                                             const WkImportPlan  *plan,
                                             WkImportResult      *result,
                                             GError             **error);

G_END_DECLS

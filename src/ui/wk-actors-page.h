/* wk-actors-page.h: the actors of a wijk in a sortable, filterable table, with their card beside it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_ACTORS_PAGE (wk_actors_page_get_type ())
G_DECLARE_FINAL_TYPE (WkActorsPage, wk_actors_page, WK, ACTORS_PAGE, GtkWidget)

void      wk_actors_page_set_store        (WkActorsPage *self,
                                           WkStore      *store);
void      wk_actors_page_set_wijk         (WkActorsPage *self,
                                           WkWijk       *wijk);
void      wk_actors_page_new_actor        (WkActorsPage *self);
void      wk_actors_page_open             (WkActorsPage *self,
                                           WkActor      *actor);
void      wk_actors_page_close_card       (WkActorsPage *self);
void      wk_actors_page_focus_search     (WkActorsPage *self);
void      wk_actors_page_delete_selected  (WkActorsPage *self);
void      wk_actors_page_save_now         (WkActorsPage *self);
guint     wk_actors_page_get_n_shown      (WkActorsPage *self);
void      wk_actors_page_set_search       (WkActorsPage *self,
                                           const char   *text);

G_END_DECLS

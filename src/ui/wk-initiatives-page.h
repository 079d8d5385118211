/* wk-initiatives-page.h: the resident initiatives of a wijk in a sortable, filterable table, with their card beside it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_INITIATIVES_PAGE (wk_initiatives_page_get_type ())
G_DECLARE_FINAL_TYPE (WkInitiativesPage, wk_initiatives_page, WK, INITIATIVES_PAGE, GtkWidget)

void      wk_initiatives_page_set_store        (WkInitiativesPage *self,
                                           WkStore      *store);
void      wk_initiatives_page_set_wijk         (WkInitiativesPage *self,
                                           WkWijk       *wijk);
void      wk_initiatives_page_new_initiative        (WkInitiativesPage *self);
void      wk_initiatives_page_open             (WkInitiativesPage *self,
                                           WkInitiative *initiative);
void      wk_initiatives_page_close_card       (WkInitiativesPage *self);
void      wk_initiatives_page_focus_search     (WkInitiativesPage *self);
void      wk_initiatives_page_delete_selected  (WkInitiativesPage *self);
void      wk_initiatives_page_save_now         (WkInitiativesPage *self);
guint     wk_initiatives_page_get_n_shown      (WkInitiativesPage *self);
void      wk_initiatives_page_set_search       (WkInitiativesPage *self,
                                           const char   *text);

G_END_DECLS

/* wk-window.h: the main window: wijken in a sidebar, the selected wijk beside it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-application.h"
#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_WINDOW (wk_window_get_type ())
G_DECLARE_FINAL_TYPE (WkWindow, wk_window, WK, WINDOW, AdwApplicationWindow)

WkWindow *wk_window_new                (WkApplication *application,
                                        WkStore       *store);
WkStore  *wk_window_get_store          (WkWindow      *self);
WkWijk   *wk_window_get_selected_wijk  (WkWindow      *self);
void      wk_window_select_wijk        (WkWindow      *self,
                                        WkWijk        *wijk);
void      wk_window_show_open_error    (WkWindow      *self,
                                        const char    *message);
void      wk_window_add_toast          (WkWindow      *self,
                                        AdwToast      *toast);
AdwToast *wk_toast_new_plain           (const char    *text);
void      wk_window_toast_for          (GtkWidget     *widget,
                                        const char    *message);
void      wk_window_toast_undo         (GtkWidget     *widget,
                                        const char    *message);
void      wk_window_open_record        (WkWindow      *self,
                                        WkRecord      *record);

G_END_DECLS

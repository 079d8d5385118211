/* wk-window-private.h: what the window's action file shares with it
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-presentation.h"
#include "wk-sidebar.h"
#include "wk-window.h"

G_BEGIN_DECLS

struct _WkWindow
{
  AdwApplicationWindow  parent_instance;

  WkStore              *store;
  GSettings            *settings;
  WkWijk               *pending_delete;   /* deleted, undo still possible */
  AdwToast             *delete_toast;
  GBinding             *title_binding;      /* selected wijk → content title */
  GBinding             *subtitle_binding;
  GtkWidget            *presentation;       /* weak: the presentation running */
  GtkWidget            *present_options;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  WkSidebar            *sidebar;
  AdwViewSwitcherTitle *content_title;
  AdwViewStack         *view_stack;
  GtkWidget            *overview;
  GtkWidget            *actors_page;
  GtkWidget            *network_page;
  GtkWidget            *map_page;
  GtkWidget            *initiatives_page;
  AdwStatusPage        *error_page;
  GtkWidget            *present_button;
};

void _wk_window_class_install_actions (GtkWidgetClass *widget_class);
void _wk_window_update_actions        (WkWindow       *self);
void _wk_window_finish_pending_delete (WkWindow       *self);

/* wk-window-present.c */
void            _wk_window_class_install_present  (GtkWidgetClass *widget_class);
void            _wk_window_init_present           (WkWindow       *self);
void            _wk_window_update_present_actions (WkWindow       *self);
WkPresentation *_wk_window_present                (WkWindow       *self);

G_END_DECLS

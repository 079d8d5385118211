/* wk-application.h: the application: owns the store, runs the windows
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_APPLICATION (wk_application_get_type ())
G_DECLARE_FINAL_TYPE (WkApplication, wk_application, WK, APPLICATION, AdwApplication)

WkApplication *wk_application_new             (void);
WkStore       *wk_application_get_store       (WkApplication *self);
GSettings     *wk_application_get_settings    (WkApplication *self);
gboolean       wk_application_open_file       (WkApplication *self,
                                               GFile         *file);
gboolean       wk_application_open_demo       (WkApplication *self);

G_END_DECLS

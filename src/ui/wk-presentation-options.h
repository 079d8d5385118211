/* wk-presentation-options.h: where and how a presentation shows: the screen, light or dark, the text size
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-palette.h"

G_BEGIN_DECLS

#define WK_TYPE_PRESENTATION_OPTIONS (wk_presentation_options_get_type ())
G_DECLARE_FINAL_TYPE (WkPresentationOptions, wk_presentation_options, WK, PRESENTATION_OPTIONS, GtkPopover)

GtkWidget     *wk_presentation_options_new            (GSettings             *settings);
GdkMonitor    *wk_presentation_options_get_monitor    (WkPresentationOptions *self,
                                                       GtkWindow             *main_window);
WkPaletteKind  wk_presentation_options_get_palette    (WkPresentationOptions *self);
double         wk_presentation_options_get_label_size (WkPresentationOptions *self);

G_END_DECLS

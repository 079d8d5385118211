/* wk-wijk-row.h: one wijk in the sidebar
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-wijk.h"

G_BEGIN_DECLS

#define WK_TYPE_WIJK_ROW (wk_wijk_row_get_type ())
G_DECLARE_FINAL_TYPE (WkWijkRow, wk_wijk_row, WK, WIJK_ROW, GtkListBoxRow)

WkWijkRow *wk_wijk_row_new       (WkWijk    *wijk);
WkWijk    *wk_wijk_row_get_wijk  (WkWijkRow *self);
char      *wk_wijk_format_counts (WkWijk    *wijk);

G_END_DECLS

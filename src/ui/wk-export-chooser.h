/* wk-export-chooser.h: where and how to export the network diagram
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-network-view.h"

G_BEGIN_DECLS

void             wk_export_chooser_run       (WkNetworkView  *view,
                                             const char     *title);
char            *wk_export_chooser_write     (WkNetworkView  *view,
                                             const char     *title,
                                             const char     *path,
                                             GHashTable     *choices,
                                             GError        **error);
GtkNativeDialog *_wk_export_chooser_get_shown (void);

G_END_DECLS

/* wk-undo-keys.h: Ctrl+Z and Ctrl+Shift+Z in a modal dialog, for the file's undo history
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-store.h"

G_BEGIN_DECLS

void     wk_undo_keys_install (GtkWidgetClass   *widget_class,
                               GtkShortcutFunc   callback);
gboolean wk_undo_keys_apply   (WkStore          *store,
                               GVariant         *args,
                               GError          **error);

G_END_DECLS

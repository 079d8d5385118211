/* wk-pin-choice.h: the choices of the map's dropdowns: a category with its colour and symbol, a session with its date
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

#include "wk-store.h"

G_BEGIN_DECLS

GListModel         *wk_pin_choices_new          (const char *none_label,
                                                 GListModel *first,
                                                 GListModel *second);
guint               wk_pin_choice_position      (GListModel *model,
                                                 GType       type,
                                                 gint64      id);
GtkListItemFactory *wk_pin_choice_factory_new   (void);
const char         *wk_pin_choice_label         (GObject    *item);
char               *wk_pin_choice_search_text   (GObject    *item);

G_END_DECLS

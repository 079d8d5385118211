/* wk-list-util.h: small helpers the card tables share
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes the widget of one cell of @column. */
typedef GtkWidget *(*WkCellSetupFunc) (int       column,
                                       gpointer  user_data);
/* Shows @record (NULL: nothing) in a cell made by a WkCellSetupFunc. */
typedef void       (*WkCellFillFunc)  (GtkWidget *child,
                                       gpointer   record,
                                       int        column,
                                       gpointer   user_data);

GtkListItemFactory *wk_list_cell_factory_new (int              column,
                                              WkCellSetupFunc  setup,
                                              WkCellFillFunc   fill,
                                              gpointer         user_data);

guint        wk_list_position_of      (GListModel   *model,
                                       gpointer      item);
void         wk_list_scroll_to        (GtkColumnView *view,
                                       guint         position);
void         wk_list_set_choices      (GtkDropDown  *dropdown,
                                       const char   *all_label,
                                       const char  **labels,
                                       guint         n);
GtkDropDown *wk_list_add_filter_row   (GtkGrid      *grid,
                                       int           row,
                                       const char   *label,
                                       GCallback     changed,
                                       gpointer      user_data);

G_END_DECLS

/* wk-list-util.c: small helpers the card tables share
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-list-util.h"
#include "wk-row-slot.h"

typedef struct
{
  int             column;
  WkCellSetupFunc setup;
  WkCellFillFunc  fill;
  gpointer        user_data;
} CellFactory;

static void
cell_fill (CellFactory *cells,
           GtkListItem *item)
{
  WkRowSlot *slot = gtk_list_item_get_item (item);

  cells->fill (gtk_list_item_get_child (item), slot != NULL ? wk_row_slot_get_record (slot) : NULL,
               cells->column, cells->user_data);
}

static void
slot_changed_cb (WkRowSlot   *slot,
                 GParamSpec  *pspec,
                 GtkListItem *item)
{
  cell_fill (g_object_get_data (G_OBJECT (item), "wk-cells"), item);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CellFactory              *cells)
{
  gtk_list_item_set_child (item, cells->setup (cells->column, cells->user_data));
  g_object_set_data (G_OBJECT (item), "wk-cells", cells);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CellFactory              *cells)
{
  g_signal_connect (gtk_list_item_get_item (item), "notify::record", G_CALLBACK (slot_changed_cb), item);
  cell_fill (cells, item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CellFactory              *cells)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), slot_changed_cb, item);
}

/* The cells of @column in a table over a WkRowModel: each row is a place
 * whose record may change, and the cell follows it. */
GtkListItemFactory *
wk_list_cell_factory_new (int             column,
                          WkCellSetupFunc setup,
                          WkCellFillFunc  fill,
                          gpointer        user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellFactory *cells = g_new0 (CellFactory, 1);

  cells->column = column;
  cells->setup = setup;
  cells->fill = fill;
  cells->user_data = user_data;
  g_object_set_data_full (G_OBJECT (factory), "wk-cells", cells, g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), cells);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), cells);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), cells);
  return factory;
}

/* The position of @item in @model, or GTK_INVALID_LIST_POSITION. */
guint
wk_list_position_of (GListModel *model,
                     gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) here = g_list_model_get_item (model, i);

      if ((gpointer) here == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* GTK 4.8's column view has no scroll_to(); its inner list view has the action. */
void
wk_list_scroll_to (GtkColumnView *view,
                   guint          position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          return;
        }
    }
}

/* Fills a filter's dropdown: "all" first, then @labels. */
void
wk_list_set_choices (GtkDropDown  *dropdown,
                     const char   *all_label,
                     const char  **labels,
                     guint         n)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, labels[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

/* A labelled dropdown in row @row of a filter popover's grid. */
GtkDropDown *
wk_list_add_filter_row (GtkGrid    *grid,
                        int         row,
                        const char *label,
                        GCallback   changed,
                        gpointer    user_data)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  g_signal_connect (dropdown, "notify::selected", changed, user_data);
  return GTK_DROP_DOWN (dropdown);
}

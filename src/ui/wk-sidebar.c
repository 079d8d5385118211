/* wk-sidebar.c: the list of wijken, one selected
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The list follows the store's model. A rename that re-sorts the list, or a
 * delete, must not leave the user with nothing selected: the selection sticks
 * to the wijk it was on, or moves to its neighbour when that wijk is gone.
 */
#include <glib/gi18n.h>

#include "wk-sidebar.h"
#include "wk-wijk-row.h"

struct _WkSidebar
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkListBox *list;
  GListModel *wijken;
  WkWijk     *selected;
  gboolean    changing;
};

G_DEFINE_FINAL_TYPE (WkSidebar, wk_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return GTK_WIDGET (wk_wijk_row_new (WK_WIJK (item)));
}

static void
set_selected (WkSidebar *self,
              WkWijk    *wijk)
{
  if (g_set_object (&self->selected, wijk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
select_position (WkSidebar *self,
                 int        position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);

  self->changing = TRUE;
  gtk_list_box_select_row (self->list, row);
  self->changing = FALSE;

  set_selected (self, row != NULL ? wk_wijk_row_get_wijk (WK_WIJK_ROW (row)) : NULL);
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 WkSidebar     *self)
{
  if (self->changing)
    return;
  set_selected (self, row != NULL ? wk_wijk_row_get_wijk (WK_WIJK_ROW (row)) : NULL);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  WkSidebar     *self)
{
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  WkSidebar  *self)
{
  guint n = g_list_model_get_n_items (model);
  guint found;

  if (n == 0)
    {
      select_position (self, -1);
      return;
    }

  if (self->selected != NULL &&
      g_list_store_find (G_LIST_STORE (model), self->selected, &found))
    {
      select_position (self, found);
      return;
    }

  /* the selected wijk is gone: its neighbour takes its place */
  select_position (self, MIN (position, n - 1));
}

void
wk_sidebar_set_model (WkSidebar  *self,
                      GListModel *wijken)
{
  g_return_if_fail (WK_IS_SIDEBAR (self));
  g_return_if_fail (G_IS_LIST_STORE (wijken));

  if (self->wijken != NULL)
    g_signal_handlers_disconnect_by_func (self->wijken, items_changed_cb, self);
  g_set_object (&self->wijken, wijken);

  gtk_list_box_bind_model (self->list, wijken, create_row, NULL, NULL);
  /* connected after the list box's own handler, so the rows exist */
  g_signal_connect_object (wijken, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_AFTER);
  select_position (self, 0);
}

/**
 * wk_sidebar_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected wijk
 */
WkWijk *
wk_sidebar_get_selected (WkSidebar *self)
{
  g_return_val_if_fail (WK_IS_SIDEBAR (self), NULL);
  return self->selected;
}

void
wk_sidebar_select (WkSidebar *self,
                   WkWijk    *wijk)
{
  guint position;

  g_return_if_fail (WK_IS_SIDEBAR (self));

  if (wijk != NULL && self->wijken != NULL &&
      g_list_store_find (G_LIST_STORE (self->wijken), wijk, &position))
    select_position (self, position);
}

static void
wk_sidebar_dispose (GObject *object)
{
  WkSidebar *self = WK_SIDEBAR (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selected);
  g_clear_object (&self->wijken);

  G_OBJECT_CLASS (wk_sidebar_parent_class)->dispose (object);
}

static void
wk_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WkSidebar *self = WK_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_sidebar_class_init (WkSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_sidebar_dispose;
  object_class->get_property = wk_sidebar_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, WK_TYPE_WIJK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* a row was activated (Enter or click): show its wijk */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wk_sidebar_init (WkSidebar *self)
{
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Wijken"),
                                  -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));

  g_signal_connect_object (self->list, "row-selected", G_CALLBACK (row_selected_cb), self, 0);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
}

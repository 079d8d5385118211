/* wk-row-model.c: the rows of a card table, kept in place while their records change
 * SPDX-License-Identifier: EUPL-1.2
 *
 * GTK 4.8's list views keep about 200 row widgets, and when the model
 * replaces items (a search keystroke, another wijk) they destroy the rows of
 * items that went away and build new ones: some 3,000 widgets for a table of
 * seven columns, 100–250 ms. So the table does not show the records
 * themselves but places: row 0, row 1, … (WkRowSlot). When the records
 * change, the places stay and only the record each one shows changes; GTK
 * adds or removes rows only at the end, where the count changes.
 *
 * The model is also the table's single selection, by record: the selected
 * actor stays selected when a search moves it to another row, and is let go
 * when a filter hides it.
 *
 * When many rows come at once (another wijk: from 25 to 6,000), the table
 * first gets enough rows to fill a screen and the rest just after the frame
 * that shows them: GTK builds a row widget for each of up to ~200 rows
 * there and then, some 0.25 ms each.
 *
 * While nothing matches, the table is hidden behind its "no results" page;
 * its rows are kept (showing nothing) so that clearing the search does not
 * build them all again.
 */
#include "wk-row-model.h"

struct _WkRowModel
{
  GObject     parent_instance;

  GListModel *records;
  GPtrArray  *slots;          /* WkRowSlot, made when GTK asks; NULL before */
  guint       n_items;        /* rows reported: records, or the kept rows */
  GObject    *selected;
  guint       selected_position;
  guint       grow_idle;
};

#define FIRST_ROWS 64

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void wk_row_model_list_init      (GListModelInterface        *iface);
static void wk_row_model_selection_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WkRowModel, wk_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, wk_row_model_list_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, wk_row_model_selection_init))

/* GListModel ---------------------------------------------------------------- */

static GType
get_item_type (GListModel *model)
{
  return WK_TYPE_ROW_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return WK_ROW_MODEL (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  WkRowModel *self = WK_ROW_MODEL (model);
  WkRowSlot *slot;

  if (position >= self->n_items)
    return NULL;
  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      g_autoptr(GObject) record = NULL;

      if (position < g_list_model_get_n_items (self->records))
        record = g_list_model_get_item (self->records, position);
      slot = wk_row_slot_new ();
      wk_row_slot_set_record (slot, record);
      g_ptr_array_index (self->slots, position) = slot;
    }
  return g_object_ref (slot);
}

static void
wk_row_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Selection ----------------------------------------------------------------- */

static void
set_selected (WkRowModel *self,
              GObject    *record,
              guint       position)
{
  guint old = self->selected_position;

  if (record == NULL)
    position = GTK_INVALID_LIST_POSITION;
  if (record == self->selected && position == old)
    return;

  self->selected_position = position;
  if (g_set_object (&self->selected, record))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);

  if (old != GTK_INVALID_LIST_POSITION && old < self->n_items)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  if (position != GTK_INVALID_LIST_POSITION && position != old && position < self->n_items)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);
}

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  WkRowModel *self = WK_ROW_MODEL (model);

  return self->selected != NULL && position == self->selected_position;
}

static gboolean
select_item (GtkSelectionModel *model,
             guint              position,
             gboolean           unselect_rest)
{
  WkRowModel *self = WK_ROW_MODEL (model);
  g_autoptr(GObject) record = NULL;

  if (position >= g_list_model_get_n_items (self->records))
    return FALSE;
  record = g_list_model_get_item (self->records, position);
  set_selected (self, record, position);
  return TRUE;
}

static gboolean
unselect_item (GtkSelectionModel *model,
               guint              position)
{
  WkRowModel *self = WK_ROW_MODEL (model);

  if (position == self->selected_position)
    set_selected (self, NULL, GTK_INVALID_LIST_POSITION);
  return TRUE;
}

static gboolean
unselect_all (GtkSelectionModel *model)
{
  set_selected (WK_ROW_MODEL (model), NULL, GTK_INVALID_LIST_POSITION);
  return TRUE;
}

static void
wk_row_model_selection_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
  iface->unselect_all = unselect_all;
}

/* Following the records ------------------------------------------------------ */

static void
show_record_at (WkRowModel *self,
                guint       position,
                gboolean    edited)
{
  WkRowSlot *slot = g_ptr_array_index (self->slots, position);
  g_autoptr(GObject) record = NULL;

  if (slot == NULL)
    return;
  if (position < g_list_model_get_n_items (self->records))
    record = g_list_model_get_item (self->records, position);
  if (record != NULL && record == wk_row_slot_get_record (slot))
    {
      if (edited)
        wk_row_slot_refresh (slot);
    }
  else
    wk_row_slot_set_record (slot, record);
}

/* After the frame: the rest of the rows. */
static gboolean
grow_cb (gpointer user_data)
{
  WkRowModel *self = user_data;
  guint n = g_list_model_get_n_items (self->records);
  guint old_n = self->n_items;

  self->grow_idle = 0;
  if (n > old_n)
    {
      g_ptr_array_set_size (self->slots, n);
      self->n_items = n;
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n - old_n);
    }
  return G_SOURCE_REMOVE;
}

static void
records_changed_cb (GListModel *records,
                    guint       position,
                    guint       removed,
                    guint       added,
                    WkRowModel *self)
{
  guint n = g_list_model_get_n_items (records);
  guint old_n = self->n_items;
  guint end;

  /* rows that show other records now: all after @position, unless the
   * change kept the count, when only the changed ones */
  end = removed == added ? MIN (position + added, old_n) : old_n;
  for (guint i = position; i < end; i++)
    show_record_at (self, i, i < position + added);

  /* while nothing matches, the rows are kept */
  if (n > old_n)
    {
      guint now = MIN (n, MAX (old_n, FIRST_ROWS));

      g_ptr_array_set_size (self->slots, now);
      self->n_items = now;
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, now - old_n);
      if (now < n && self->grow_idle == 0)
        self->grow_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_cb, self, NULL);
    }
  else if (n < old_n && n > 0)
    {
      g_ptr_array_set_size (self->slots, n);
      self->n_items = n;
      g_list_model_items_changed (G_LIST_MODEL (self), n, old_n - n, 0);
    }

  /* the selected record: still there, perhaps elsewhere, or hidden */
  if (self->selected != NULL)
    {
      guint at = self->selected_position;
      g_autoptr(GObject) there = NULL;

      if (at < n)
        there = g_list_model_get_item (records, at);
      if (there != self->selected)
        at = wk_row_model_find (self, self->selected);

      if (at == GTK_INVALID_LIST_POSITION)
        set_selected (self, NULL, GTK_INVALID_LIST_POSITION);
      else
        set_selected (self, self->selected, at);
    }
}

/* GObject ------------------------------------------------------------------- */

static void
wk_row_model_dispose (GObject *object)
{
  WkRowModel *self = WK_ROW_MODEL (object);

  g_clear_handle_id (&self->grow_idle, g_source_remove);
  if (self->records != NULL)
    g_signal_handlers_disconnect_by_data (self->records, self);
  g_clear_object (&self->records);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (wk_row_model_parent_class)->dispose (object);
}

static void
wk_row_model_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, WK_ROW_MODEL (object)->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_row_model_class_init (WkRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wk_row_model_dispose;
  object_class->get_property = wk_row_model_get_property;

  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, G_TYPE_OBJECT,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                   G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* rows GTK has not asked for yet have no slot */
static void
slot_free (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
wk_row_model_init (WkRowModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (slot_free);
  self->selected_position = GTK_INVALID_LIST_POSITION;
}

/**
 * wk_row_model_new:
 * @records: the records to show, filtered and sorted
 */
WkRowModel *
wk_row_model_new (GListModel *records)
{
  WkRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), NULL);

  self = g_object_new (WK_TYPE_ROW_MODEL, NULL);
  self->records = g_object_ref (records);
  self->n_items = g_list_model_get_n_items (records);
  g_ptr_array_set_size (self->slots, self->n_items);
  g_signal_connect (records, "items-changed", G_CALLBACK (records_changed_cb), self);
  return self;
}

/**
 * wk_row_model_get_record:
 *
 * Returns: (transfer full) (nullable): the record shown at @position
 */
gpointer
wk_row_model_get_record (WkRowModel *self,
                         guint       position)
{
  g_return_val_if_fail (WK_IS_ROW_MODEL (self), NULL);

  if (position >= g_list_model_get_n_items (self->records))
    return NULL;
  return g_list_model_get_item (self->records, position);
}

/**
 * wk_row_model_find:
 *
 * Returns: the row showing @record, or %GTK_INVALID_LIST_POSITION
 */
guint
wk_row_model_find (WkRowModel *self,
                   gpointer    record)
{
  guint n;

  g_return_val_if_fail (WK_IS_ROW_MODEL (self), GTK_INVALID_LIST_POSITION);

  n = g_list_model_get_n_items (self->records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) here = g_list_model_get_item (self->records, i);

      if ((gpointer) here == record)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * wk_row_model_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected record
 */
gpointer
wk_row_model_get_selected (WkRowModel *self)
{
  g_return_val_if_fail (WK_IS_ROW_MODEL (self), NULL);
  return self->selected;
}

guint
wk_row_model_get_selected_position (WkRowModel *self)
{
  g_return_val_if_fail (WK_IS_ROW_MODEL (self), GTK_INVALID_LIST_POSITION);
  return self->selected_position;
}

/**
 * wk_row_model_select:
 * @record: (nullable): the record to select, or %NULL for none
 *
 * Returns: the row of @record, or %GTK_INVALID_LIST_POSITION when it is not
 * shown (and nothing is selected then)
 */
guint
wk_row_model_select (WkRowModel *self,
                     gpointer    record)
{
  guint position;

  g_return_val_if_fail (WK_IS_ROW_MODEL (self), GTK_INVALID_LIST_POSITION);

  position = record != NULL ? wk_row_model_find (self, record) : GTK_INVALID_LIST_POSITION;
  set_selected (self, position != GTK_INVALID_LIST_POSITION ? record : NULL, position);
  return position;
}

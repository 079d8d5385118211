/* wk-row-slot.c: one row of a card table, showing whichever record is at its place
 * SPDX-License-Identifier: EUPL-1.2
 *
 * See wk-row-model.c for why rows are places, not records.
 */
#include "wk-row-slot.h"

struct _WkRowSlot
{
  GObject  parent_instance;

  GObject *record;
};

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WkRowSlot, wk_row_slot, G_TYPE_OBJECT)

static void
wk_row_slot_dispose (GObject *object)
{
  g_clear_object (&WK_ROW_SLOT (object)->record);
  G_OBJECT_CLASS (wk_row_slot_parent_class)->dispose (object);
}

static void
wk_row_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, WK_ROW_SLOT (object)->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_row_slot_class_init (WkRowSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wk_row_slot_dispose;
  object_class->get_property = wk_row_slot_get_property;

  /**
   * WkRowSlot:record:
   *
   * The record shown in this row, or %NULL for a row kept while nothing
   * matches. Notified also when the record itself was edited.
   */
  properties[PROP_RECORD] = g_param_spec_object ("record", NULL, NULL, G_TYPE_OBJECT,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS |
                                                 G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wk_row_slot_init (WkRowSlot *self)
{
}

WkRowSlot *
wk_row_slot_new (void)
{
  return g_object_new (WK_TYPE_ROW_SLOT, NULL);
}

/**
 * wk_row_slot_get_record:
 *
 * Returns: (transfer none) (nullable): the record shown in this row
 */
gpointer
wk_row_slot_get_record (WkRowSlot *self)
{
  g_return_val_if_fail (WK_IS_ROW_SLOT (self), NULL);
  return self->record;
}

void
wk_row_slot_set_record (WkRowSlot *self,
                        gpointer   record)
{
  g_return_if_fail (WK_IS_ROW_SLOT (self));
  g_return_if_fail (record == NULL || G_IS_OBJECT (record));

  if (g_set_object (&self->record, record))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

/* The same record, changed: the row shows it again. */
void
wk_row_slot_refresh (WkRowSlot *self)
{
  g_return_if_fail (WK_IS_ROW_SLOT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

/* wk-undo-stack.c: undo and redo of whatever changes a client pushes
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A plain two-stack history. It knows nothing about SQL: the store pushes
 * its recorded changes and gives the function that replays or reverts one,
 * which keeps this testable on its own. Pushing a new item drops what could
 * be redone, as in every editor. The history lasts for one run of the app.
 */
#include "wk-undo-stack.h"

/* Enough for a long working day; the oldest steps are dropped beyond it. */
#define MAX_DEPTH 1000

typedef struct
{
  char     *label;
  gpointer  item;
} Entry;

struct _WkUndoStack
{
  GObject          parent_instance;

  WkUndoApplyFunc  apply;
  GDestroyNotify   free_item;
  gpointer         user_data;
  GQueue           undo;   /* Entry, newest at the head */
  GQueue           redo;
};

G_DEFINE_FINAL_TYPE (WkUndoStack, wk_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (WkUndoStack *self,
            Entry       *entry)
{
  if (self->free_item != NULL)
    self->free_item (entry->item);
  g_free (entry->label);
  g_free (entry);
}

static void
clear_queue (WkUndoStack *self,
             GQueue      *queue)
{
  Entry *entry;

  while ((entry = g_queue_pop_head (queue)) != NULL)
    entry_free (self, entry);
}

static void
wk_undo_stack_finalize (GObject *object)
{
  WkUndoStack *self = WK_UNDO_STACK (object);

  clear_queue (self, &self->undo);
  clear_queue (self, &self->redo);

  G_OBJECT_CLASS (wk_undo_stack_parent_class)->finalize (object);
}

static void
wk_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WkUndoStack *self = WK_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, wk_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, wk_undo_stack_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, wk_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, wk_undo_stack_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_undo_stack_class_init (WkUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wk_undo_stack_finalize;
  object_class->get_property = wk_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wk_undo_stack_init (WkUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

WkUndoStack *
wk_undo_stack_new (WkUndoApplyFunc apply,
                   GDestroyNotify  free_item,
                   gpointer        user_data)
{
  WkUndoStack *self;

  g_return_val_if_fail (apply != NULL, NULL);

  self = g_object_new (WK_TYPE_UNDO_STACK, NULL);
  self->apply = apply;
  self->free_item = free_item;
  self->user_data = user_data;
  return self;
}

static void
notify_all (WkUndoStack *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
wk_undo_stack_push (WkUndoStack *self,
                    const char  *label,
                    gpointer     item)
{
  Entry *entry;

  g_return_if_fail (WK_IS_UNDO_STACK (self));
  g_return_if_fail (item != NULL);

  entry = g_new0 (Entry, 1);
  entry->label = g_strdup (label != NULL ? label : "");
  entry->item = item;

  clear_queue (self, &self->redo);
  g_queue_push_head (&self->undo, entry);
  while (g_queue_get_length (&self->undo) > MAX_DEPTH)
    entry_free (self, g_queue_pop_tail (&self->undo));
  notify_all (self);
}

/* Returns: (transfer none) (nullable): the item the next undo reverts */
gpointer
wk_undo_stack_peek (WkUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (WK_IS_UNDO_STACK (self), NULL);

  entry = g_queue_peek_head (&self->undo);
  return entry != NULL ? entry->item : NULL;
}

static gboolean
move (WkUndoStack  *self,
      GQueue       *from,
      GQueue       *to,
      gboolean      forward,
      GError      **error)
{
  Entry *entry = g_queue_peek_head (from);

  if (entry == NULL)
    return TRUE;
  if (!self->apply (entry->item, forward, self->user_data, error))
    return FALSE;
  g_queue_push_head (to, g_queue_pop_head (from));
  notify_all (self);
  return TRUE;
}

/* Reverts the newest change; does nothing when there is none. */
gboolean
wk_undo_stack_undo (WkUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (WK_IS_UNDO_STACK (self), FALSE);
  return move (self, &self->undo, &self->redo, FALSE, error);
}

gboolean
wk_undo_stack_redo (WkUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (WK_IS_UNDO_STACK (self), FALSE);
  return move (self, &self->redo, &self->undo, TRUE, error);
}

gboolean
wk_undo_stack_can_undo (WkUndoStack *self)
{
  g_return_val_if_fail (WK_IS_UNDO_STACK (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
wk_undo_stack_can_redo (WkUndoStack *self)
{
  g_return_val_if_fail (WK_IS_UNDO_STACK (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

const char *
wk_undo_stack_get_undo_label (WkUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (WK_IS_UNDO_STACK (self), NULL);
  entry = g_queue_peek_head (&self->undo);
  return entry != NULL ? entry->label : NULL;
}

const char *
wk_undo_stack_get_redo_label (WkUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (WK_IS_UNDO_STACK (self), NULL);
  entry = g_queue_peek_head (&self->redo);
  return entry != NULL ? entry->label : NULL;
}

guint
wk_undo_stack_get_depth (WkUndoStack *self)
{
  g_return_val_if_fail (WK_IS_UNDO_STACK (self), 0);
  return g_queue_get_length (&self->undo);
}

void
wk_undo_stack_clear (WkUndoStack *self)
{
  g_return_if_fail (WK_IS_UNDO_STACK (self));
  clear_queue (self, &self->undo);
  clear_queue (self, &self->redo);
  notify_all (self);
}

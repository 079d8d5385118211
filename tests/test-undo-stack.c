/* test-undo-stack.c: the undo history on its own, with a fake kind of change
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-undo-stack.h"

/* A fake change: adds @delta to the counter when replayed, subtracts it when
 * reverted. It fails while @fail is set, and logs when it is freed. */
typedef struct
{
  int          delta;
  gboolean     fail;
  GPtrArray   *freed;   /* of the log's fixture; not owned */
} Item;

typedef struct
{
  WkUndoStack *stack;
  int          counter;
  GPtrArray   *freed;   /* deltas of the items freed, in order (GINT_TO_POINTER) */
  GPtrArray   *applied; /* the items applied, in order */
} Fixture;

#define FAKE_ERROR (g_quark_from_static_string ("fake-undo-error"))

static gboolean
fake_apply (gpointer   item,
            gboolean   forward,
            gpointer   user_data,
            GError   **error)
{
  Item *it = item;
  Fixture *f = user_data;

  if (it->fail)
    {
      g_set_error (error, FAKE_ERROR, 7, "item %d refused", it->delta);
      return FALSE;
    }
  f->counter += forward ? it->delta : -it->delta;
  g_ptr_array_add (f->applied, it);
  return TRUE;
}

static void
fake_free (gpointer item)
{
  Item *it = item;

  g_ptr_array_add (it->freed, GINT_TO_POINTER (it->delta));
  g_free (it);
}

static Item *
item_new (Fixture *f,
          int      delta)
{
  Item *it = g_new0 (Item, 1);

  it->delta = delta;
  it->freed = f->freed;
  return it;
}

/* Pushes an item the way the store does: the change is already made. */
static Item *
push (Fixture    *f,
      const char *label,
      int         delta)
{
  Item *it = item_new (f, delta);

  f->counter += delta;
  wk_undo_stack_push (f->stack, label, it);
  return it;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->freed = g_ptr_array_new ();
  f->applied = g_ptr_array_new ();
  f->stack = wk_undo_stack_new (fake_apply, fake_free, f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->stack);
  g_ptr_array_unref (f->freed);
  g_ptr_array_unref (f->applied);
}

static gboolean
freed_contains (Fixture *f,
                int      delta)
{
  return g_ptr_array_find (f->freed, GINT_TO_POINTER (delta), NULL);
}

/* Counts notify::NAME emissions per property. */
typedef struct
{
  guint can_undo;
  guint can_redo;
  guint undo_label;
  guint redo_label;
} Notes;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Notes *notes = user_data;

  if (g_str_equal (pspec->name, "can-undo"))
    notes->can_undo++;
  else if (g_str_equal (pspec->name, "can-redo"))
    notes->can_redo++;
  else if (g_str_equal (pspec->name, "undo-label"))
    notes->undo_label++;
  else if (g_str_equal (pspec->name, "redo-label"))
    notes->redo_label++;
  else
    g_assert_not_reached ();
}

static void
test_new (Fixture       *f,
          gconstpointer  data)
{
  gboolean can_undo = TRUE, can_redo = TRUE;
  g_autofree char *undo_label = g_strdup ("x");
  g_autofree char *redo_label = g_strdup ("x");

  g_assert_false (wk_undo_stack_can_undo (f->stack));
  g_assert_false (wk_undo_stack_can_redo (f->stack));
  g_assert_null (wk_undo_stack_get_undo_label (f->stack));
  g_assert_null (wk_undo_stack_get_redo_label (f->stack));
  g_assert_null (wk_undo_stack_peek (f->stack));
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 0);

  g_clear_pointer (&undo_label, g_free);
  g_clear_pointer (&redo_label, g_free);
  g_object_get (f->stack,
                "can-undo", &can_undo, "can-redo", &can_redo,
                "undo-label", &undo_label, "redo-label", &redo_label,
                NULL);
  g_assert_false (can_undo);
  g_assert_false (can_redo);
  g_assert_null (undo_label);
  g_assert_null (redo_label);
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Item *a = push (f, "add 1", 1);
  Item *b = push (f, "add 10", 10);
  Item *c = push (f, "add 100", 100);

  g_assert_cmpint (f->counter, ==, 111);
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 3);
  g_assert_true (wk_undo_stack_peek (f->stack) == c);

  /* undo walks back newest first */
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 11);
  g_assert_true (wk_undo_stack_peek (f->stack) == b);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 1);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 0);
  g_assert_no_error (error);
  g_assert_null (wk_undo_stack_peek (f->stack));
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 0);

  g_assert_cmpuint (f->applied->len, ==, 3);
  g_assert_true (f->applied->pdata[0] == c);
  g_assert_true (f->applied->pdata[1] == b);
  g_assert_true (f->applied->pdata[2] == a);

  /* redo walks forward oldest first */
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 1);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "add 1");
  g_assert_cmpstr (wk_undo_stack_get_redo_label (f->stack), ==, "add 10");
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 11);
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 111);
  g_assert_no_error (error);
  g_assert_true (f->applied->pdata[3] == a);
  g_assert_true (f->applied->pdata[4] == b);
  g_assert_true (f->applied->pdata[5] == c);
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 3);
  g_assert_false (wk_undo_stack_can_redo (f->stack));

  /* redo with nothing to redo: a no-op too */
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 111);
  g_assert_cmpuint (f->applied->len, ==, 6);

  /* nothing was freed on the way */
  g_assert_cmpuint (f->freed->len, ==, 0);
}

static void
test_properties (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Notes notes = { 0 };
  gboolean can_undo, can_redo;
  char *undo_label, *redo_label;

  g_signal_connect (f->stack, "notify", G_CALLBACK (notify_cb), &notes);

  push (f, "First", 1);
  g_assert_cmpuint (notes.can_undo, ==, 1);
  g_assert_cmpuint (notes.undo_label, ==, 1);
  g_assert_true (wk_undo_stack_can_undo (f->stack));
  g_assert_false (wk_undo_stack_can_redo (f->stack));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "First");
  g_assert_null (wk_undo_stack_get_redo_label (f->stack));

  push (f, "Second", 2);
  g_assert_cmpuint (notes.undo_label, ==, 2);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "Second");

  memset (&notes, 0, sizeof notes);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notes.can_redo, ==, 1);
  g_assert_cmpuint (notes.undo_label, ==, 1);
  g_assert_cmpuint (notes.redo_label, ==, 1);
  g_object_get (f->stack,
                "can-undo", &can_undo, "can-redo", &can_redo,
                "undo-label", &undo_label, "redo-label", &redo_label,
                NULL);
  g_assert_true (can_undo);
  g_assert_true (can_redo);
  g_assert_cmpstr (undo_label, ==, "First");
  g_assert_cmpstr (redo_label, ==, "Second");
  g_free (undo_label);
  g_free (redo_label);

  memset (&notes, 0, sizeof notes);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_cmpuint (notes.can_undo, ==, 1);
  g_assert_false (wk_undo_stack_can_undo (f->stack));
  g_assert_null (wk_undo_stack_get_undo_label (f->stack));
  g_assert_cmpstr (wk_undo_stack_get_redo_label (f->stack), ==, "First");

  memset (&notes, 0, sizeof notes);
  wk_undo_stack_clear (f->stack);
  g_assert_cmpuint (notes.can_redo, ==, 1);
  g_assert_cmpuint (notes.redo_label, ==, 1);
  g_assert_false (wk_undo_stack_can_undo (f->stack));
  g_assert_false (wk_undo_stack_can_redo (f->stack));
  g_assert_null (wk_undo_stack_get_redo_label (f->stack));

  /* a NULL label reads as "" so a menu item never shows "(null)" */
  push (f, NULL, 3);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "");

  g_signal_handlers_disconnect_by_func (f->stack, notify_cb, &notes);
}

static void
test_push_clears_redo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  push (f, "a", 1);
  push (f, "b", 2);
  push (f, "c", 4);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 1);
  g_assert_true (wk_undo_stack_can_redo (f->stack));

  push (f, "d", 8);
  g_assert_false (wk_undo_stack_can_redo (f->stack));
  g_assert_null (wk_undo_stack_get_redo_label (f->stack));
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 2);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "d");

  /* the dropped redo items were freed, newest-undone first, and only they */
  g_assert_cmpuint (f->freed->len, ==, 2);
  g_assert_true (freed_contains (f, 2));
  g_assert_true (freed_contains (f, 4));

  /* redo does nothing now */
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 9);

  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 0);
}

static void
test_apply_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Notes notes = { 0 };
  Item *a = push (f, "a", 1);
  Item *b = push (f, "b", 2);

  g_signal_connect (f->stack, "notify", G_CALLBACK (notify_cb), &notes);

  b->fail = TRUE;
  g_assert_false (wk_undo_stack_undo (f->stack, &error));
  g_assert_error (error, FAKE_ERROR, 7);
  g_assert_cmpstr (error->message, ==, "item 2 refused");
  g_clear_error (&error);

  /* the item stays where it was, nothing else moved */
  g_assert_true (wk_undo_stack_peek (f->stack) == b);
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 2);
  g_assert_false (wk_undo_stack_can_redo (f->stack));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "b");
  g_assert_cmpint (f->counter, ==, 3);
  g_assert_cmpuint (f->freed->len, ==, 0);
  g_assert_cmpuint (notes.can_undo + notes.can_redo + notes.undo_label + notes.redo_label, ==, 0);

  /* once it works again it is undone as normal */
  b->fail = FALSE;
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 1);

  /* a failing redo too stays where it was */
  b->fail = TRUE;
  g_assert_false (wk_undo_stack_redo (f->stack, &error));
  g_assert_error (error, FAKE_ERROR, 7);
  g_clear_error (&error);
  g_assert_true (wk_undo_stack_can_redo (f->stack));
  g_assert_cmpstr (wk_undo_stack_get_redo_label (f->stack), ==, "b");
  g_assert_true (wk_undo_stack_peek (f->stack) == a);
  g_assert_cmpint (f->counter, ==, 1);

  b->fail = FALSE;
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 3);
  g_assert_true (wk_undo_stack_peek (f->stack) == b);

  /* a NULL error is allowed */
  b->fail = TRUE;
  g_assert_false (wk_undo_stack_undo (f->stack, NULL));
  g_assert_true (wk_undo_stack_peek (f->stack) == b);

  g_signal_handlers_disconnect_by_func (f->stack, notify_cb, &notes);
}

static void
test_free_on_clear (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  push (f, "a", 1);
  push (f, "b", 2);
  push (f, "c", 4);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->freed->len, ==, 0);

  wk_undo_stack_clear (f->stack);
  g_assert_cmpuint (f->freed->len, ==, 3);
  g_assert_true (freed_contains (f, 1));
  g_assert_true (freed_contains (f, 2));
  g_assert_true (freed_contains (f, 4));
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 0);
  g_assert_false (wk_undo_stack_can_undo (f->stack));
  g_assert_false (wk_undo_stack_can_redo (f->stack));

  /* clearing applies nothing: the changes stay made */
  g_assert_cmpint (f->counter, ==, 3);
  g_assert_cmpuint (f->applied->len, ==, 1);

  /* and the stack is usable again */
  push (f, "d", 8);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_cmpint (f->counter, ==, 3);
}

static void
test_free_on_finalize (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;

  f.freed = g_ptr_array_new ();
  f.applied = g_ptr_array_new ();
  f.stack = wk_undo_stack_new (fake_apply, fake_free, &f);

  push (&f, "a", 1);
  push (&f, "b", 2);
  push (&f, "c", 4);
  g_assert_true (wk_undo_stack_undo (f.stack, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (f.stack);
  g_assert_cmpuint (f.freed->len, ==, 3);
  g_assert_true (freed_contains (&f, 1));
  g_assert_true (freed_contains (&f, 2));
  g_assert_true (freed_contains (&f, 4));
  g_assert_cmpuint (f.applied->len, ==, 1);

  g_ptr_array_unref (f.freed);
  g_ptr_array_unref (f.applied);
}

/* Without a free function the items are the caller's. */
static void
test_no_free_func (void)
{
  Fixture f = { 0 };
  Item items[2] = { { 1, FALSE, NULL }, { 2, FALSE, NULL } };
  g_autoptr(GError) error = NULL;

  f.applied = g_ptr_array_new ();
  f.stack = wk_undo_stack_new (fake_apply, NULL, &f);
  wk_undo_stack_push (f.stack, "a", &items[0]);
  wk_undo_stack_push (f.stack, "b", &items[1]);
  f.counter = 3;
  g_assert_true (wk_undo_stack_undo (f.stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f.counter, ==, 1);
  wk_undo_stack_push (f.stack, "c", &items[1]);
  wk_undo_stack_clear (f.stack);
  g_assert_finalize_object (f.stack);
  g_ptr_array_unref (f.applied);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Notes notes = { 0 };

  g_signal_connect (f->stack, "notify", G_CALLBACK (notify_cb), &notes);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_true (wk_undo_stack_redo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->applied->len, ==, 0);
  g_assert_cmpint (f->counter, ==, 0);
  g_assert_cmpuint (notes.can_undo + notes.can_redo + notes.undo_label + notes.redo_label, ==, 0);
  g_assert_false (wk_undo_stack_can_undo (f->stack));
  g_assert_false (wk_undo_stack_can_redo (f->stack));

  /* also after everything was undone */
  push (f, "a", 5);
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_true (wk_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->counter, ==, 0);
  g_assert_cmpuint (f->applied->len, ==, 1);
  g_signal_handlers_disconnect_by_func (f->stack, notify_cb, &notes);
}

static void
test_depth_limit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* deltas 1..1005; the limit is 1000 steps */
  for (int i = 1; i <= 1005; i++)
    {
      g_autofree char *label = g_strdup_printf ("step %d", i);

      push (f, label, i);
    }
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 1000);

  /* the five oldest were dropped (and freed), in order */
  g_assert_cmpuint (f->freed->len, ==, 5);
  for (int i = 0; i < 5; i++)
    g_assert_cmpint (GPOINTER_TO_INT (f->freed->pdata[i]), ==, i + 1);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (f->stack), ==, "step 1005");

  while (wk_undo_stack_can_undo (f->stack))
    {
      g_assert_true (wk_undo_stack_undo (f->stack, &error));
      g_assert_no_error (error);
      n++;
    }
  g_assert_cmpuint (n, ==, 1000);
  /* what is left is the sum of the dropped steps 1..5 */
  g_assert_cmpint (f->counter, ==, 15);
  g_assert_cmpstr (wk_undo_stack_get_redo_label (f->stack), ==, "step 6");

  /* redo all the way: the redo side holds the 1000 as well */
  n = 0;
  while (wk_undo_stack_can_redo (f->stack))
    {
      g_assert_true (wk_undo_stack_redo (f->stack, &error));
      n++;
    }
  g_assert_cmpuint (n, ==, 1000);
  g_assert_cmpint (f->counter, ==, 1005 * 1006 / 2);
  g_assert_cmpuint (f->freed->len, ==, 5);

  /* exactly at the limit nothing more is dropped */
  wk_undo_stack_clear (f->stack);
  g_ptr_array_set_size (f->freed, 0);
  for (int i = 1; i <= 1000; i++)
    push (f, "x", i);
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 1000);
  g_assert_cmpuint (f->freed->len, ==, 0);
  push (f, "y", 2000);
  g_assert_cmpuint (wk_undo_stack_get_depth (f->stack), ==, 1000);
  g_assert_cmpuint (f->freed->len, ==, 1);
  g_assert_cmpint (GPOINTER_TO_INT (f->freed->pdata[0]), ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/undo-stack/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("new", test_new);
  ADD ("order", test_order);
  ADD ("properties", test_properties);
  ADD ("push-clears-redo", test_push_clears_redo);
  ADD ("apply-fails", test_apply_fails);
  ADD ("free/clear", test_free_on_clear);
  g_test_add_func ("/undo-stack/free/finalize", test_free_on_finalize);
  g_test_add_func ("/undo-stack/free/none", test_no_free_func);
  ADD ("empty", test_empty);
  ADD ("depth-limit", test_depth_limit);

  return g_test_run ();
}

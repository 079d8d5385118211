/* test-presentation-redaction.c: what presentation mode draws, with privacy on, names no person
 *
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every text that reaches Pango in this process is collected: the program
 * defines pango_layout_set_text() and pango_layout_set_markup() itself, so
 * GTK's labels, the network renderer and the map renderer all pass through
 * them (ELF symbol interposition), and hands them on to Pango. Only the
 * presentation window is created, without the main window, so whatever was
 * laid out was laid out for it. The presentation is drawn at 1920×1080 on
 * the network, through every step of the tour, on a saved view that puts a
 * person in the spotlight, and on the map; then no name, phone number or
 * e-mail address of a person marked as personal data may be among the
 * texts, while the organisations' names and persons' roles must be.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "wk-layout.h"
#include "wk-presentation-private.h"
#include "wk-saved-view.h"
#include "wk-test-ui.h"

static GPtrArray *texts;

void
pango_layout_set_text (PangoLayout *layout,
                       const char  *text,
                       int          length)
{
  static void (*real) (PangoLayout *, const char *, int);

  if (real == NULL)
    real = dlsym (RTLD_NEXT, "pango_layout_set_text");
  if (texts != NULL && text != NULL)
    g_ptr_array_add (texts, length < 0 ? g_strdup (text) : g_strndup (text, length));
  real (layout, text, length);
}

void
pango_layout_set_markup (PangoLayout *layout,
                         const char  *markup,
                         int          length)
{
  static void (*real) (PangoLayout *, const char *, int);

  if (real == NULL)
    real = dlsym (RTLD_NEXT, "pango_layout_set_markup");
  if (texts != NULL && markup != NULL)
    g_ptr_array_add (texts, length < 0 ? g_strdup (markup) : g_strndup (markup, length));
  real (layout, markup, length);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Draws the window once more and waits for it. */
static void
draw (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_queue_draw (child);
  WAIT_FOR (painted, 5000);
  g_signal_handler_disconnect (clock, handler);
  wk_test_iterate (50);
}

static gboolean
texts_contain (const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

typedef struct {
  GPtrArray *secrets;   /* names, phones, e-mails of persons */
  GPtrArray *public;    /* organisations' names, persons' roles */
} Oracle;

static Oracle
read_oracle (WkStore *store,
             WkWijk  *wijk)
{
  Oracle oracle = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  GListModel *actors = wk_store_get_actors (store, wijk);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(WkRecord) actor = g_list_model_get_item (actors, i);
      const char *kind = wk_record_get_text (actor, "kind");
      const char *fields[] = { "name", "phone", "email" };

      if (g_strcmp0 (kind, "person") == 0)
        {
          const char *role = wk_record_get_text (actor, "role");

          if (role != NULL && *role != '\0')
            g_ptr_array_add (oracle.public, g_strdup (role));
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            {
              const char *value = wk_record_get_text (actor, fields[f]);

              if (value != NULL && strlen (value) >= 4)
                g_ptr_array_add (oracle.secrets, g_strdup (value));
            }
        }
      else if (g_strcmp0 (kind, "organisation") == 0)
        g_ptr_array_add (oracle.public, g_strdup (wk_record_get_text (actor, "name")));
    }
  return oracle;
}

static void
test_redaction (void)
{
  WkWindow *window = wk_test_open_file ("redaction.db");
  WkStore *store = g_object_ref (window->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkViewState) state = wk_view_state_new ("network");
  WkPresentation *presentation;
  WkWijk *wijk;
  Oracle oracle;
  guint n_steps, n_persons = 0;
  g_autofree char *spotlight = NULL;
  gint64 person_id = 0;

  g_assert_true (wk_store_load_example (store, &error));
  g_assert_no_error (error);
  wijk = g_object_ref (wk_test_find_wijk (window, "Rietveld-Oost"));
  /* the network page lays the network out and saves the positions */
  adw_view_stack_set_visible_child_name (window->view_stack, "network");
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (wk_test_count_rows (window, "SELECT count(*) FROM layout") > 10, 20000);
  /* only the presentation may lay out text from here on */
  gtk_window_destroy (GTK_WINDOW (window));
  wk_test_iterate (200);

  oracle = read_oracle (store, wijk);
  g_assert_cmpuint (oracle.secrets->len, >, 5);
  g_assert_cmpuint (oracle.public->len, >, 2);
  {
    GListModel *actors = wk_store_get_actors (store, wijk);

    for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
      {
        g_autoptr(WkRecord) actor = g_list_model_get_item (actors, i);

        if (g_strcmp0 (wk_record_get_text (actor, "kind"), "person") == 0)
          {
            n_persons++;
            if (person_id == 0)
              person_id = wk_record_get_id (actor);
          }
      }
  }
  g_assert_cmpuint (n_persons, >, 2);
  spotlight = g_strdup_printf ("{\"actor\": %" G_GINT64_FORMAT "}", person_id);
  g_assert_nonnull (wk_store_create_saved_view (store, wijk, "Iemand uitgelicht", "network", spotlight, &error));
  g_assert_nonnull (wk_store_create_saved_view (store, wijk, "Kaart", "map", "{}", &error));
  g_assert_no_error (error);

  texts = g_ptr_array_new_with_free_func (g_free);
  presentation = wk_presentation_new (store, wijk, state, NULL);
  gtk_window_set_default_size (GTK_WINDOW (presentation), 1920, 1080);
  gtk_window_present (GTK_WINDOW (presentation));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (presentation)), 3000);
  WAIT_FOR (wk_presentation_is_ready (presentation), 5000);
  g_assert_true (wk_presentation_get_privacy (presentation));
  draw (GTK_WIDGET (presentation));

  /* the whole tour, both palettes, the largest text */
  wk_presentation_get_tour_step (presentation, &n_steps);
  g_assert_cmpuint (n_steps, >, 0);
  wk_presentation_set_label_size (presentation, 3.);
  for (guint i = 0; i < n_steps; i++)
    {
      _wk_presentation_tour_step (presentation, 1);
      if (i == 0)
        wk_presentation_set_palette (presentation, WK_PALETTE_PROJECTOR_DARK);
      draw (GTK_WIDGET (presentation));
    }
  /* a saved view with a person in the spotlight, then the map */
  for (int v = 0; v < 2; v++)
    {
      presentation->view_index = v - 1;
      {
        g_autoptr(WkSavedView) view = g_list_model_get_item (presentation->views, v);
        g_autoptr(WkViewState) saved = wk_view_state_new_from_json (wk_saved_view_get_page (view),
                                                                      wk_saved_view_get_state (view), NULL);

        g_assert_nonnull (saved);
        if (g_str_equal (saved->page, "map"))
          {
            _wk_presentation_apply_map_state (presentation, saved);
            gtk_stack_set_visible_child_name (presentation->stack, "map");
          }
        else
          _wk_presentation_apply_network_state (presentation, saved);
      }
      draw (GTK_WIDGET (presentation));
      draw (GTK_WIDGET (presentation));
    }
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "map");
  g_assert_cmpuint (wk_map_view_get_n_shown (wk_presentation_get_map_view (presentation)), >, 0);

  /* the collector works: what may show, shows (an organisation, a role) */
  for (guint i = 0; i < oracle.public->len; i++)
    if (texts_contain (g_ptr_array_index (oracle.public, i)))
      break;
    else
      g_assert_cmpuint (i + 1, <, oracle.public->len);
  g_assert_true (texts_contain (_("Privacy on")));

  /* and what may not, does not */
  for (guint i = 0; i < oracle.secrets->len; i++)
    {
      const char *secret = g_ptr_array_index (oracle.secrets, i);

      if (texts_contain (secret))
        g_error ("“%s”, personal data, was laid out by the presentation", secret);
    }
  g_test_message ("%u texts laid out, %u secrets checked", texts->len, oracle.secrets->len);

  wk_presentation_end (presentation);
  g_clear_pointer (&texts, g_ptr_array_unref);
  g_ptr_array_unref (oracle.secrets);
  g_ptr_array_unref (oracle.public);
  g_object_unref (wijk);
  g_object_unref (store);
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-redaction-XXXXXX");

  g_test_add_func ("/presentation/redaction", test_redaction);
  return wk_test_run ();
}

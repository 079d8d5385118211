/* wk-presentation-captions.c: what the presentation says on screen: captions, hints, toasts and the step
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The caption is a large line centred at the bottom: a step's actor or
 * community, a saved view's name. It moves to the top when what the step
 * shows in the network is at the bottom, so nothing that stands out is
 * hidden under it.
 */
#include <glib/gi18n.h>

#include "wk-presentation-private.h"

#define CAPTION_MARGIN 48

static gboolean
caption_timeout_cb (gpointer user_data)
{
  WkPresentation *self = user_data;

  self->caption_timeout = 0;
  gtk_widget_set_visible (self->caption_box, FALSE);
  return G_SOURCE_REMOVE;
}

/* The area of @a that @b covers */
static float
overlap (const graphene_rect_t *a,
         const graphene_rect_t *b)
{
  graphene_rect_t both;

  return graphene_rect_intersection (a, b, &both) ? both.size.width * both.size.height : 0.f;
}

/* Where the caption's box is in the overlay, centred at the bottom or the
 * top; @height: (out): the overlay's height */
static void
caption_rect (WkPresentation  *self,
              gboolean         at_top,
              graphene_rect_t *rect,
              int             *height)
{
  GtkWidget *box = self->caption_box;
  int width = gtk_widget_get_width (GTK_WIDGET (self->overlay));
  int caption_width, caption_height;

  *height = gtk_widget_get_height (GTK_WIDGET (self->overlay));
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &caption_width, NULL, NULL);
  caption_width = MIN (caption_width, width);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, caption_width, NULL, &caption_height, NULL, NULL);
  caption_height -= gtk_widget_get_margin_top (box) + gtk_widget_get_margin_bottom (box);
  graphene_rect_init (rect, (width - caption_width) / 2.f,
                      at_top ? CAPTION_MARGIN : *height - CAPTION_MARGIN - caption_height,
                      caption_width, MAX (caption_height, 0));
}

/* The caption stands at the bottom, unless it would cover what stands out
 * in the network there and the top covers less of it. It keeps its
 * alignment at the end and moves up by its margin: moving it by its
 * alignment makes GTK 4.8 draw two more frames after the step's. */
static void
place_caption (WkPresentation *self)
{
  GtkWidget *overlay = GTK_WIDGET (self->overlay);
  GtkWidget *view = GTK_WIDGET (self->network_view);
  graphene_rect_t spot, bottom, top;
  graphene_point_t origin;
  int height, margin = CAPTION_MARGIN;

  if (g_str_equal (wk_presentation_get_page (self), "network") &&
      wk_network_view_get_spotlight_bounds (self->network_view, &spot) &&
      gtk_widget_compute_point (view, overlay, &GRAPHENE_POINT_INIT (0, 0), &origin))
    {
      graphene_rect_offset (&spot, origin.x, origin.y);
      caption_rect (self, FALSE, &bottom, &height);
      caption_rect (self, TRUE, &top, &height);
      if (overlap (&spot, &top) < overlap (&spot, &bottom))
        margin = MAX (CAPTION_MARGIN, height - CAPTION_MARGIN - (int) top.size.height);
    }
  if (gtk_widget_get_margin_bottom (self->caption_box) != margin)
    gtk_widget_set_margin_bottom (self->caption_box, margin);
}

static void
place_caption_idle_cb (gpointer user_data)
{
  WkPresentation *self = user_data;

  self->place_caption_idle = 0;
  place_caption (self);
}

/* Again once the network is drawn anew: at another text size, or on a
 * screen of another size. */
void
_wk_presentation_queue_place_caption (WkPresentation *self)
{
  if (gtk_widget_get_visible (self->caption_box) && self->place_caption_idle == 0)
    self->place_caption_idle = g_idle_add_once (place_caption_idle_cb, self);
}

/* A large line at the bottom: the step's actor or community, a view's name;
 * at the top when what the step shows is at the bottom.
 * @title: NULL hides it; @seconds: 0 keeps it until the next one */
void
_wk_presentation_show_caption (WkPresentation *self,
                               const char     *title,
                               const char     *detail,
                               guint           seconds)
{
  g_clear_handle_id (&self->caption_timeout, g_source_remove);
  gtk_widget_set_visible (self->caption_box, title != NULL);
  if (title == NULL)
    return;
  gtk_label_set_text (self->caption_title, title);
  gtk_label_set_text (self->caption_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_detail), detail != NULL && *detail != '\0');
  place_caption (self);
  if (seconds > 0)
    self->caption_timeout = g_timeout_add_seconds (seconds, caption_timeout_cb, self);
}

/* What to do next while adding a relation or a pin; NULL hides it. */
void
_wk_presentation_show_hint (WkPresentation *self,
                            const char     *hint)
{
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
  gtk_label_set_text (self->hint_label, hint != NULL ? hint : "");
}

void
_wk_presentation_toast_undo (WkPresentation *self,
                             const char     *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "presentation.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_wk_presentation_show_error (WkPresentation *self,
                             const char     *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* The step and its total, discreetly in the corner. */
void
_wk_presentation_update_step (WkPresentation *self)
{
  g_autofree char *text = NULL;
  guint n_views = self->views != NULL ? g_list_model_get_n_items (self->views) : 0;

  if (self->tour != NULL && self->tour_step >= 0 && g_str_equal (wk_presentation_get_page (self), "network"))
    text = g_strdup_printf (C_("tour step", "%d / %u"), self->tour_step + 1, self->tour->len);
  else if (self->view_index >= 0 && (guint) self->view_index < n_views)
    text = g_strdup_printf (_("View %d / %u"), self->view_index + 1, n_views);
  gtk_label_set_text (self->step_label, text != NULL ? text : "");
}

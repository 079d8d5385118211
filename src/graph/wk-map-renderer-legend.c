/* wk-map-renderer-legend.c: the map's legend (what each pin means, how many there are) and its attribution
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Both look like the network drawing's legend: a panel of the palette's
 * background (white unless wk_map_renderer_set_palette() says otherwise)
 * with a thin border, Cantarell, sizes that grow with the renderer's scale.
 * They are drawn over the map, so the panels are nearly opaque: the map
 * must never make the text hard to read.
 */
#include <math.h>
#include <pango/pangocairo.h>

#include "wk-map-renderer-private.h"
#include "wk-renderer-private.h"

#define PADDING       8.
#define TITLE_SIZE    12.
#define TEXT_SIZE     11.
#define HEADING_GAP   6.
#define ROW_GAP       4.
#define ROW_HEIGHT    18.
#define SWATCH_WIDTH  16.
#define SWATCH_SIZE   .5     /* of a pin on the map */
#define TEXT_GAP      6.
#define COUNT_GAP     14.
#define LABEL_WIDTH   200.
#define CORNER        8.
#define ATTRIBUTION_SIZE  10.

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2.);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

/**
 * wk_map_renderer_draw_legend:
 * @cr: (nullable): %NULL to only measure
 * @x: the legend's top left corner, in user units of @cr
 * @counts: (array) (nullable): how many marks of each category the map
 *   shows, one per category; %NULL: none
 * @title: (nullable): a heading over the list
 * @width: (out) (optional): the size the legend takes
 * @height: (out) (optional):
 *
 * Lists the categories with marks (all of them when none has any), each
 * with its pin and its count, on a panel. Without categories and title the
 * size is 0 × 0 and nothing is drawn.
 */
void
wk_map_renderer_draw_legend (WkMapRenderer *self,
                             cairo_t       *cr,
                             double         x,
                             double         y,
                             const guint   *counts,
                             const char    *title,
                             double        *width,
                             double        *height)
{
  const WkScheme *scheme = wk_palette_get_scheme (self->palette);
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  double s, tw = 0., th = 0., label_w = 0., count_w = 0., w, h, row_y;
  gboolean any = FALSE;

  g_return_if_fail (WK_IS_MAP_RENDERER (self));

  s = self->scale;
  for (guint i = 0; counts != NULL && i < self->n_categories; i++)
    any |= counts[i] > 0;
  for (guint i = 0; i < self->n_categories; i++)
    if (!any || counts[i] > 0)
      g_array_append_val (rows, i);

  if (title != NULL && *title != '\0')
    {
      g_autofree char *clean = _wk_sanitize_text (title);

      title_layout = _wk_map_renderer_new_layout (self, clean, TITLE_SIZE * s, TRUE);
      pango_layout_set_ellipsize (title_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (title_layout, (int) ((LABEL_WIDTH + 60.) * s * PANGO_SCALE));
      layout_size (title_layout, &tw, &th);
    }
  for (guint r = 0; r < rows->len; r++)
    {
      guint i = g_array_index (rows, guint, r);
      const char *label = self->categories[i].label != NULL ? self->categories[i].label : "";
      g_autofree char *number = g_strdup_printf ("%u", counts != NULL ? counts[i] : 0);
      PangoLayout *layout = _wk_map_renderer_new_layout (self, label, TEXT_SIZE * s, FALSE);
      double lw, lh;

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) (LABEL_WIDTH * s * PANGO_SCALE));
      layout_size (layout, &lw, &lh);
      label_w = MAX (label_w, lw);
      g_ptr_array_add (labels, layout);
      layout = _wk_map_renderer_new_layout (self, number, TEXT_SIZE * s, FALSE);
      layout_size (layout, &lw, &lh);
      count_w = MAX (count_w, lw);
      g_ptr_array_add (numbers, layout);
    }

  if (title_layout == NULL && rows->len == 0)
    {
      if (width != NULL)
        *width = 0.;
      if (height != NULL)
        *height = 0.;
      return;
    }
  w = MAX (tw, rows->len > 0 ? (SWATCH_WIDTH + TEXT_GAP + COUNT_GAP) * s + label_w + count_w : 0.);
  w += 2. * PADDING * s;
  h = 2. * PADDING * s + th + (title_layout != NULL && rows->len > 0 ? HEADING_GAP * s : 0.)
      + rows->len * ROW_HEIGHT * s + (rows->len > 0 ? (rows->len - 1) * ROW_GAP * s : 0.);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
  if (cr == NULL)
    return;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  rounded_rect (cr, 0., 0., w, h, CORNER * s);
  wk_color_set_source (cr, &scheme->background, .94);
  cairo_fill_preserve (cr);
  wk_color_set_source (cr, &scheme->text, .15);
  cairo_set_line_width (cr, 1.);
  cairo_stroke (cr);

  if (title_layout != NULL)
    {
      wk_color_set_source (cr, &scheme->text, 1.);
      cairo_move_to (cr, PADDING * s, PADDING * s);
      pango_cairo_show_layout (cr, title_layout);
    }
  row_y = PADDING * s + th + (title_layout != NULL ? HEADING_GAP * s : 0.);
  for (guint r = 0; r < rows->len; r++)
    {
      PangoLayout *label = g_ptr_array_index (labels, r);
      PangoLayout *number = g_ptr_array_index (numbers, r);
      double mid = row_y + ROW_HEIGHT * s / 2., lw, lh;

      cairo_save (cr);
      cairo_translate (cr, PADDING * s + SWATCH_WIDTH * s / 2., mid + WK_MAP_PIN_HEIGHT * SWATCH_SIZE * s / 2.);
      _wk_map_renderer_paint_pin (self, cr, g_array_index (rows, guint, r), PIN_PLAIN, SWATCH_SIZE * s);
      cairo_restore (cr);

      wk_color_set_source (cr, &scheme->text, 1.);
      layout_size (label, &lw, &lh);
      cairo_move_to (cr, (PADDING + SWATCH_WIDTH + TEXT_GAP) * s, mid - lh / 2.);
      pango_cairo_show_layout (cr, label);
      layout_size (number, &lw, &lh);
      cairo_move_to (cr, w - PADDING * s - lw, mid - lh / 2.);
      pango_cairo_show_layout (cr, number);
      row_y += (ROW_HEIGHT + ROW_GAP) * s;
    }
  cairo_restore (cr);
}

/**
 * wk_map_renderer_draw_attribution:
 * @width: the map's size in user units of @cr; the text goes in its bottom
 *   right corner
 * @text: (nullable): "© OpenStreetMap-bijdragers" and the like
 *
 * On a nearly opaque panel (white in the normal palette), whatever the map
 * under it, and shortened with "…" only when the map is narrower than the
 * text.
 */
void
wk_map_renderer_draw_attribution (WkMapRenderer *self,
                                  cairo_t       *cr,
                                  double         width,
                                  double         height,
                                  const char    *text)
{
  const WkScheme *scheme = wk_palette_get_scheme (self->palette);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *clean = NULL;
  double s, pad_x, pad_y, tw, th, bw, bh;

  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  if (text == NULL || *text == '\0')
    return;
  s = self->scale;
  pad_x = 5. * s;
  pad_y = 2. * s;
  clean = _wk_sanitize_text (text);
  layout = _wk_map_renderer_new_layout (self, clean, ATTRIBUTION_SIZE * s, FALSE);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, (int) (MAX (width - 2. * pad_x - 8. * s, 20. * s) * PANGO_SCALE));
  layout_size (layout, &tw, &th);
  bw = tw + 2. * pad_x;
  bh = th + 2. * pad_y;

  cairo_save (cr);
  /* flush with the corner, rounded only where it meets the map */
  cairo_new_path (cr);
  cairo_move_to (cr, width, height);
  cairo_line_to (cr, width - bw, height);
  cairo_arc (cr, width - bw + 4. * s, height - bh + 4. * s, 4. * s, G_PI, 3 * G_PI / 2);
  cairo_line_to (cr, width, height - bh);
  cairo_close_path (cr);
  {
    WkColor backdrop = _wk_map_backdrop (self);

    wk_color_set_source (cr, &backdrop, 1.);
  }
  cairo_fill (cr);
  wk_color_set_source (cr, &scheme->text, 1.);
  cairo_move_to (cr, width - bw + pad_x, height - bh + pad_y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

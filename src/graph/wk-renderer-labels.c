/* wk-renderer-labels.c: the renderer's text: labels laid out, wrapped and placed, and glyphs written
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A label is laid out once per network and label size and kept. It goes
 * under its node; decluttered (wk-renderer-scene.c), over or beside it.
 * Every text the renderer writes passes _wk_renderer_show_layout(), which
 * writes glyphs, or hands the text to the SVG export's sink, and tells
 * options->text_func, so a test sees all that is drawn.
 */
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "wk-renderer-private.h"

static PangoLayout *
new_layout (WkRenderer *self,
            const char *text,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (WK_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* Wraps @text into at most two lines of @max_width, the second shortened
 * with an ellipsis. Done here rather than by Pango's ellipsizing so that the
 * lines are known strings: the SVG export writes exactly what is drawn. */
static char *
wrap_label (WkRenderer *self,
            const char *text,
            double      size,
            double      max_width)
{
  g_autoptr(PangoLayout) layout = new_layout (self, text, size, FALSE);
  g_autoptr(GString) rest = NULL;
  PangoLayoutLine *line;
  g_autofree char *first = NULL;
  glong lo, hi;

  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (pango_layout_get_line_count (layout) <= 1)
    return g_strdup (text);
  if (pango_layout_get_line_count (layout) == 2)
    {
      line = pango_layout_get_line_readonly (layout, 1);
      first = g_strndup (text, line->start_index);
      return g_strconcat (g_strchomp (first), "\n", text + line->start_index, NULL);
    }

  line = pango_layout_get_line_readonly (layout, 1);
  first = g_strndup (text, line->start_index);
  g_strchomp (first);

  /* the longest start of the rest that fits with "…"; no line of this width
   * holds more than a few hundred characters, so look no further */
  rest = g_string_new (text + line->start_index);
  pango_layout_set_width (layout, -1);
  lo = 0;
  hi = MIN (g_utf8_strlen (rest->str, -1), 400);
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *candidate = g_utf8_substring (rest->str, 0, mid);

      g_strchomp (candidate);
      {
        g_autofree char *with_ellipsis = g_strconcat (candidate, "…", NULL);

        if (text_width (layout, with_ellipsis) <= max_width)
          lo = mid;
        else
          hi = mid - 1;
      }
    }
  {
    g_autofree char *second = g_utf8_substring (rest->str, 0, lo);

    g_strchomp (second);
    return g_strconcat (first, "\n", second, "…", NULL);
  }
}

WkLabel *
_wk_frame_get_label (const WkFrame *f,
           guint        i)
{
  WkRenderer *self = f->self;
  WkLabel *label = &self->labels[i];
  const char *source = _wk_renderer_node_text (self, f->options, i);

  if (label->layout != NULL && g_strcmp0 (label->source, source) == 0)
    return label;

  {
    double size = LABEL_SIZE * self->label_scale;
    g_autofree char *clean = _wk_sanitize_text (source);
    g_autofree char *wrapped = wrap_label (self, clean, size, LABEL_MAX_WIDTH * self->label_scale);
    int width, height;

    g_clear_object (&label->layout);
    g_free (label->source);
    label->source = g_strdup (source);
    g_free (label->title);
    label->title = g_strdup (clean);
    label->layout = new_layout (self, wrapped, size, FALSE);
    pango_layout_set_alignment (label->layout, PANGO_ALIGN_CENTER);
    pango_layout_get_size (label->layout, &width, &height);
    label->width = (double) width / PANGO_SCALE;
    label->height = (double) height / PANGO_SCALE;
  }
  return label;
}

static double
shape_bottom (WkNodeShape shape,
              double      r)
{
  switch (shape)
    {
    case WK_SHAPE_ROUNDED_SQUARE:
      return .9 * r;
    case WK_SHAPE_HEXAGON:
      return .91 * r;
    case WK_SHAPE_DIAMOND:
      return 1.2 * r;
    case WK_SHAPE_STAR:
      return 1.02 * r;
    case WK_SHAPE_CIRCLE:
    default:
      return r;
    }
}

gboolean
_wk_frame_labels_shown (const WkFrame *f,
              cairo_t     *cr)
{
  if (!f->options->show_labels)
    return FALSE;
  if (cr != NULL && f->options->min_label_pixels > 0.)
    {
      double dx = LABEL_SIZE * f->self->label_scale, dy = 0.;

      cairo_user_to_device_distance (cr, &dx, &dy);
      if (hypot (dx, dy) < f->options->min_label_pixels)
        return FALSE;
    }
  return TRUE;
}

/* The label's box: centred under the node. */
void
_wk_frame_label_rect (const WkFrame *f,
                      guint          i,
                      const WkLabel *label,
                      WkRect        *rect)
{
  _wk_frame_label_rect_at (f, i, label, WK_LABEL_BELOW, rect);
}

/* The label's box @place of the node: under or over it, centred, or beside
 * it, level with its middle */
void
_wk_frame_label_rect_at (const WkFrame *f,
                         guint          i,
                         const WkLabel *label,
                         WkLabelPlace   place,
                         WkRect        *rect)
{
  const WkNetworkNode *node = wk_network_get_node (f->self->network, i);
  double x, y, reach = shape_bottom (wk_palette_node_shape (node), _wk_frame_node_radius (f, i)) + LABEL_GAP;

  _wk_node_center (node, &x, &y);
  rect->width = label->width;
  rect->height = label->height;
  switch (place)
    {
    case WK_LABEL_ABOVE:
      rect->x = x - label->width / 2.;
      rect->y = y - reach - label->height;
      break;
    case WK_LABEL_RIGHT:
      rect->x = x + reach;
      rect->y = y - label->height / 2.;
      break;
    case WK_LABEL_LEFT:
      rect->x = x - reach - label->width;
      rect->y = y - label->height / 2.;
      break;
    case WK_LABEL_BELOW:
    default:
      rect->x = x - label->width / 2.;
      rect->y = y + reach;
      break;
    }
}

/* The label's box as the last drawing placed it: with decluttered labels,
 * moved beside its node, or left out (FALSE); else under its node */
gboolean
_wk_frame_placed_label_rect (const WkFrame *f,
                             guint          i,
                             WkRect        *rect)
{
  WkRenderer *self = f->self;

  if (f->options->declutter_labels && self->placed_shown != NULL && self->placed_scale == self->label_scale)
    {
      *rect = self->placed_rects[i];
      return self->placed_shown[i];
    }
  _wk_frame_label_rect (f, i, _wk_frame_get_label (f, i), rect);
  return TRUE;
}

static double
device_scale (cairo_t *cr)
{
  cairo_matrix_t m;

  cairo_get_matrix (cr, &m);
  return sqrt (fabs (m.xx * m.yy - m.xy * m.yx));
}

/* Writes @layout at (@x, @y), its top left corner, as glyphs or through the
 * SVG export's text sink. @centred: the lines are centred on the layout. */
void
_wk_renderer_show_layout (WkRenderer    *self,
             cairo_t       *cr,
             PangoLayout   *layout,
             const char    *title,
             double         x,
             double         y,
             double         size,
             gboolean       bold,
             gboolean       centred,
             const WkColor *color,
             double         alpha)
{
  PangoLayoutIter *iter;
  const char *text;
  double scale;

  if (!self->has_sink)
    {
      wk_color_set_source (cr, color, alpha);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      return;
    }

  text = pango_layout_get_text (layout);
  scale = device_scale (cr);
  if (self->sink.group_begin != NULL)
    self->sink.group_begin (title, self->sink.data);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      g_autofree char *line_text = g_strndup (text + line->start_index, line->length);
      double lx, ly;

      g_strchomp (line_text);
      if (*line_text == '\0')
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      lx = x + (double) (centred ? logical.x + logical.width / 2 : logical.x) / PANGO_SCALE;
      ly = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_user_to_device (cr, &lx, &ly);
      self->sink.line (line_text, lx, ly, size * scale, bold,
                       centred ? WK_TEXT_MIDDLE : WK_TEXT_START, color, alpha, self->sink.data);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (self->sink.group_end != NULL)
    self->sink.group_end (self->sink.data);
}

void
_wk_renderer_draw_text (WkRenderer            *self,
                        cairo_t               *cr,
                        const WkRenderOptions *options,
                        const char            *text,
                        double                 x,
                        double                 y,
                        double                 size,
                        gboolean               bold,
                        const WkColor         *color,
                        double                *width,
                        double                *height)
{
  g_autofree char *clean = _wk_sanitize_text (text);
  g_autoptr(PangoLayout) layout = new_layout (self, clean, size, bold);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
  if (cr == NULL)
    return;
  if (options->text_func != NULL)
    options->text_func (text, options->text_data);
  _wk_renderer_show_layout (self, cr, layout, clean, x, y, size, bold, FALSE, color, 1.);
}

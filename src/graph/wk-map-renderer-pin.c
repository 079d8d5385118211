/* wk-map-renderer-pin.c: one pin of the community map: its drawing, its sprite and its shape
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A teardrop in the category's colour with the symbol in white, a soft
 * shadow where it stands, a ring when selected; an outline when it is a
 * draft. The same drawing makes the sprites, the pins of a PDF and the
 * legend's samples, and the hit test follows its outline.
 */
#include <math.h>
#include <pango/pangocairo.h>

#include "wk-map-renderer-private.h"

#define SYMBOL_BOX       15.    /* a symbol is shrunk to fit a square this big */
#define SHADOW_RX        7.
#define RING_GAP         2.
#define HIT_TOLERANCE    1.

/* A teardrop with its tip at (0, 0): the head a circle, the sides tangent to it. */
static void
append_pin (cairo_t *cr,
            double   k)
{
  double r = WK_MAP_HEAD_RADIUS * k, d = (WK_MAP_PIN_HEIGHT - WK_MAP_HEAD_RADIUS) * k;
  double theta = acos (r / d);

  cairo_move_to (cr, 0., 0.);
  cairo_arc (cr, 0., -d, r, G_PI / 2 + theta, 2 * G_PI + G_PI / 2 - theta);
  cairo_close_path (cr);
}

static void
paint_street (const WkMapCategoryData *category,
              cairo_t                 *cr,
              double                   k)
{
  const WkColor *c = &category->color;
  cairo_pattern_t *soft;
  double r = WK_MAP_STREET_RADIUS * k;

  /* only the street is known: a soft area rather than a point */
  soft = cairo_pattern_create_radial (0., 0., 0., 0., 0., r);
  cairo_pattern_add_color_stop_rgba (soft, 0., c->red, c->green, c->blue, .32);
  cairo_pattern_add_color_stop_rgba (soft, 1., c->red, c->green, c->blue, .12);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0., 0., r - .75 * k, 0., 2 * G_PI);
  cairo_set_source (cr, soft);
  cairo_fill_preserve (cr);
  cairo_pattern_destroy (soft);
  wk_color_set_source (cr, c, .5);
  cairo_set_line_width (cr, 1.5 * k);
  cairo_stroke (cr);

  cairo_arc (cr, 0., 0., WK_MAP_STREET_DOT * k, 0., 2 * G_PI);
  wk_color_set_source (cr, c, 1.);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1., 1., 1.);
  cairo_set_line_width (cr, 1.5 * k);
  cairo_stroke (cr);
}

/**
 * _wk_map_renderer_paint_pin:
 * @size: 1 for a pin WK_MAP_PIN_HEIGHT user units tall
 *
 * Draws the pin with its tip (a street-level circle with its centre) at the
 * origin. The sprites are this drawing, and so are the pins of a PDF.
 */
void
_wk_map_renderer_paint_pin (WkMapRenderer *self,
                            cairo_t       *cr,
                            guint          category,
                            PinLook        look,
                            double         size)
{
  const WkMapCategoryData *data = &self->categories[MIN (category, self->n_categories)];
  const WkScheme *scheme = wk_palette_get_scheme (WK_PALETTE_NORMAL);
  WkColor outline = wk_palette_outline (data->color);
  double k = size, r = WK_MAP_HEAD_RADIUS * k, cy = -(WK_MAP_PIN_HEIGHT - WK_MAP_HEAD_RADIUS) * k;

  cairo_save (cr);
  cairo_new_path (cr);
  if (look == PIN_STREET)
    {
      paint_street (data, cr, k);
      cairo_restore (cr);
      return;
    }

  if (!(look & PIN_DRAFT))
    {
      /* where it stands on the map */
      cairo_pattern_t *shadow = cairo_pattern_create_radial (0., 0., 0., 0., 0., 1.);

      cairo_pattern_add_color_stop_rgba (shadow, 0., 0., 0., 0., .35);
      cairo_pattern_add_color_stop_rgba (shadow, 1., 0., 0., 0., 0.);
      cairo_save (cr);
      cairo_scale (cr, SHADOW_RX * k, WK_MAP_SHADOW_RY * k);
      cairo_arc (cr, 0., 0., 1., 0., 2 * G_PI);
      cairo_set_source (cr, shadow);
      cairo_fill (cr);
      cairo_restore (cr);
      cairo_pattern_destroy (shadow);
    }

  if (look & PIN_SELECTED)
    {
      cairo_arc (cr, 0., cy, r + (RING_GAP + WK_MAP_RING_WIDTH / 2.) * k, 0., 2 * G_PI);
      cairo_set_source_rgba (cr, 1., 1., 1., .9);
      cairo_set_line_width (cr, (WK_MAP_RING_WIDTH + 2.) * k);
      cairo_stroke_preserve (cr);
      wk_color_set_source (cr, &scheme->selection, 1.);
      cairo_set_line_width (cr, WK_MAP_RING_WIDTH * k);
      cairo_stroke (cr);
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  append_pin (cr, k);
  if (look & PIN_DRAFT)
    {
      double dashes[] = { 3. * k, 2. * k };

      /* not saved yet: an outline, the map showing through */
      cairo_set_source_rgba (cr, 1., 1., 1., .7);
      cairo_fill_preserve (cr);
      wk_color_set_source (cr, &data->color, .22);
      cairo_fill_preserve (cr);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.);
      wk_color_set_source (cr, &outline, 1.);
      cairo_set_line_width (cr, 1.6 * k);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.);
    }
  else
    {
      wk_color_set_source (cr, &data->color, 1.);
      cairo_fill_preserve (cr);
      wk_color_set_source (cr, &outline, 1.);
      cairo_set_line_width (cr, k);
      cairo_stroke (cr);
    }

  if (data->symbol_layout != NULL)
    {
      PangoRectangle ink;
      double w, h, fit;

      pango_layout_get_extents (data->symbol_layout, &ink, NULL);
      w = (double) ink.width / PANGO_SCALE;
      h = (double) ink.height / PANGO_SCALE;
      fit = w > 0. && h > 0. ? MIN (1., SYMBOL_BOX / MAX (w, h)) : 1.;
      cairo_translate (cr, 0., cy);
      cairo_scale (cr, k * fit, k * fit);
      cairo_move_to (cr, -((double) ink.x / PANGO_SCALE + w / 2.),
                     -((double) ink.y / PANGO_SCALE + h / 2.));
      if (look & PIN_DRAFT)
        wk_color_set_source (cr, &outline, 1.);
      else
        cairo_set_source_rgb (cr, 1., 1., 1.);
      pango_cairo_show_layout (cr, data->symbol_layout);
    }
  cairo_restore (cr);
}

/* What a look covers around its tip, in user units. */
static void
look_extents (PinLook  look,
              double   k,
              double  *left,
              double  *top,
              double  *right,
              double  *bottom)
{
  double margin, half;

  if (look == PIN_STREET)
    {
      *left = *top = -WK_MAP_STREET_RADIUS * k;
      *right = *bottom = WK_MAP_STREET_RADIUS * k;
      return;
    }
  margin = (look & PIN_SELECTED) ? WK_MAP_RING_REACH : 1.;
  half = MAX (WK_MAP_HEAD_RADIUS + margin, SHADOW_RX) * k;
  *left = -half;
  *right = half;
  *top = -(WK_MAP_PIN_HEIGHT + margin) * k;
  *bottom = WK_MAP_SHADOW_RY * k;
}

WkMapSprite *
_wk_map_renderer_get_sprite (WkMapRenderer *self,
                             guint          category,
                             PinLook        look)
{
  WkMapSprite *sprite = &self->sprites[MIN (category, self->n_categories) * N_PIN_LOOKS + look];
  double ppu = self->sprite_ppu, k = self->scale * _wk_map_look_size (look);
  double left, top, right, bottom;
  cairo_t *cr;

  if (sprite->pattern != NULL)
    return sprite;

  look_extents (look, k, &left, &top, &right, &bottom);
  /* a pixel of room for antialiasing on each side */
  sprite->anchor_x = ceil (-left * ppu) + 1.;
  sprite->anchor_y = ceil (-top * ppu) + 1.;
  sprite->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                (int) (sprite->anchor_x + ceil (right * ppu) + 1.),
                                                (int) (sprite->anchor_y + ceil (bottom * ppu) + 1.));
  cr = cairo_create (sprite->surface);
  cairo_translate (cr, sprite->anchor_x, sprite->anchor_y);
  cairo_scale (cr, ppu, ppu);
  _wk_map_renderer_paint_pin (self, cr, category, look, k);
  cairo_destroy (cr);
  sprite->pattern = cairo_pattern_create_for_surface (sprite->surface);
  return sprite;
}

void
_wk_map_renderer_ensure_sprites (WkMapRenderer *self,
                                 double         ppu)
{
  if (self->sprites != NULL && fabs (ppu - self->sprite_ppu) < 1e-6)
    return;
  _wk_map_renderer_clear_sprites (self);
  self->sprites = g_new0 (WkMapSprite, (self->n_categories + 1) * N_PIN_LOOKS);
  self->sprite_ppu = ppu;
}

/* whether the pin or circle of @mark covers (@x, @y), with a unit to spare */
gboolean
_wk_map_renderer_contains (WkMapRenderer   *self,
                           const WkMapMark *mark,
                           double           x,
                           double           y)
{
  PinLook look = _wk_map_mark_look (mark);
  double k = self->scale * _wk_map_look_size (look);
  double dx = (x - mark->x) / k, dy = (y - mark->y) / k;
  double d = WK_MAP_PIN_HEIGHT - WK_MAP_HEAD_RADIUS, r = WK_MAP_HEAD_RADIUS + HIT_TOLERANCE;
  double theta, half, base, t;

  if (look == PIN_STREET)
    return dx * dx + dy * dy <= WK_MAP_STREET_RADIUS * WK_MAP_STREET_RADIUS;
  if (fabs (dx) > r || dy > HIT_TOLERANCE || dy < -(WK_MAP_PIN_HEIGHT + HIT_TOLERANCE))
    return FALSE;
  /* the head */
  if (dx * dx + (dy + d) * (dy + d) <= r * r)
    return TRUE;
  /* the triangle from the tip to where the sides touch the head */
  theta = acos (WK_MAP_HEAD_RADIUS / d);
  half = WK_MAP_HEAD_RADIUS * sin (theta);
  base = -d + WK_MAP_HEAD_RADIUS * cos (theta);
  t = dy / base;
  return t >= -HIT_TOLERANCE / d && t <= 1. && fabs (dx) <= t * half + HIT_TOLERANCE;
}

/* wk-map-renderer.c: draws the pins of the community map with cairo, for the map view and its exports
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The map view redraws every pin on each pan, zoom and hover, through
 * gtk_snapshot_append_cairo(), and 5,000 pins must fit in a 16 ms frame. A
 * pin drawn as a path with its symbol laid out by Pango costs tens of
 * microseconds, so each look of a category (plain, selected, hover, draft,
 * street level) is drawn once into a small image, a sprite, at the pixel
 * density of the target. Every pin is then one paint of its sprite at a
 * whole pixel, which pixman does as a plain blend. On vector surfaces (the
 * PDF export) the same drawing is done as paths and text instead, so the
 * pins stay sharp in print.
 *
 * Pins are drawn in three passes and hit-tested in the reverse order:
 * street-level circles (soft areas, under everything), the pins in the
 * order given, then the selected and hovered marks on top. Labels are in
 * wk-map-renderer-labels.c, legend and attribution in
 * wk-map-renderer-legend.c.
 */
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "wk-map-renderer-private.h"
#include "wk-renderer-private.h"

G_DEFINE_FINAL_TYPE (WkMapRenderer, wk_map_renderer, G_TYPE_OBJECT)

static void drop_spare_layers (void);

/* the untyped grey of the network drawing */
static const WkColor none_color = { 0x9a / 255., 0x99 / 255., 0x96 / 255., 1. };

void
_wk_map_renderer_clear_sprites (WkMapRenderer *self)
{
  guint n = (self->n_categories + 1) * N_PIN_LOOKS;

  for (guint i = 0; self->sprites != NULL && i < n; i++)
    _wk_map_sprite_clear (&self->sprites[i]);
  g_clear_pointer (&self->sprites, g_free);
  self->sprite_ppu = 0.;
}

static void
categories_clear (WkMapRenderer *self)
{
  for (guint i = 0; self->categories != NULL && i <= self->n_categories; i++)
    {
      g_free (self->categories[i].label);
      g_free (self->categories[i].symbol);
      g_clear_object (&self->categories[i].symbol_layout);
    }
  g_clear_pointer (&self->categories, g_free);
  self->n_categories = 0;
}

static void
wk_map_renderer_finalize (GObject *object)
{
  WkMapRenderer *self = WK_MAP_RENDERER (object);

  _wk_map_renderer_clear_sprites (self);
  categories_clear (self);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  drop_spare_layers ();
  g_clear_object (&self->context);

  G_OBJECT_CLASS (wk_map_renderer_parent_class)->finalize (object);
}

static void
wk_map_renderer_class_init (WkMapRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_map_renderer_finalize;
}

/* Text is laid out as the network drawing does it: at 72 dpi without
 * hinting, so one user unit is one pixel on the screen and one point in a
 * PDF, and a label measures the same at every zoom. */
static void
wk_map_renderer_init (WkMapRenderer *self)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *font_options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72.);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_language (self->context, pango_language_get_default ());

  self->scale = 1.;
  self->pixel_ratio = 1.;
  self->palette = WK_PALETTE_NORMAL;
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _wk_map_labels_free);
  self->categories = g_new0 (WkMapCategoryData, 1);
  self->categories[0].color = none_color;
}

/**
 * wk_map_renderer_new:
 *
 * The renderer belongs to the thread that creates it (Pango's font map is
 * per thread); wk_map_export() makes its own, so it may run in a worker.
 */
WkMapRenderer *
wk_map_renderer_new (void)
{
  return g_object_new (WK_TYPE_MAP_RENDERER, NULL);
}

PangoLayout *
_wk_map_renderer_new_layout (WkMapRenderer *self,
                             const char    *text,
                             double         size,
                             gboolean       bold)
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

/**
 * wk_map_renderer_set_categories:
 * @categories: (array length=n_categories): copied
 *
 * Marks refer to these by index. A category's colour is drawn as given;
 * the symbol is drawn in white, so a mid to dark colour reads best (GNOME's
 * palette, as wk-palette.c has it). Colour emoji keep their own colours.
 */
void
wk_map_renderer_set_categories (WkMapRenderer       *self,
                                const WkMapCategory *categories,
                                guint                n_categories)
{
  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (categories != NULL || n_categories == 0);

  _wk_map_renderer_clear_sprites (self);
  categories_clear (self);
  self->n_categories = n_categories;
  self->categories = g_new0 (WkMapCategoryData, n_categories + 1);
  for (guint i = 0; i < n_categories; i++)
    {
      WkMapCategoryData *data = &self->categories[i];

      data->color = (WkColor) { CLAMP (categories[i].red, 0., 1.), CLAMP (categories[i].green, 0., 1.),
                                CLAMP (categories[i].blue, 0., 1.), 1. };
      data->label = _wk_sanitize_text (categories[i].label);
      if (categories[i].symbol != NULL && *categories[i].symbol != '\0')
        {
          data->symbol = _wk_sanitize_text (categories[i].symbol);
          data->symbol_layout = _wk_map_renderer_new_layout (self, data->symbol, WK_MAP_SYMBOL_SIZE, TRUE);
        }
    }
  self->categories[n_categories].color = none_color;
}

guint
wk_map_renderer_get_n_categories (WkMapRenderer *self)
{
  g_return_val_if_fail (WK_IS_MAP_RENDERER (self), 0);
  return self->n_categories;
}

/**
 * wk_map_renderer_set_scale:
 * @scale: 1 for pins 32 units tall and 11-unit labels; 2–3 on a projector
 */
void
wk_map_renderer_set_scale (WkMapRenderer *self,
                           double         scale)
{
  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (scale > 0.);

  scale = CLAMP (scale, .25, 8.);
  if (scale == self->scale)
    return;
  self->scale = scale;
  _wk_map_renderer_clear_sprites (self);
  g_hash_table_remove_all (self->labels);
}

double
wk_map_renderer_get_scale (WkMapRenderer *self)
{
  g_return_val_if_fail (WK_IS_MAP_RENDERER (self), 1.);
  return self->scale;
}

/**
 * wk_map_renderer_set_pixel_ratio:
 * @ratio: how many pixels one device unit of the cairo_t becomes later
 *
 * GTK records what is drawn in gtk_snapshot_append_cairo() and plays it back
 * at the window's scale factor; pass gtk_widget_get_scale_factor() here so
 * that the pins are drawn for the pixels they end up on. Not needed for
 * image surfaces (their device scale is read) and exports. Default 1.
 */
void
wk_map_renderer_set_pixel_ratio (WkMapRenderer *self,
                                 double         ratio)
{
  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (ratio > 0.);

  self->pixel_ratio = CLAMP (ratio, .25, 8.);
}

/**
 * wk_map_renderer_set_palette:
 * @palette: the colours of the labels, the legend and the attribution: a
 *   projector palette for presentation mode. The pins keep their
 *   categories' colours. Default %WK_PALETTE_NORMAL: dark text on white.
 */
void
wk_map_renderer_set_palette (WkMapRenderer *self,
                             WkPaletteKind  palette)
{
  g_return_if_fail (WK_IS_MAP_RENDERER (self));

  if ((guint) palette > WK_PALETTE_PROJECTOR_DARK)
    palette = WK_PALETTE_NORMAL;
  if (palette == self->palette)
    return;
  self->palette = palette;
  /* the labels' images have their backdrop in them */
  g_hash_table_remove_all (self->labels);
}

WkPaletteKind
wk_map_renderer_get_palette (WkMapRenderer *self)
{
  g_return_val_if_fail (WK_IS_MAP_RENDERER (self), WK_PALETTE_NORMAL);
  return self->palette;
}

/* for the exports: the same categories and size; the palette stays the
 * paper's, whatever the screen shows */
void
_wk_map_renderer_copy_style (WkMapRenderer *self,
                             WkMapRenderer *from)
{
  g_autofree WkMapCategory *categories = g_new0 (WkMapCategory, from->n_categories + 1);

  for (guint i = 0; i < from->n_categories; i++)
    categories[i] = (WkMapCategory) { from->categories[i].color.red, from->categories[i].color.green,
                                      from->categories[i].color.blue, from->categories[i].label,
                                      from->categories[i].symbol };
  wk_map_renderer_set_categories (self, categories, from->n_categories);
  wk_map_renderer_set_scale (self, from->scale);
}

/* ---- many pins ---- */

typedef struct {
  double x1;   /* the clip, grown by the reach of the largest look */
  double y1;
  double x2;
  double y2;
} Cull;

static gboolean
is_culled (const Cull      *cull,
           const WkMapMark *mark)
{
  return !(mark->x >= cull->x1 && mark->x <= cull->x2 && mark->y >= cull->y1 && mark->y <= cull->y2);
}

static gboolean
is_vector (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_group_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* around a selected or hovered street-level circle; @unit: user units to @cr's */
static void
street_ring (cairo_t         *cr,
             const WkMapMark *mark,
             double           x,
             double           y,
             double           unit)
{
  const WkScheme *scheme = wk_palette_get_scheme (WK_PALETTE_NORMAL);
  gboolean selected = (mark->flags & WK_MAP_MARK_SELECTED) != 0;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, WK_MAP_STREET_RADIUS * unit, 0., 2 * G_PI);
  wk_color_set_source (cr, &scheme->selection, selected ? 1. : .6);
  cairo_set_line_width (cr, (selected ? WK_MAP_RING_WIDTH : 1.5) * unit);
  cairo_stroke (cr);
}

void
_wk_map_sprite_clear (WkMapSprite *sprite)
{
  g_clear_pointer (&sprite->pattern, cairo_pattern_destroy);
  g_clear_pointer (&sprite->surface, cairo_surface_destroy);
}

/* Paints @sprite with its anchor at (@x, @y), user units of the marks. */
void
_wk_map_blit_sprite (const WkMapBlit *blit,
                     WkMapSprite     *sprite,
                     double           x,
                     double           y,
                     double           alpha)
{
  double px = (blit->m->xx * x + blit->m->x0) * blit->ppd;
  double py = (blit->m->yy * y + blit->m->y0) * blit->ppd;
  cairo_matrix_t pm;

  /* whole pixels: the sprite is blended, never resampled */
  cairo_matrix_init_scale (&pm, blit->scale, blit->scale);
  pm.x0 = -(round (px - sprite->anchor_x) - blit->off_x);
  pm.y0 = -(round (py - sprite->anchor_y) - blit->off_y);
  cairo_pattern_set_matrix (sprite->pattern, &pm);
  cairo_set_source (blit->cr, sprite->pattern);
  if (alpha < 1.)
    cairo_paint_with_alpha (blit->cr, alpha);
  else
    cairo_paint (blit->cr);
}

/* GTK records what the view draws and plays the recording back into an
 * image later; each paint recorded costs about as much again when played
 * back. So into a recording the pins are blended into an image of their
 * own first, a layer, recorded as one paint.
 *
 * A layer of a full-HD window is 8 MB, and fresh memory costs a page fault
 * every 4 kB, more than the pins themselves. So a layer lives as long as
 * the recording that shows it (dropping it earlier would make cairo copy it
 * for the recording), and is then kept for a later frame: GTK keeps the
 * last frame until the next one is drawn, so two layers take turns. */

#define MAX_SPARE_LAYERS 2

G_LOCK_DEFINE_STATIC (spare_layers);
static cairo_surface_t *spare_layers[MAX_SPARE_LAYERS];
static const cairo_user_data_key_t layers_key;

static void
layer_released (gpointer data)
{
  cairo_surface_t *layer = data;

  G_LOCK (spare_layers);
  for (guint i = 0; layer != NULL && i < MAX_SPARE_LAYERS; i++)
    if (spare_layers[i] == NULL)
      {
        spare_layers[i] = layer;
        layer = NULL;
      }
  G_UNLOCK (spare_layers);
  if (layer != NULL)
    cairo_surface_destroy (layer);
}

static void
drop_spare_layers (void)
{
  cairo_surface_t *drop[MAX_SPARE_LAYERS];

  G_LOCK (spare_layers);
  memcpy (drop, spare_layers, sizeof drop);
  memset (spare_layers, 0, sizeof spare_layers);
  G_UNLOCK (spare_layers);
  for (guint i = 0; i < MAX_SPARE_LAYERS; i++)
    g_clear_pointer (&drop[i], cairo_surface_destroy);
}

/* A cleared layer at least @width × @height pixels. */
static cairo_surface_t *
take_layer (int width,
            int height)
{
  cairo_surface_t *layer = NULL;
  guint8 *data;
  int stride, best = -1;

  G_LOCK (spare_layers);
  for (int i = 0; i < MAX_SPARE_LAYERS; i++)
    {
      cairo_surface_t *spare = spare_layers[i];
      int w = spare != NULL ? cairo_image_surface_get_width (spare) : 0;
      int h = spare != NULL ? cairo_image_surface_get_height (spare) : 0;

      /* big enough, and not so big that clearing it would cost more than new memory */
      if (w >= width && h >= height && (gint64) w * h <= 2 * (gint64) width * height + 65536 &&
          (best < 0 || (gint64) w * h < (gint64) cairo_image_surface_get_width (spare_layers[best]) *
                                        cairo_image_surface_get_height (spare_layers[best])))
        best = i;
    }
  if (best >= 0)
    {
      layer = spare_layers[best];
      spare_layers[best] = NULL;
    }
  G_UNLOCK (spare_layers);
  if (layer == NULL)
    layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  /* on fresh memory this also takes each page at once, rather than first
   * for reading and then again for writing */
  cairo_surface_flush (layer);
  data = cairo_image_surface_get_data (layer);
  stride = cairo_image_surface_get_stride (layer);
  for (int y = 0; data != NULL && y < height; y++)
    memset (data + (gsize) y * stride, 0, (gsize) width * 4);
  cairo_surface_mark_dirty (layer);
  return layer;
}

static void
keep_with_recording (cairo_surface_t *recording,
                     cairo_surface_t *layer)
{
  GPtrArray *layers = cairo_surface_get_user_data (recording, &layers_key);

  if (layers == NULL)
    {
      layers = g_ptr_array_new_with_free_func (layer_released);
      if (cairo_surface_set_user_data (recording, &layers_key, layers,
                                       (cairo_destroy_func_t) g_ptr_array_unref) != CAIRO_STATUS_SUCCESS)
        {
          g_ptr_array_unref (layers);
          cairo_surface_destroy (layer);
          return;
        }
    }
  g_ptr_array_add (layers, layer);
}

/* Only as big as the visible marks need, in the frame's pixels. */
static cairo_surface_t *
begin_layer (WkMapRenderer   *self,
             cairo_t         *cr,
             WkMapBlit       *blit,
             const WkMapMark *marks,
             guint            n_marks,
             const Cull      *cull,
             gboolean         labels)
{
  const cairo_matrix_t *m = blit->m;
  double reach, x1, y1, x2, y2, bx1 = G_MAXDOUBLE, by1 = G_MAXDOUBLE, bx2 = -G_MAXDOUBLE, by2 = -G_MAXDOUBLE;
  int lx, ly, lw, lh;

  if (cairo_surface_get_type (cairo_get_group_target (cr)) != CAIRO_SURFACE_TYPE_RECORDING)
    return NULL;
  for (guint i = 0; i < n_marks; i++)
    if (!is_culled (cull, &marks[i]))
      {
        double px = (m->xx * marks[i].x + m->x0) * blit->ppd;
        double py = (m->yy * marks[i].y + m->y0) * blit->ppd;

        bx1 = MIN (bx1, px);
        by1 = MIN (by1, py);
        bx2 = MAX (bx2, px);
        by2 = MAX (by2, py);
      }
  reach = (MAX (WK_MAP_STREET_RADIUS, (WK_MAP_PIN_HEIGHT + WK_MAP_RING_REACH) * WK_MAP_SELECTED_SIZE) +
           (labels ? _wk_map_labels_reach () : 0.)) * self->scale * m->xx * blit->ppd + 2.;
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  lx = (int) floor (MAX (bx1 - reach, MAX (x1 * blit->ppd, -1e6)));
  ly = (int) floor (MAX (by1 - reach, MAX (y1 * blit->ppd, -1e6)));
  lw = (int) ceil (MIN (bx2 + reach, MIN (x2 * blit->ppd, 1e6))) - lx;
  lh = (int) ceil (MIN (by2 + reach, MIN (y2 * blit->ppd, 1e6))) - ly;
  /* nothing to draw, or an unbounded recording: no layer */
  if (lw <= 0 || lh <= 0 || lw > 16384 || lh > 16384)
    return NULL;
  blit->cr = cairo_create (take_layer (lw, lh));
  blit->scale = 1.;
  blit->off_x = lx;
  blit->off_y = ly;
  return cairo_get_target (blit->cr);
}

static void
end_layer (cairo_t         *cr,
           cairo_surface_t *layer,
           const WkMapBlit *blit)
{
  cairo_pattern_t *pattern = cairo_pattern_create_for_surface (layer);
  double w = cairo_image_surface_get_width (layer), h = cairo_image_surface_get_height (layer);
  cairo_matrix_t pm;

  cairo_surface_reference (layer);
  cairo_destroy (blit->cr);
  cairo_matrix_init_scale (&pm, blit->ppd, blit->ppd);
  pm.x0 = -blit->off_x;
  pm.y0 = -blit->off_y;
  cairo_pattern_set_matrix (pattern, &pm);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, blit->off_x / blit->ppd, blit->off_y / blit->ppd, w / blit->ppd, h / blit->ppd);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
  keep_with_recording (cairo_get_group_target (cr), layer);
}

static void
draw_raster (WkMapRenderer        *self,
             cairo_t              *cr,
             const cairo_matrix_t *m,
             const WkMapMark      *marks,
             guint                 n_marks,
             const Cull           *cull,
             gboolean              labels,
             const double         *clip)
{
  WkMapBlit blit = { cr, 1., 0., 0., m, 1. };
  cairo_surface_t *layer;
  double sx = 1., sy = 1.;

  cairo_surface_get_device_scale (cairo_get_group_target (cr), &sx, &sy);
  blit.ppd = sx * self->pixel_ratio;
  blit.scale = blit.ppd;
  _wk_map_renderer_ensure_sprites (self, m->xx * blit.ppd);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  layer = begin_layer (self, cr, &blit, marks, n_marks, cull, labels);
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < n_marks; i++)
      {
        const WkMapMark *mark = &marks[i];
        PinLook look;

        if (_wk_map_mark_pass (mark) != pass || is_culled (cull, mark))
          continue;
        look = _wk_map_mark_look (mark);
        _wk_map_blit_sprite (&blit, _wk_map_renderer_get_sprite (self, mark->category, look), mark->x, mark->y,
                             mark->flags & WK_MAP_MARK_DIMMED ? WK_MAP_DIM_ALPHA : 1.);
        if (look == PIN_STREET && pass == 2)
          street_ring (blit.cr, mark,
                       ((m->xx * mark->x + m->x0) * blit.ppd - blit.off_x) / blit.scale,
                       ((m->yy * mark->y + m->y0) * blit.ppd - blit.off_y) / blit.scale,
                       self->scale * m->xx * blit.ppd / blit.scale);
      }
  if (labels)
    _wk_map_renderer_draw_labels (self, cr, &blit, marks, n_marks, clip[0], clip[1], clip[2], clip[3]);
  if (layer != NULL)
    end_layer (cr, layer, &blit);
  cairo_restore (cr);
}

static void
draw_vector (WkMapRenderer   *self,
             cairo_t         *cr,
             const WkMapMark *marks,
             guint            n_marks,
             const Cull      *cull,
             gboolean         labels,
             const double    *clip)
{
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < n_marks; i++)
      {
        const WkMapMark *mark = &marks[i];
        gboolean dimmed = (mark->flags & WK_MAP_MARK_DIMMED) != 0;
        PinLook look;

        if (_wk_map_mark_pass (mark) != pass || is_culled (cull, mark))
          continue;
        look = _wk_map_mark_look (mark);
        cairo_save (cr);
        cairo_translate (cr, mark->x, mark->y);
        if (dimmed)
          cairo_push_group (cr);
        _wk_map_renderer_paint_pin (self, cr, mark->category, look, self->scale * _wk_map_look_size (look));
        if (look == PIN_STREET && pass == 2)
          street_ring (cr, mark, 0., 0., self->scale);
        if (dimmed)
          {
            cairo_pop_group_to_source (cr);
            cairo_paint_with_alpha (cr, WK_MAP_DIM_ALPHA);
          }
        cairo_restore (cr);
      }
  if (labels)
    _wk_map_renderer_draw_labels (self, cr, NULL, marks, n_marks, clip[0], clip[1], clip[2], clip[3]);
}

/**
 * wk_map_renderer_draw_marks:
 * @marks: (array length=n_marks): in the user units of @cr
 * @labels: whether to write the marks' labels under them, at most
 *   %WK_MAP_MAX_LABELS and none over another
 *
 * Marks outside the clip are skipped, so the caller may pass them all;
 * dimmed marks get no label. On an image or recording surface whose user
 * units are not rotated, the pins are sprites (see the top of this file);
 * elsewhere, paths. One user unit is a pixel at scale 1: with the cairo_t
 * zoomed, the pins grow with it.
 */
void
wk_map_renderer_draw_marks (WkMapRenderer   *self,
                            cairo_t         *cr,
                            const WkMapMark *marks,
                            guint            n_marks,
                            gboolean         labels)
{
  cairo_matrix_t m;
  double clip[4], reach;
  Cull cull;

  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (marks != NULL || n_marks == 0);

  if (n_marks == 0)
    return;
  cairo_clip_extents (cr, &clip[0], &clip[1], &clip[2], &clip[3]);
  reach = MAX (WK_MAP_STREET_RADIUS, (WK_MAP_PIN_HEIGHT + WK_MAP_RING_REACH) * WK_MAP_SELECTED_SIZE) * self->scale + 2.;
  cull = (Cull) { clip[0] - reach, clip[1] - reach, clip[2] + reach, clip[3] + reach };

  cairo_get_matrix (cr, &m);
  if (!is_vector (cr) && m.xy == 0. && m.yx == 0. && m.xx > 0. && fabs (m.xx - m.yy) <= 1e-9 * m.xx)
    draw_raster (self, cr, &m, marks, n_marks, &cull, labels, clip);
  else
    draw_vector (self, cr, marks, n_marks, &cull, labels, clip);
}

/* ---- links ---- */

/* Links meet a pin at the middle of its head. */
static void
link_end (WkMapRenderer   *self,
          const WkMapMark *mark,
          double          *x,
          double          *y)
{
  PinLook look = _wk_map_mark_look (mark);

  *x = mark->x;
  *y = mark->y;
  if (look != PIN_STREET)
    *y -= (WK_MAP_PIN_HEIGHT - WK_MAP_HEAD_RADIUS) * self->scale * _wk_map_look_size (look);
}

/**
 * wk_map_renderer_draw_links:
 * @pairs: (array): two mark indices per link; links to an index past
 *   @n_marks are skipped
 * @strengths: (array) (nullable): 1–3 per link, for the line's width; %NULL: all 1
 *
 * Straight lines between the marks, drawn under them: call this before
 * wk_map_renderer_draw_marks(). A link to a dimmed mark is dimmed too.
 */
void
wk_map_renderer_draw_links (WkMapRenderer   *self,
                            cairo_t         *cr,
                            const WkMapMark *marks,
                            guint            n_marks,
                            const guint     *pairs,
                            const int       *strengths,
                            guint            n_links)
{
  const WkColor color = wk_palette_edge_color (WK_PALETTE_NORMAL, "works-with");

  g_return_if_fail (WK_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (pairs != NULL || n_links == 0);

  if (n_links == 0 || marks == NULL)
    return;
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* dimmed first, so that the others cross over them; the strongest last */
  for (int dimmed = 1; dimmed >= 0; dimmed--)
    for (int strength = 1; strength <= 3; strength++)
      {
        double width = wk_palette_edge_width (strength) * self->scale;
        double alpha = dimmed ? WK_MAP_DIM_ALPHA : 1.;
        gboolean any = FALSE;

        cairo_new_path (cr);
        for (guint l = 0; l < n_links; l++)
          {
            guint a = pairs[2 * l], b = pairs[2 * l + 1];
            int st = strengths != NULL ? CLAMP (strengths[l], 1, 3) : 1;
            double ax, ay, bx, by;

            if (a >= n_marks || b >= n_marks || a == b || st != strength ||
                ((marks[a].flags | marks[b].flags) & WK_MAP_MARK_DIMMED ? 1 : 0) != dimmed)
              continue;
            link_end (self, &marks[a], &ax, &ay);
            link_end (self, &marks[b], &bx, &by);
            cairo_move_to (cr, ax, ay);
            cairo_line_to (cr, bx, by);
            any = TRUE;
          }
        if (!any)
          continue;
        /* a light casing keeps the line visible on a dark aerial photo */
        cairo_set_source_rgba (cr, 1., 1., 1., .6 * alpha);
        cairo_set_line_width (cr, width + 2. * self->scale);
        cairo_stroke_preserve (cr);
        wk_color_set_source (cr, &color, .9 * alpha);
        cairo_set_line_width (cr, width);
        cairo_stroke (cr);
      }
  cairo_restore (cr);
}

/* ---- hit testing ---- */

/**
 * wk_map_renderer_hit:
 * @x: in the user units of the marks
 *
 * Returns: the index of the mark drawn on top at (@x, @y) whose pin (or
 *   street-level circle) contains it, or -1. A dimmed mark is found only
 *   where no other one is.
 */
int
wk_map_renderer_hit (WkMapRenderer   *self,
                     const WkMapMark *marks,
                     guint            n_marks,
                     double           x,
                     double           y)
{
  g_return_val_if_fail (WK_IS_MAP_RENDERER (self), -1);
  g_return_val_if_fail (marks != NULL || n_marks == 0, -1);

  for (int dimmed = 0; dimmed < 2; dimmed++)
    for (guint pass = 3; pass-- > 0;)
      for (guint i = n_marks; i-- > 0;)
        if (_wk_map_mark_pass (&marks[i]) == pass &&
            ((marks[i].flags & WK_MAP_MARK_DIMMED) != 0) == dimmed &&
            _wk_map_renderer_contains (self, &marks[i], x, y))
          return (int) MIN (i, (guint) G_MAXINT);
  return -1;
}

/* wk-map-renderer-labels.c: the names under the map's pins, as many as fit without overlapping
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A label's layout, and on the screen an image of it on its backdrop, are
 * kept by text until the scale changes: Pango takes some 40 µs to lay out
 * and draw a label, far too much for a few hundred in a 16 ms frame, while
 * blending its image is a microsecond. Which labels show is decided every
 * frame: a grid of cells over the visible area, each label taking the cells
 * it covers; a label that needs a cell already taken is left out. The
 * selected and hovered marks come first, then the marks drawn on top.
 */
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "wk-map-renderer-private.h"
#include "wk-renderer-private.h"

#define TEXT_SIZE       11.
#define MAX_WIDTH       160.
#define PAD_X           4.
#define PAD_Y           1.
#define GAP             3.
#define CELL            8.
#define MAX_CACHED      2048
#define MAX_GRID_CELLS  (1 << 20)

typedef struct {
  PangoLayout *layout;
  double       width;        /* with its backdrop, in user units */
  double       height;
  WkMapSprite  sprite;       /* on a raster: the label on its backdrop, anchored top left */
  double       sprite_ppu;
} LabelText;

typedef struct {
  LabelText *text;
  double     x;
  double     y;
} Placed;

void
_wk_map_labels_free (gpointer data)
{
  LabelText *text = data;

  g_object_unref (text->layout);
  _wk_map_sprite_clear (&text->sprite);
  g_free (text);
}

/* how far a label reaches from its mark, in user units at scale 1 */
double
_wk_map_labels_reach (void)
{
  return MAX_WIDTH / 2. + PAD_X + 1.;
}

static LabelText *
label_text (WkMapRenderer *self,
            const char    *label)
{
  LabelText *text = g_hash_table_lookup (self->labels, label);
  g_autofree char *clean = NULL;
  double s = self->scale;
  int w, h;

  if (text != NULL)
    return text;
  clean = _wk_sanitize_text (label);
  text = g_new0 (LabelText, 1);
  text->layout = _wk_map_renderer_new_layout (self, clean, TEXT_SIZE * s, FALSE);
  pango_layout_set_single_paragraph_mode (text->layout, TRUE);
  pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (text->layout, (int) (MAX_WIDTH * s * PANGO_SCALE));
  pango_layout_get_size (text->layout, &w, &h);
  text->width = (double) w / PANGO_SCALE + 2. * PAD_X * s;
  text->height = (double) h / PANGO_SCALE + 2. * PAD_Y * s;
  g_hash_table_insert (self->labels, g_strdup (label), text);
  return text;
}

/* the backdrop: a pill, so that lines and the map under it do not cross the text */
static void
append_backdrop (cairo_t *cr,
                 double   x,
                 double   y,
                 double   width,
                 double   height)
{
  double r = height / 2.;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
}

static void
show_text (WkMapRenderer *self,
           cairo_t       *cr,
           LabelText     *text,
           double         x,
           double         y)
{
  const WkScheme *scheme = wk_palette_get_scheme (self->palette);

  wk_color_set_source (cr, &scheme->text, 1.);
  cairo_move_to (cr, x + PAD_X * self->scale, y + PAD_Y * self->scale);
  pango_cairo_show_layout (cr, text->layout);
}

static WkMapSprite *
label_sprite (WkMapRenderer *self,
              LabelText     *text)
{
  WkColor backdrop = _wk_map_backdrop (self);
  double ppu = self->sprite_ppu;
  cairo_t *cr;

  if (text->sprite.pattern != NULL && text->sprite_ppu == ppu)
    return &text->sprite;
  _wk_map_sprite_clear (&text->sprite);
  text->sprite_ppu = ppu;
  text->sprite.anchor_x = text->sprite.anchor_y = 1.;
  text->sprite.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                     (int) ceil (text->width * ppu) + 2,
                                                     (int) ceil (text->height * ppu) + 2);
  cr = cairo_create (text->sprite.surface);
  cairo_translate (cr, 1., 1.);
  cairo_scale (cr, ppu, ppu);
  append_backdrop (cr, 0., 0., text->width, text->height);
  wk_color_set_source (cr, &backdrop, 1.);
  cairo_fill (cr);
  show_text (self, cr, text, 0., 0.);
  cairo_destroy (cr);
  text->sprite.pattern = cairo_pattern_create_for_surface (text->sprite.surface);
  return &text->sprite;
}

/* selected, hovered, pins on top, street-level circles under them */
static guint
label_rank (const WkMapMark *mark)
{
  if (mark->flags & WK_MAP_MARK_SELECTED)
    return 3;
  return _wk_map_mark_pass (mark);
}

/* Chooses the labels; returns how many, at most WK_MAP_MAX_LABELS. */
static guint
place (WkMapRenderer   *self,
       const WkMapMark *marks,
       guint            n_marks,
       double           x1,
       double           y1,
       double           x2,
       double           y2,
       Placed          *placed)
{
  double s = self->scale, cell = CELL * s;
  g_autofree guint8 *grid = NULL;
  guint n_placed = 0, gw, gh;

  if (!(x2 > x1 && y2 > y1))
    return 0;
  while ((x2 - x1) / cell * ((y2 - y1) / cell) > MAX_GRID_CELLS)
    cell *= 2.;
  gw = (guint) ceil ((x2 - x1) / cell) + 1;
  gh = (guint) ceil ((y2 - y1) / cell) + 1;
  grid = g_malloc0 ((gsize) gw * gh);

  for (guint rank = 4; rank-- > 0 && n_placed < WK_MAP_MAX_LABELS;)
    for (guint i = n_marks; i-- > 0 && n_placed < WK_MAP_MAX_LABELS;)
      {
        const WkMapMark *mark = &marks[i];
        Placed *p = &placed[n_placed];
        gboolean free_cells = TRUE;
        int cx1, cy1, cx2, cy2;

        if (label_rank (mark) != rank || mark->label == NULL || *mark->label == '\0' ||
            (mark->flags & WK_MAP_MARK_DIMMED) || !(mark->x >= x1 && mark->x <= x2 &&
                                                    mark->y >= y1 && mark->y <= y2))
          continue;
        p->y = mark->y + GAP * s + ((mark->flags & WK_MAP_MARK_STREET_LEVEL) ? WK_MAP_STREET_DOT
                                                                               : WK_MAP_SHADOW_RY) * s;
        /* taken just under the mark: no need to lay the text out */
        cx1 = (int) CLAMP (floor ((mark->x - x1) / cell), 0., gw - 1.);
        cy1 = (int) CLAMP (floor ((p->y - y1) / cell), 0., gh - 1.);
        if (grid[(gsize) cy1 * gw + cx1] != 0)
          continue;
        p->text = label_text (self, mark->label);
        p->x = mark->x - p->text->width / 2.;

        cx1 = (int) CLAMP (floor ((p->x - x1) / cell), 0., gw - 1.);
        cy1 = (int) CLAMP (floor ((p->y - y1) / cell), 0., gh - 1.);
        cx2 = (int) CLAMP (floor ((p->x + p->text->width - x1) / cell), 0., gw - 1.);
        cy2 = (int) CLAMP (floor ((p->y + p->text->height - y1) / cell), 0., gh - 1.);
        for (int gy = cy1; gy <= cy2 && free_cells; gy++)
          for (int gx = cx1; gx <= cx2 && free_cells; gx++)
            free_cells = grid[(gsize) gy * gw + gx] == 0;
        if (!free_cells)
          continue;
        for (int gy = cy1; gy <= cy2; gy++)
          memset (grid + (gsize) gy * gw + cx1, 1, cx2 - cx1 + 1);
        n_placed++;
      }
  return n_placed;
}

/**
 * _wk_map_renderer_draw_labels:
 * @blit: (nullable): where sprites go on a raster; %NULL: as text on @cr
 * @x1: the visible area, in the marks' user units
 */
void
_wk_map_renderer_draw_labels (WkMapRenderer   *self,
                              cairo_t         *cr,
                              const WkMapBlit *blit,
                              const WkMapMark *marks,
                              guint            n_marks,
                              double           x1,
                              double           y1,
                              double           x2,
                              double           y2)
{
  g_autofree Placed *placed = g_new (Placed, WK_MAP_MAX_LABELS);
  WkColor backdrop = _wk_map_backdrop (self);
  guint n_placed;

  /* forgotten between frames, never while one holds on to them */
  if (g_hash_table_size (self->labels) > MAX_CACHED)
    g_hash_table_remove_all (self->labels);
  n_placed = place (self, marks, n_marks, x1, y1, x2, y2, placed);
  if (n_placed == 0)
    return;
  if (blit != NULL)
    {
      for (guint k = 0; k < n_placed; k++)
        _wk_map_blit_sprite (blit, label_sprite (self, placed[k].text), placed[k].x, placed[k].y, 1.);
      return;
    }

  /* one backdrop for all, then the text over it */
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint k = 0; k < n_placed; k++)
    append_backdrop (cr, placed[k].x, placed[k].y, placed[k].text->width, placed[k].text->height);
  wk_color_set_source (cr, &backdrop, 1.);
  cairo_fill (cr);
  for (guint k = 0; k < n_placed; k++)
    show_text (self, cr, placed[k].text, placed[k].x, placed[k].y);
  cairo_restore (cr);
}

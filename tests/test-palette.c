/* test-palette.c: the projector palettes' contrast and decluttered labels, and the other palettes unchanged
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Oracles: WCAG 2's relative luminance and contrast ratio, written out
 * here from the definition; the hue by the HSV formula; pixels read back
 * from a cairo image surface.
 */
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "wk-export.h"
#include "wk-palette.h"
#include "wk-renderer.h"

/* the built-in actor types (wk-palette.c's type_colors) */
static const char * const type_keys[] = {
  "sleutelfiguur", "buurthuis", "bewonersorganisatie", "sportclub", "vereniging",
  "gebedshuis", "cultureel-centrum", "school", "huisarts-zorg", "bibliotheek",
  "woningcorporatie", "welzijnsorganisatie", "wijkraad", "energiecooperatie",
  "ondernemer", "gemeente", "other",
};

/* types a team adds: coloured from the cycle */
static const char * const own_type_keys[] = {
  "zelfgemaakt", "buurtcamping", "moestuin", "voedselbank", "jongerenwerk", "x", "🌻",
};

static const char * const edge_keys[] = {
  "knows", "works-with", "member-of", "funds", "reaches", "trusts",
};

static const WkPaletteKind projectors[] = {
  WK_PALETTE_PROJECTOR_LIGHT,
  WK_PALETTE_PROJECTOR_DARK,
};

#define HEX(hex) ((WkColor) { ((hex) >> 16 & 0xff) / 255., ((hex) >> 8 & 0xff) / 255., ((hex) & 0xff) / 255., 1. })

/* ---- WCAG 2.x ---- */

static double
srgb_to_linear (double c)
{
  return c <= .04045 ? c / 12.92 : pow ((c + .055) / 1.055, 2.4);
}

static double
relative_luminance (const WkColor *c)
{
  return .2126 * srgb_to_linear (c->red) + .7152 * srgb_to_linear (c->green) +
         .0722 * srgb_to_linear (c->blue);
}

static double
contrast (const WkColor *a,
          const WkColor *b)
{
  double la = relative_luminance (a), lb = relative_luminance (b);

  return (MAX (la, lb) + .05) / (MIN (la, lb) + .05);
}

/* CIE76 ΔE, through CIE L*a*b* (D65) */
static void
lab (const WkColor *c,
     double         out[3])
{
  double r = srgb_to_linear (c->red), g = srgb_to_linear (c->green), b = srgb_to_linear (c->blue);
  double x = (.4124 * r + .3576 * g + .1805 * b) / .95047;
  double y = .2126 * r + .7152 * g + .0722 * b;
  double z = (.0193 * r + .1192 * g + .9505 * b) / 1.08883;
  double f[3] = { x, y, z };

  for (guint i = 0; i < 3; i++)
    f[i] = f[i] > 216. / 24389. ? cbrt (f[i]) : (24389. / 27. * f[i] + 16.) / 116.;
  out[0] = 116. * f[1] - 16.;
  out[1] = 500. * (f[0] - f[1]);
  out[2] = 200. * (f[1] - f[2]);
}

static double
delta_e (const WkColor *a,
         const WkColor *b)
{
  double la[3], lb[3];

  lab (a, la);
  lab (b, lb);
  return sqrt (pow (la[0] - lb[0], 2) + pow (la[1] - lb[1], 2) + pow (la[2] - lb[2], 2));
}

/* HSV hue in degrees; saturation 0–1 */
static double
hue (const WkColor *c,
     double        *saturation)
{
  double max = MAX (c->red, MAX (c->green, c->blue));
  double min = MIN (c->red, MIN (c->green, c->blue));
  double d = max - min, h;

  *saturation = max > 0. ? d / max : 0.;
  if (d <= 0.)
    return 0.;
  if (max == c->red)
    h = fmod ((c->green - c->blue) / d, 6.);
  else if (max == c->green)
    h = (c->blue - c->red) / d + 2.;
  else
    h = (c->red - c->green) / d + 4.;
  h *= 60.;
  return h < 0. ? h + 360. : h;
}

static void
assert_same_color (WkColor a,
                   WkColor b)
{
  g_assert_cmpfloat_with_epsilon (a.red, b.red, 1e-12);
  g_assert_cmpfloat_with_epsilon (a.green, b.green, 1e-12);
  g_assert_cmpfloat_with_epsilon (a.blue, b.blue, 1e-12);
  g_assert_cmpfloat_with_epsilon (a.alpha, b.alpha, 1e-12);
}

/* at least 3:1 against the background, and the hue of the normal palette */
static void
check_graphic (WkPaletteKind  palette,
               const char    *what,
               WkColor        color,
               WkColor        normal)
{
  const WkScheme *scheme = wk_palette_get_scheme (palette);
  double ratio = contrast (&color, &scheme->background);
  double s_color, s_normal, h_color = hue (&color, &s_color), h_normal = hue (&normal, &s_normal);

  if (ratio < 3.)
    g_error ("palette %d: %s has contrast %.2f:1", palette, what, ratio);
  g_assert_cmpfloat (color.alpha, ==, 1.);
  /* greys have no hue to keep */
  if (s_normal > .1)
    {
      double dh = fabs (h_color - h_normal);

      dh = MIN (dh, 360. - dh);
      if (dh > 1.)
        g_error ("palette %d: %s changed its hue by %.1f°", palette, what, dh);
    }
  /* only as much as needed: lighter on black, darker on white, or as it was */
  if (wk_palette_is_dark (palette))
    g_assert_cmpfloat (relative_luminance (&color), >=, relative_luminance (&normal) - 1e-9);
  else
    g_assert_cmpfloat (relative_luminance (&color), <=, relative_luminance (&normal) + 1e-9);
}

static void
test_projector_schemes (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (projectors); p++)
    {
      const WkScheme *scheme = wk_palette_get_scheme (projectors[p]);
      const WkScheme *normal = wk_palette_get_scheme (WK_PALETTE_NORMAL);
      gboolean dark = projectors[p] == WK_PALETTE_PROJECTOR_DARK;
      WkColor backdrop = scheme->label_backdrop;

      g_assert_true (wk_palette_is_dark (projectors[p]) == dark);
      /* black on white, white on black */
      assert_same_color (scheme->background, HEX (dark ? 0x000000 : 0xffffff));
      assert_same_color (scheme->text, HEX (dark ? 0xffffff : 0x000000));
      g_assert_cmpfloat (contrast (&scheme->text, &scheme->background), >=, 7.);
      g_assert_cmpfloat (contrast (&scheme->text_secondary, &scheme->background), >=, 7.);
      g_assert_cmpfloat (contrast (&scheme->outline_light, &scheme->background), >=, 3.);
      g_assert_cmpfloat (contrast (&scheme->selection, &scheme->background), >=, 3.);
      /* the text on its backdrop, over anything under it: at worst the
       * backdrop is mixed with the opposite of the background */
      g_assert_cmpfloat (backdrop.alpha, >=, .9);
      backdrop.red = backdrop.red * backdrop.alpha + (dark ? 1. : 0.) * (1. - backdrop.alpha);
      backdrop.green = backdrop.green * backdrop.alpha + (dark ? 1. : 0.) * (1. - backdrop.alpha);
      backdrop.blue = backdrop.blue * backdrop.alpha + (dark ? 1. : 0.) * (1. - backdrop.alpha);
      g_assert_cmpfloat (contrast (&scheme->text, &backdrop), >=, 7.);
      /* thicker lines, stronger dimming */
      g_assert_cmpfloat (scheme->line_scale, >=, 1.4);
      g_assert_cmpfloat (scheme->line_scale, <=, 2.);
      g_assert_cmpfloat (scheme->outline_scale, >=, 1.);
      g_assert_cmpfloat (scheme->dim_alpha, <, normal->dim_alpha);
      g_assert_cmpfloat (scheme->dim_alpha, >, 0.);
    }
  /* and the ones before them as they were */
  g_assert_false (wk_palette_is_dark (WK_PALETTE_NORMAL));
  g_assert_true (wk_palette_is_dark (WK_PALETTE_DARK));
  g_assert_cmpfloat (wk_palette_get_scheme (WK_PALETTE_NORMAL)->line_scale, ==, 1.);
  g_assert_cmpfloat (wk_palette_get_scheme (WK_PALETTE_DARK)->line_scale, ==, 1.);
  g_assert_cmpfloat (wk_palette_get_scheme (WK_PALETTE_NORMAL)->outline_scale, ==, 1.);
  g_assert_cmpfloat (wk_palette_get_scheme (WK_PALETTE_DARK)->outline_scale, ==, 1.);
}

static void
test_projector_colors (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (projectors); p++)
    {
      WkPaletteKind palette = projectors[p];
      guint changed = 0;

      for (guint i = 0; i < G_N_ELEMENTS (type_keys); i++)
        {
          WkColor color = wk_palette_type_color (palette, WK_NODE_ACTOR, type_keys[i]);
          WkColor normal = wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, type_keys[i]);

          check_graphic (palette, type_keys[i], color, normal);
          changed += fabs (color.red - normal.red) + fabs (color.green - normal.green) +
                     fabs (color.blue - normal.blue) > 1e-9;
          /* each type keeps a colour of its own, as far from the others as
           * the normal palette's closest pair (its purples, 14.6) nearly */
          for (guint j = 0; j < i; j++)
            {
              WkColor other = wk_palette_type_color (palette, WK_NODE_ACTOR, type_keys[j]);
              double distance = delta_e (&color, &other);

              if (distance < 13.)
                g_error ("palette %d: %s and %s are only %.1f apart", palette, type_keys[i], type_keys[j], distance);
            }
        }
      /* light ones on white (yellow), dark ones on black (brown 5) need it */
      g_assert_cmpuint (changed, >, 0);
      for (guint i = 0; i < G_N_ELEMENTS (own_type_keys); i++)
        check_graphic (palette, own_type_keys[i],
                       wk_palette_type_color (palette, WK_NODE_ACTOR, own_type_keys[i]),
                       wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, own_type_keys[i]));
      check_graphic (palette, "initiative",
                     wk_palette_type_color (palette, WK_NODE_INITIATIVE, "running"),
                     wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_INITIATIVE, "running"));
      check_graphic (palette, "untyped",
                     wk_palette_type_color (palette, WK_NODE_ACTOR, NULL),
                     wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, NULL));
      check_graphic (palette, "empty type",
                     wk_palette_type_color (palette, WK_NODE_ACTOR, ""),
                     wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, ""));
      /* more communities than colours: the cycle comes round again */
      for (int c = -1; c < 26; c++)
        {
          g_autofree char *what = g_strdup_printf ("community %d", c);

          check_graphic (palette, what, wk_palette_community_color (palette, c),
                         wk_palette_community_color (WK_PALETTE_NORMAL, c));
        }
      for (guint i = 0; i < G_N_ELEMENTS (edge_keys); i++)
        check_graphic (palette, edge_keys[i], wk_palette_edge_color (palette, edge_keys[i]),
                       wk_palette_edge_color (WK_PALETTE_NORMAL, edge_keys[i]));
      check_graphic (palette, "edge of no type", wk_palette_edge_color (palette, NULL),
                     wk_palette_edge_color (WK_PALETTE_NORMAL, NULL));
      check_graphic (palette, "edge of an own type", wk_palette_edge_color (palette, "buren"),
                     wk_palette_edge_color (WK_PALETTE_NORMAL, "buren"));

      /* the outline of a fill is darker still: on white it stands out as well */
      if (!wk_palette_is_dark (palette))
        for (guint i = 0; i < G_N_ELEMENTS (type_keys); i++)
          {
            WkColor outline = wk_palette_outline (wk_palette_type_color (palette, WK_NODE_ACTOR, type_keys[i]));

            g_assert_cmpfloat (contrast (&outline, &wk_palette_get_scheme (palette)->background), >=, 3.);
          }
    }

  /* a yellow on white: darker, a dark brown on black: lighter */
  {
    WkColor yellow = wk_palette_type_color (WK_PALETTE_PROJECTOR_LIGHT, WK_NODE_ACTOR, "energiecooperatie");
    WkColor brown = wk_palette_type_color (WK_PALETTE_PROJECTOR_DARK, WK_NODE_ACTOR, "wijkraad");
    WkColor yellow_normal = HEX (0xf6d32d), brown_normal = HEX (0x63452c);

    g_assert_cmpfloat (relative_luminance (&yellow), <, relative_luminance (&yellow_normal) - .2);
    g_assert_cmpfloat (relative_luminance (&brown), >, relative_luminance (&brown_normal) + .03);
  }
}

/* NORMAL and DARK give exactly what they gave before the projector
 * palettes: exports made before look the same. The dark palette lifted
 * fills darker than luma .35 by 35 % towards white, and every line by 30 %. */
static WkColor
lifted (guint32 hex,
        double  amount)
{
  WkColor c = HEX (hex);

  c.red += (1. - c.red) * amount;
  c.green += (1. - c.green) * amount;
  c.blue += (1. - c.blue) * amount;
  return c;
}

static void
test_unchanged (void)
{
  const WkScheme *normal = wk_palette_get_scheme (WK_PALETTE_NORMAL);
  const WkScheme *dark = wk_palette_get_scheme (WK_PALETTE_DARK);

  assert_same_color (wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, "sleutelfiguur"), HEX (0x3584e4));
  assert_same_color (wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, "energiecooperatie"), HEX (0xf6d32d));
  assert_same_color (wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, "gemeente"), HEX (0x3d3846));
  assert_same_color (wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_INITIATIVE, "running"), HEX (0xff7800));
  assert_same_color (wk_palette_type_color (WK_PALETTE_NORMAL, WK_NODE_ACTOR, NULL), HEX (0x9a9996));
  assert_same_color (wk_palette_community_color (WK_PALETTE_NORMAL, -1), HEX (0x9a9996));
  assert_same_color (wk_palette_community_color (WK_PALETTE_NORMAL, 0), HEX (0x3584e4));
  assert_same_color (wk_palette_community_color (WK_PALETTE_NORMAL, 13), HEX (0xff7800));
  assert_same_color (wk_palette_community_color (WK_PALETTE_NORMAL, 11), HEX (0x33d17a));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_NORMAL, "knows"), HEX (0x9a9996));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_NORMAL, "funds"), HEX (0x26a269));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_NORMAL, NULL), HEX (0x77767b));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_NORMAL, "buren"), HEX (0x77767b));

  /* dark: light colours as they are, dark ones lifted */
  assert_same_color (wk_palette_type_color (WK_PALETTE_DARK, WK_NODE_ACTOR, "sleutelfiguur"), HEX (0x3584e4));
  assert_same_color (wk_palette_type_color (WK_PALETTE_DARK, WK_NODE_ACTOR, "gemeente"), lifted (0x3d3846, .35));
  assert_same_color (wk_palette_type_color (WK_PALETTE_DARK, WK_NODE_ACTOR, "ondernemer"), lifted (0xa51d2d, .35));
  assert_same_color (wk_palette_type_color (WK_PALETTE_DARK, WK_NODE_INITIATIVE, NULL), HEX (0xff7800));
  assert_same_color (wk_palette_community_color (WK_PALETTE_DARK, 10), lifted (0x1a5fb4, .35));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_DARK, "works-with"), lifted (0x5e5c64, .3));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_DARK, "trusts"), lifted (0x3584e4, .3));
  assert_same_color (wk_palette_edge_color (WK_PALETTE_DARK, NULL), lifted (0x77767b, .3));

  assert_same_color (normal->background, HEX (0xffffff));
  assert_same_color (normal->text, HEX (0x241f31));
  g_assert_cmpfloat (normal->label_backdrop.alpha, ==, .78);
  g_assert_cmpfloat (normal->dim_alpha, ==, .16);
  assert_same_color (dark->background, HEX (0x1e1e1e));
  assert_same_color (dark->selection, HEX (0x78aeed));
  g_assert_cmpfloat (dark->dim_alpha, ==, .22);
  /* a palette past the last is the normal one */
  g_assert_true (wk_palette_get_scheme ((WkPaletteKind) 99) == normal);
  assert_same_color (wk_palette_type_color ((WkPaletteKind) 99, WK_NODE_ACTOR, "gemeente"), HEX (0x3d3846));
}

/* ---- drawn ---- */

static guint
add_node (WkNetwork  *network,
          const char *label,
          const char *actor_kind,
          const char *type_key,
          double      x,
          double      y)
{
  static gint64 next_id = 1;
  WkNetworkNode node = {
    .kind = WK_NODE_ACTOR,
    .record_id = next_id++,
    .label = (char *) label,
    .type_key = (char *) type_key,
    .type_label = (char *) type_key,
    .actor_kind = (char *) actor_kind,
    .personal = g_strcmp0 (actor_kind, "person") == 0,
    .x = x,
    .y = y,
    .has_position = TRUE,
  };

  return wk_network_add_node (network, &node);
}

static void
add_edge (WkNetwork  *network,
          guint       source,
          guint       target,
          const char *type_key,
          int         strength)
{
  WkNetworkEdge edge = {
    .source = source,
    .target = target,
    .type_key = (char *) type_key,
    .type_label = (char *) type_key,
    .strength = strength,
  };

  wk_network_add_edge (network, &edge);
}

/* red, green, blue 0–255 of an opaque pixel */
static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       int              rgb[3])
{
  guint32 p;

  cairo_surface_flush (surface);
  p = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x);
  g_assert_cmpuint (p >> 24, ==, 0xff);
  rgb[0] = p >> 16 & 0xff;
  rgb[1] = p >> 8 & 0xff;
  rgb[2] = p & 0xff;
}

static void
assert_pixel (cairo_surface_t *surface,
              int              x,
              int              y,
              WkColor          color)
{
  int rgb[3];

  pixel (surface, x, y, rgb);
  g_assert_cmpint (abs (rgb[0] - (int) round (color.red * 255.)), <=, 2);
  g_assert_cmpint (abs (rgb[1] - (int) round (color.green * 255.)), <=, 2);
  g_assert_cmpint (abs (rgb[2] - (int) round (color.blue * 255.)), <=, 2);
}

/* how many pixels across the line x = @x are within a few levels of @color */
static guint
count_column (cairo_surface_t *surface,
              int              x,
              WkColor          color)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      int rgb[3];

      pixel (surface, x, y, rgb);
      n += abs (rgb[0] - (int) round (color.red * 255.)) <= 3 &&
           abs (rgb[1] - (int) round (color.green * 255.)) <= 3 &&
           abs (rgb[2] - (int) round (color.blue * 255.)) <= 3;
    }
  return n;
}

static guint
count_all (cairo_surface_t *surface,
           WkColor          color)
{
  guint n = 0;

  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    n += count_column (surface, x, color);
  return n;
}

/* two nodes 200 points apart on a horizontal line, drawn at twice the size */
static cairo_surface_t *
draw_network (WkRenderer    *renderer,
              WkPaletteKind  palette)
{
  const WkScheme *scheme = wk_palette_get_scheme (palette);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 200);
  cairo_t *cr = cairo_create (surface);
  WkRenderOptions options;

  wk_render_options_init (&options);
  options.palette = palette;
  wk_color_set_source (cr, &scheme->background, 1.);
  cairo_paint (cr);
  cairo_translate (cr, 300., 100.);
  cairo_scale (cr, 2., 2.);
  wk_renderer_draw (renderer, cr, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
collect_text (const char *text,
              gpointer    data)
{
  g_ptr_array_add (data, g_strdup (text));
}

static gboolean
drew (GPtrArray  *texts,
      const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

/* Draws the network anew; @texts: what it drew */
static void
draw_again (WkRenderer            *renderer,
            cairo_t               *cr,
            const WkRenderOptions *options,
            GPtrArray             *texts)
{
  g_ptr_array_set_size (texts, 0);
  wk_renderer_draw (renderer, cr, options);
}

/* On a projector no label covers another: the more central node places
 * its label first, by its size when the nodes are sized, else by its
 * relations; the next goes over or beside its node, or is left out when
 * there is no room; a highlight shows its labels all the same. */
static void
test_declutter (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(WkRenderer) renderer = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree double *metric = NULL;
  const char *crowd[] = { "Eén", "Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht" };
  guint last_in_crowd = 0, shown = 0;
  WkRenderOptions options;
  guint centre, close;

  centre = add_node (network, "Centrum", "organisation", "buurthuis", 0, 0);
  for (int i = 0; i < 3; i++)
    add_edge (network, centre, add_node (network, i == 0 ? "Noord" : i == 1 ? "Oost" : "West", "organisation",
                                         "school", -300 + 300 * i, 120), "knows", 1);
  close = add_node (network, "Vlakbij", "organisation", "sportclub", 6, 2);
  /* eight at one spot: not all of them fit around it */
  for (guint i = 0; i < G_N_ELEMENTS (crowd); i++)
    last_in_crowd = add_node (network, crowd[i], "organisation", "wijkraad", 250, 0);
  metric = g_new0 (double, wk_network_get_n_nodes (network));
  renderer = wk_renderer_new (network);
  wk_render_options_init (&options);
  options.label_scale = 2.;
  options.text_func = collect_text;
  options.text_data = texts;
  cairo_translate (cr, 400, 150);

  /* as on the screen: every label */
  draw_again (renderer, cr, &options, texts);
  for (guint i = 0; i < G_N_ELEMENTS (crowd); i++)
    g_assert_true (drew (texts, crowd[i]));

  /* decluttered: the centre keeps its place, the one beside it moves
   * rather than goes; of the crowd some go, never the first */
  options.declutter_labels = TRUE;
  draw_again (renderer, cr, &options, texts);
  g_assert_true (drew (texts, "Centrum") && drew (texts, "Vlakbij"));
  g_assert_true (drew (texts, "Noord") && drew (texts, "Oost") && drew (texts, "West"));
  for (guint i = 0; i < G_N_ELEMENTS (crowd); i++)
    shown += drew (texts, crowd[i]);
  g_test_message ("%u of %u labels at one spot shown", shown, (guint) G_N_ELEMENTS (crowd));
  g_assert_cmpuint (shown, >=, 2);
  g_assert_cmpuint (shown, <, G_N_ELEMENTS (crowd));
  g_assert_true (drew (texts, crowd[0]));
  g_assert_false (drew (texts, crowd[G_N_ELEMENTS (crowd) - 1]));
  /* a click goes by where the labels are: under the centre is its label,
   * not the one that moved away from there (y turned down) */
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 6, 28), ==, (int) centre);
  options.declutter_labels = FALSE;
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 6, 28), ==, (int) close);
  options.declutter_labels = TRUE;

  /* sized by betweenness: the largest goes first */
  metric[last_in_crowd] = 5.;
  options.node_metric = metric;
  draw_again (renderer, cr, &options, texts);
  g_assert_true (drew (texts, crowd[G_N_ELEMENTS (crowd) - 1]));

  /* a highlight shows its own labels, over the rest */
  options.node_metric = NULL;
  options.highlight = (int) last_in_crowd;
  draw_again (renderer, cr, &options, texts);
  g_assert_true (drew (texts, crowd[G_N_ELEMENTS (crowd) - 1]));

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_render (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(WkRenderer) renderer = NULL;
  guint school = add_node (network, "Basisschool De Regenboog", "organisation", "school", -100., 0.);
  guint raad = add_node (network, "Wijkraad", "group", "wijkraad", 100., 0.);
  cairo_surface_t *normal, *projector;
  WkColor node_color, edge_normal, edge_projector;

  add_edge (network, school, raad, "works-with", 3);
  renderer = wk_renderer_new (network);

  projector = draw_network (renderer, WK_PALETTE_PROJECTOR_DARK);
  /* black around the drawing */
  assert_pixel (projector, 0, 0, HEX (0x000000));
  assert_pixel (projector, 599, 199, HEX (0x000000));
  assert_pixel (projector, 300, 20, HEX (0x000000));
  /* the nodes in their projector colours: the dark brown lifted */
  node_color = wk_palette_type_color (WK_PALETTE_PROJECTOR_DARK, WK_NODE_ACTOR, "wijkraad");
  assert_pixel (projector, 500, 100, node_color);
  g_assert_cmpfloat (contrast (&node_color, &(WkColor) { 0., 0., 0., 1. }), >=, 3.);
  assert_pixel (projector, 100, 100, wk_palette_type_color (WK_PALETTE_PROJECTOR_DARK, WK_NODE_ACTOR, "school"));
  /* the relation between them, in its colour */
  edge_projector = wk_palette_edge_color (WK_PALETTE_PROJECTOR_DARK, "works-with");
  assert_pixel (projector, 300, 100, edge_projector);

  /* and thicker than in the normal palette: 3.5 points × 2, times line_scale */
  normal = draw_network (renderer, WK_PALETTE_NORMAL);
  edge_normal = wk_palette_edge_color (WK_PALETTE_NORMAL, "works-with");
  assert_pixel (normal, 0, 0, HEX (0xffffff));
  assert_pixel (normal, 300, 100, edge_normal);
  assert_pixel (normal, 500, 100, HEX (0x63452c));
  g_assert_cmpuint (count_column (normal, 300, edge_normal), >=, 6);
  g_assert_cmpuint (count_column (normal, 300, edge_normal), <=, 8);
  g_assert_cmpuint (count_column (projector, 300, edge_projector), >=, 10);
  g_assert_cmpuint (count_column (projector, 300, edge_projector), <=, 13);

  cairo_surface_destroy (normal);
  cairo_surface_destroy (projector);
}

static cairo_surface_t *
draw_legend (WkRenderer    *renderer,
             WkPaletteKind  palette)
{
  const WkScheme *scheme = wk_palette_get_scheme (palette);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  WkRenderOptions options;

  wk_render_options_init (&options);
  options.palette = palette;
  wk_color_set_source (cr, &scheme->background, 1.);
  cairo_paint (cr);
  cairo_scale (cr, 2., 2.);
  wk_renderer_draw_legend (renderer, cr, &options, 0.);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* The legend's line samples are as much thicker as the lines. "trusts" is
 * blue 3 in both light palettes, and no node has that colour. */
static void
test_legend_lines (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(WkRenderer) renderer = NULL;
  guint a = add_node (network, "Gemeente", "organisation", "gemeente", -100., 0.);
  guint b = add_node (network, "Stadsdeel", "organisation", "gemeente", 100., 0.);
  WkColor blue = wk_palette_edge_color (WK_PALETTE_NORMAL, "trusts");
  cairo_surface_t *normal, *projector;
  guint n_normal, n_projector;

  assert_same_color (wk_palette_edge_color (WK_PALETTE_PROJECTOR_LIGHT, "trusts"), blue);
  add_edge (network, a, b, "trusts", 2);
  renderer = wk_renderer_new (network);
  normal = draw_legend (renderer, WK_PALETTE_NORMAL);
  projector = draw_legend (renderer, WK_PALETTE_PROJECTOR_LIGHT);
  n_normal = count_all (normal, blue);
  n_projector = count_all (projector, blue);
  g_test_message ("legend line sample: %u pixels normal, %u on a projector", n_normal, n_projector);
  /* 4 pixels wide against 6.4: the antialiased rows do not count, so the
   * ratio of full rows is more than 1.6 */
  g_assert_cmpuint (n_normal, >, 100);
  g_assert_cmpuint (n_projector, >, n_normal * 1.4);
  g_assert_cmpuint (n_projector, <, n_normal * 2.4);
  cairo_surface_destroy (normal);
  cairo_surface_destroy (projector);
}

/* An export in the dark projector palette is black with white text */
static void
test_export (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wk-test-palette-XXXXXX", &error);
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  WkRenderOptions ropts;
  WkExportOptions options;
  guint a, b;

  g_assert_no_error (error);
  path = g_build_filename (dir, "projector.png", NULL);
  a = add_node (network, "Buurthuis De Kroon", "organisation", "buurthuis", -60., 0.);
  b = add_node (network, "Energie Coöperatie", "organisation", "energiecooperatie", 60., 0.);
  add_edge (network, a, b, "knows", 1);
  wk_render_options_init (&ropts);
  ropts.palette = WK_PALETTE_PROJECTOR_DARK;
  wk_export_options_init (&options);
  options.format = WK_EXPORT_PNG;
  options.png_width = 800;
  g_assert_true (wk_export_network (network, &ropts, &options, path, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  assert_pixel (surface, 0, 0, HEX (0x000000));
  g_assert_cmpuint (count_all (surface, HEX (0xffffff)), >, 50);
  g_assert_cmpuint (count_all (surface, wk_palette_type_color (WK_PALETTE_PROJECTOR_DARK, WK_NODE_ACTOR,
                                                                "energiecooperatie")), >, 200);
  cairo_surface_destroy (surface);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/projector-schemes", test_projector_schemes);
  g_test_add_func ("/palette/projector-colors", test_projector_colors);
  g_test_add_func ("/palette/unchanged", test_unchanged);
  g_test_add_func ("/palette/declutter", test_declutter);
  g_test_add_func ("/palette/render", test_render);
  g_test_add_func ("/palette/legend-lines", test_legend_lines);
  g_test_add_func ("/palette/export", test_export);

  return g_test_run ();
}

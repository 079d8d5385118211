/* wk-palette.c: colours, node shapes and line styles of the network drawing
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The colours are GNOME's palette (the HIG's, as Adwaita uses it). A type
 * keeps its colour everywhere: on the screen, in exports and in the legend,
 * and in every wijk, so a team learns them. Colour is never the only cue:
 * the shape says the kind and the label says the rest. Light fills get a
 * darker outline of their own hue so every node stands out from a white page
 * (WCAG's 3:1 for graphics).
 *
 * A projector washes colours out, so the projector palettes hold every fill
 * and line to WCAG's 3:1 against their background by the colour itself:
 * light colours are mixed with black on white, dark ones with white on
 * black, just as much as needed. Mixing with black or white keeps the hue.
 * Two types that come out too alike (green 3 and green 5 darkened on white)
 * are then mixed a little further, until they are as far apart as the
 * normal palette keeps its closest pair.
 */
#include <math.h>
#include <string.h>

#include "wk-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255., ((hex) >> 8 & 0xff) / 255., ((hex) & 0xff) / 255., 1. }

static const WkScheme schemes[] = {
  [WK_PALETTE_NORMAL] = {
    .background = RGB (0xffffff),
    .text = RGB (0x241f31),
    .text_secondary = RGB (0x5e5c64),
    .label_backdrop = { 1., 1., 1., .78 },
    .outline_light = RGB (0x5e5c64),
    .selection = RGB (0x1c71d8),
    .dim_alpha = .16,
    .line_scale = 1.,
    .outline_scale = 1.,
  },
  [WK_PALETTE_DARK] = {
    .background = RGB (0x1e1e1e),
    .text = RGB (0xffffff),
    .text_secondary = RGB (0xc0bfbc),
    .label_backdrop = { .118, .118, .118, .78 },
    .outline_light = RGB (0xc0bfbc),
    .selection = RGB (0x78aeed),
    .dim_alpha = .22,
    .line_scale = 1.,
    .outline_scale = 1.,
  },
  [WK_PALETTE_PROJECTOR_LIGHT] = {
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .text_secondary = RGB (0x3d3846),   /* 11:1 */
    .label_backdrop = { 1., 1., 1., .92 },
    .outline_light = RGB (0x3d3846),
    .selection = RGB (0x1a5fb4),
    .dim_alpha = .1,
    .line_scale = 1.6,
    .outline_scale = 1.6,
  },
  [WK_PALETTE_PROJECTOR_DARK] = {
    .background = RGB (0x000000),
    .text = RGB (0xffffff),
    .text_secondary = RGB (0xdeddda),   /* 15:1 */
    .label_backdrop = { 0., 0., 0., .92 },
    .outline_light = RGB (0xdeddda),
    .selection = RGB (0x99c1f1),
    .dim_alpha = .14,
    .line_scale = 1.6,
    /* the outline is darker than the fill: on black a thicker one only
     * makes the node look smaller */
    .outline_scale = 1.,
  },
};

static const struct {
  const char *key;
  WkColor     color;
} type_colors[] = {
  { "sleutelfiguur", RGB (0x3584e4) },        /* blue 3 */
  { "buurthuis", RGB (0x26a269) },            /* green 5 */
  { "bewonersorganisatie", RGB (0x2190a4) },  /* teal */
  { "sportclub", RGB (0xe5a50a) },            /* yellow 5 */
  { "vereniging", RGB (0xd56199) },           /* pink */
  { "gebedshuis", RGB (0x9141ac) },           /* purple 3 */
  { "cultureel-centrum", RGB (0xc061cb) },    /* purple 2 */
  { "school", RGB (0x986a44) },               /* brown 3 */
  { "huisarts-zorg", RGB (0xe01b24) },        /* red 3 */
  { "bibliotheek", RGB (0x1a5fb4) },          /* blue 5 */
  { "woningcorporatie", RGB (0x6f8396) },     /* slate */
  { "welzijnsorganisatie", RGB (0x33d17a) },  /* green 3 */
  { "wijkraad", RGB (0x63452c) },             /* brown 5 */
  { "energiecooperatie", RGB (0xf6d32d) },    /* yellow 3 */
  { "ondernemer", RGB (0xa51d2d) },           /* red 5 */
  { "gemeente", RGB (0x3d3846) },             /* dark 3 */
  { "other", RGB (0x9a9996) },                /* light 5 */
};

/* the same orange as the initiative pins of the map */
static const WkColor initiative_color = RGB (0xff7800);
static const WkColor untyped_color = RGB (0x9a9996);

/* for the types a team adds, and for communities: far apart in hue */
static const WkColor cycle[] = {
  RGB (0x3584e4), RGB (0xff7800), RGB (0x26a269), RGB (0x9141ac),
  RGB (0xe01b24), RGB (0xe5a50a), RGB (0x2190a4), RGB (0x986a44),
  RGB (0xd56199), RGB (0x6f8396), RGB (0x1a5fb4), RGB (0x33d17a),
};

static const struct {
  const char  *key;
  WkLineStyle  style;
  WkColor      color;
} edge_styles[] = {
  { "knows", WK_LINE_SOLID, RGB (0x9a9996) },
  { "works-with", WK_LINE_SOLID, RGB (0x5e5c64) },
  { "member-of", WK_LINE_DASHED, RGB (0x77767b) },
  { "funds", WK_LINE_DASH_DOT, RGB (0x26a269) },
  { "reaches", WK_LINE_DOTTED, RGB (0x5e5c64) },
  { "trusts", WK_LINE_SOLID, RGB (0x3584e4) },
};

static const WkColor edge_default_color = RGB (0x77767b);

#define PROJECTOR_CONTRAST 3.2   /* WCAG's 3:1, with room for rounding to 8 bits */
/* CIE76 ΔE between any two types: the normal palette's closest pair, its
 * two purples, is 14.6 apart */
#define PROJECTOR_DISTINCT 13.

/* Every colour of the tables above has a slot, so that the projector
 * palettes can work theirs out once. */
enum {
  SLOT_TYPE = 0,
  SLOT_INITIATIVE = SLOT_TYPE + G_N_ELEMENTS (type_colors),
  SLOT_UNTYPED,
  SLOT_CYCLE,
  SLOT_EDGE = SLOT_CYCLE + G_N_ELEMENTS (cycle),
  SLOT_EDGE_DEFAULT = SLOT_EDGE + G_N_ELEMENTS (edge_styles),
  N_SLOTS,
};

static WkColor projector_colors[2][N_SLOTS];

const WkScheme *
wk_palette_get_scheme (WkPaletteKind palette)
{
  if ((guint) palette >= G_N_ELEMENTS (schemes))
    palette = WK_PALETTE_NORMAL;
  return &schemes[palette];
}

/* Returns: whether @palette has a dark background and light text */
gboolean
wk_palette_is_dark (WkPaletteKind palette)
{
  return palette == WK_PALETTE_DARK || palette == WK_PALETTE_PROJECTOR_DARK;
}

static WkColor
base_color (guint slot)
{
  if (slot < SLOT_INITIATIVE)
    return type_colors[slot - SLOT_TYPE].color;
  if (slot == SLOT_INITIATIVE)
    return initiative_color;
  if (slot == SLOT_UNTYPED)
    return untyped_color;
  if (slot < SLOT_EDGE)
    return cycle[slot - SLOT_CYCLE];
  if (slot < SLOT_EDGE_DEFAULT)
    return edge_styles[slot - SLOT_EDGE].color;
  return edge_default_color;
}

static WkColor
mix (WkColor color,
     double  with,
     double  amount)
{
  color.red += (with - color.red) * amount;
  color.green += (with - color.green) * amount;
  color.blue += (with - color.blue) * amount;
  return color;
}

/* A dark palette keeps the hues but lifts the darkest ones off the
 * background; lines a little more than fills. */
static WkColor
lift (WkColor color,
      guint   slot)
{
  double luma;

  if (slot >= SLOT_EDGE)
    return mix (color, 1., .3);
  luma = .2126 * color.red + .7152 * color.green + .0722 * color.blue;
  return luma < .35 ? mix (color, 1., .35) : color;
}

static double
linear (double channel)
{
  return channel <= .04045 ? channel / 12.92 : pow ((channel + .055) / 1.055, 2.4);
}

/* WCAG's relative luminance */
static double
luminance (WkColor color)
{
  return .2126 * linear (color.red) + .7152 * linear (color.green) + .0722 * linear (color.blue);
}

/* against black (@dark) or white */
static gboolean
stands_out (WkColor  color,
            gboolean dark)
{
  double l = luminance (color);

  return (dark ? (l + .05) / .05 : 1.05 / (l + .05)) >= PROJECTOR_CONTRAST;
}

/* @color mixed with the text colour, as little as reaches PROJECTOR_CONTRAST */
static WkColor
reach_contrast (WkColor  color,
                gboolean dark)
{
  double lo = 0., hi = 1.;

  if (stands_out (color, dark))
    return color;
  for (guint i = 0; i < 24; i++)
    {
      double amount = (lo + hi) / 2.;

      if (stands_out (mix (color, dark ? 1. : 0., amount), dark))
        hi = amount;
      else
        lo = amount;
    }
  return mix (color, dark ? 1. : 0., hi);
}

/* CIE L*a*b* (D65) */
static void
to_lab (WkColor color,
        double  lab[3])
{
  double r = linear (color.red), g = linear (color.green), b = linear (color.blue);
  double xyz[3] = {
    (.4124 * r + .3576 * g + .1805 * b) / .95047,
    .2126 * r + .7152 * g + .0722 * b,
    (.0193 * r + .1192 * g + .9505 * b) / 1.08883,
  };

  for (guint i = 0; i < 3; i++)
    xyz[i] = xyz[i] > 216. / 24389. ? cbrt (xyz[i]) : (24389. / 27. * xyz[i] + 16.) / 116.;
  lab[0] = 116. * xyz[1] - 16.;
  lab[1] = 500. * (xyz[0] - xyz[1]);
  lab[2] = 200. * (xyz[1] - xyz[2]);
}

static double
delta_e (WkColor a,
         WkColor b)
{
  double la[3], lb[3];

  to_lab (a, la);
  to_lab (b, lb);
  return sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
               (la[2] - lb[2]) * (la[2] - lb[2]));
}

/* The type colour of @slot, mixed further with the text colour until it is
 * PROJECTOR_DISTINCT from the types before it in @table */
static WkColor
keep_apart (const WkColor *table,
            guint          slot,
            WkColor        color,
            gboolean       dark)
{
  for (double amount = 0.; amount < 1.; amount += .02)
    {
      WkColor mixed = mix (color, dark ? 1. : 0., amount);
      gboolean apart = TRUE;

      for (guint other = SLOT_TYPE; other < slot && apart; other++)
        apart = delta_e (mixed, table[other]) >= PROJECTOR_DISTINCT;
      if (apart)
        return mixed;
    }
  return color;
}

static const WkColor *
projector_table (gboolean dark)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint slot = 0; slot < N_SLOTS; slot++)
        {
          projector_colors[0][slot] = reach_contrast (base_color (slot), FALSE);
          projector_colors[1][slot] = reach_contrast (lift (base_color (slot), slot), TRUE);
          if (slot < SLOT_INITIATIVE)
            {
              projector_colors[0][slot] = keep_apart (projector_colors[0], slot, projector_colors[0][slot], FALSE);
              projector_colors[1][slot] = keep_apart (projector_colors[1], slot, projector_colors[1][slot], TRUE);
            }
        }
      g_once_init_leave (&done, 1);
    }
  return projector_colors[dark ? 1 : 0];
}

static WkColor
slot_color (WkPaletteKind palette,
            guint         slot)
{
  switch (palette)
    {
    case WK_PALETTE_DARK:
      return lift (base_color (slot), slot);
    case WK_PALETTE_PROJECTOR_LIGHT:
      return projector_table (FALSE)[slot];
    case WK_PALETTE_PROJECTOR_DARK:
      return projector_table (TRUE)[slot];
    case WK_PALETTE_NORMAL:
    default:
      return base_color (slot);
    }
}

WkColor
wk_palette_type_color (WkPaletteKind  palette,
                       WkNodeKind     kind,
                       const char    *type_key)
{
  if (kind == WK_NODE_INITIATIVE)
    return slot_color (palette, SLOT_INITIATIVE);
  if (type_key == NULL || *type_key == '\0')
    return slot_color (palette, SLOT_UNTYPED);
  for (guint i = 0; i < G_N_ELEMENTS (type_colors); i++)
    if (strcmp (type_colors[i].key, type_key) == 0)
      return slot_color (palette, SLOT_TYPE + i);
  return slot_color (palette, SLOT_CYCLE + g_str_hash (type_key) % G_N_ELEMENTS (cycle));
}

WkColor
wk_palette_node_color (WkPaletteKind        palette,
                       const WkNetworkNode *node)
{
  return wk_palette_type_color (palette, node->kind, node->type_key);
}

/* @community: -1 for none */
WkColor
wk_palette_community_color (WkPaletteKind palette,
                            int           community)
{
  if (community < 0)
    return slot_color (palette, SLOT_UNTYPED);
  return slot_color (palette, SLOT_CYCLE + community % G_N_ELEMENTS (cycle));
}

WkColor
wk_palette_outline (WkColor fill)
{
  WkColor outline = { fill.red * .62, fill.green * .62, fill.blue * .62, fill.alpha };

  return outline;
}

WkNodeShape
wk_palette_kind_shape (WkNodeKind  kind,
                       const char *actor_kind)
{
  if (kind == WK_NODE_INITIATIVE)
    return WK_SHAPE_STAR;
  if (g_strcmp0 (actor_kind, "organisation") == 0)
    return WK_SHAPE_ROUNDED_SQUARE;
  if (g_strcmp0 (actor_kind, "group") == 0)
    return WK_SHAPE_HEXAGON;
  if (g_strcmp0 (actor_kind, "place") == 0)
    return WK_SHAPE_DIAMOND;
  return WK_SHAPE_CIRCLE;
}

WkNodeShape
wk_palette_node_shape (const WkNetworkNode *node)
{
  return wk_palette_kind_shape (node->kind, node->actor_kind);
}

WkLineStyle
wk_palette_edge_style (const char *type_key)
{
  if (type_key == NULL)
    return WK_LINE_SOLID;
  for (guint i = 0; i < G_N_ELEMENTS (edge_styles); i++)
    if (strcmp (edge_styles[i].key, type_key) == 0)
      return edge_styles[i].style;
  return (WkLineStyle) (g_str_hash (type_key) % 4);
}

WkColor
wk_palette_edge_color (WkPaletteKind  palette,
                       const char    *type_key)
{
  for (guint i = 0; type_key != NULL && i < G_N_ELEMENTS (edge_styles); i++)
    if (strcmp (edge_styles[i].key, type_key) == 0)
      return slot_color (palette, SLOT_EDGE + i);
  return slot_color (palette, SLOT_EDGE_DEFAULT);
}

/* strength 1–3 */
double
wk_palette_edge_width (int strength)
{
  static const double widths[] = { 1., 2., 3.5 };

  return widths[CLAMP (strength, 1, 3) - 1];
}

void
wk_palette_set_line_style (cairo_t     *cr,
                           WkLineStyle  style,
                           double       width)
{
  double dashes[4];

  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  switch (style)
    {
    case WK_LINE_DASHED:
      dashes[0] = 3. * width + 3.;
      dashes[1] = 2. * width + 2.;
      cairo_set_dash (cr, dashes, 2, 0.);
      break;
    case WK_LINE_DOTTED:
      /* round caps turn the zero-length dashes into dots */
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      dashes[0] = 0.;
      dashes[1] = 2. * width + 1.5;
      cairo_set_dash (cr, dashes, 2, 0.);
      break;
    case WK_LINE_DASH_DOT:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      dashes[0] = 3. * width + 4.;
      dashes[1] = 2. * width + 1.5;
      dashes[2] = 0.;
      dashes[3] = 2. * width + 1.5;
      cairo_set_dash (cr, dashes, 4, 0.);
      break;
    case WK_LINE_SOLID:
    default:
      cairo_set_dash (cr, NULL, 0, 0.);
      break;
    }
}

static void
append_polygon (cairo_t *cr,
                double   x,
                double   y,
                double   radius,
                guint    n,
                double   start)
{
  for (guint i = 0; i < n; i++)
    {
      double a = start + 2. * G_PI * i / n;

      if (i == 0)
        cairo_move_to (cr, x + radius * cos (a), y + radius * sin (a));
      else
        cairo_line_to (cr, x + radius * cos (a), y + radius * sin (a));
    }
  cairo_close_path (cr);
}

/**
 * wk_palette_append_shape:
 * @radius: half the size of the node; the shapes are sized to look equally big
 *
 * Adds the outline of a node to the current path, as a new sub-path.
 */
void
wk_palette_append_shape (cairo_t     *cr,
                         WkNodeShape  shape,
                         double       x,
                         double       y,
                         double       radius)
{
  switch (shape)
    {
    case WK_SHAPE_ROUNDED_SQUARE:
      {
        double h = radius * .9;
        double c = radius * .3;

        cairo_new_sub_path (cr);
        cairo_arc (cr, x + h - c, y - h + c, c, -G_PI / 2, 0);
        cairo_arc (cr, x + h - c, y + h - c, c, 0, G_PI / 2);
        cairo_arc (cr, x - h + c, y + h - c, c, G_PI / 2, G_PI);
        cairo_arc (cr, x - h + c, y - h + c, c, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      break;
    case WK_SHAPE_HEXAGON:
      append_polygon (cr, x, y, radius * 1.05, 6, 0.);
      break;
    case WK_SHAPE_DIAMOND:
      append_polygon (cr, x, y, radius * 1.2, 4, -G_PI / 2);
      break;
    case WK_SHAPE_STAR:
      {
        double outer = radius * 1.25, inner = radius * .62;

        for (guint i = 0; i < 10; i++)
          {
            double a = -G_PI / 2 + G_PI * i / 5;
            double r = i % 2 ? inner : outer;

            if (i == 0)
              cairo_move_to (cr, x + r * cos (a), y + r * sin (a));
            else
              cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
          }
        cairo_close_path (cr);
      }
      break;
    case WK_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

/* How far from the centre the outline is in direction (@dx, @dy): where an
 * edge ends, so that its arrowhead touches the node. The star counts as the
 * circle between its points. */
double
wk_palette_border_distance (WkNodeShape shape,
                            double      radius,
                            double      dx,
                            double      dy)
{
  double len = hypot (dx, dy);
  double c, s;

  if (len <= 0.)
    return radius;
  c = fabs (dx) / len;
  s = fabs (dy) / len;
  switch (shape)
    {
    case WK_SHAPE_ROUNDED_SQUARE:
      return radius * .9 / MAX (c, s);
    case WK_SHAPE_DIAMOND:
      return radius * 1.2 / (c + s);
    case WK_SHAPE_HEXAGON:
      {
        /* flat top and bottom: the apothem over the cosine to the nearest face normal */
        double a = fmod (atan2 (s, c), G_PI / 3.);

        return radius * 1.05 * cos (G_PI / 6) / cos (a - G_PI / 6);
      }
    case WK_SHAPE_STAR:
      return radius * .9;
    case WK_SHAPE_CIRCLE:
    default:
      return radius;
    }
}

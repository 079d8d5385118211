/* wk-palette.h: colours, node shapes and line styles of the network drawing
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wk-network.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} WkColor;

/* The projector palettes are presentation mode's, for a borrowed projector
 * in a lit room: every node and line colour at least 3:1 against the
 * background and the text at least 7:1 (WCAG), thicker lines, stronger
 * dimming. The colours keep their hue, so the legend still means the same. */
typedef enum {
  WK_PALETTE_NORMAL,            /* light, as Adwaita draws */
  WK_PALETTE_DARK,              /* dark background, light text */
  WK_PALETTE_PROJECTOR_LIGHT,   /* white background, black text */
  WK_PALETTE_PROJECTOR_DARK,    /* black background, white text */
} WkPaletteKind;

typedef enum {
  WK_SHAPE_CIRCLE,          /* person */
  WK_SHAPE_ROUNDED_SQUARE,  /* organisation */
  WK_SHAPE_HEXAGON,         /* group */
  WK_SHAPE_DIAMOND,         /* place */
  WK_SHAPE_STAR,            /* initiative */
} WkNodeShape;

typedef enum {
  WK_LINE_SOLID,
  WK_LINE_DASHED,
  WK_LINE_DOTTED,
  WK_LINE_DASH_DOT,
} WkLineStyle;

/* The colours that do not depend on a node. */
typedef struct {
  WkColor background;
  WkColor text;
  WkColor text_secondary;   /* the date, legend notes */
  WkColor label_backdrop;   /* behind node labels, so edges do not cross the text */
  WkColor outline_light;    /* shapes in the legend's list of kinds */
  WkColor selection;
  double  dim_alpha;        /* what is not near the hovered node */
  double  line_scale;       /* relation lines and other strokes: 1, thicker on a projector */
  double  outline_scale;    /* the outlines of nodes */
} WkScheme;

const WkScheme *wk_palette_get_scheme         (WkPaletteKind        palette);
gboolean        wk_palette_is_dark            (WkPaletteKind        palette);
WkColor         wk_palette_node_color         (WkPaletteKind        palette,
                                               const WkNetworkNode *node);
WkColor         wk_palette_type_color         (WkPaletteKind        palette,
                                               WkNodeKind           kind,
                                               const char          *type_key);
WkColor         wk_palette_community_color    (WkPaletteKind        palette,
                                               int                  community);
WkColor         wk_palette_outline            (WkColor              fill);
WkNodeShape     wk_palette_node_shape         (const WkNetworkNode *node);
WkNodeShape     wk_palette_kind_shape         (WkNodeKind           kind,
                                               const char          *actor_kind);
WkLineStyle     wk_palette_edge_style         (const char          *type_key);
WkColor         wk_palette_edge_color         (WkPaletteKind        palette,
                                               const char          *type_key);
double          wk_palette_edge_width         (int                  strength);

void            wk_palette_set_line_style     (cairo_t             *cr,
                                               WkLineStyle          style,
                                               double               width);
void            wk_palette_append_shape       (cairo_t             *cr,
                                               WkNodeShape          shape,
                                               double               x,
                                               double               y,
                                               double               radius);
double          wk_palette_border_distance    (WkNodeShape          shape,
                                               double               radius,
                                               double               dx,
                                               double               dy);

static inline void
wk_color_set_source (cairo_t       *cr,
                     const WkColor *color,
                     double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

G_END_DECLS

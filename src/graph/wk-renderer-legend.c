/* wk-renderer-legend.c: the legend of a network drawing: what colours, shapes and lines mean
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Only what the drawing shows is explained: the types, kinds and relation
 * types of the visible nodes and edges. Entries flow into columns when the
 * legend would be taller than the room it gets.
 */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "wk-renderer-private.h"
#include "wk-vocabulary.h"

#define TEXT_SIZE    9.
#define SWATCH       12.    /* a node's sample; a line's is SAMPLE_WIDTH long */
#define SAMPLE_WIDTH 22.
#define ROW_GAP      3.
#define HEADING_GAP  6.
#define COLUMN_GAP   16.
#define PADDING      8.

typedef enum {
  ITEM_HEADING,
  ITEM_NODE,     /* a shape filled with a type's colour */
  ITEM_KIND,     /* a shape in outline */
  ITEM_EDGE,
  ITEM_ARROW,
  ITEM_NOTE,
} ItemKind;

typedef struct {
  ItemKind     kind;
  char        *text;
  char        *sort_key;
  WkColor      color;
  WkNodeShape  shape;
  WkLineStyle  style;
  double       line_width;
  /* placed */
  double       x;
  double       y;
  double       width;
  double       height;
} Item;

typedef struct {
  GPtrArray *items;
  double     width;
  double     height;
} Legend;

static void
item_free (Item *item)
{
  g_free (item->text);
  g_free (item->sort_key);
  g_free (item);
}

static Item *
item_new (ItemKind    kind,
          const char *text)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->text = g_strdup (text);
  item->sort_key = g_utf8_collate_key (text, -1);
  return item;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = *(const Item * const *) a;
  const Item *ib = *(const Item * const *) b;

  /* initiatives after the actor types */
  if ((ia->shape == WK_SHAPE_STAR) != (ib->shape == WK_SHAPE_STAR))
    return ia->shape == WK_SHAPE_STAR ? 1 : -1;
  return strcmp (ia->sort_key, ib->sort_key);
}

static gboolean
node_shown (WkNetwork             *network,
            const WkRenderOptions *options,
            guint                  i)
{
  return (options->visible == NULL || options->visible[i]) &&
         wk_network_get_node (network, i)->has_position;
}

static const char *
kind_label (WkNodeShape shape)
{
  switch (shape)
    {
    case WK_SHAPE_ROUNDED_SQUARE:
      return wk_vocabulary_label ("kind", "organisation");
    case WK_SHAPE_HEXAGON:
      return wk_vocabulary_label ("kind", "group");
    case WK_SHAPE_DIAMOND:
      return wk_vocabulary_label ("kind", "place");
    case WK_SHAPE_STAR:
      return _("Initiative");
    case WK_SHAPE_CIRCLE:
    default:
      return wk_vocabulary_label ("kind", "person");
    }
}

static void
legend_collect (WkNetwork             *network,
                const WkRenderOptions *options,
                GPtrArray             *items)
{
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) type_items = g_ptr_array_new ();
  g_autoptr(GPtrArray) edge_items = g_ptr_array_new ();
  gboolean shapes[WK_SHAPE_STAR + 1] = { FALSE, };
  gboolean by_community = options->communities != NULL &&
                          options->community_mode == WK_COMMUNITY_COLOR;
  gboolean directed = FALSE;
  gboolean any_shape = FALSE;
  int strengths = 0;
  guint n_nodes = wk_network_get_n_nodes (network);
  guint n_edges = wk_network_get_n_edges (network);

  for (guint i = 0; i < n_nodes; i++)
    {
      const WkNetworkNode *node = wk_network_get_node (network, i);
      WkNodeShape shape = wk_palette_node_shape (node);
      g_autofree char *key = NULL;
      Item *item;

      if (!node_shown (network, options, i))
        continue;
      shapes[shape] = TRUE;
      key = node->kind == WK_NODE_INITIATIVE
        ? g_strdup ("\001initiative")
        : g_strdup (node->type_key != NULL ? node->type_key : "");
      item = g_hash_table_lookup (types, key);
      if (item == NULL)
        {
          const char *label;

          if (node->kind == WK_NODE_INITIATIVE)
            label = _("Initiative");
          else if (node->type_label != NULL && *node->type_label != '\0')
            label = node->type_label;
          else if (node->type_key != NULL && *node->type_key != '\0')
            label = node->type_key;
          else
            label = _("No type");
          item = item_new (ITEM_NODE, label);
          item->color = wk_palette_node_color (options->palette, node);
          item->shape = shape;
          g_hash_table_insert (types, g_steal_pointer (&key), item);
          g_ptr_array_add (type_items, item);
        }
      else if (item->shape != shape && shape == WK_SHAPE_CIRCLE)
        item->shape = shape;   /* a type of persons and organisations: shown as a person */
    }

  for (guint e = 0; e < n_edges; e++)
    {
      const WkNetworkEdge *edge = wk_network_get_edge (network, e);
      const char *key = edge->type_key != NULL ? edge->type_key : "";
      Item *item;

      if (edge->source == edge->target || !node_shown (network, options, edge->source) ||
          !node_shown (network, options, edge->target))
        continue;
      directed |= edge->directed;
      strengths |= 1 << edge->strength;
      if (g_hash_table_contains (relations, key))
        continue;
      item = item_new (ITEM_EDGE, edge->type_label != NULL && *edge->type_label != '\0'
                                    ? edge->type_label
                                    : *key != '\0' ? key : _("Relation"));
      item->style = wk_palette_edge_style (edge->type_key);
      item->color = wk_palette_edge_color (options->palette, edge->type_key);
      item->line_width = 2.;
      g_hash_table_add (relations, g_strdup (key));
      g_ptr_array_add (edge_items, item);
    }

  if (type_items->len > 0 && !by_community)
    {
      g_ptr_array_sort (type_items, compare_items);
      g_ptr_array_add (items, item_new (ITEM_HEADING, _("Type")));
      for (guint k = 0; k < type_items->len; k++)
        g_ptr_array_add (items, g_ptr_array_index (type_items, k));
      g_ptr_array_set_size (type_items, 0);
    }
  else
    {
      for (guint k = 0; k < type_items->len; k++)
        item_free (g_ptr_array_index (type_items, k));
    }

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      Item *item;

      /* the initiatives' star is already among the types */
      if (!shapes[s] || (s == WK_SHAPE_STAR && !by_community))
        continue;
      if (!any_shape)
        g_ptr_array_add (items, item_new (ITEM_HEADING, _("Kind")));
      any_shape = TRUE;
      item = item_new (ITEM_KIND, kind_label (s));
      item->shape = s;
      g_ptr_array_add (items, item);
    }
  if (any_shape && by_community)
    g_ptr_array_add (items, item_new (ITEM_NOTE, _("Colour: community")));
  if (any_shape && options->node_metric != NULL)
    g_ptr_array_add (items, item_new (ITEM_NOTE, _("Larger shape: connects more groups")));

  if (edge_items->len > 0)
    {
      g_ptr_array_sort (edge_items, compare_items);
      g_ptr_array_add (items, item_new (ITEM_HEADING, _("Relations")));
      for (guint k = 0; k < edge_items->len; k++)
        g_ptr_array_add (items, g_ptr_array_index (edge_items, k));
      if (directed)
        {
          Item *item = item_new (ITEM_ARROW, _("Has a direction"));

          item->color = wk_palette_edge_color (options->palette, NULL);
          item->line_width = 2.;
          g_ptr_array_add (items, item);
        }
      /* more than one strength in use */
      if ((strengths & (strengths - 1)) != 0)
        g_ptr_array_add (items, item_new (ITEM_NOTE, _("Thicker line: stronger relation")));
    }
}

static double
text_x (const Item *item,
        double      scale)
{
  return item->kind == ITEM_HEADING || item->kind == ITEM_NOTE ? 0. : (SAMPLE_WIDTH + 6.) * scale;
}

/* Places the items in columns no taller than @max_height (≤ 0: one column). */
static void
legend_build (WkRenderer            *self,
              const WkRenderOptions *options,
              double                 max_height,
              Legend                *legend)
{
  double scale = CLAMP (options->label_scale, 1., 3.);
  double column_x = PADDING * scale, column_width = 0., y = PADDING * scale;

  legend->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  legend_collect (wk_renderer_get_network (self), options, legend->items);
  legend->width = legend->height = 0.;
  if (legend->items->len == 0)
    return;

  for (guint k = 0; k < legend->items->len; k++)
    {
      Item *item = g_ptr_array_index (legend->items, k);
      double tw, th, top_gap;

      _wk_renderer_draw_text (self, NULL, options, item->text, 0., 0., TEXT_SIZE * scale,
                              item->kind == ITEM_HEADING, NULL, &tw, &th);
      item->width = text_x (item, scale) + tw;
      item->height = MAX (th, item->kind == ITEM_HEADING || item->kind == ITEM_NOTE ? 0. : SWATCH * scale);
      top_gap = item->kind == ITEM_HEADING && y > PADDING * scale ? HEADING_GAP * scale : 0.;

      /* a heading keeps its first entry with it */
      if (max_height > 0. && y > PADDING * scale)
        {
          double need = top_gap + item->height;

          if (item->kind == ITEM_HEADING && k + 1 < legend->items->len)
            need += ROW_GAP * scale + SWATCH * scale;
          if (y + need + PADDING * scale > max_height)
            {
              column_x += column_width + COLUMN_GAP * scale;
              column_width = 0.;
              y = PADDING * scale;
              top_gap = 0.;
            }
        }
      y += top_gap;
      item->x = column_x;
      item->y = y;
      y += item->height + ROW_GAP * scale;
      column_width = MAX (column_width, item->width);
      legend->width = MAX (legend->width, column_x + column_width + PADDING * scale);
      legend->height = MAX (legend->height, y - ROW_GAP * scale + PADDING * scale);
    }
}

/**
 * wk_renderer_measure_legend:
 * @max_height: how tall the legend may get before it starts a new column; 0
 *   for a single column
 * @width: (out): in the units it is drawn in (points, times label_scale)
 * @height: (out):
 *
 * Without anything to explain, the size is 0 × 0.
 */
void
wk_renderer_measure_legend (WkRenderer            *self,
                            const WkRenderOptions *options,
                            double                 max_height,
                            double                *width,
                            double                *height)
{
  Legend legend;

  g_return_if_fail (WK_IS_RENDERER (self));
  g_return_if_fail (options != NULL);

  legend_build (self, options, max_height, &legend);
  if (width != NULL)
    *width = legend.width;
  if (height != NULL)
    *height = legend.height;
  g_ptr_array_unref (legend.items);
}

static void
draw_swatch (cairo_t               *cr,
             const WkRenderOptions *options,
             const Item            *item,
             double                 x,
             double                 y,
             double                 scale)
{
  const WkScheme *scheme = wk_palette_get_scheme (options->palette);
  double s = SWATCH * scale, line = SAMPLE_WIDTH * scale;
  double cx = x + line / 2., cy = y + item->height / 2.;

  switch (item->kind)
    {
    case ITEM_NODE:
      {
        WkColor outline = wk_palette_outline (item->color);

        wk_palette_append_shape (cr, item->shape, cx, cy, s * .36);
        wk_color_set_source (cr, &item->color, 1.);
        cairo_fill_preserve (cr);
        wk_color_set_source (cr, &outline, 1.);
        cairo_set_line_width (cr, 1.2 * scale * scheme->outline_scale);
        cairo_stroke (cr);
      }
      break;
    case ITEM_KIND:
      wk_palette_append_shape (cr, item->shape, cx, cy, s * .36);
      wk_color_set_source (cr, &scheme->outline_light, 1.);
      cairo_set_line_width (cr, 1.5 * scale * scheme->line_scale);
      cairo_stroke (cr);
      break;
    case ITEM_EDGE:
    case ITEM_ARROW:
      wk_palette_set_line_style (cr, item->style, item->line_width * scale * scheme->line_scale);
      wk_color_set_source (cr, &item->color, 1.);
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + (item->kind == ITEM_ARROW ? line - s * .45 : line), cy);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.);
      if (item->kind == ITEM_ARROW)
        {
          cairo_move_to (cr, x + line, cy);
          cairo_line_to (cr, x + line - s * .55, cy - s * .3);
          cairo_line_to (cr, x + line - s * .45, cy);
          cairo_line_to (cr, x + line - s * .55, cy + s * .3);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      break;
    case ITEM_HEADING:
    case ITEM_NOTE:
    default:
      break;
    }
}

/**
 * wk_renderer_draw_legend:
 * @cr: the legend's top left corner at the origin; units as measured
 *
 * Draws the legend on a panel of the background colour with a thin border.
 */
void
wk_renderer_draw_legend (WkRenderer            *self,
                         cairo_t               *cr,
                         const WkRenderOptions *options,
                         double                 max_height)
{
  const WkScheme *scheme;
  double scale;
  Legend legend;

  g_return_if_fail (WK_IS_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);

  scheme = wk_palette_get_scheme (options->palette);
  scale = CLAMP (options->label_scale, 1., 3.);
  legend_build (self, options, max_height, &legend);
  if (legend.items->len == 0)
    {
      g_ptr_array_unref (legend.items);
      return;
    }

  cairo_save (cr);
  {
    double r = 8. * scale, w = legend.width, h = legend.height;

    cairo_new_sub_path (cr);
    cairo_arc (cr, w - r, r, r, -G_PI / 2, 0);
    cairo_arc (cr, w - r, h - r, r, 0, G_PI / 2);
    cairo_arc (cr, r, h - r, r, G_PI / 2, G_PI);
    cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
    cairo_close_path (cr);
    wk_color_set_source (cr, &scheme->background, .94);
    cairo_fill_preserve (cr);
    wk_color_set_source (cr, &scheme->text, .15);
    cairo_set_line_width (cr, 1.);
    cairo_stroke (cr);
  }

  for (guint k = 0; k < legend.items->len; k++)
    {
      const Item *item = g_ptr_array_index (legend.items, k);

      draw_swatch (cr, options, item, item->x, item->y, scale);
    }
  /* text last, as in the drawing: the SVG export writes it over the shapes */
  for (guint k = 0; k < legend.items->len; k++)
    {
      const Item *item = g_ptr_array_index (legend.items, k);
      double th;

      _wk_renderer_draw_text (self, NULL, options, item->text, 0., 0., TEXT_SIZE * scale,
                              item->kind == ITEM_HEADING, NULL, NULL, &th);
      _wk_renderer_draw_text (self, cr, options, item->text, item->x + text_x (item, scale),
                              item->y + (item->height - th) / 2., TEXT_SIZE * scale,
                              item->kind == ITEM_HEADING,
                              item->kind == ITEM_NOTE ? &scheme->text_secondary : &scheme->text,
                              NULL, NULL);
    }
  cairo_restore (cr);
  g_ptr_array_unref (legend.items);
}

/* wk-export.c: the network as an SVG, PNG or PDF file, with title, date and legend
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every format is drawn by the same renderer as the network view. Two
 * choices worth knowing:
 *
 * - SVG: cairo's SVG surface writes text as glyph outlines, so names could
 *   not be searched, selected, read aloud or translated in the file. The
 *   shapes come from cairo's SVG surface, but the renderer hands every line
 *   of text to a sink here instead of drawing glyphs, and each becomes a
 *   <text> element (escaped, at the same place, size and colour) written
 *   over the drawing. A node label that was wrapped or shortened also gets
 *   its full text as <title>.
 * - The file is drawn in memory and then written in one go
 *   (g_file_set_contents_full), so a failed export never leaves half a file
 *   and every write error names the file.
 */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "wk-export-private.h"
#include "wk-format.h"
#include "wk-renderer-private.h"

#define TITLE_SIZE   18.
#define DATE_SIZE    10.
#define MAX_PIXELS   (200 * 1000 * 1000)
#define MAX_SIDE     32000

G_DEFINE_QUARK (wk-export-error-quark, wk_export_error)

/* Where everything goes on the page, in points. */
typedef struct {
  double width;
  double height;
  double margin;
  double chrome;           /* scale of title, date and legend */
  double title_height;
  double diagram_scale;
  double diagram_x;        /* where drawing coordinates (0, 0) land */
  double diagram_y;
  gboolean legend;
  double legend_x;
  double legend_y;
  double legend_max_height;   /* before chrome */
} Page;

void
wk_export_options_init (WkExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = WK_EXPORT_PDF;
  options->hide_personal_data = TRUE;
  options->legend = TRUE;
  options->dpi = 150.;
  options->paper = WK_PAPER_A4;
  options->orientation = WK_ORIENTATION_LANDSCAPE;
}

/* Returns: whether @path ends in .svg, .png or .pdf (any case) */
gboolean
wk_export_format_for_path (const char     *path,
                           WkExportFormat *format)
{
  static const struct { const char *ext; WkExportFormat format; } exts[] = {
    { ".svg", WK_EXPORT_SVG }, { ".png", WK_EXPORT_PNG }, { ".pdf", WK_EXPORT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (exts); i++)
    if (g_str_has_suffix (lower, exts[i].ext))
      {
        if (format != NULL)
          *format = exts[i].format;
        return TRUE;
      }
  return FALSE;
}

void
_wk_export_paper_size (WkPaperSize    paper,
            WkOrientation  orientation,
            double        *width,
            double        *height)
{
  /* ISO 216, in millimetres */
  static const double mm[][2] = {
    [WK_PAPER_A4] = { 210., 297. },
    [WK_PAPER_A3] = { 297., 420. },
    [WK_PAPER_A2] = { 420., 594. },
    [WK_PAPER_A1] = { 594., 841. },
    [WK_PAPER_A0] = { 841., 1189. },
  };
  double w, h;

  if ((guint) paper >= G_N_ELEMENTS (mm))
    paper = WK_PAPER_A4;
  w = mm[paper][0] / 25.4 * 72.;
  h = mm[paper][1] / 25.4 * 72.;
  *width = orientation == WK_ORIENTATION_LANDSCAPE ? h : w;
  *height = orientation == WK_ORIENTATION_LANDSCAPE ? w : h;
}

static char *
export_date (const WkExportOptions *options)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *iso = NULL;

  if (options->date != NULL && *options->date != '\0')
    return wk_format_date (options->date);
  now = g_date_time_new_now_local ();
  iso = g_date_time_format (now, "%Y-%m-%d");
  return wk_format_date (iso);
}

static double
header_height (WkRenderer            *renderer,
               const WkRenderOptions *options,
               const char            *title,
               const char            *date,
               double                 chrome,
               double                *width)
{
  double tw = 0., th = 0., dw, dh;

  if (title != NULL && *title != '\0')
    _wk_renderer_draw_text (renderer, NULL, options, title, 0., 0., TITLE_SIZE * chrome, TRUE,
                            NULL, &tw, &th);
  _wk_renderer_draw_text (renderer, NULL, options, date, 0., 0., DATE_SIZE * chrome, FALSE,
                          NULL, &dw, &dh);
  if (width != NULL)
    *width = MAX (tw, dw);
  return th + 2. * chrome + dh;
}

/* The page of an SVG or PNG: the diagram at its own size, legend to the right. */
static void
compose_natural (WkRenderer            *renderer,
                 const WkRenderOptions *options,
                 const WkExportOptions *export,
                 const WkRect          *bounds,
                 double                 header_width,
                 Page                  *page)
{
  double gap = 16., lw = 0., lh = 0.;

  page->chrome = 1.;
  page->margin = 24.;
  page->diagram_scale = 1.;
  if (page->legend)
    {
      page->legend_max_height = MAX (bounds->height, 240.);
      wk_renderer_measure_legend (renderer, options, page->legend_max_height, &lw, &lh);
      page->legend = lw > 0.;
    }
  page->width = 2. * page->margin + bounds->width + (page->legend ? gap + lw : 0.);
  page->width = MAX (page->width, 2. * page->margin + header_width);
  page->height = 2. * page->margin + page->title_height + gap + MAX (bounds->height, lh);
  page->diagram_x = page->margin - bounds->x;
  page->diagram_y = page->margin + page->title_height + gap - bounds->y;
  page->legend_x = page->margin + bounds->width + gap;
  page->legend_y = page->margin + page->title_height + gap;
}

/* A PDF page: the diagram fitted in the room the legend leaves, beside it
 * or under it, whichever lets the diagram be bigger. */
static void
compose_paper (WkRenderer            *renderer,
               const WkRenderOptions *options,
               const WkExportOptions *export,
               const WkRect          *bounds,
               Page                  *page)
{
  double aw, ah, gap, best = -1.;

  _wk_export_paper_size (export->paper, export->orientation, &page->width, &page->height);
  page->chrome = MIN (page->width, page->height) / 595.;
  page->margin = 28. * page->chrome;
  gap = 14. * page->chrome;
  aw = page->width - 2. * page->margin;
  ah = page->height - 2. * page->margin - page->title_height - gap;

  for (int below = 0; below < (page->legend ? 2 : 1); below++)
    {
      double lw = 0., lh = 0., dw = aw, dh = ah, max_h = 0., scale;

      if (page->legend)
        {
          max_h = (below ? ah * .35 : ah) / page->chrome;
          wk_renderer_measure_legend (renderer, options, max_h, &lw, &lh);
          lw *= page->chrome;
          lh *= page->chrome;
          if (lw <= 0.)
            ;
          else if (below)
            dh -= lh + gap;
          else
            dw -= lw + gap;
          if (lw > aw || dw <= 0. || dh <= 0.)
            continue;
        }
      scale = MIN (dw / bounds->width, dh / bounds->height);
      /* a handful of nodes need not fill an A0 */
      scale = MIN (scale, 4. * page->chrome);
      if (scale <= best)
        continue;
      best = scale;
      page->diagram_scale = scale;
      page->diagram_x = page->margin + (dw - bounds->width * scale) / 2. - bounds->x * scale;
      page->diagram_y = page->margin + page->title_height + gap + (dh - bounds->height * scale) / 2.
                        - bounds->y * scale;
      page->legend_max_height = max_h;
      page->legend_x = below ? page->margin : page->margin + dw + gap;
      page->legend_y = below ? page->height - page->margin - lh
                             : page->margin + page->title_height + gap;
    }
  if (best < 0.)
    {
      /* a legend too big for the page: drop it rather than the diagram */
      page->legend = FALSE;
      page->diagram_scale = MIN (MIN (aw / bounds->width, ah / bounds->height), 4. * page->chrome);
      page->diagram_x = page->margin + (aw - bounds->width * page->diagram_scale) / 2.
                        - bounds->x * page->diagram_scale;
      page->diagram_y = page->margin + page->title_height + gap - bounds->y * page->diagram_scale;
    }
}

static void
draw_page (WkRenderer            *renderer,
           cairo_t               *cr,
           const WkRenderOptions *options,
           const Page            *page,
           const char            *title,
           const char            *date)
{
  const WkScheme *scheme = wk_palette_get_scheme (options->palette);
  double th = 0.;

  wk_color_set_source (cr, &scheme->background, 1.);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_translate (cr, page->diagram_x, page->diagram_y);
  cairo_scale (cr, page->diagram_scale, page->diagram_scale);
  wk_renderer_draw (renderer, cr, options);
  cairo_restore (cr);

  if (page->legend)
    {
      cairo_save (cr);
      cairo_translate (cr, page->legend_x, page->legend_y);
      cairo_scale (cr, page->chrome, page->chrome);
      wk_renderer_draw_legend (renderer, cr, options, page->legend_max_height);
      cairo_restore (cr);
    }

  if (title != NULL && *title != '\0')
    _wk_renderer_draw_text (renderer, cr, options, title, page->margin, page->margin,
                            TITLE_SIZE * page->chrome, TRUE, &scheme->text, NULL, &th);
  _wk_renderer_draw_text (renderer, cr, options, date, page->margin,
                          page->margin + th + 2. * page->chrome,
                          DATE_SIZE * page->chrome, FALSE, &scheme->text_secondary, NULL, NULL);
}

cairo_status_t
_wk_export_write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* SVG text: numbers always with a point, whatever LC_NUMERIC says */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
svg_group_begin (const char *title,
                 gpointer    data)
{
  GString *out = data;

  g_string_append (out, "<g>");
  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (out, "<title>%s</title>", escaped);
    }
}

static void
svg_line (const char    *text,
          double         x,
          double         baseline,
          double         size,
          gboolean       bold,
          WkTextAnchor   anchor,
          const WkColor *color,
          double         alpha,
          gpointer       data)
{
  GString *out = data;
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, "<text x=\"");
  append_number (out, x);
  g_string_append (out, "\" y=\"");
  append_number (out, baseline);
  g_string_append (out, "\" font-size=\"");
  append_number (out, size);
  g_string_append_printf (out, "\" fill=\"#%02x%02x%02x\"",
                          (guint) lround (color->red * 255.), (guint) lround (color->green * 255.),
                          (guint) lround (color->blue * 255.));
  if (alpha * color->alpha < 1.)
    {
      g_string_append (out, " fill-opacity=\"");
      append_number (out, alpha * color->alpha);
      g_string_append (out, "\"");
    }
  if (bold)
    g_string_append (out, " font-weight=\"bold\"");
  if (anchor == WK_TEXT_MIDDLE)
    g_string_append (out, " text-anchor=\"middle\"");
  g_string_append_printf (out, ">%s</text>", escaped);
}

static void
svg_group_end (gpointer data)
{
  g_string_append (data, "</g>\n");
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED,
               _("The network could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
export_svg (WkRenderer            *renderer,
            const WkRenderOptions *options,
            const Page            *page,
            const char            *title,
            const char            *date,
            GError               **error)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autoptr(GString) text = g_string_new ("<g font-family=\"" WK_FONT_FAMILY "\" xml:space=\"preserve\">\n");
  WkTextSink sink = { svg_group_begin, svg_line, svg_group_end, text };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  const char *end_tag = "</svg>";
  guint8 *end = NULL;

  surface = cairo_svg_surface_create_for_stream (_wk_export_write_to_array, svg, page->width, page->height);
  cr = cairo_create (surface);
  _wk_renderer_set_text_sink (renderer, &sink);
  draw_page (renderer, cr, options, page, title, date);
  _wk_renderer_set_text_sink (renderer, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;

  /* the text goes last, over the drawing, as on the screen */
  for (guint i = svg->len >= strlen (end_tag) ? svg->len - strlen (end_tag) + 1 : 0; i-- > 0;)
    if (memcmp (svg->data + i, end_tag, strlen (end_tag)) == 0)
      {
        end = svg->data + i;
        break;
      }
  if (end == NULL)
    {
      g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED,
                   _("The network could not be drawn: %s"), "no </svg>");
      return NULL;
    }
  g_string_append (text, "</g>\n");
  g_byte_array_remove_range (svg, end - svg->data, svg->len - (end - svg->data));
  g_byte_array_append (svg, (const guint8 *) text->str, text->len);
  g_byte_array_append (svg, (const guint8 *) end_tag, strlen (end_tag));
  g_byte_array_append (svg, (const guint8 *) "\n", 1);
  return g_byte_array_free_to_bytes (g_steal_pointer (&svg));
}

static GBytes *
export_png (WkRenderer            *renderer,
            const WkRenderOptions *options,
            const WkExportOptions *export,
            const Page            *page,
            const char            *title,
            const char            *date,
            GError               **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  double scale = export->png_width > 0 ? export->png_width / page->width
                                       : (export->dpi > 0. ? export->dpi : 150.) / 72.;
  double width = export->png_width > 0 ? export->png_width : ceil (page->width * scale);
  double height = ceil (page->height * scale);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    {
      g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_TOO_LARGE,
                   _("An image of %.0f × %.0f pixels is too large: choose a lower resolution"),
                   width, height);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1.), MAX (height, 1.));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw_page (renderer, cr, options, page, title, date);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, _wk_export_write_to_array, png);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static GBytes *
export_pdf (WkRenderer            *renderer,
            const WkRenderOptions *options,
            const Page            *page,
            const char            *title,
            const char            *date,
            GError               **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (_wk_export_write_to_array, pdf, page->width, page->height);
  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Wijkkaart");
  cr = cairo_create (surface);
  draw_page (renderer, cr, options, page, title, date);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/**
 * wk_export_network_to_bytes:
 * @render_options: as the network view draws it (filter, communities, sizes);
 *   hover and selection are left out
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
wk_export_network_to_bytes (WkNetwork              *network,
                            const WkRenderOptions  *render_options,
                            const WkExportOptions  *options,
                            GError                **error)
{
  g_autoptr(WkRenderer) renderer = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  WkRenderOptions ropts;
  WkRect bounds;
  Page page = { 0, };
  double header_width;
  guint n;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);
  g_return_val_if_fail (render_options != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = wk_network_get_n_nodes (network);
  for (guint i = 0; i < n; i++)
    if ((render_options->visible == NULL || render_options->visible[i]) &&
        !wk_network_get_node (network, i)->has_position)
      {
        g_set_error_literal (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_NO_LAYOUT,
                             _("Not every actor has a place in the network yet: "
                               "lay out the network before exporting it"));
        return NULL;
      }

  ropts = *render_options;
  ropts.hide_personal_data = render_options->hide_personal_data || options->hide_personal_data;
  ropts.highlight = -1;
  ropts.selected = -1;
  ropts.min_label_pixels = 0.;

  renderer = wk_renderer_new (network);
  date = export_date (options);
  title = g_strdup (options->title);
  if (!wk_renderer_get_bounds (renderer, &ropts, &bounds))
    bounds = (WkRect) { 0., 0., 240., 120. };
  bounds.width = MAX (bounds.width, 1.);
  bounds.height = MAX (bounds.height, 1.);

  page.legend = options->legend;
  if (options->format == WK_EXPORT_PDF)
    {
      double w, h;

      _wk_export_paper_size (options->paper, options->orientation, &w, &h);
      page.chrome = MIN (w, h) / 595.;
      page.title_height = header_height (renderer, &ropts, title, date, page.chrome, NULL);
      compose_paper (renderer, &ropts, options, &bounds, &page);
    }
  else
    {
      page.title_height = header_height (renderer, &ropts, title, date, 1., &header_width);
      compose_natural (renderer, &ropts, options, &bounds, header_width, &page);
    }

  switch (options->format)
    {
    case WK_EXPORT_SVG:
      return export_svg (renderer, &ropts, &page, title, date, error);
    case WK_EXPORT_PNG:
      return export_png (renderer, &ropts, options, &page, title, date, error);
    case WK_EXPORT_PDF:
    default:
      return export_pdf (renderer, &ropts, &page, title, date, error);
    }
}

/**
 * wk_export_network:
 * @path: the file to write; replaced if it exists
 *
 * Writes the network as options->format says, with a title, the date and a
 * legend. The network must have been laid out: visible nodes without a
 * position are an error (%WK_EXPORT_ERROR_NO_LAYOUT).
 */
gboolean
wk_export_network (WkNetwork              *network,
                   const WkRenderOptions  *render_options,
                   const WkExportOptions  *options,
                   const char             *path,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (WK_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = wk_export_network_to_bytes (network, render_options, options, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_WRITE,
                   _("Could not save “%s”: %s"), display, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* wk-map-export.c: the community map as a PNG or PDF, with title, date, legend and attribution
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The same drawing as the map view: base map, links, pins with their
 * labels. A PNG is exactly the size asked for, the title bar, legend and
 * attribution over the map; a PDF is one page of A4 to A0, as the network
 * export makes it, the title above the map and the map fitted below. In a
 * PDF the pins are paths and all text is text (searchable, sharp in print).
 *
 * The export draws with a renderer of its own, a copy of the view's
 * categories and scale, so it may run in a worker thread (Pango's font map
 * is per thread). The file is drawn in memory and written in one go through
 * a temporary file, so a failed export never leaves half a file.
 */
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "wk-export-private.h"
#include "wk-map-export.h"
#include "wk-map-renderer-private.h"

#define TITLE_SIZE   18.
#define DATE_SIZE    11.
#define MAX_PIXELS   (200 * 1000 * 1000)
#define MAX_SIDE     32000

typedef struct {
  WkMapRenderer        *renderer;
  double                width;
  double                height;
  WkMapBackgroundFunc   background;
  gpointer              background_data;
  const WkMapMark      *marks;
  guint                 n_marks;
  const guint          *pairs;
  const int            *strengths;
  guint                 n_links;
  const guint          *counts;
  const char           *title;
  const char           *date_line;
  const char           *attribution;
} Content;

/* ISO 216, as the network export */
static PangoLayout *
header_layout (const Content *c,
               const char    *text,
               double         size,
               gboolean       bold,
               double        *width,
               double        *height)
{
  g_autofree char *clean = NULL;
  PangoLayout *layout;
  int w, h;

  *width = *height = 0.;
  if (text == NULL || *text == '\0')
    return NULL;
  clean = g_strdelimit (g_utf8_make_valid (text, -1), "\t\n\r", ' ');
  layout = _wk_map_renderer_new_layout (c->renderer, clean, size, bold);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
  return layout;
}

/* The title on the left, the date on the right; @cr %NULL only measures.
 * Returns: its height, 0 without title and date */
static double
draw_header (const Content *c,
             cairo_t       *cr,
             double         x,
             double         y,
             double         width,
             double         chrome,
             gboolean       backdrop)
{
  const WkScheme *scheme = wk_palette_get_scheme (WK_PALETTE_NORMAL);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) date = NULL;
  double pad = backdrop ? 10. * chrome : 0., tw, th, dw, dh, h;
  int w, lh;

  title = header_layout (c, c->title, TITLE_SIZE * chrome, TRUE, &tw, &th);
  date = header_layout (c, c->date_line, DATE_SIZE * chrome, FALSE, &dw, &dh);
  if (title == NULL && date == NULL)
    return 0.;
  if (title != NULL)
    {
      pango_layout_set_width (title, (int) (MAX (width - 2. * pad - (date != NULL ? dw + 16. * chrome : 0.),
                                                 10.) * PANGO_SCALE));
      pango_layout_get_size (title, &w, &lh);
      tw = (double) w / PANGO_SCALE;
    }
  h = MAX (th, dh) + 2. * pad;
  if (cr == NULL)
    return h;

  cairo_save (cr);
  if (backdrop)
    {
      cairo_rectangle (cr, x, y, width, h);
      cairo_set_source_rgba (cr, 1., 1., 1., .92);
      cairo_fill (cr);
      cairo_rectangle (cr, x, y + h - chrome, width, chrome);
      wk_color_set_source (cr, &scheme->text, .15);
      cairo_fill (cr);
    }
  if (title != NULL)
    {
      wk_color_set_source (cr, &scheme->text, 1.);
      cairo_move_to (cr, x + pad, y + (h - th) / 2.);
      pango_cairo_show_layout (cr, title);
    }
  if (date != NULL)
    {
      wk_color_set_source (cr, &scheme->text_secondary, 1.);
      cairo_move_to (cr, x + width - pad - dw, y + (h - dh) / 2.);
      pango_cairo_show_layout (cr, date);
    }
  cairo_restore (cr);
  return h;
}

/* the map itself, in its own pixels from the origin */
static void
draw_map (const Content *c,
          cairo_t       *cr)
{
  const WkScheme *scheme = wk_palette_get_scheme (WK_PALETTE_NORMAL);

  cairo_save (cr);
  cairo_rectangle (cr, 0., 0., c->width, c->height);
  cairo_clip (cr);
  wk_color_set_source (cr, &scheme->background, 1.);
  cairo_paint (cr);
  if (c->background != NULL)
    {
      cairo_save (cr);
      c->background (cr, c->width, c->height, c->background_data);
      cairo_restore (cr);
    }
  wk_map_renderer_draw_links (c->renderer, cr, c->marks, c->n_marks, c->pairs, c->strengths,
                              c->n_links);
  wk_map_renderer_draw_marks (c->renderer, cr, c->marks, c->n_marks, TRUE);
  cairo_restore (cr);
}

/* legend and attribution over the map, @chrome units to a map pixel; the
 * legend bottom left, where maps have it and the wijk seldom is */
static void
draw_overlays (const Content *c,
               cairo_t       *cr,
               double         top,
               double         chrome)
{
  double w, h;

  cairo_save (cr);
  cairo_scale (cr, chrome, chrome);
  wk_map_renderer_draw_legend (c->renderer, NULL, 0., 0., c->counts, NULL, &w, &h);
  wk_map_renderer_draw_legend (c->renderer, cr, 12., MAX (c->height / chrome - h - 12., top / chrome + 12.),
                               c->counts, NULL, NULL, NULL);
  wk_map_renderer_draw_attribution (c->renderer, cr, c->width / chrome, c->height / chrome, c->attribution);
  cairo_restore (cr);
}

/* Pins and labels as big as on the screen, for a map the screen's size:
 * @map_scale page units to a map pixel, @chrome what the text of the page
 * is scaled by. On paper, labels never below about 7 points. */
static void
draw_map_scaled (const Content *c,
                 cairo_t       *cr,
                 double         map_scale,
                 double         chrome)
{
  double scale = wk_map_renderer_get_scale (c->renderer);

  wk_map_renderer_set_scale (c->renderer, scale * MAX (1., .65 * chrome / map_scale));
  draw_map (c, cr);
  wk_map_renderer_set_scale (c->renderer, scale);
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED,
               _("The map could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
export_png (const Content  *c,
            GError        **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  double width = ceil (c->width), height = ceil (c->height);
  /* never smaller than on the screen */
  double chrome = CLAMP (MIN (width, height) / 1080., 1., 4.);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double header;

  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    {
      g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_TOO_LARGE,
                   _("An image of %.0f × %.0f pixels is too large: choose a lower resolution"),
                   width, height);
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  draw_map_scaled (c, cr, 1., chrome);
  header = draw_header (c, cr, 0., 0., width, chrome, TRUE);
  draw_overlays (c, cr, header, chrome);
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
export_pdf (const Content  *c,
            WkPaperSize     paper,
            WkOrientation   orientation,
            GError        **error)
{
  const WkScheme *scheme = wk_palette_get_scheme (WK_PALETTE_NORMAL);
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  double pw, ph, chrome, margin, gap, header, ax, ay, aw, ah, k, mx;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  _wk_export_paper_size (paper, orientation, &pw, &ph);
  chrome = MIN (pw, ph) / 595.;
  margin = 28. * chrome;
  gap = 10. * chrome;
  header = draw_header (c, NULL, 0., 0., pw - 2. * margin, chrome, FALSE);
  ax = margin;
  ay = margin + header + (header > 0. ? gap : 0.);
  aw = pw - 2. * margin;
  ah = ph - ay - margin;
  k = MIN (aw / c->width, ah / c->height);
  mx = ax + (aw - c->width * k) / 2.;

  surface = cairo_pdf_surface_create_for_stream (_wk_export_write_to_array, pdf, pw, ph);
  if (c->title != NULL && *c->title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, c->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Wijkkaart");
  cr = cairo_create (surface);
  draw_header (c, cr, margin, margin, pw - 2. * margin, chrome, FALSE);

  cairo_save (cr);
  cairo_translate (cr, mx, ay);
  cairo_scale (cr, k, k);
  draw_map_scaled (c, cr, k, chrome);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, mx, ay);
  {
    Content scaled = *c;

    /* the overlays in points of the page, not in map pixels */
    scaled.width = c->width * k;
    scaled.height = c->height * k;
    cairo_rectangle (cr, 0., 0., scaled.width, scaled.height);
    cairo_clip (cr);
    draw_overlays (&scaled, cr, 0., chrome);
    cairo_reset_clip (cr);
    cairo_rectangle (cr, 0., 0., scaled.width, scaled.height);
    wk_color_set_source (cr, &scheme->text, .3);
    cairo_set_line_width (cr, .5 * chrome);
    cairo_stroke (cr);
  }
  cairo_restore (cr);

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
 * wk_map_export_to_bytes:
 * @renderer: the view's renderer: its categories and scale are used
 * @format: %WK_EXPORT_PNG or %WK_EXPORT_PDF
 * @paper: for a PDF, as the network export
 * @width_px: the map's size in pixels, in which the marks are placed and
 *   the background draws; the size of a PNG
 * @background: (nullable): draws the base map
 * @marks: (array length=n_marks): drawn with their labels
 * @pairs: (array) (nullable): the links, as wk_map_renderer_draw_links()
 * @counts: (array) (nullable): per category, for the legend
 * @title: (nullable): the wijk's name
 * @date_line: (nullable): as it is to be shown, "Kaart van 23-11-2026"
 * @attribution: (nullable): the base map's, required by its licence
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 *   (%WK_EXPORT_ERROR)
 */
GBytes *
wk_map_export_to_bytes (WkMapRenderer        *renderer,
                        WkExportFormat        format,
                        WkPaperSize           paper,
                        WkOrientation         orientation,
                        double                width_px,
                        double                height_px,
                        WkMapBackgroundFunc   background,
                        gpointer              background_data,
                        const WkMapMark      *marks,
                        guint                 n_marks,
                        const guint          *pairs,
                        const int            *strengths,
                        guint                 n_links,
                        const guint          *counts,
                        const char           *title,
                        const char           *date_line,
                        const char           *attribution,
                        GError              **error)
{
  g_autoptr(WkMapRenderer) own = NULL;
  Content c = {
    .width = width_px,
    .height = height_px,
    .background = background,
    .background_data = background_data,
    .marks = marks,
    .n_marks = n_marks,
    .pairs = pairs,
    .strengths = strengths,
    .n_links = n_links,
    .counts = counts,
    .title = title,
    .date_line = date_line,
    .attribution = attribution,
  };

  g_return_val_if_fail (WK_IS_MAP_RENDERER (renderer), NULL);
  g_return_val_if_fail (width_px >= 1. && height_px >= 1., NULL);
  g_return_val_if_fail (marks != NULL || n_marks == 0, NULL);
  g_return_val_if_fail (pairs != NULL || n_links == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format != WK_EXPORT_PNG && format != WK_EXPORT_PDF)
    {
      g_set_error_literal (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED,
                           _("A map can be exported as PNG or PDF"));
      return NULL;
    }
  own = wk_map_renderer_new ();
  _wk_map_renderer_copy_style (own, renderer);
  c.renderer = own;
  if (format == WK_EXPORT_PNG)
    return export_png (&c, error);
  return export_pdf (&c, paper, orientation, error);
}

/**
 * wk_map_export:
 * @path: the file to write; replaced if it exists
 *
 * As wk_map_export_to_bytes(), written to @path through a temporary file.
 */
gboolean
wk_map_export (WkMapRenderer        *renderer,
               const char           *path,
               WkExportFormat        format,
               WkPaperSize           paper,
               WkOrientation         orientation,
               double                width_px,
               double                height_px,
               WkMapBackgroundFunc   background,
               gpointer              background_data,
               const WkMapMark      *marks,
               guint                 n_marks,
               const guint          *pairs,
               const int            *strengths,
               guint                 n_links,
               const guint          *counts,
               const char           *title,
               const char           *date_line,
               const char           *attribution,
               GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = wk_map_export_to_bytes (renderer, format, paper, orientation, width_px, height_px,
                                  background, background_data, marks, n_marks, pairs, strengths,
                                  n_links, counts, title, date_line, attribution, error);
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

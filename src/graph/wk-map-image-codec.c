/* wk-map-image-codec.c: PNG and JPEG read a row at a time, scaled down on the way, and written back
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Not through GdkPixbufLoader, for two reasons found in gdk-pixbuf 2.42:
 * its PNG loader allocates (and fills) the whole image before the size
 * asked for in "size-prepared" is applied, by scaling afterwards, so a
 * 20,000 × 20,000 PNG would take 1.6 GB on its way to 8,192 pixels; and it
 * accepts a PNG or JPEG that ends early, the rest of the picture grey.
 * Here libpng and libjpeg (what gdk-pixbuf and cairo use themselves) are
 * read a row at a time into a box filter, so memory is the result plus a
 * row; libjpeg decodes a large JPEG at 1/8 to 8/8 of its size by its own
 * DCT scaling; and a file that ends early or fails a checksum is an error.
 *
 * Everything here works on its own data and may run in any thread.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <png.h>
#include <jpeglib.h>
#include <jerror.h>

#include "wk-map-image-private.h"

#define JPEG_MAX_MEMORY  (512 * 1024 * 1024)
#define JPEG_QUALITY     90

/* Averages the source pixels that fall in each result pixel, premultiplied,
 * into a cairo ARGB32 surface. */
typedef struct {
  int       src_width;
  int       src_height;
  int       width;
  int       height;
  guint8   *data;
  int       stride;
  guint32  *column;    /* per source column, its result column */
  guint64  *sums;      /* per result column: premultiplied r, g, b and a */
  guint32  *counts;
  int       row;       /* the result row being summed, or -1 */
  gboolean  translucent;
} Scaler;

typedef struct {
  GBytes           *bytes;
  const guint8     *data;
  gsize             size;
  gsize             pos;
  int               max_side;   /* 0: only the size */
  int               width;      /* of the source */
  int               height;
  cairo_surface_t  *surface;
  guint8           *row;
  guint8           *image;
  guint8          **rows;
  Scaler            scaler;
  gboolean          truncated;
  char              message[JMSG_LENGTH_MAX + 200];
  jmp_buf           jump;
  struct jpeg_error_mgr jerr;
} Job;

static inline guint8
mul255 (guint c,
        guint a)
{
  guint t = c * a + 128;

  return (guint8) ((t + (t >> 8)) >> 8);
}

static gboolean
scaler_init (Scaler  *s,
             Job     *job,
             int      src_width,
             int      src_height)
{
  double fit = MIN (1., (double) job->max_side / MAX (src_width, src_height));

  s->src_width = src_width;
  s->src_height = src_height;
  s->width = CLAMP ((int) (src_width * fit + .5), 1, src_width);
  s->height = CLAMP ((int) (src_height * fit + .5), 1, src_height);
  s->row = -1;
  job->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, s->width, s->height);
  if (cairo_surface_status (job->surface) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  s->data = cairo_image_surface_get_data (job->surface);
  s->stride = cairo_image_surface_get_stride (job->surface);
  if (s->width != src_width || s->height != src_height)
    {
      s->column = g_new (guint32, src_width);
      s->sums = g_new0 (guint64, (gsize) s->width * 4);
      s->counts = g_new0 (guint32, s->width);
      for (int x = 0; x < src_width; x++)
        s->column[x] = (guint32) ((gint64) x * s->width / src_width);
    }
  return TRUE;
}

static void
scaler_clear (Scaler *s)
{
  g_clear_pointer (&s->column, g_free);
  g_clear_pointer (&s->sums, g_free);
  g_clear_pointer (&s->counts, g_free);
}

static void
scaler_flush (Scaler *s)
{
  guint32 *out;

  if (s->row < 0)
    return;
  out = (guint32 *) (s->data + (gsize) s->row * s->stride);
  for (int x = 0; x < s->width; x++)
    {
      guint64 n = MAX (s->counts[x], 1), *sum = s->sums + 4 * x;
      guint32 a = (guint32) ((sum[3] + n / 2) / n);

      out[x] = a << 24 | (guint32) ((sum[0] + n / 2) / n) << 16 |
               (guint32) ((sum[1] + n / 2) / n) << 8 | (guint32) ((sum[2] + n / 2) / n);
    }
  memset (s->sums, 0, sizeof (guint64) * 4 * s->width);
  memset (s->counts, 0, sizeof (guint32) * s->width);
}

/* @rgba: one source row, straight alpha */
static void
scaler_add_row (Scaler       *s,
                int           y,
                const guint8 *rgba)
{
  int row;

  if (s->column == NULL)
    {
      guint32 *out = (guint32 *) (s->data + (gsize) y * s->stride);

      for (int x = 0; x < s->width; x++, rgba += 4)
        {
          guint a = rgba[3];

          s->translucent |= a < 255;
          out[x] = (guint32) a << 24 | (guint32) mul255 (rgba[0], a) << 16 |
                   (guint32) mul255 (rgba[1], a) << 8 | mul255 (rgba[2], a);
        }
      return;
    }

  row = (int) ((gint64) y * s->height / s->src_height);
  if (row != s->row)
    {
      scaler_flush (s);
      s->row = row;
    }
  for (int x = 0; x < s->src_width; x++, rgba += 4)
    {
      guint a = rgba[3];
      guint64 *sum = s->sums + 4 * s->column[x];

      s->translucent |= a < 255;
      sum[0] += mul255 (rgba[0], a);
      sum[1] += mul255 (rgba[1], a);
      sum[2] += mul255 (rgba[2], a);
      sum[3] += a;
      s->counts[s->column[x]]++;
    }
}

static void
job_clear (Job *job)
{
  scaler_clear (&job->scaler);
  g_clear_pointer (&job->row, g_free);
  g_clear_pointer (&job->image, g_free);
  g_clear_pointer (&job->rows, g_free);
  g_clear_pointer (&job->surface, cairo_surface_destroy);
}

static void
set_broken (Job     *job,
            GError **error)
{
  g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_BROKEN,
               _("The image could not be read: the file is damaged or incomplete (%s)"),
               job->message[0] != '\0' ? job->message : "?");
}

static gboolean
check_source_size (Job     *job,
                   GError **error)
{
  if ((gint64) job->width * job->height <= WK_MAP_IMAGE_MAX_SOURCE_PIXELS)
    return TRUE;
  g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE,
               _("The image is %d × %d pixels, too large even to scale down: "
                 "make it smaller in an image editor first"), job->width, job->height);
  return FALSE;
}

/* ---- PNG ---- */

static void
png_read_cb (png_structp png,
             png_bytep   out,
             png_size_t  length)
{
  Job *job = png_get_io_ptr (png);

  if (length > job->size - job->pos)
    png_error (png, "the file ends early");
  memcpy (out, job->data + job->pos, length);
  job->pos += length;
}

static void
png_error_cb (png_structp     png,
              png_const_charp message)
{
  Job *job = png_get_error_ptr (png);

  g_strlcpy (job->message, message, sizeof job->message);
  png_longjmp (png, 1);
}

static void
png_warning_cb (png_structp     png,
                png_const_charp message)
{
  /* a wrong colour profile and the like: the picture is fine */
}

/* Everything that changes after setjmp() lives in *job, not in locals. */
static gboolean
run_png (Job     *job,
         GError **error)
{
  png_structp png;
  png_infop info;
  volatile gboolean ok = FALSE;

  png = png_create_read_struct (PNG_LIBPNG_VER_STRING, job, png_error_cb, png_warning_cb);
  if (png == NULL)
    {
      g_strlcpy (job->message, "out of memory", sizeof job->message);
      set_broken (job, error);
      return FALSE;
    }
  info = png_create_info_struct (png);
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_read_struct (&png, &info, NULL);
      set_broken (job, error);
      return FALSE;
    }
  png_set_read_fn (png, job, png_read_cb);
  png_set_user_limits (png, 1000000, 1000000);
  png_read_info (png, info);
  job->width = (int) png_get_image_width (png, info);
  job->height = (int) png_get_image_height (png, info);
  if (job->max_side <= 0)
    {
      png_destroy_read_struct (&png, &info, NULL);
      return TRUE;
    }
  if (!check_source_size (job, error))
    goto out;

  png_set_expand (png);
  png_set_strip_16 (png);
  png_set_gray_to_rgb (png);
  png_set_filler (png, 0xff, PNG_FILLER_AFTER);
  if (png_set_interlace_handling (png) > 1)
    {
      /* Adam7 fills in every row over seven passes: it needs the whole image */
      if ((gint64) job->width * job->height > (gint64) WK_MAP_IMAGE_MAX_SIDE * WK_MAP_IMAGE_MAX_SIDE)
        {
          g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE,
                       _("The image is %d × %d pixels and interlaced, too large to scale down: "
                         "save it without interlacing or make it smaller first"),
                       job->width, job->height);
          goto out;
        }
      job->image = g_try_malloc ((gsize) job->width * job->height * 4);
      job->rows = g_try_new (guint8 *, job->height);
    }
  png_read_update_info (png, info);
  g_assert (png_get_rowbytes (png, info) == (gsize) job->width * 4);
  if (!scaler_init (&job->scaler, job, job->width, job->height) ||
      (png_get_interlace_type (png, info) != PNG_INTERLACE_NONE && (job->image == NULL || job->rows == NULL)))
    {
      g_strlcpy (job->message, "out of memory", sizeof job->message);
      set_broken (job, error);
      goto out;
    }

  if (job->image != NULL)
    {
      for (int y = 0; y < job->height; y++)
        job->rows[y] = job->image + (gsize) y * job->width * 4;
      png_read_image (png, job->rows);
      for (int y = 0; y < job->height; y++)
        scaler_add_row (&job->scaler, y, job->rows[y]);
    }
  else
    {
      job->row = g_malloc ((gsize) job->width * 4);
      for (int y = 0; y < job->height; y++)
        {
          png_read_row (png, job->row, NULL);
          scaler_add_row (&job->scaler, y, job->row);
        }
    }
  /* to the end: a file cut off after the last row is incomplete too */
  png_read_end (png, NULL);
  ok = TRUE;

out:
  png_destroy_read_struct (&png, &info, NULL);
  return ok;
}

/* ---- JPEG ---- */

static void
jpeg_error_exit_cb (j_common_ptr cinfo)
{
  Job *job = cinfo->client_data;

  cinfo->err->format_message (cinfo, job->message);
  longjmp (job->jump, 1);
}

static void
jpeg_emit_message_cb (j_common_ptr cinfo,
                      int          level)
{
  Job *job = cinfo->client_data;

  /* other warnings are small flaws libjpeg mends; this one is a file cut off */
  if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF)
    {
      job->truncated = TRUE;
      cinfo->err->format_message (cinfo, job->message);
    }
}

static void
jpeg_output_message_cb (j_common_ptr cinfo)
{
}

static gboolean
run_jpeg (Job     *job,
          GError **error)
{
  struct jpeg_decompress_struct cinfo;
  volatile gboolean ok = FALSE;

  memset (&cinfo, 0, sizeof cinfo);
  cinfo.err = jpeg_std_error (&job->jerr);
  job->jerr.error_exit = jpeg_error_exit_cb;
  job->jerr.emit_message = jpeg_emit_message_cb;
  job->jerr.output_message = jpeg_output_message_cb;
  cinfo.client_data = job;
  if (setjmp (job->jump))
    {
      jpeg_destroy_decompress (&cinfo);
      set_broken (job, error);
      return FALSE;
    }
  jpeg_create_decompress (&cinfo);
  cinfo.mem->max_memory_to_use = JPEG_MAX_MEMORY;
  jpeg_mem_src (&cinfo, (unsigned char *) job->data, (unsigned long) job->size);
  jpeg_read_header (&cinfo, TRUE);
  job->width = (int) cinfo.image_width;
  job->height = (int) cinfo.image_height;
  if (job->max_side <= 0)
    {
      jpeg_destroy_decompress (&cinfo);
      return TRUE;
    }
  if (!check_source_size (job, error))
    goto out;
  /* a progressive JPEG keeps all its coefficients: two bytes a sample */
  if (cinfo.progressive_mode &&
      (gint64) job->width * job->height * cinfo.num_components * 2 > JPEG_MAX_MEMORY)
    {
      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_TOO_LARGE,
                   _("The image is %d × %d pixels and progressive, too large to scale down: "
                     "make it smaller in an image editor first"), job->width, job->height);
      goto out;
    }

  /* the smallest of libjpeg's scales n/8 that is still as large as the result */
  cinfo.out_color_space = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK
                          ? JCS_CMYK : JCS_RGB;
  cinfo.scale_denom = 8;
  for (cinfo.scale_num = 1; cinfo.scale_num < 8; cinfo.scale_num++)
    {
      jpeg_calc_output_dimensions (&cinfo);
      if ((int) MAX (cinfo.output_width, cinfo.output_height) >=
          MIN (job->max_side, MAX (job->width, job->height)))
        break;
    }
  jpeg_start_decompress (&cinfo);
  if (!scaler_init (&job->scaler, job, (int) cinfo.output_width, (int) cinfo.output_height))
    {
      g_strlcpy (job->message, "out of memory", sizeof job->message);
      set_broken (job, error);
      goto out;
    }
  job->row = g_malloc ((gsize) cinfo.output_width * 4);
  while (cinfo.output_scanline < cinfo.output_height)
    {
      int y = (int) cinfo.output_scanline;
      guint8 *row = job->row;
      guint n = cinfo.output_width;

      /* read at the back of the row, widened to RGBA from the front */
      row += (gsize) n * (4 - cinfo.output_components);
      jpeg_read_scanlines (&cinfo, &row, 1);
      if (job->truncated)
        break;
      for (guint x = 0; x < n; x++)
        {
          guint8 *out = job->row + 4 * x, *in = row + (gsize) cinfo.output_components * x;

          if (cinfo.out_color_space == JCS_CMYK)
            {
              /* Adobe's CMYK JPEGs store the inks inverted */
              guint c = in[0], m = in[1], yl = in[2], k = in[3];

              if (!cinfo.saw_Adobe_marker)
                c = 255 - c, m = 255 - m, yl = 255 - yl, k = 255 - k;
              out[0] = mul255 (c, k);
              out[1] = mul255 (m, k);
              out[2] = mul255 (yl, k);
            }
          else
            {
              out[0] = in[0];
              out[1] = in[1];
              out[2] = in[2];
            }
          out[3] = 255;
        }
      scaler_add_row (&job->scaler, y, job->row);
    }
  if (!job->truncated)
    jpeg_finish_decompress (&cinfo);
  if (job->truncated)
    {
      set_broken (job, error);
      goto out;
    }
  ok = TRUE;

out:
  jpeg_destroy_decompress (&cinfo);
  return ok;
}

static gboolean
run (Job         *job,
     GBytes      *bytes,
     WkImageKind  kind,
     GError     **error)
{
  job->data = g_bytes_get_data (bytes, &job->size);
  if (job->data == NULL)
    job->data = (const guint8 *) "";
  switch (kind)
    {
    case WK_IMAGE_PNG:
      return run_png (job, error);
    case WK_IMAGE_JPEG:
      return run_jpeg (job, error);
    case WK_IMAGE_SVG:
    case WK_IMAGE_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* The size in pixels, from the header alone. */
gboolean
_wk_map_image_read_size (GBytes       *bytes,
                         WkImageKind   kind,
                         int          *width,
                         int          *height,
                         GError      **error)
{
  Job *job = g_new0 (Job, 1);
  gboolean ok = run (job, bytes, kind, error);

  *width = job->width;
  *height = job->height;
  job_clear (job);
  g_free (job);
  return ok;
}

/**
 * _wk_map_image_decode:
 * @max_side: the result's longer side at most this; never scaled up
 * @translucent: (out): whether any pixel is not opaque
 *
 * Returns: (transfer full): an ARGB32 surface, or %NULL with @error set
 */
cairo_surface_t *
_wk_map_image_decode (GBytes       *bytes,
                      WkImageKind   kind,
                      int           max_side,
                      gboolean     *translucent,
                      GError      **error)
{
  Job *job = g_new0 (Job, 1);
  cairo_surface_t *surface = NULL;

  g_assert (max_side > 0);

  job->max_side = max_side;
  if (run (job, bytes, kind, error))
    {
      if (job->scaler.column != NULL)
        scaler_flush (&job->scaler);
      cairo_surface_mark_dirty (job->surface);
      surface = g_steal_pointer (&job->surface);
      if (translucent != NULL)
        *translucent = job->scaler.translucent;
    }
  job_clear (job);
  g_free (job);
  return surface;
}

/* ---- writing ---- */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
encode_png (cairo_surface_t  *surface,
            gboolean          translucent,
            GError          **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *view = surface;
  cairo_status_t status;

  /* an opaque image as RGB: a quarter smaller */
  if (!translucent)
    view = cairo_image_surface_create_for_data (cairo_image_surface_get_data (surface),
                                                CAIRO_FORMAT_RGB24,
                                                cairo_image_surface_get_width (surface),
                                                cairo_image_surface_get_height (surface),
                                                cairo_image_surface_get_stride (surface));
  status = cairo_surface_write_to_png_stream (view, append_cb, png);
  if (view != surface)
    cairo_surface_destroy (view);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_BROKEN,
                   _("The scaled image could not be saved: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

typedef struct {
  struct jpeg_error_mgr pub;
  jmp_buf               jump;
  char                  message[JMSG_LENGTH_MAX];
} JpegWriteError;

static void
jpeg_write_error_cb (j_common_ptr cinfo)
{
  JpegWriteError *err = (JpegWriteError *) cinfo->err;

  cinfo->err->format_message (cinfo, err->message);
  longjmp (err->jump, 1);
}

static GBytes *
encode_jpeg (cairo_surface_t  *surface,
             GError          **error)
{
  struct jpeg_compress_struct cinfo;
  JpegWriteError *err = g_new0 (JpegWriteError, 1);
  unsigned char **out = g_new0 (unsigned char *, 1);
  unsigned long *out_size = g_new0 (unsigned long, 1);
  guint8 **row = g_new0 (guint8 *, 1);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  GBytes *bytes = NULL;

  memset (&cinfo, 0, sizeof cinfo);
  cinfo.err = jpeg_std_error (&err->pub);
  err->pub.error_exit = jpeg_write_error_cb;
  err->pub.output_message = jpeg_output_message_cb;
  if (setjmp (err->jump))
    {
      g_set_error (error, WK_MAP_IMAGE_ERROR, WK_MAP_IMAGE_ERROR_BROKEN,
                   _("The scaled image could not be saved: %s"), err->message);
      goto out;
    }
  jpeg_create_compress (&cinfo);
  jpeg_mem_dest (&cinfo, out, out_size);
  cinfo.image_width = width;
  cinfo.image_height = height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults (&cinfo);
  jpeg_set_quality (&cinfo, JPEG_QUALITY, TRUE);
  cinfo.optimize_coding = TRUE;
  jpeg_start_compress (&cinfo, TRUE);
  *row = g_malloc ((gsize) width * 3);
  while (cinfo.next_scanline < cinfo.image_height)
    {
      const guint32 *in = (const guint32 *) (data + (gsize) cinfo.next_scanline * stride);

      /* premultiplied over white: what shows through stays light */
      for (int x = 0; x < width; x++)
        {
          guint white = 255 - (in[x] >> 24);

          (*row)[3 * x] = (guint8) (((in[x] >> 16) & 0xff) + white);
          (*row)[3 * x + 1] = (guint8) (((in[x] >> 8) & 0xff) + white);
          (*row)[3 * x + 2] = (guint8) ((in[x] & 0xff) + white);
        }
      jpeg_write_scanlines (&cinfo, row, 1);
    }
  jpeg_finish_compress (&cinfo);
  bytes = g_bytes_new (*out, *out_size);

out:
  jpeg_destroy_compress (&cinfo);
  free (*out);
  g_free (*row);
  g_free (row);
  g_free (out);
  g_free (out_size);
  g_free (err);
  return bytes;
}

/* @kind: PNG or JPEG; a JPEG of a translucent image is laid on white */
GBytes *
_wk_map_image_encode (cairo_surface_t  *surface,
                      WkImageKind       kind,
                      gboolean          translucent,
                      GError          **error)
{
  cairo_surface_flush (surface);
  if (kind == WK_IMAGE_JPEG)
    return encode_jpeg (surface, error);
  return encode_png (surface, translucent, error);
}

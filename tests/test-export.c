/* test-export.c: the network drawing and its SVG, PNG and PDF exports, read back
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Oracles: the SVG through GMarkup (a strict XML reader) and by its bytes,
 * the PDF through poppler's pdftotext and pdfinfo, the PNG through cairo's
 * PNG reader, pixel by pixel.
 */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "wk-export.h"
#include "wk-renderer.h"

#define HOSTILE      "Fatima \"El\" \\ <b>&amp; > <"
#define ARABIC       "مركز الحي"
#define HEBREW       "שלום"
#define EMOJI        "Buurttuin 🌻🙂"
#define TITLE        "Wijk \"De Linde\" & <Zuid>"
#define PERSON_NAME  "Jan Jansen"
#define PERSON_ROLE  "Buurtvader"
#define PERSON2_NAME "Pieter Bakker"
#define KEY_FIGURE   "Sleutelfiguur"
#define ORGANISATION "Buurthuis De Kroon"

typedef struct {
  char      *dir;
  WkNetwork *network;
  char      *long_label;
} Fixture;

static guint
add_node (WkNetwork  *network,
          WkNodeKind  kind,
          const char *label,
          const char *actor_kind,
          const char *type_key,
          const char *type_label,
          const char *role,
          double      x,
          double      y)
{
  static gint64 next_id = 1;
  WkNetworkNode node = {
    .kind = kind,
    .record_id = next_id++,
    .label = (char *) label,
    .type_key = (char *) type_key,
    .type_label = (char *) type_label,
    .actor_kind = (char *) actor_kind,
    .role = (char *) role,
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
          const char *type_label,
          int         strength,
          gboolean    directed)
{
  WkNetworkEdge edge = {
    .source = source,
    .target = target,
    .type_key = (char *) type_key,
    .type_label = (char *) type_label,
    .strength = strength,
    .directed = directed,
  };

  wk_network_add_edge (network, &edge);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GString *long_label = g_string_new ("L");
  guint jan, pieter, nobody, kroon, hostile, arabic, hebrew, garden, longest;

  f->dir = g_dir_make_tmp ("wk-test-export-XXXXXX", &error);
  g_assert_no_error (error);

  /* one word of 10,000 characters: no place to break it but anywhere */
  while (long_label->len < 10000)
    g_string_append_c (long_label, "abcdefghij"[long_label->len % 10]);
  f->long_label = g_string_free (long_label, FALSE);
  g_assert_cmpint (g_utf8_strlen (f->long_label, -1), ==, 10000);

  f->network = wk_network_new ();
  jan = add_node (f->network, WK_NODE_ACTOR, PERSON_NAME, "person", "sleutelfiguur",
                  KEY_FIGURE, PERSON_ROLE, 0, 0);
  pieter = add_node (f->network, WK_NODE_ACTOR, PERSON2_NAME, "person", "sleutelfiguur",
                     KEY_FIGURE, NULL, 160, 60);
  nobody = add_node (f->network, WK_NODE_ACTOR, "Anna de Vries", "person", NULL, NULL, "", -160, 40);
  kroon = add_node (f->network, WK_NODE_ACTOR, ORGANISATION, "organisation", "buurthuis",
                    "Buurthuis", NULL, 0, 160);
  hostile = add_node (f->network, WK_NODE_ACTOR, HOSTILE, "organisation", "vereniging",
                      "Vereniging", NULL, 200, 200);
  arabic = add_node (f->network, WK_NODE_ACTOR, ARABIC, "place", "cultureel-centrum",
                     "Cultureel centrum", NULL, -200, 200);
  hebrew = add_node (f->network, WK_NODE_ACTOR, HEBREW, "group", "zelfgemaakt", "Eigen type",
                     NULL, -220, -120);
  garden = add_node (f->network, WK_NODE_INITIATIVE, EMOJI, NULL, "running", NULL, NULL, 60, -160);
  longest = add_node (f->network, WK_NODE_ACTOR, f->long_label, "organisation", "school",
                      "School", NULL, 260, -120);

  add_edge (f->network, jan, kroon, "knows", "Kent", 1, FALSE);
  add_edge (f->network, jan, pieter, "works-with", "Werkt samen met", 2, FALSE);
  add_edge (f->network, pieter, hostile, "member-of", "Is lid van", 1, TRUE);
  add_edge (f->network, kroon, garden, "funds", "Financiert", 3, TRUE);
  add_edge (f->network, kroon, arabic, "reaches", "Bereikt", 2, FALSE);
  add_edge (f->network, nobody, jan, "trusts", "Vertrouwt", 3, TRUE);
  add_edge (f->network, hebrew, nobody, "knows", "Kent", 1, FALSE);
  add_edge (f->network, longest, pieter, "knows", "Kent", 2, FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->long_label);
  g_assert_finalize_object (f->network);
}

static char *
export (Fixture               *f,
        const WkRenderOptions *render_options,
        const WkExportOptions *options,
        const char            *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (wk_export_network (f->network, render_options, options, path, &error));
  g_assert_no_error (error);
  return path;
}

/* ---- SVG through GMarkup ---- */

typedef struct {
  GPtrArray *texts;    /* the content of every <text> */
  GPtrArray *titles;   /* of every <title> */
  GString   *current;
  gboolean   in_text;
  gboolean   in_title;
  guint      groups;   /* <g> holding a <title>: one per label */
} SvgTexts;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              data,
           GError              **error)
{
  SvgTexts *svg = data;

  if (strcmp (element, "text") == 0 || strcmp (element, "title") == 0)
    {
      g_assert_false (svg->in_text || svg->in_title);
      svg->in_text = strcmp (element, "text") == 0;
      svg->in_title = !svg->in_text;
      g_string_truncate (svg->current, 0);
    }
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              data,
         GError              **error)
{
  SvgTexts *svg = data;

  if (svg->in_text && strcmp (element, "text") == 0)
    g_ptr_array_add (svg->texts, g_strdup (svg->current->str));
  else if (svg->in_title && strcmp (element, "title") == 0)
    g_ptr_array_add (svg->titles, g_strdup (svg->current->str));
  else
    return;
  svg->in_text = svg->in_title = FALSE;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 len,
          gpointer              data,
          GError              **error)
{
  SvgTexts *svg = data;

  if (svg->in_text || svg->in_title)
    g_string_append_len (svg->current, text, len);
}

static void
svg_texts_free (SvgTexts *svg)
{
  g_ptr_array_unref (svg->texts);
  g_ptr_array_unref (svg->titles);
  g_string_free (svg->current, TRUE);
  g_free (svg);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvgTexts, svg_texts_free)

static SvgTexts *
read_svg (const char  *path,
          char       **contents)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgTexts *svg = g_new0 (SvgTexts, 1);
  gsize length;

  svg->texts = g_ptr_array_new_with_free_func (g_free);
  svg->titles = g_ptr_array_new_with_free_func (g_free);
  svg->current = g_string_new (NULL);
  g_assert_true (g_file_get_contents (path, contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (*contents, length, NULL));
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, svg, NULL);
  g_markup_parse_context_parse (context, *contents, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return svg;
}

static gboolean
has_string (GPtrArray  *strings,
            const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (strcmp (g_ptr_array_index (strings, i), wanted) == 0)
      return TRUE;
  return FALSE;
}

static int
find_string (GPtrArray  *strings,
             const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (strcmp (g_ptr_array_index (strings, i), wanted) == 0)
      return i;
  return -1;
}

static void
test_svg_text (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(SvgTexts) svg = NULL;
  WkRenderOptions ropts;
  WkExportOptions options;
  const char *first, *second;
  g_autofree char *joined = NULL;
  int index;

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_SVG;
  options.title = TITLE;
  options.date = "2026-11-23";
  path = export (f, &ropts, &options, "network.svg");
  svg = read_svg (path, &contents);

  /* the file is cairo's drawing with our text on top, glyphs left out */
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_null (strstr (contents, "<symbol"));
  g_assert_nonnull (strstr (contents, "<path"));

  /* labels that fit on one line are one <text>, exactly */
  g_assert_true (has_string (svg->texts, ARABIC));
  g_assert_true (has_string (svg->texts, HEBREW));
  g_assert_true (has_string (svg->texts, EMOJI));
  g_assert_true (has_string (svg->texts, ORGANISATION));
  g_assert_true (has_string (svg->texts, TITLE));
  g_assert_true (has_string (svg->texts, "23-11-2026"));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));

  /* every label's full text is its group's <title>; the wrapped one reads
   * back from its two lines */
  g_assert_true (has_string (svg->titles, HOSTILE));
  g_assert_true (has_string (svg->titles, f->long_label));
  index = find_string (svg->texts, "Fatima \"El\" \\ <b>&amp;");
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpstr (g_ptr_array_index (svg->texts, index + 1), ==, "> <");
  /* and escaped in the file, never as markup */
  g_assert_null (strstr (contents, "<b>"));
  g_assert_nonnull (strstr (contents, "&lt;b&gt;&amp;amp;"));

  /* the 10,000 characters: two lines, the second shortened with … */
  index = find_string (svg->titles, f->long_label);
  first = NULL;
  for (guint i = 0; i < svg->texts->len; i++)
    if (g_str_has_prefix (f->long_label, g_ptr_array_index (svg->texts, i)) &&
        strlen (g_ptr_array_index (svg->texts, i)) > 5)
      first = g_ptr_array_index (svg->texts, i);
  g_assert_nonnull (first);
  index = find_string (svg->texts, first);
  second = g_ptr_array_index (svg->texts, index + 1);
  g_assert_true (g_str_has_suffix (second, "…"));
  joined = g_strconcat (first, second, NULL);
  joined[strlen (joined) - strlen ("…")] = '\0';
  g_assert_true (g_str_has_prefix (f->long_label, joined));
  g_assert_cmpint (strlen (joined), >, 10);
  g_assert_cmpint (strlen (joined), <, 100);

  /* the legend, with the labels the network gave */
  g_assert_true (has_string (svg->texts, "Buurthuis"));
  g_assert_true (has_string (svg->texts, "Eigen type"));
  g_assert_true (has_string (svg->texts, "Werkt samen met"));
  g_assert_true (has_string (svg->texts, "Vertrouwt"));
}

/* Personal data is hidden by default: not a byte of a name in the file */
static void
test_svg_private (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(SvgTexts) svg = NULL;
  WkRenderOptions ropts;
  WkExportOptions options;

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_SVG;
  g_assert_true (options.hide_personal_data);
  path = export (f, &ropts, &options, "private.svg");
  svg = read_svg (path, &contents);

  g_assert_null (strstr (contents, PERSON_NAME));
  g_assert_null (strstr (contents, PERSON2_NAME));
  g_assert_null (strstr (contents, "Anna de Vries"));
  g_assert_null (strstr (contents, "Jansen"));
  g_assert_true (has_string (svg->texts, PERSON_ROLE));       /* by role */
  g_assert_true (has_string (svg->texts, KEY_FIGURE));        /* by type: no role */
  g_assert_true (has_string (svg->texts, wk_vocabulary_label ("kind", "person")));  /* neither */
  g_assert_true (has_string (svg->texts, ORGANISATION));      /* not personal */
  g_free (g_steal_pointer (&contents));
  g_clear_pointer (&svg, svg_texts_free);

  /* shown when the team chooses so */
  options.hide_personal_data = FALSE;
  g_free (path);
  path = export (f, &ropts, &options, "names.svg");
  svg = read_svg (path, &contents);
  g_assert_true (has_string (svg->texts, PERSON_NAME));
  g_assert_true (has_string (svg->texts, PERSON2_NAME));
  g_free (g_steal_pointer (&contents));
  g_clear_pointer (&svg, svg_texts_free);

  /* the view's own setting hides them too */
  ropts.hide_personal_data = TRUE;
  g_free (path);
  path = export (f, &ropts, &options, "view-private.svg");
  svg = read_svg (path, &contents);
  g_assert_null (strstr (contents, PERSON_NAME));
}

/* ---- PDF through poppler ---- */

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static int
pdf_info_int (const char *info,
              const char *field)
{
  const char *line = strstr (info, field);

  g_assert_nonnull (line);
  return atoi (line + strlen (field));
}

/* "Page size:       841.89 x 595.276 pts (A4)" */
static void
assert_page_size (const char *info,
                  double      width,
                  double      height)
{
  const char *line = strstr (info, "Page size:");
  double w, h;

  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line, "Page size: %lf x %lf pts", &w, &h), ==, 2);
  g_assert_cmpfloat_with_epsilon (w, width, .1);
  g_assert_cmpfloat_with_epsilon (h, height, .1);
}

/* without white space and bidi controls */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !(c >= 0x202a && c <= 0x202e))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *squeezed = NULL;
  WkRenderOptions ropts;
  WkExportOptions options;

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_PDF;
  options.title = TITLE;
  options.date = "2026-01-05";
  path = export (f, &ropts, &options, "network.pdf");
  text_path = g_build_filename (f->dir, "network.txt", NULL);
  g_free (run ((const char * const []) { "pdftotext", "-enc", "UTF-8", path, text_path, NULL }));
  g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));

  g_assert_nonnull (strstr (text, TITLE));
  g_assert_nonnull (strstr (text, "05-01-2026"));
  g_assert_nonnull (strstr (text, ORGANISATION));
  g_assert_nonnull (strstr (text, PERSON_ROLE));
  g_assert_nonnull (strstr (text, "Buurttuin"));
  g_assert_nonnull (strstr (text, "Werkt samen met"));
  g_assert_null (strstr (text, PERSON_NAME));
  g_assert_null (strstr (text, PERSON2_NAME));
  /* poppler gives right-to-left text back in logical order, wrapped in
   * embedding marks; Hebrew comes out exact */
  g_assert_nonnull (strstr (text, "\u202b" HEBREW "\u202c"));
  /* Arabic letters join, and poppler puts spaces between some of the joined
   * glyphs it reads back ("م رك ز الحي"): exact apart from spaces */
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, "مركزالحي"));
  /* the hostile label wraps over two lines, and poppler drops the space
   * between "> <": exact apart from white space */
  g_assert_nonnull (strstr (squeezed, "Fatima\"El\"\\<b>&amp;><"));
  /* with an emoji font installed the emoji read back; without one Pango
   * draws boxes with the code point in them */
  if (strstr (text, "🌻") == NULL)
    g_test_message ("no emoji in the PDF text: is an emoji font installed?");
  else
    g_assert_nonnull (strstr (text, EMOJI));

  info = run ((const char * const []) { "pdfinfo", path, NULL });
  g_assert_cmpint (pdf_info_int (info, "Pages:"), ==, 1);
  assert_page_size (info, 841.89, 595.28);
  g_assert_nonnull (strstr (info, "Title:           " TITLE "\n"));
}

static void
test_pdf_paper (Fixture       *f,
                gconstpointer  data)
{
  /* ISO 216, in points */
  static const struct {
    WkPaperSize   paper;
    WkOrientation orientation;
    double        width;
    double        height;
  } cases[] = {
    { WK_PAPER_A4, WK_ORIENTATION_PORTRAIT, 595.28, 841.89 },
    { WK_PAPER_A3, WK_ORIENTATION_LANDSCAPE, 1190.55, 841.89 },
    { WK_PAPER_A3, WK_ORIENTATION_PORTRAIT, 841.89, 1190.55 },
    { WK_PAPER_A2, WK_ORIENTATION_LANDSCAPE, 1683.78, 1190.55 },
    { WK_PAPER_A0, WK_ORIENTATION_PORTRAIT, 2383.94, 3370.39 },
  };
  WkRenderOptions ropts;
  WkExportOptions options;

  if (!g_find_program_in_path ("pdfinfo"))
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *info = NULL;

      options.paper = cases[i].paper;
      options.orientation = cases[i].orientation;
      path = export (f, &ropts, &options, "paper.pdf");
      info = run ((const char * const []) { "pdfinfo", path, NULL });
      assert_page_size (info, cases[i].width, cases[i].height);
    }
}

/* ---- PNG through cairo ---- */

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* pixels within a small distance of the colour (antialiased edges aside) */
static guint
count_color (cairo_surface_t *surface,
             guint32          rgb)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;
  guint count = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int dr = (int) (pixel >> 16 & 0xff) - (int) (rgb >> 16 & 0xff);
        int dg = (int) (pixel >> 8 & 0xff) - (int) (rgb >> 8 & 0xff);
        int db = (int) (pixel & 0xff) - (int) (rgb & 0xff);

        if (abs (dr) + abs (dg) + abs (db) <= 6)
          count++;
      }
  return count;
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  WkRenderOptions ropts;
  WkExportOptions options;
  int w72, h72;

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_PNG;
  options.title = TITLE;

  options.png_width = 1200;
  path = export (f, &ropts, &options, "wide.png");
  surface = read_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), >, 300);
  /* background in the corner, the node colours inside */
  g_assert_cmpuint (*(guint32 *) cairo_image_surface_get_data (surface) & 0xffffff, ==, 0xffffff);
  g_assert_cmpuint (count_color (surface, 0x26a269), >, 200);   /* the community centre */
  g_assert_cmpuint (count_color (surface, 0xff7800), >, 100);   /* the initiative */
  g_assert_cmpuint (count_color (surface, 0x3584e4), >, 200);   /* the key figures */
  g_assert_cmpuint (count_color (surface, 0xa51d2d), ==, 0);    /* no local business here */
  cairo_surface_destroy (surface);

  /* by resolution: twice the dpi, twice the pixels each way */
  options.png_width = 0;
  options.dpi = 72.;
  g_free (path);
  path = export (f, &ropts, &options, "72.png");
  surface = read_png (path);
  w72 = cairo_image_surface_get_width (surface);
  h72 = cairo_image_surface_get_height (surface);
  cairo_surface_destroy (surface);
  options.dpi = 144.;
  g_free (path);
  path = export (f, &ropts, &options, "144.png");
  surface = read_png (path);
  g_assert_cmpint (abs (cairo_image_surface_get_width (surface) - 2 * w72), <=, 1);
  g_assert_cmpint (abs (cairo_image_surface_get_height (surface) - 2 * h72), <=, 1);
  cairo_surface_destroy (surface);

  /* far too many pixels is a clear error, not an attempt */
  options.dpi = 72. * 400.;
  g_free (path);
  path = g_build_filename (f->dir, "huge.png", NULL);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (wk_export_network (f->network, &ropts, &options, path, &error));
    g_assert_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_TOO_LARGE);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (f->dir, "a-file", NULL);
  g_autofree char *path = g_build_filename (blocker, "network.svg", NULL);
  g_autofree gboolean *visible = NULL;
  WkRenderOptions ropts;
  WkExportOptions options;
  guint lost;

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_SVG;

  /* a folder that is a file: even root cannot write there */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (wk_export_network (f->network, &ropts, &options, path, &error));
  g_assert_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  /* a node without a position: the caller lays out first */
  lost = add_node (f->network, WK_NODE_ACTOR, "Zwerver", "organisation", NULL, NULL, NULL, 0, 0);
  wk_network_get_node (f->network, lost)->has_position = FALSE;
  g_free (path);
  path = g_build_filename (f->dir, "unplaced.svg", NULL);
  g_assert_false (wk_export_network (f->network, &ropts, &options, path, &error));
  g_assert_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_NO_LAYOUT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* unless the filter leaves it out */
  visible = g_new (gboolean, wk_network_get_n_nodes (f->network));
  for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
    visible[i] = i != lost;
  ropts.visible = visible;
  g_assert_true (wk_export_network (f->network, &ropts, &options, path, &error));
  g_assert_no_error (error);
}

/* ---- the renderer itself ---- */

static void
collect_text (const char *text,
              gpointer    data)
{
  g_ptr_array_add (data, g_strdup (text));
}

static void
test_renderer (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(WkRenderer) renderer = wk_renderer_new (f->network);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *visible = g_new (gboolean, wk_network_get_n_nodes (f->network));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (surface);
  WkRenderOptions options;
  WkRect bounds;
  int kroon = 3;

  wk_render_options_init (&options);
  options.text_func = collect_text;
  options.text_data = texts;

  /* bounds: every node and label inside; y turned down */
  g_assert_true (wk_renderer_get_bounds (renderer, &options, &bounds));
  for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
    {
      const WkNetworkNode *node = wk_network_get_node (f->network, i);

      g_assert_cmpfloat (node->x, >, bounds.x);
      g_assert_cmpfloat (node->x, <, bounds.x + bounds.width);
      g_assert_cmpfloat (-node->y, >, bounds.y);
      g_assert_cmpfloat (-node->y, <, bounds.y + bounds.height);
    }

  /* hit tests, in drawing coordinates */
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 0, -160), ==, kroon);
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 8, -168), ==, kroon);
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 0, 160), ==, -1);
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 0, -160 + 16), ==, kroon); /* its label */
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 1000, 1000), ==, -1);
  g_assert_cmpfloat (wk_renderer_get_node_radius (renderer, &options, kroon), >, 4.);

  /* every text drawn passes the hook: names without privacy, never with it */
  cairo_translate (cr, 400, 300);
  wk_renderer_draw (renderer, cr, &options);
  g_assert_true (has_string (texts, PERSON_NAME));
  g_assert_true (has_string (texts, f->long_label));
  g_ptr_array_set_size (texts, 0);
  options.hide_personal_data = TRUE;
  options.highlight = kroon;
  options.selected = 0;
  wk_renderer_draw (renderer, cr, &options);
  wk_renderer_draw_legend (renderer, cr, &options, 0);
  g_assert_false (has_string (texts, PERSON_NAME));
  g_assert_false (has_string (texts, PERSON2_NAME));
  g_assert_true (has_string (texts, PERSON_ROLE));
  g_assert_true (has_string (texts, ORGANISATION));
  g_assert_true (has_string (texts, "Werkt samen met"));   /* the legend */
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* a filtered-out node is not drawn, hit or bounded */
  for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
    visible[i] = i != (guint) kroon;
  options.visible = visible;
  g_ptr_array_set_size (texts, 0);
  wk_renderer_draw (renderer, cr, &options);
  g_assert_false (has_string (texts, ORGANISATION));
  g_assert_cmpint (wk_renderer_node_at (renderer, &options, 0, -160), ==, -1);
  /* and only the one left bounds the drawing */
  for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
    visible[i] = i == (guint) kroon;
  g_assert_true (wk_renderer_get_bounds (renderer, &options, &bounds));
  g_assert_cmpfloat (bounds.x, <, -10);
  g_assert_cmpfloat (bounds.x + bounds.width, >, 10);
  g_assert_cmpfloat (bounds.width, <, 120);
  g_assert_cmpfloat (bounds.y, <, -170);
  g_assert_cmpfloat (bounds.y + bounds.height, >, -140);
  g_assert_cmpfloat (bounds.height, <, 50);
  for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
    visible[i] = FALSE;
  g_assert_false (wk_renderer_get_bounds (renderer, &options, &bounds));

  /* what stands out: the highlight and its neighbours bound it, the rest
   * not; nothing highlighted, nothing bounded */
  {
    g_autofree guint8 *near = g_malloc0 (wk_network_get_n_nodes (f->network));
    guint n_far = 0;

    options.visible = NULL;
    near[kroon] = 1;
    for (guint e = 0; e < wk_network_get_n_edges (f->network); e++)
      {
        const WkNetworkEdge *edge = wk_network_get_edge (f->network, e);

        if (edge->source == (guint) kroon || edge->target == (guint) kroon)
          near[edge->source] = near[edge->target] = 1;
      }
    g_assert_true (wk_renderer_get_highlight_bounds (renderer, &options, &bounds));
    for (guint i = 0; i < wk_network_get_n_nodes (f->network); i++)
      {
        const WkNetworkNode *node = wk_network_get_node (f->network, i);
        gboolean inside = node->x > bounds.x && node->x < bounds.x + bounds.width &&
                          -node->y > bounds.y && -node->y < bounds.y + bounds.height;

        if (near[i])
          g_assert_true (inside);
        n_far += !inside;
      }
    g_assert_cmpuint (n_far, >, 0);
    options.highlight = -1;
    g_assert_false (wk_renderer_get_highlight_bounds (renderer, &options, &bounds));
    options.emphasis = near;
    g_assert_true (wk_renderer_get_highlight_bounds (renderer, &options, &bounds));
    options.emphasis = NULL;
  }

  /* communities and sizes, both ways */
  {
    int communities[] = { 0, 0, 1, 0, 2, 0, 1, 2, 2 };
    double metric[] = { 5, 1, 0, 10, 0, 2, 0, 3, 0.5 };

    options.visible = NULL;
    options.communities = communities;
    options.node_metric = metric;
    options.community_mode = WK_COMMUNITY_HULL;
    wk_renderer_draw (renderer, cr, &options);
    g_assert_cmpfloat (wk_renderer_get_node_radius (renderer, &options, kroon), >,
                       wk_renderer_get_node_radius (renderer, &options, 1));
    options.community_mode = WK_COMMUNITY_COLOR;
    wk_renderer_draw (renderer, cr, &options);
    options.label_scale = 3.;
    options.palette = WK_PALETTE_DARK;
    wk_renderer_draw (renderer, cr, &options);
    wk_renderer_draw_legend (renderer, cr, &options, 200);
  }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- persons told apart by number ---- */

static guint
add_record (WkNetwork  *network,
            gint64      record_id,
            WkNodeKind  kind,
            const char *label,
            const char *actor_kind,
            const char *role,
            double      x,
            double      y)
{
  WkNetworkNode node = {
    .kind = kind,
    .record_id = record_id,
    .label = (char *) label,
    .type_key = (char *) (kind == WK_NODE_INITIATIVE ? "running" : "sleutelfiguur"),
    .actor_kind = (char *) actor_kind,
    .role = (char *) role,
    .personal = g_strcmp0 (actor_kind, "person") == 0,
    .x = x,
    .y = y,
    .has_position = TRUE,
  };

  return wk_network_add_node (network, &node);
}

static const char * const alias_names[] = { "Fatima", "Kees", "Jansen", "Samira", "Henk" };

/* Two key figures and a GP among the persons, two without role or type;
 * @reversed: the same records in the opposite order, as another session
 * might read them */
static WkNetwork *
alias_network (gboolean reversed)
{
  WkNetwork *network = wk_network_new ();
  struct {
    gint64 id; WkNodeKind kind; const char *label, *actor_kind, *role;
  } records[] = {
    { 42, WK_NODE_ACTOR, "Fatima El Amrani", "person", "Sleutelfiguur" },
    { 7, WK_NODE_ACTOR, "Kees Visser", "person", "Sleutelfiguur" },
    { 12, WK_NODE_ACTOR, "Dokter Jansen", "person", "Huisarts" },
    { 3, WK_NODE_ACTOR, "Huisartsenpraktijk Linde", "organisation", "Huisarts" },
    { 5, WK_NODE_ACTOR, "Wijkraad Lindewaard", "group", NULL },
    { 7, WK_NODE_INITIATIVE, "Buurttuin", NULL, NULL },
    { 31, WK_NODE_ACTOR, "Henk de Boer", "person", NULL },
    { 30, WK_NODE_ACTOR, "Samira Bouzid", "person", "" },
  };
  guint n = G_N_ELEMENTS (records);

  for (guint k = 0; k < n; k++)
    {
      guint r = reversed ? n - 1 - k : k;
      WkNetworkNode *node;
      guint i;

      i = add_record (network, records[r].id, records[r].kind, records[r].label, records[r].actor_kind,
                      records[r].role, 150. * (r % 4), 120. * (r / 4));
      node = wk_network_get_node (network, i);
      /* without role or type: shown as "person" */
      if (records[r].id >= 30)
        g_clear_pointer (&node->type_key, g_free);
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      WkNetworkEdge edge = { .source = i, .target = i + 1, .type_key = (char *) "knows", .strength = 1 };

      wk_network_add_edge (network, &edge);
    }
  return network;
}

static char *
alias_of (WkRenderer            *renderer,
          const WkRenderOptions *options,
          WkNodeKind             kind,
          gint64                 record_id)
{
  int i = wk_network_find_node (wk_renderer_get_network (renderer), kind, record_id);

  g_assert_cmpint (i, >=, 0);
  return wk_renderer_dup_node_text (renderer, options, i);
}

static void
assert_alias (WkRenderer            *renderer,
              const WkRenderOptions *options,
              WkNodeKind             kind,
              gint64                 record_id,
              const char            *expected)
{
  g_autofree char *text = alias_of (renderer, options, kind, record_id);

  g_assert_cmpstr (text, ==, expected);
}

static gboolean
has_substring (GPtrArray  *strings,
               const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (strstr (g_ptr_array_index (strings, i), wanted) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_aliases (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(WkNetwork) network = alias_network (FALSE);
  g_autoptr(WkNetwork) other_session = alias_network (TRUE);
  g_autoptr(WkRenderer) renderer = wk_renderer_new (network);
  g_autoptr(WkRenderer) other_renderer = wk_renderer_new (other_session);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const char *person = wk_vocabulary_label ("kind", "person");
  g_autofree char *person_1 = g_strdup_printf ("%s 1", person);
  g_autofree char *person_2 = g_strdup_printf ("%s 2", person);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (surface);
  WkRenderOptions options;

  wk_render_options_init (&options);
  options.text_func = collect_text;
  options.text_data = texts;

  /* names, without privacy */
  assert_alias (renderer, &options, WK_NODE_ACTOR, 42, "Fatima El Amrani");
  assert_alias (renderer, &options, WK_NODE_ACTOR, 7, "Kees Visser");

  /* by role, numbered in the order of their records: 7 before 42 */
  options.hide_personal_data = TRUE;
  assert_alias (renderer, &options, WK_NODE_ACTOR, 7, "Sleutelfiguur 1");
  assert_alias (renderer, &options, WK_NODE_ACTOR, 42, "Sleutelfiguur 2");
  assert_alias (renderer, &options, WK_NODE_ACTOR, 12, "Huisarts");          /* the only one */
  assert_alias (renderer, &options, WK_NODE_ACTOR, 30, person_1);
  assert_alias (renderer, &options, WK_NODE_ACTOR, 31, person_2);
  /* organisations, groups and initiatives keep their names, never numbered */
  assert_alias (renderer, &options, WK_NODE_ACTOR, 3, "Huisartsenpraktijk Linde");
  assert_alias (renderer, &options, WK_NODE_ACTOR, 5, "Wijkraad Lindewaard");
  assert_alias (renderer, &options, WK_NODE_INITIATIVE, 7, "Buurttuin");

  /* the same in another session that reads the records in another order */
  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    {
      const WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *here = wk_renderer_dup_node_text (renderer, &options, i);
      g_autofree char *there = alias_of (other_renderer, &options, node->kind, node->record_id);

      g_assert_cmpstr (here, ==, there);
    }

  /* every text drawn is the alias, the labels too, and no name anywhere */
  cairo_translate (cr, 100, 300);
  wk_renderer_draw (renderer, cr, &options);
  wk_renderer_draw_legend (renderer, cr, &options, 0);
  g_assert_true (has_string (texts, "Sleutelfiguur 1"));
  g_assert_true (has_string (texts, "Sleutelfiguur 2"));
  g_assert_true (has_string (texts, "Huisarts"));
  g_assert_true (has_string (texts, person_1));
  g_assert_true (has_string (texts, "Huisartsenpraktijk Linde"));
  g_assert_false (has_string (texts, "Sleutelfiguur"));
  for (guint k = 0; k < G_N_ELEMENTS (alias_names); k++)
    g_assert_false (has_substring (texts, alias_names[k]));

  /* labels laid out for the names are not reused for the aliases, nor back */
  options.hide_personal_data = FALSE;
  g_ptr_array_set_size (texts, 0);
  wk_renderer_draw (renderer, cr, &options);
  g_assert_true (has_string (texts, "Kees Visser"));
  g_assert_false (has_substring (texts, "Sleutelfiguur"));
  options.hide_personal_data = TRUE;
  g_ptr_array_set_size (texts, 0);
  wk_renderer_draw (renderer, cr, &options);
  g_assert_true (has_string (texts, "Sleutelfiguur 2"));
  g_assert_false (has_substring (texts, "Kees"));

  /* a role changed in place: counted again after invalidating */
  {
    WkNetworkNode *gp = wk_network_get_node (network, wk_network_find_node (network, WK_NODE_ACTOR, 12));

    g_free (gp->role);
    gp->role = g_strdup ("Sleutelfiguur");
    wk_renderer_invalidate (renderer);
    assert_alias (renderer, &options, WK_NODE_ACTOR, 7, "Sleutelfiguur 1");
    assert_alias (renderer, &options, WK_NODE_ACTOR, 12, "Sleutelfiguur 2");
    assert_alias (renderer, &options, WK_NODE_ACTOR, 42, "Sleutelfiguur 3");
    g_ptr_array_set_size (texts, 0);
    wk_renderer_draw (renderer, cr, &options);
    g_assert_true (has_string (texts, "Sleutelfiguur 3"));
    g_assert_false (has_string (texts, "Huisarts"));
  }

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The exports carry the same numbers as the screen */
static void
test_aliases_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WkNetwork) network = alias_network (FALSE);
  g_autofree char *path = g_build_filename (f->dir, "aliases.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(SvgTexts) svg = NULL;
  g_autoptr(GError) error = NULL;
  WkRenderOptions ropts;
  WkExportOptions options;

  wk_render_options_init (&ropts);
  wk_export_options_init (&options);
  options.format = WK_EXPORT_SVG;
  g_assert_true (options.hide_personal_data);
  g_assert_true (wk_export_network (network, &ropts, &options, path, &error));
  g_assert_no_error (error);
  svg = read_svg (path, &contents);
  g_assert_true (has_string (svg->texts, "Sleutelfiguur 1"));
  g_assert_true (has_string (svg->texts, "Sleutelfiguur 2"));
  g_assert_true (has_string (svg->titles, "Sleutelfiguur 2"));
  g_assert_true (has_string (svg->texts, "Huisarts"));
  g_assert_true (has_string (svg->texts, "Huisartsenpraktijk Linde"));
  g_assert_false (has_string (svg->texts, "Sleutelfiguur"));
  for (guint k = 0; k < G_N_ELEMENTS (alias_names); k++)
    g_assert_null (strstr (contents, alias_names[k]));

  if (g_find_program_in_path ("pdftotext"))
    {
      g_autofree char *pdf = g_build_filename (f->dir, "aliases.pdf", NULL);
      g_autofree char *text_path = g_build_filename (f->dir, "aliases.txt", NULL);
      g_autofree char *text = NULL;

      options.format = WK_EXPORT_PDF;
      g_assert_true (wk_export_network (network, &ropts, &options, pdf, &error));
      g_assert_no_error (error);
      g_free (run ((const char * const []) { "pdftotext", "-enc", "UTF-8", pdf, text_path, NULL }));
      g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));
      g_assert_nonnull (strstr (text, "Sleutelfiguur 1"));
      g_assert_nonnull (strstr (text, "Sleutelfiguur 2"));
      g_assert_nonnull (strstr (text, "Huisartsenpraktijk Linde"));
      for (guint k = 0; k < G_N_ELEMENTS (alias_names); k++)
        g_assert_null (strstr (text, alias_names[k]));
    }
  else
    g_test_message ("pdftotext (poppler-utils) is not installed: the PDF is not read back");
}

/* A view that caches the background layer and draws the foreground over
 * it gets the very pixels of drawing it all at once. */
static cairo_surface_t *
draw_layers (WkNetwork             *network,
             WkRenderer            *renderer,
             const WkRenderOptions *options,
             gboolean               layered)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 700, 500);
  cairo_t *cr = cairo_create (surface);
  WkRenderOptions o = *options;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, 350, 250);
  if (!layered)
    wk_renderer_draw (renderer, cr, &o);
  else
    {
      o.layer = WK_RENDER_LAYER_BACKGROUND;
      wk_renderer_draw (renderer, cr, &o);
      o.layer = WK_RENDER_LAYER_FOREGROUND;
      wk_renderer_draw (renderer, cr, &o);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  guint n = 0;

  /* pixels, not bytes */
  for (int i = 0; i < stride * height; i += 4)
    n += abs ((int) pa[i] - (int) pb[i]) > 2 || abs ((int) pa[i + 1] - (int) pb[i + 1]) > 2 ||
         abs ((int) pa[i + 2] - (int) pb[i + 2]) > 2;
  return n;
}

static void
test_layers (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(WkRenderer) renderer = wk_renderer_new (f->network);
  cairo_surface_t *all, *layered, *plain;
  WkRenderOptions options;

  wk_render_options_init (&options);
  plain = draw_layers (f->network, renderer, &options, FALSE);
  options.highlight = 3;
  options.selected = 0;
  all = draw_layers (f->network, renderer, &options, FALSE);
  layered = draw_layers (f->network, renderer, &options, TRUE);
  g_assert_cmpuint (count_differences (all, layered), ==, 0);
  /* and the hover does change the picture */
  g_assert_cmpuint (count_differences (all, plain), >, 1000);
  cairo_surface_destroy (layered);

  /* dragging node 3: the background leaves it out, the foreground has it */
  options.highlight = -1;
  options.selected = -1;
  options.foreground = 3;
  options.layer = WK_RENDER_LAYER_BACKGROUND;
  layered = draw_layers (f->network, renderer, &options, FALSE);
  g_assert_cmpuint (count_differences (plain, layered), >, 200);
  cairo_surface_destroy (layered);
  layered = draw_layers (f->network, renderer, &options, TRUE);
  /* only antialiased borders of the neighbours drawn twice may differ */
  g_assert_cmpuint (count_differences (plain, layered), <, 1000);

  cairo_surface_destroy (layered);
  cairo_surface_destroy (all);
  cairo_surface_destroy (plain);
}

/* ---- a sample of about 30 nodes to look at ---- */

static WkNetwork *
sample_network (void)
{
  static const struct { const char *name, *kind, *type, *type_label, *role; } actors[] = {
    { "Fatima El Amrani", "person", "sleutelfiguur", "Sleutelfiguur", "Buurtmoeder" },
    { "Kees Visser", "person", "sleutelfiguur", "Sleutelfiguur", "Voorzitter bewonerscommissie" },
    { "Samira Bouzid", "person", "sleutelfiguur", "Sleutelfiguur", NULL },
    { "Henk de Boer", "person", "ondernemer", "Lokale ondernemer", "Bakker" },
    { "Buurthuis De Kroon", "organisation", "buurthuis", "Buurthuis", NULL },
    { "Bewonersvereniging Lindewaard", "organisation", "bewonersorganisatie", "Bewonersorganisatie", NULL },
    { "VV Lindewaard", "organisation", "sportclub", "Sportclub", NULL },
    { "Moskee Al Fath", "place", "gebedshuis", "Gebedshuis", NULL },
    { "Sint-Jozefkerk", "place", "gebedshuis", "Gebedshuis", NULL },
    { "Basisschool De Regenboog", "organisation", "school", "School", NULL },
    { "Huisartsenpraktijk Linde", "organisation", "huisarts-zorg", "Huisarts en zorg", NULL },
    { "Bibliotheek Zuid", "place", "bibliotheek", "Bibliotheek", NULL },
    { "Woonstad", "organisation", "woningcorporatie", "Woningcorporatie", NULL },
    { "Welzijn Zuid", "organisation", "welzijnsorganisatie", "Welzijnsorganisatie", NULL },
    { "Wijkraad Lindewaard", "group", "wijkraad", "Wijkraad", NULL },
    { "Energie Coöperatie Linde", "organisation", "energiecooperatie", "Energiecoöperatie", NULL },
    { "Gemeente — wijkmanager", "organisation", "gemeente", "Gemeente", NULL },
    { "Marokkaanse vrouwengroep", "group", "vereniging", "Vereniging", NULL },
    { "Turks cultureel centrum", "place", "cultureel-centrum", "Cultureel centrum", NULL },
    { "Jongeren van het plein", "group", "other", "Overig", NULL },
    { "Repair café", "group", "vereniging", "Vereniging", NULL },
    { "Mieke Jansen", "person", "sleutelfiguur", "Sleutelfiguur", "Mantelzorger" },
    { "Ahmet Yilmaz", "person", "sleutelfiguur", "Sleutelfiguur", "Imam" },
    { "Speeltuinvereniging", "group", "vereniging", "Vereniging", NULL },
    { "مركز الحي", "place", "cultureel-centrum", "Cultureel centrum", NULL },
  };
  static const char *initiatives[] = {
    "Buurttuin 🌻", "Eettafel op woensdag", "Taalcafé", "Zwerfafval-ploeg", "Kerstmarkt",
  };
  static const char *relation_types[][2] = {
    { "knows", "Kent" }, { "works-with", "Werkt samen met" }, { "member-of", "Is lid van" },
    { "funds", "Financiert" }, { "reaches", "Bereikt" }, { "trusts", "Vertrouwt" },
  };
  WkNetwork *network = wk_network_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n, n_edges;
  g_autofree double *x = NULL, *y = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    add_node (network, WK_NODE_ACTOR, actors[i].name, actors[i].kind, actors[i].type,
              actors[i].type_label, actors[i].role, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (initiatives); i++)
    add_node (network, WK_NODE_INITIATIVE, initiatives[i], NULL, "running", NULL, NULL, 0, 0);
  n = wk_network_get_n_nodes (network);

  /* a few clusters around the community centre, the church, the mosque */
  for (guint i = 0; i < n; i++)
    {
      static const guint hubs[] = { 4, 7, 8, 13 };
      guint hub = hubs[g_rand_int_range (rand, 0, G_N_ELEMENTS (hubs))];
      guint other = g_rand_int_range (rand, 0, n);

      if (hub != i)
        add_edge (network, i, hub, relation_types[g_rand_int_range (rand, 0, 6)][0],
                  relation_types[g_rand_int_range (rand, 0, 6)][1], g_rand_int_range (rand, 1, 4),
                  g_rand_boolean (rand));
      if (other != i && g_rand_boolean (rand))
        add_edge (network, i, other, "knows", "Kent", g_rand_int_range (rand, 1, 4), FALSE);
    }
  /* labels must agree with the keys for the legend: set them from the key */
  n_edges = wk_network_get_n_edges (network);
  for (guint e = 0; e < n_edges; e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (network, e);

      for (guint t = 0; t < G_N_ELEMENTS (relation_types); t++)
        if (g_strcmp0 (edge->type_key, relation_types[t][0]) == 0)
          {
            g_free (edge->type_label);
            edge->type_label = g_strdup (relation_types[t][1]);
          }
    }

  /* Fruchterman–Reingold, enough to look like a layout */
  x = g_new (double, n);
  y = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      x[i] = g_rand_double_range (rand, -300, 300);
      y[i] = g_rand_double_range (rand, -300, 300);
    }
  for (int iter = 0; iter < 400; iter++)
    {
      double k = 110., t = 40. * (1. - iter / 400.) + 1.;
      g_autofree double *dx = g_new0 (double, n), *dy = g_new0 (double, n);

      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          if (i != j)
            {
              double ex = x[i] - x[j], ey = y[i] - y[j], d = MAX (hypot (ex, ey), 1.);

              dx[i] += ex / d * k * k / d;
              dy[i] += ey / d * k * k / d;
            }
      for (guint e = 0; e < n_edges; e++)
        {
          const WkNetworkEdge *edge = wk_network_get_edge (network, e);
          double ex = x[edge->source] - x[edge->target], ey = y[edge->source] - y[edge->target];
          double d = MAX (hypot (ex, ey), 1.);

          dx[edge->source] -= ex / d * d * d / k;
          dy[edge->source] -= ey / d * d * d / k;
          dx[edge->target] += ex / d * d * d / k;
          dy[edge->target] += ey / d * d * d / k;
        }
      for (guint i = 0; i < n; i++)
        {
          double d = MAX (hypot (dx[i], dy[i]), 1e-9);

          x[i] += dx[i] / d * MIN (d, t);
          y[i] += dy[i] / d * MIN (d, t);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);

      node->x = x[i];
      node->y = y[i];
    }
  return network;
}

/* Writes the sample into the build folder, to be looked at; checks only
 * that the files are there and poppler can render the PDF. */
static void
test_samples (void)
{
  g_autoptr(WkNetwork) network = sample_network ();
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "render-samples", NULL);
  int communities[30];
  double metric[30];
  WkRenderOptions ropts;
  WkExportOptions options;
  struct { const char *name; WkExportFormat format; WkPaperSize paper; WkOrientation orientation;
           WkCommunityMode mode; gboolean names; } samples[] = {
    { "sample.png", WK_EXPORT_PNG, 0, 0, -1, FALSE },
    { "sample-names.svg", WK_EXPORT_SVG, 0, 0, -1, TRUE },
    { "sample-a4.pdf", WK_EXPORT_PDF, WK_PAPER_A4, WK_ORIENTATION_LANDSCAPE, -1, FALSE },
    { "sample-a4-portrait.pdf", WK_EXPORT_PDF, WK_PAPER_A4, WK_ORIENTATION_PORTRAIT, WK_COMMUNITY_HULL, TRUE },
    { "sample-communities.png", WK_EXPORT_PNG, 0, 0, WK_COMMUNITY_COLOR, TRUE },
  };

  g_assert_cmpint (wk_network_get_n_nodes (network), ==, 30);
  g_mkdir_with_parents (dir, 0755);
  for (guint i = 0; i < 30; i++)
    {
      communities[i] = (i * 7) % 4;
      metric[i] = (i % 5) * (i % 3);
    }

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (dir, samples[s].name, NULL);

      wk_render_options_init (&ropts);
      wk_export_options_init (&options);
      if ((int) samples[s].mode >= 0)
        {
          ropts.communities = communities;
          ropts.community_mode = samples[s].mode;
          ropts.node_metric = metric;
        }
      options.format = samples[s].format;
      options.paper = samples[s].paper;
      options.orientation = samples[s].orientation;
      options.hide_personal_data = !samples[s].names;
      options.title = "Lindewaard";
      options.dpi = 110.;
      g_assert_true (wk_export_network (network, &ropts, &options, path, &error));
      g_assert_no_error (error);
      if (samples[s].format == WK_EXPORT_PDF && g_find_program_in_path ("pdftoppm"))
        {
          g_autofree char *prefix = g_strndup (path, strlen (path) - 4);

          g_free (run ((const char * const []) { "pdftoppm", "-png", "-r", "100", "-singlefile",
                                                 path, prefix, NULL }));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/svg-text", Fixture, NULL, fixture_setup, test_svg_text, fixture_teardown);
  g_test_add ("/export/svg-private", Fixture, NULL, fixture_setup, test_svg_private, fixture_teardown);
  g_test_add ("/export/pdf", Fixture, NULL, fixture_setup, test_pdf, fixture_teardown);
  g_test_add ("/export/pdf-paper", Fixture, NULL, fixture_setup, test_pdf_paper, fixture_teardown);
  g_test_add ("/export/png", Fixture, NULL, fixture_setup, test_png, fixture_teardown);
  g_test_add ("/export/errors", Fixture, NULL, fixture_setup, test_errors, fixture_teardown);
  g_test_add ("/export/renderer", Fixture, NULL, fixture_setup, test_renderer, fixture_teardown);
  g_test_add ("/export/layers", Fixture, NULL, fixture_setup, test_layers, fixture_teardown);
  g_test_add ("/export/aliases", Fixture, NULL, fixture_setup, test_aliases, fixture_teardown);
  g_test_add ("/export/aliases-export", Fixture, NULL, fixture_setup, test_aliases_export, fixture_teardown);
  g_test_add_func ("/export/samples", test_samples);

  return g_test_run ();
}

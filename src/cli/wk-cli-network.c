/* wk-cli-network.c: `wijkkaart metrics` and `wijkkaart export`, the network of a wijk without a window
 * SPDX-License-Identifier: EUPL-1.2
 *
 * metrics prints a table for scripts: always UTF-8 and numbers with a
 * point, whatever the locale says; a name's tabs, line breaks and other
 * control characters are printed as spaces so that every row stays one
 * line of seven fields. Notes for people (communities, modularity) go to
 * stderr, so stdout stays a clean table.
 *
 * export draws what the window draws. A wijk whose diagram was never laid
 * out, or has actors added since, is laid out first (the automatic engine,
 * saved and pinned places kept) and the new places are saved, so that the
 * window and the next export show the same picture. They are saved before
 * the file is written: a layout is worth keeping even when the file cannot
 * be. Every format is written beside the file and renamed over it, so a
 * failed export leaves no half file and an older file as it was.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "wk-analysis.h"
#include "wk-cli-private.h"
#include "wk-dot.h"
#include "wk-export.h"
#include "wk-format.h"
#include "wk-graphml.h"
#include "wk-layout.h"
#include "wk-network.h"
#include "wk-renderer.h"

/* fixed, so that the same database gives the same communities every time */
#define ANALYSIS_SEED 1

/* Finding the wijk -------------------------------------------------------- */

/* The wijk of exactly this name, or else the first whose name folds to the
 * same (as `import --wijk` matches). */
static WkWijk *
find_wijk (WkStore     *store,
           const char  *name,
           GError     **error)
{
  GListModel *wijken = wk_store_get_wijken (store);
  guint n = g_list_model_get_n_items (wijken);
  g_autofree char *folded = wk_fold_name (name, -1);
  g_autoptr(WkWijk) similar = NULL;
  g_autoptr(GString) names = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);
      g_autofree char *other = wk_fold_name (wk_wijk_get_name (wijk), -1);

      if (g_str_equal (wk_wijk_get_name (wijk), name))
        return g_steal_pointer (&wijk);
      if (similar == NULL && g_str_equal (folded, other))
        similar = g_steal_pointer (&wijk);
    }
  if (similar != NULL)
    return g_steal_pointer (&similar);

  if (n == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no wijk “%s”: the database has no wijken yet."), name);
      return NULL;
    }

  names = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append_printf (names, "“%s”", wk_wijk_get_name (wijk));
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               g_dngettext (GETTEXT_PACKAGE,
                            "There is no wijk “%s”. The database has this wijk: %s.",
                            "There is no wijk “%s”. The database has these wijken: %s.", n),
               name, names->str);
  return NULL;
}

/* metrics ----------------------------------------------------------------- */

/* A field of the table: valid UTF-8, and no character that a spreadsheet or
 * Python's splitlines() takes for the end of a field or a line. */
static void
append_field (GString    *line,
              const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029)
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }
}

static void
append_number (GString *line,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (line, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
}

static const char *
bridges_key (WkBridgeFlags flags)
{
  if ((flags & WK_BRIDGE_COMMUNITIES) && (flags & WK_BRIDGE_TYPES))
    return "communities,types";
  if (flags & WK_BRIDGE_COMMUNITIES)
    return "communities";
  if (flags & WK_BRIDGE_TYPES)
    return "types";
  return "";
}

typedef struct {
  guint   node;
  gint64  betweenness;   /* in millionths, as printed */
  char   *name;          /* as printed */
} Row;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a;
  const Row *y = b;
  int names;

  if (x->betweenness != y->betweenness)
    return x->betweenness > y->betweenness ? -1 : 1;
  names = wk_compare_names (x->name, y->name);
  if (names != 0)
    return names;
  return x->node < y->node ? -1 : x->node > y->node;
}

static void
row_clear (gpointer data)
{
  g_free (((Row *) data)->name);
}

int
_wk_cli_metrics (int    argc,
                 char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *wijk_name = NULL;
  gboolean hide_personal_data = FALSE;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use this database file instead of your own"), N_("FILE") },
    { "wijk", 'w', 0, G_OPTION_ARG_STRING, &wijk_name,
      N_("The wijk whose network to measure"), N_("NAME") },
    { "hide-personal-data", 0, 0, G_OPTION_ARG_NONE, &hide_personal_data,
      N_("Show persons by their role or type instead of their name"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(WkWijk) wijk = NULL;
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(WkAnalysis) analysis = NULL;
  g_autoptr(WkRenderer) renderer = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GString) table = NULL;
  WkRenderOptions render_options;
  char modularity[G_ASCII_DTOSTR_BUF_SIZE];
  guint n, n_communities;

  g_option_context_set_summary (context, _(_wk_cli_get_summary ("metrics")));
  g_option_context_set_description (context,
                                    _("The table has a header line and one line per actor, "
                                      "highest betweenness first. Betweenness is normalised "
                                      "to 0–1; weighted betweenness counts a strong tie as a "
                                      "shorter path. Communities are numbered from 1, largest "
                                      "first. Tabs and line breaks in names are printed as "
                                      "spaces. The number of communities and the modularity "
                                      "are noted on standard error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("wijkkaart metrics: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr (_("wijkkaart metrics: unexpected argument “%s”\n"), argv[1]);
      return 2;
    }
  if (wijk_name == NULL || *g_strstrip (wijk_name) == '\0')
    {
      g_printerr (_("wijkkaart metrics: say which wijk to measure with --wijk NAME\n"));
      return 2;
    }

  store = _wk_cli_open_store (database, &error);
  if (store == NULL)
    {
      g_printerr ("wijkkaart: %s\n", error->message);
      return 1;
    }
  wijk = find_wijk (store, wijk_name, &error);
  if (wijk != NULL)
    network = wk_network_new_from_store (store, wijk, FALSE, &error);
  if (network != NULL)
    analysis = wk_analysis_new (network, ANALYSIS_SEED, NULL, &error);
  if (analysis == NULL)
    {
      g_printerr ("wijkkaart metrics: %s\n", error->message);
      return 1;
    }

  wk_render_options_init (&render_options);
  render_options.hide_personal_data = hide_personal_data;
  renderer = wk_renderer_new (network);

  n = wk_network_get_n_nodes (network);
  rows = g_array_sized_new (FALSE, FALSE, sizeof (Row), n);
  g_array_set_clear_func (rows, row_clear);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      g_autofree char *text = wk_renderer_dup_node_text (renderer, &render_options, i);
      Row row = { i, llround (wk_analysis_get_betweenness (analysis, i) * 1e6), NULL };

      append_field (name, text);
      row.name = g_string_free (g_steal_pointer (&name), FALSE);
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);

  table = g_string_new ("name\ttype\tdegree\tbetweenness\tweighted_betweenness\tcommunity\tbridges\n");
  for (guint r = 0; r < rows->len; r++)
    {
      const Row *row = &g_array_index (rows, Row, r);
      const WkNetworkNode *node = wk_network_get_node (network, row->node);

      g_string_append (table, row->name);
      g_string_append_c (table, '\t');
      append_field (table, node->type_label);
      g_string_append_printf (table, "\t%u\t", wk_analysis_get_degree (analysis, row->node));
      append_number (table, wk_analysis_get_betweenness (analysis, row->node));
      g_string_append_c (table, '\t');
      append_number (table, wk_analysis_get_weighted_betweenness (analysis, row->node));
      g_string_append_printf (table, "\t%u\t%s\n", wk_analysis_get_community (analysis, row->node) + 1,
                              bridges_key (wk_analysis_get_bridge_flags (analysis, row->node)));
    }
  /* the bytes as they are: g_print() would convert them to the locale's
   * character set, and a script reading the table expects UTF-8 */
  fwrite (table->str, 1, table->len, stdout);
  if (fflush (stdout) != 0)
    {
      g_printerr (_("wijkkaart metrics: the table could not be written: %s\n"), g_strerror (errno));
      return 1;
    }

  n_communities = wk_analysis_get_n_communities (analysis);
  g_ascii_formatd (modularity, sizeof modularity, "%.3f", wk_analysis_get_modularity (analysis));
  /* TRANSLATORS: a note after the table: "wijkkaart metrics: 4 communities, modularity 0.412" */
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "wijkkaart metrics: %u community, modularity %s\n",
                           "wijkkaart metrics: %u communities, modularity %s\n", n_communities),
              n_communities, modularity);
  return 0;
}

/* export ------------------------------------------------------------------ */

typedef enum {
  FORMAT_SVG,
  FORMAT_PNG,
  FORMAT_PDF,
  FORMAT_DOT,
  FORMAT_GRAPHML,
} Format;

static const struct {
  const char *name;
  const char *extension;
  Format      format;
} formats[] = {
  { "svg", ".svg", FORMAT_SVG },
  { "png", ".png", FORMAT_PNG },
  { "pdf", ".pdf", FORMAT_PDF },
  { "dot", ".dot", FORMAT_DOT },
  { "dot", ".gv", FORMAT_DOT },
  { "graphml", ".graphml", FORMAT_GRAPHML },
};

static gboolean
format_for_name (const char *name,
                 Format     *format)
{
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

static gboolean
format_for_path (const char *path,
                 Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  WkExportFormat image;

  if (wk_export_format_for_path (path, &image))
    {
      *format = image == WK_EXPORT_SVG ? FORMAT_SVG : image == WK_EXPORT_PNG ? FORMAT_PNG : FORMAT_PDF;
      return TRUE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].extension))
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

static gboolean
paper_for_name (const char  *name,
                WkPaperSize *paper)
{
  static const char *names[] = {
    [WK_PAPER_A4] = "a4", [WK_PAPER_A3] = "a3", [WK_PAPER_A2] = "a2",
    [WK_PAPER_A1] = "a1", [WK_PAPER_A0] = "a0",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *paper = (WkPaperSize) i;
        return TRUE;
      }
  return FALSE;
}

/* The whole file or nothing: written beside it and renamed over it. */
static gboolean
write_text (const char  *path,
            GString     *text,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, text->str, text->len, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_autofree char *display = g_filename_display_name (path);

      /* the same message as the image exports (wk-export.c) */
      g_set_error (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_WRITE,
                   _("Could not save “%s”: %s"), display, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Places the nodes that have no place yet, and saves the places. */
static gboolean
lay_out (WkStore    *store,
         WkWijk     *wijk,
         WkNetwork  *network,
         GError    **error)
{
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GError) save_error = NULL;
  WkLayoutOptions options;
  guint n = wk_network_get_n_nodes (network);
  guint n_new = 0;

  for (guint i = 0; i < n; i++)
    if (!wk_network_get_node (network, i)->has_position)
      n_new++;
  if (n_new == 0)
    return TRUE;

  wk_layout_options_init (&options);
  options.engine = WK_LAYOUT_ENGINE_AUTOMATIC;
  options.from_scratch = FALSE;
  points = wk_layout_run (network, &options, NULL, error);
  if (points == NULL)
    return FALSE;
  wk_layout_apply (network, points);

  positions = wk_network_get_positions (network);
  if (!wk_store_save_layout (store, wijk, (const WkPosition *) positions->data, positions->len,
                             FALSE, &save_error))
    {
      /* the export can still be made; only the next one may look different */
      g_printerr (_("wijkkaart export: warning: the new places in the diagram could not be saved: %s\n"),
                  save_error->message);
      return TRUE;
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "wijkkaart export: %u actor or initiative had no place in the diagram yet. "
                           "The network was laid out and the new places were saved in the database, "
                           "so the window and later exports show the same picture.\n",
                           "wijkkaart export: %u actors or initiatives had no place in the diagram yet. "
                           "The network was laid out and the new places were saved in the database, "
                           "so the window and later exports show the same picture.\n",
                           n_new),
              n_new);
  return TRUE;
}

int
_wk_cli_export (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *wijk_name = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  gboolean show_personal_data = FALSE;
  gboolean portrait = FALSE;
  gboolean with_initiatives = FALSE;
  double dpi = 0.;
  int width = 0;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use this database file instead of your own"), N_("FILE") },
    { "wijk", 'w', 0, G_OPTION_ARG_STRING, &wijk_name,
      N_("The wijk whose network to export"), N_("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; replaced if it exists"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("svg, png, pdf, dot or graphml (default: from the file name)"), N_("FORMAT") },
    { "show-personal-data", 0, 0, G_OPTION_ARG_NONE, &show_personal_data,
      N_("Show persons by name (by default they are shown by their role or type)"), NULL },
    { "with-initiatives", 0, 0, G_OPTION_ARG_NONE, &with_initiatives,
      N_("Include the initiatives and who takes part in them"), NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name,
      N_("PDF: the paper size, a4 (default), a3, a2, a1 or a0"), N_("SIZE") },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &portrait,
      N_("PDF: upright paper instead of landscape"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi,
      N_("PNG: the resolution in dots per inch (default: 150)"), N_("N") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("PNG: the width in pixels, instead of --dpi"), N_("PX") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(WkWijk) wijk = NULL;
  g_autoptr(WkNetwork) network = NULL;
  WkRenderOptions render_options;
  WkExportOptions export_options;
  WkPaperSize paper = WK_PAPER_A4;
  Format format;
  gboolean ok;

  g_option_context_set_summary (context, _(_wk_cli_get_summary ("export")));
  g_option_context_set_description (context,
                                    _("Actors that have no place in the diagram yet are laid out "
                                      "first, and their places are saved, as the window does. "
                                      "The title is the wijk's name, with today's date."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("wijkkaart export: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr (_("wijkkaart export: unexpected argument “%s”\n"), argv[1]);
      return 2;
    }
  if (wijk_name == NULL || *g_strstrip (wijk_name) == '\0')
    {
      g_printerr (_("wijkkaart export: say which wijk to export with --wijk NAME\n"));
      return 2;
    }
  if (output == NULL || *output == '\0')
    {
      g_printerr (_("wijkkaart export: say which file to write with -o FILE\n"));
      return 2;
    }
  if (format_name != NULL)
    {
      if (!format_for_name (format_name, &format))
        {
          g_printerr (_("wijkkaart export: unknown format “%s”: use svg, png, pdf, dot or graphml\n"),
                      format_name);
          return 2;
        }
    }
  else if (!format_for_path (output, &format))
    {
      g_autofree char *display = g_filename_display_name (output);

      g_printerr (_("wijkkaart export: the file name “%s” does not say which format to write: "
                    "add --format svg, png, pdf, dot or graphml\n"), display);
      return 2;
    }
  if (paper_name != NULL && !paper_for_name (paper_name, &paper))
    {
      g_printerr (_("wijkkaart export: unknown paper size “%s”: use a4, a3, a2, a1 or a0\n"), paper_name);
      return 2;
    }
  if (dpi != 0. && width != 0)
    {
      g_printerr (_("wijkkaart export: give --dpi or --width, not both\n"));
      return 2;
    }
  if (dpi < 0. || !isfinite (dpi) || width < 0)
    {
      g_printerr (_("wijkkaart export: --dpi and --width need a number above zero\n"));
      return 2;
    }

  store = _wk_cli_open_store (database, &error);
  if (store == NULL)
    {
      g_printerr ("wijkkaart: %s\n", error->message);
      return 1;
    }
  wijk = find_wijk (store, wijk_name, &error);
  if (wijk != NULL)
    network = wk_network_new_from_store (store, wijk, with_initiatives, &error);
  if (network == NULL)
    {
      g_printerr ("wijkkaart export: %s\n", error->message);
      return 1;
    }
  if (!lay_out (store, wijk, network, &error))
    {
      g_printerr (_("wijkkaart export: the network could not be laid out, nothing was written: %s\n"),
                  error->message);
      return 1;
    }

  switch (format)
    {
    case FORMAT_DOT:
    case FORMAT_GRAPHML:
      {
        g_autoptr(GString) text = g_string_new (NULL);

        if (format == FORMAT_DOT)
          wk_dot_write (network, WK_DOT_POSITIONS | (show_personal_data ? 0 : WK_DOT_REDACT_PERSONAL),
                        text);
        else
          wk_graphml_write (network, WK_GRAPHML_POSITIONS |
                                     (show_personal_data ? 0 : WK_GRAPHML_REDACT_PERSONAL),
                            text);
        ok = write_text (output, text, &error);
      }
      break;

    case FORMAT_SVG:
    case FORMAT_PNG:
    case FORMAT_PDF:
    default:
      wk_render_options_init (&render_options);
      render_options.hide_personal_data = !show_personal_data;
      wk_export_options_init (&export_options);
      export_options.format = format == FORMAT_SVG ? WK_EXPORT_SVG
                              : format == FORMAT_PNG ? WK_EXPORT_PNG : WK_EXPORT_PDF;
      export_options.title = wk_wijk_get_name (wijk);
      export_options.date = NULL;
      export_options.hide_personal_data = !show_personal_data;
      export_options.paper = paper;
      export_options.orientation = portrait ? WK_ORIENTATION_PORTRAIT : WK_ORIENTATION_LANDSCAPE;
      if (width > 0)
        export_options.png_width = width;
      if (dpi > 0.)
        export_options.dpi = dpi;
      ok = wk_export_network (network, &render_options, &export_options, output, &error);
      break;
    }

  if (!ok)
    {
      g_printerr ("wijkkaart export: %s\n", error->message);
      return 1;
    }
  return 0;
}

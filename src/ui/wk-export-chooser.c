/* wk-export-chooser.c: where and how to export the network diagram
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A native file chooser (a portal in a flatpak) with the export's choices
 * beside the file name: personal data hidden (the default) or shown, the
 * paper and orientation of a PDF, the resolution of a PNG. The format
 * follows the file name's extension. What is exported is the diagram as
 * the view draws it when the user confirms: the same filter, colours and
 * positions.
 */
#include <glib/gi18n.h>

#include "wk-export.h"
#include "wk-export-chooser.h"
#include "wk-window.h"

typedef struct
{
  WkNetworkView *view;
  char          *title;
} Export;

static GtkNativeDialog *shown;

static void
export_free (Export *export)
{
  shown = NULL;
  g_object_unref (export->view);
  g_free (export->title);
  g_free (export);
}

/**
 * wk_export_chooser_write:
 * @path: the file; without a known extension, ".pdf" is added
 * @choices: the chooser's choices, as "personal", "paper", "orientation"
 *   and "dpi" with their values; missing ones take the defaults
 *
 * Writes the diagram as @view draws it now. What the chooser does when the
 * user confirms.
 *
 * Returns: (transfer full): the path written, or %NULL
 */
char *
wk_export_chooser_write (WkNetworkView  *view,
                         const char     *title,
                         const char     *path,
                         GHashTable     *choices,
                         GError        **error)
{
  WkNetwork *network = wk_network_view_get_network (view);
  g_autofree char *target = g_strdup (path);
  const char *paper, *orientation, *personal, *resolution;
  WkExportOptions options;
  WkRenderOptions render;

  g_return_val_if_fail (WK_IS_NETWORK_VIEW (view), NULL);
  g_return_val_if_fail (network != NULL, NULL);

  wk_export_options_init (&options);
  if (!wk_export_format_for_path (target, &options.format))
    {
      g_free (target);
      target = g_strconcat (path, ".pdf", NULL);
      options.format = WK_EXPORT_PDF;
    }
  paper = choices != NULL ? g_hash_table_lookup (choices, "paper") : NULL;
  orientation = choices != NULL ? g_hash_table_lookup (choices, "orientation") : NULL;
  personal = choices != NULL ? g_hash_table_lookup (choices, "personal") : NULL;
  resolution = choices != NULL ? g_hash_table_lookup (choices, "dpi") : NULL;
  options.paper = g_strcmp0 (paper, "a3") == 0 ? WK_PAPER_A3 : g_strcmp0 (paper, "a0") == 0 ? WK_PAPER_A0 : WK_PAPER_A4;
  options.orientation = g_strcmp0 (orientation, "portrait") == 0 ? WK_ORIENTATION_PORTRAIT : WK_ORIENTATION_LANDSCAPE;
  options.hide_personal_data = g_strcmp0 (personal, "show") != 0;
  options.dpi = resolution != NULL ? g_ascii_strtod (resolution, NULL) : 150;
  options.title = title;

  /* the picture on screen: the same filter, colours and positions; not the
   * hover, nor the selection */
  render = *wk_network_view_get_render_options (view);
  render.highlight = -1;
  render.selected = -1;
  render.min_label_pixels = 0;
  if (!wk_export_network (network, &render, &options, target, error))
    return NULL;
  return g_steal_pointer (&target);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    Export          *export)
{
  static const char * const names[] = { "personal", "paper", "orientation", "dpi" };
  g_autoptr(GHashTable) choices = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || wk_network_view_get_network (export->view) == NULL)
    {
      export_free (export);
      g_object_unref (dialog);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_hash_table_insert (choices, (gpointer) names[i],
                         (gpointer) gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), names[i]));
  written = path != NULL ? wk_export_chooser_write (export->view, export->title, path, choices, &error) : NULL;
  if (written == NULL)
    wk_window_toast_for (GTK_WIDGET (export->view),
                         error != NULL ? error->message : _("Choose a file on this computer to export to."));
  else
    {
      g_autofree char *name = g_path_get_basename (written);
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      wk_window_toast_for (GTK_WIDGET (export->view), message);
    }
  export_free (export);
  g_object_unref (dialog);
}

/* The chooser in view, for tests. */
GtkNativeDialog *
_wk_export_chooser_get_shown (void)
{
  return shown;
}

/**
 * wk_export_chooser_run:
 * @view: the diagram to export as it is drawn when the user confirms
 * @title: (nullable): the wijk's name, for the title and the file name
 */
void
wk_export_chooser_run (WkNetworkView *view,
                       const char    *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (view));
  Export *export;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  const char *papers[] = { "a4", "a3", "a0", NULL };
  const char *paper_labels[] = { "A4", "A3", "A0", NULL };
  const char *orientations[] = { "landscape", "portrait", NULL };
  const char *orientation_labels[] = { _("Landscape"), _("Portrait"), NULL };
  const char *personal[] = { "hide", "show", NULL };
  const char *personal_labels[] = { _("Hidden: persons by role or type"), _("Shown: names of persons"), NULL };
  const char *dpis[] = { "96", "150", "300", NULL };
  const char *dpi_labels[] = { _("96 dpi (screen)"), _("150 dpi"), _("300 dpi (print)"), NULL };
  const char *patterns[][2] = { { "*.pdf", N_("PDF document") }, { "*.svg", N_("SVG drawing") },
                                { "*.png", N_("PNG image") } };

  g_return_if_fail (WK_IS_NETWORK_VIEW (view));
  dialog = gtk_file_chooser_native_new (_("Export the Diagram"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  name = g_strdup_printf ("%s.pdf", title != NULL ? title : _("Network"));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(patterns[i][1]));
      gtk_file_filter_add_pattern (filter, patterns[i][0]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "personal", _("Personal data"), personal, personal_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "personal", "hide");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "paper", _("Paper (PDF)"), papers, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "paper", "a4");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "orientation", _("Orientation (PDF)"), orientations,
                               orientation_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "orientation", "landscape");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "dpi", _("Resolution (PNG)"), dpis, dpi_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "dpi", "150");
  export = g_new0 (Export, 1);
  export->view = g_object_ref (view);
  export->title = g_strdup (title);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), export);
  shown = GTK_NATIVE_DIALOG (dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* wk-map-files.c: the map page's files: base images, offline maps, exports, GeoJSON, sessions
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Everything that reads or writes a file runs asynchronously, and decoding
 * an image runs in a worker thread, so a 50 MB photo never freezes the
 * window. Exports always hide personal data: a pin at a private address is
 * written at street level and named by role or type, whatever the view shows.
 */
#include <glib/gi18n.h>

#include "wk-geojson.h"
#include "wk-map-export.h"
#include "wk-map-page-private.h"
#include "wk-pin-csv.h"
#include "wk-window.h"

/* Choosing a file ---------------------------------------------------------- */

typedef void (*ChosenFunc) (WkMapPage *self,
                            GFile     *file,
                            gpointer   data);

typedef struct
{
  WkMapPage *self;
  ChosenFunc func;
  char      *data;
} Choice;

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        choice->func (choice->self, file, choice->data);
    }
  g_object_unref (choice->self);
  g_free (choice->data);
  g_free (choice);
  g_object_unref (dialog);
}

static void
choose_file (WkMapPage            *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char * const   *patterns,   /* pairs: pattern, filter name */
             const char           *suggested,
             ChosenFunc            func,
             const char           *data)
{
  GtkFileChooserNative *dialog;
  Choice *choice = g_new0 (Choice, 1);

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  for (guint i = 0; patterns != NULL && patterns[i] != NULL; i += 2)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_auto(GStrv) parts = g_strsplit (patterns[i], " ", -1);

      gtk_file_filter_set_name (filter, _(patterns[i + 1]));
      for (guint k = 0; parts[k] != NULL; k++)
        gtk_file_filter_add_pattern (filter, parts[k]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  if (suggested != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  choice->self = g_object_ref (self);
  choice->func = func;
  choice->data = g_strdup (data);
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_message (WkMapPage  *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Base image ------------------------------------------------------------------ */

typedef struct
{
  GBytes   *bytes;
  char     *content_type;
  gboolean  scaled;
} Prepared;

static void
prepared_free (Prepared *prepared)
{
  g_clear_pointer (&prepared->bytes, g_bytes_unref);
  g_free (prepared->content_type);
  g_free (prepared);
}

static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Prepared *prepared = g_new0 (Prepared, 1);
  GError *error = NULL;

  prepared->bytes = wk_map_image_prepare (task_data, &prepared->content_type, &prepared->scaled, &error);
  if (prepared->bytes == NULL)
    {
      prepared_free (prepared);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, prepared, (GDestroyNotify) prepared_free);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  WkMapPage *self = WK_MAP_PAGE (object);
  g_autoptr(GError) error = NULL;
  Prepared *prepared = g_task_propagate_pointer (G_TASK (result), &error);

  if (prepared == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("This Image Cannot Be the Map"), error->message);
      return;
    }
  if (self->wijk != NULL &&
      !wk_store_set_wijk_map_image (self->store, self->wijk, prepared->bytes, prepared->content_type, &error))
    show_message (self, _("The Map Could Not Be Saved"), error->message);
  else if (prepared->scaled)
    wk_window_toast_for (GTK_WIDGET (self),
                         _("The image was very large and was scaled down to 8,192 pixels on its longest side."));
  prepared_free (prepared);
}

static void
image_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(WkMapPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);

  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("The Image Could Not Be Read"), error->message);
      return;
    }
  task = g_task_new (self, self->cancellable, prepared_cb, NULL);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, prepare_thread);
}

static void
image_info_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(WkMapPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, &error);

  /* refused before reading it into memory */
  if (info != NULL && g_file_info_get_size (info) > WK_MAP_IMAGE_MAX_BYTES)
    {
      show_message (self, _("This Image Cannot Be the Map"),
                    _("The file is larger than 50 MB. Save a smaller version of the image, for example as a JPEG, and import that."));
      return;
    }
  g_file_load_bytes_async (G_FILE (object), self->cancellable, image_loaded_cb, g_object_ref (self));
}

/* Reads @file as the wijk's base image: checked and, when very large,
 * scaled down in a worker thread. */
void
_wk_map_page_import_image_file (WkMapPage *self,
                                GFile     *file)
{
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->cancellable, image_info_cb, g_object_ref (self));
}

static void
image_chosen (WkMapPage *self,
              GFile     *file,
              gpointer   data)
{
  _wk_map_page_import_image_file (self, file);
}

void
_wk_map_page_import_image (WkMapPage *self)
{
  static const char * const patterns[] = {
    "*.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.svg *.SVG", N_("Images (PNG, JPEG, SVG)"),
    NULL,
  };

  choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import a Map Image"), _("_Import"),
               patterns, NULL, image_chosen, NULL);
}

/* Web maps ---------------------------------------------------------------------- */

static void
mbtiles_chosen (WkMapPage *self,
                GFile     *file,
                gpointer   data)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;
  WkMbtiles *mbtiles;

  if (path == NULL)
    return;
  mbtiles = wk_mbtiles_open (path, &error);
  if (mbtiles == NULL)
    {
      show_message (self, _("This Is Not an Offline Map"), error->message);
      return;
    }
  wk_mbtiles_free (mbtiles);
  url = g_strconcat ("mbtiles:", path, NULL);
  if (!wk_store_set_wijk_map_tiles (self->store, self->wijk, url, &error))
    show_message (self, _("The Map Could Not Be Saved"), error->message);
}

void
_wk_map_page_choose_mbtiles (WkMapPage *self)
{
  static const char * const patterns[] = { "*.mbtiles *.MBTILES", N_("Offline maps (MBTiles)"), NULL };

  choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Choose an Offline Map"), _("_Open"),
               patterns, NULL, mbtiles_chosen, NULL);
}

static void
custom_tiles_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          WkMapPage        *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "use") && self->wijk != NULL &&
      !wk_store_set_wijk_map_tiles (self->store, self->wijk, gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    wk_window_toast_for (GTK_WIDGET (self), error->message);
}

void
_wk_map_page_custom_tiles (WkMapPage *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Other Map Address"),
                                              _("The address of a tile server, with {z}, {x} and {y} where the tile numbers go. Mind the server’s terms of use."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://tiles.example.nl/{z}/{x}/{y}.png");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map Address"), -1);
  if (self->wijk != NULL && wk_wijk_get_map_tile_url (self->wijk) != NULL &&
      !g_str_has_prefix (wk_wijk_get_map_tile_url (self->wijk), "mbtiles:"))
    gtk_editable_set_text (GTK_EDITABLE (entry), wk_wijk_get_map_tile_url (self->wijk));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "use", _("_Use"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "use", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "use");
  g_signal_connect_object (dialog, "response", G_CALLBACK (custom_tiles_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Exports ---------------------------------------------------------------------- */

/**
 * _wk_map_page_dup_drafts:
 *
 * Returns: (transfer container): the pins shown on the map, as exports
 * write them: personal data hidden
 */
GPtrArray *
_wk_map_page_dup_drafts (WkMapPage *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wk_pin_draft_free);
  GListModel *pins = wk_store_get_pins (self->store, self->wijk);
  GListModel *categories = wk_store_get_pin_categories (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (pins); i++)
    {
      g_autoptr(WkPin) pin = g_list_model_get_item (pins, i);
      WkRecord *record = WK_RECORD (pin);
      WkPinDraft *draft;
      gint64 category = wk_record_get_int (record, "category-id");
      gint64 session = wk_record_get_int (record, "session-id");
      double a, b;

      if (!wk_map_view_shows_pin (self->view, pin))
        continue;
      draft = wk_pin_draft_new ();
      g_free (draft->title);
      draft->title = wk_map_view_dup_pin_label (self->view, pin, TRUE);
      g_free (draft->note);
      /* a note about a person at home is personal data too */
      draft->note = g_strdup (wk_pin_is_private (pin) ? "" : wk_record_get_text (record, "note"));
      if (*wk_record_get_text (record, "date") != '\0')
        draft->date = g_strdup (wk_record_get_text (record, "date"));
      for (guint k = 0; category > 0 && k < g_list_model_get_n_items (categories); k++)
        {
          g_autoptr(WkPinCategory) item = g_list_model_get_item (categories, k);

          if (wk_record_get_id (WK_RECORD (item)) == category)
            draft->category = g_strdup (wk_pin_category_get_label (item));
        }
      if (session > 0)
        {
          WkRecord *item = wk_store_lookup (self->store, WK_TYPE_MAPPING_SESSION, session);

          if (item != NULL)
            draft->session = g_strdup (wk_mapping_session_get_name (WK_MAPPING_SESSION (item)));
        }
      if (wk_record_get_int (record, "actor-id") > 0)
        draft->actor = wk_pin_is_private (pin) ? g_strdup (draft->title)
                                               : g_strdup (wk_record_get_text (record, "actor-name"));
      if (wk_record_get_int (record, "initiative-id") > 0)
        draft->initiative = g_strdup (wk_record_get_text (record, "initiative-title"));
      draft->street_level = wk_pin_is_private (pin);
      if (wk_map_view_pin_place (self->view, pin, TRUE, &a, &b))
        {
          draft->latitude = a;
          draft->longitude = b;
        }
      else
        {
          draft->x = a;
          draft->y = b;
        }
      draft->feature = i + 1;
      g_ptr_array_add (drafts, draft);
    }
  return drafts;
}

static void
export_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(WkMapPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("The Export Could Not Be Saved"), error->message);
      return;
    }
  name = g_file_get_basename (G_FILE (object));
  message = g_strdup_printf (_("Exported to “%s”"), name);
  wk_window_toast_for (GTK_WIDGET (self), message);
}

static void
write_text (WkMapPage *self,
            GFile     *file,
            char      *text)
{
  gsize length = strlen (text);

  g_file_replace_contents_bytes_async (file, g_bytes_new_take (text, length), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, self->cancellable,
                                       export_written_cb, g_object_ref (self));
}

static void
draw_background (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  wk_map_view_draw_base (WK_MAP_VIEW (user_data), cr, width, height);
}

/* The map as it is in view, twice as sharp in a PNG, fitted to the page in a PDF. */
static gboolean
export_picture (WkMapPage   *self,
                const char  *path,
                gboolean     pdf,
                const char  *date,
                GError     **error)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->view));
  double height = gtk_widget_get_height (GTK_WIDGET (self->view));
  double scale = pdf ? 1.0 : 2.0;
  const guint *pairs, *counts;
  const int *strengths;
  const WkMapMark *marks;
  guint n_marks, n_links, n_categories;
  g_autofree char *date_line = g_strdup_printf (_("Wijkkaart, %s"), date);

  if (width < 1 || height < 1)
    {
      g_set_error_literal (error, WK_EXPORT_ERROR, WK_EXPORT_ERROR_FAILED, _("Show the map first."));
      return FALSE;
    }
  counts = wk_map_view_get_counts (self->view, &n_categories);
  marks = wk_map_view_get_marks (self->view, scale, &n_marks, &pairs, &strengths, &n_links);
  return wk_map_export (wk_map_view_get_renderer (self->view), path, pdf ? WK_EXPORT_PDF : WK_EXPORT_PNG,
                        WK_PAPER_A4, width > height ? WK_ORIENTATION_LANDSCAPE : WK_ORIENTATION_PORTRAIT,
                        width * scale, height * scale, draw_background, self->view,
                        marks, n_marks, pairs, strengths, n_links, counts,
                        wk_wijk_get_name (self->wijk), date_line,
                        wk_map_view_get_attribution (self->view), error);
}

static void
export_chosen (WkMapPage  *self,
               GFile      *file,
               gpointer    data)
{
  _wk_map_page_export_file (self, data, file);
}

/* Writes the map or its pins as @format ("png", "pdf", "geojson" or "csv")
 * to @file; says how it went in a toast or a dialog. */
void
_wk_map_page_export_file (WkMapPage  *self,
                          const char *format,
                          GFile      *file)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  if (self->wijk == NULL)
    return;
  drafts = _wk_map_page_dup_drafts (self);

  if (g_str_equal (format, "geojson"))
    {
      char *text = wk_geojson_write ((WkPinDraft **) drafts->pdata, drafts->len, wk_wijk_get_name (self->wijk),
                                     NULL, &error);

      if (text == NULL)
        show_message (self, _("The Export Could Not Be Saved"), error->message);
      else
        write_text (self, file, text);
    }
  else if (g_str_equal (format, "csv"))
    write_text (self, file, wk_pin_csv_write ((WkPinDraft **) drafts->pdata, drafts->len,
                                              !wk_map_view_has_tiles (self->view)));
  else
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *date = NULL;
      g_autofree char *message = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      gboolean hide = wk_map_view_get_hide_personal_data (self->view);
      gboolean ok;

      date = g_date_time_format (now, "%-d-%-m-%Y");
      /* exports always hide personal data */
      wk_map_view_set_hide_personal_data (self->view, TRUE);
      ok = path != NULL && export_picture (self, path, g_str_equal (format, "pdf"), date, &error);
      wk_map_view_set_hide_personal_data (self->view, hide);
      if (!ok)
        show_message (self, _("The Export Could Not Be Saved"),
                      error != NULL ? error->message : _("This place cannot be written to."));
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          message = g_strdup_printf (_("Exported to “%s”"), name);
          wk_window_toast_for (GTK_WIDGET (self), message);
        }
    }
}

void
_wk_map_page_export (WkMapPage  *self,
                     const char *format)
{
  static const char * const png[] = { "*.png", N_("PNG image"), NULL };
  static const char * const pdf[] = { "*.pdf", N_("PDF document"), NULL };
  static const char * const geojson[] = { "*.geojson *.json", N_("GeoJSON"), NULL };
  static const char * const csv[] = { "*.csv", N_("CSV for spreadsheets"), NULL };
  const char * const *patterns = g_str_equal (format, "png") ? png : g_str_equal (format, "pdf") ? pdf
                                 : g_str_equal (format, "geojson") ? geojson : csv;
  g_autofree char *name = NULL;

  if (g_str_equal (format, "geojson") && !wk_map_view_has_tiles (self->view))
    {
      show_message (self, _("GeoJSON Needs a Web Map"),
                    _("GeoJSON gives each pin a latitude and longitude; pins on an image have neither. Export the pins as CSV instead."));
      return;
    }
  name = g_strdup_printf ("%s %s.%s", wk_wijk_get_name (self->wijk), _("map"), format);
  g_strdelimit (name, "/\\", '-');
  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export the Map"), _("_Export"),
               patterns, name, export_chosen, format);
}

/* GeoJSON import ------------------------------------------------------------------ */

typedef struct
{
  WkMapPage *self;
  GPtrArray *pins;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_ptr_array_unref (pending->pins);
  g_free (pending);
}

static void
import_pins (WkMapPage *self,
             GPtrArray *pins)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 0;
  gint64 session = -1;

  if (self->session_ids->len > 0)
    {
      guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->session_dropdown));

      if (position < self->session_ids->len)
        session = g_array_index (self->session_ids, gint64, position);
    }
  if (!wk_store_import_pins (self->store, self->wijk, (WkPinDraft **) pins->pdata, pins->len, session,
                             &n_added, &error))
    show_message (self, _("Nothing Was Imported"), error->message);
  else
    wk_window_toast_undo (GTK_WIDGET (self), wk_undo_stack_get_undo_label (wk_store_get_undo_stack (self->store)));
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Pending          *pending)
{
  if (g_str_equal (response, "import") && pending->self->wijk != NULL)
    import_pins (pending->self, pending->pins);
}

static void
geojson_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(WkMapPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  g_autoptr(GPtrArray) pins = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autoptr(GString) list = g_string_new (NULL);
  guint n_bad = 0;

  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, _("Nothing Was Imported"), error->message);
      return;
    }
  if (!wk_geojson_read (bytes, name, &pins, &problems, &error))
    {
      show_message (self, _("Nothing Was Imported"), error->message);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      WkImportProblem *problem = problems->pdata[i];

      if (problem->severity != WK_IMPORT_BAD_ROW)
        continue;
      if (++n_bad <= 12)
        g_string_append_printf (list, "• %s\n", problem->message);
    }
  if (n_bad > 12)
    g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "… and %u more.", "… and %u more.", n_bad - 12),
                            n_bad - 12);

  if (pins->len == 0)
    {
      show_message (self, _("Nothing Was Imported"),
                    n_bad > 0 ? list->str : _("The file holds no points to place as pins."));
      return;
    }
  if (n_bad == 0)
    {
      import_pins (self, pins);
      return;
    }

  /* some features are bad: the good ones only when the user says so */
  {
    g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Feature Cannot Be Imported",
                                                             "%u Features Cannot Be Imported", n_bad), n_bad);
    g_autofree char *accept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Good Pin",
                                                            "_Import %u Good Pins", pins->len), pins->len);
    GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                heading, list->str);
    Pending *pending = g_new0 (Pending, 1);

    pending->self = g_object_ref (self);
    pending->pins = g_steal_pointer (&pins);
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "import", accept, NULL);
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
    adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    g_signal_connect_data (dialog, "response", G_CALLBACK (import_response_cb), pending,
                           (GClosureNotify) (void (*) (void)) pending_free, 0);
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

void
_wk_map_page_import_geojson_file (WkMapPage *self,
                                  GFile     *file)
{
  g_file_load_bytes_async (file, self->cancellable, geojson_loaded_cb, g_object_ref (self));
}

static void
geojson_chosen (WkMapPage *self,
                GFile     *file,
                gpointer   data)
{
  _wk_map_page_import_geojson_file (self, file);
}

void
_wk_map_page_import_geojson (WkMapPage *self)
{
  static const char * const patterns[] = { "*.geojson *.json *.GEOJSON *.JSON", N_("GeoJSON"), NULL };

  if (!wk_map_view_has_tiles (self->view))
    {
      show_message (self, _("GeoJSON Needs a Web Map"),
                    _("GeoJSON places pins by latitude and longitude, and this wijk’s map is an image. Choose a web map as the base map first."));
      return;
    }
  choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Pins"), _("_Import"),
               patterns, NULL, geojson_chosen, NULL);
}

/* Sessions ------------------------------------------------------------------------ */

static void
session_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     WkMapPage        *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  WkMappingSession *session;

  if (!g_str_equal (response, "create") || self->wijk == NULL)
    return;
  session = wk_store_create_mapping_session (self->store, self->wijk, gtk_editable_get_text (GTK_EDITABLE (entry)),
                                             date, &error);
  if (session == NULL)
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  for (guint i = 0; i < self->session_ids->len; i++)
    if (g_array_index (self->session_ids, gint64, i) == wk_record_get_id (WK_RECORD (session)))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->session_dropdown), i);
}

void
_wk_map_page_new_session (WkMapPage *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("New Mapping Session"),
                                              _("New pins go into this session, so that an evening’s pins can be shown, hidden and exported together."));
  GtkWidget *entry = gtk_entry_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%-d-%-m-%Y");
  g_autofree char *name = g_strdup_printf (_("Resident evening %s"), day);

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the Session"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  g_signal_connect_object (dialog, "response", G_CALLBACK (session_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* wk-csv.h: reading comma- (or semicolon-) separated files as spreadsheets write them
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WK_CSV_ERROR (wk_csv_error_quark ())

typedef enum {
  WK_CSV_ERROR_UNBALANCED_QUOTE,   /* a quoted field runs to the end of the file */
} WkCsvError;

typedef struct _WkCsvReader WkCsvReader;

GQuark       wk_csv_error_quark          (void);

char         wk_csv_guess_delimiter      (const char   *data,
                                          gsize         length);

WkCsvReader *wk_csv_reader_new           (GBytes       *data,
                                          char          delimiter);
void         wk_csv_reader_free          (WkCsvReader  *self);
gboolean     wk_csv_reader_read          (WkCsvReader  *self,
                                          char       ***fields,
                                          GError      **error);
guint        wk_csv_reader_get_line      (WkCsvReader  *self);
guint        wk_csv_reader_get_n_invalid (WkCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkCsvReader, wk_csv_reader_free)

G_END_DECLS

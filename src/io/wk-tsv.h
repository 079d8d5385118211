/* wk-tsv.h: tab-separated lines that survive any text
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *wk_tsv_escape_field   (const char         *field);
char  *wk_tsv_unescape_field (const char         *field);
char  *wk_tsv_format_line    (const char * const *fields,
                              gsize               n_fields);

G_END_DECLS

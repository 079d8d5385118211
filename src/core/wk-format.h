/* wk-format.h: dates and amounts the Dutch way, and back
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *wk_format_date        (const char  *iso_date);
gboolean  wk_parse_date         (const char  *text,
                                 char       **iso_date);
char     *wk_format_money       (gint64       cents);
gboolean  wk_parse_money        (const char  *text,
                                 gint64      *cents);
char     *wk_fold_name          (const char  *text,
                                 gssize       length);
int       wk_compare_names      (const char  *a,
                                 const char  *b);
int       wk_months_since       (const char  *iso_date,
                                 GDateTime   *now);

G_END_DECLS

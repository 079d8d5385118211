/* wk-kumu.h: Kumu's elements and connections CSV, read into an import plan
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <gio/gio.h>

#include "wk-import-plan.h"

G_BEGIN_DECLS

typedef struct _WkKumuReader WkKumuReader;

WkKumuReader *wk_kumu_reader_new             (void);
void          wk_kumu_reader_free            (WkKumuReader  *self);
gboolean      wk_kumu_reader_add_elements    (WkKumuReader  *self,
                                              const char    *file_name,
                                              GBytes        *data,
                                              char           delimiter,
                                              GError       **error);
gboolean      wk_kumu_reader_add_connections (WkKumuReader  *self,
                                              const char    *file_name,
                                              GBytes        *data,
                                              char           delimiter,
                                              GError       **error);
WkImportPlan *wk_kumu_reader_get_plan        (WkKumuReader  *self);
WkImportPlan *wk_kumu_reader_steal_plan      (WkKumuReader  *self);

WkImportPlan *wk_kumu_read                   (GFile         *elements,
                                              GFile         *connections,
                                              char           delimiter,
                                              GError       **error);

int           wk_kumu_map_strength           (double         value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkKumuReader, wk_kumu_reader_free)

G_END_DECLS

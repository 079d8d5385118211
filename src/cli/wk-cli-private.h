/* wk-cli-private.h: what the command files of the command line share
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-store.h"

G_BEGIN_DECLS

WkStore    *_wk_cli_open_store   (const char   *path,
                                  GError      **error);
const char *_wk_cli_get_summary  (const char   *command);

/* wk-cli-network.c */
int         _wk_cli_metrics      (int           argc,
                                  char        **argv);
int         _wk_cli_export       (int           argc,
                                  char        **argv);

G_END_DECLS

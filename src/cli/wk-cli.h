/* wk-cli.h: the commands that work without a window
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  wk_cli_is_command        (const char  *word);
int       wk_cli_run               (int          argc,
                                    char       **argv);
char     *wk_cli_describe_commands (void);

G_END_DECLS

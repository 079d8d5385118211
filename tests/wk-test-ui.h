/* wk-test-ui.h: what the window tests share: a main loop to wait in, widgets to find, screenshots
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-application.h"
#include "wk-store-private.h"
#include "wk-window-private.h"

extern WkApplication *app;
extern char *tmpdir;

#define WAIT_FOR(cond, ms)                                               \
  G_STMT_START {                                                         \
    gint64 _end = g_get_monotonic_time () + (ms) * 1000;                 \
    while (!(cond) && g_get_monotonic_time () < _end)                    \
      if (!g_main_context_iteration (NULL, FALSE))                       \
        g_usleep (1000);                                                 \
    g_assert_true (cond);                                                \
  } G_STMT_END

void       wk_test_init           (int         *argc,
                                   char      ***argv,
                                   const char  *tmp_template);
int        wk_test_run            (void);
void       wk_test_iterate        (guint       ms);
WkWindow  *wk_test_active_window  (void);
GFile     *wk_test_temp_file      (const char *name);
WkWindow  *wk_test_open_file      (const char *name);
GtkWindow *wk_test_find_toplevel  (GType       type);
GtkWidget *wk_test_nth_descendant (GtkWidget  *widget,
                                   GType       type,
                                   int         n);
guint      wk_test_count_rows     (WkWindow   *window,
                                   const char *sql);
void       wk_test_screenshot     (GtkWidget  *widget,
                                   const char *name);
WkWijk    *wk_test_find_wijk      (WkWindow   *window,
                                   const char *name);
void       wk_test_xdotool        (const char *actions);
void       wk_test_respond        (gpointer    dialog,
                                   const char *response);

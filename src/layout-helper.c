/* layout-helper.c: the small program the network layouts run in
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Graphviz runs in a child process (see wk-layout.c). This executable links
 * the graph layer only, not GTK: it starts in about half the time of the
 * whole app, which is most of a small network's layout. `wijkkaart
 * --layout-helper` does the same, for when this file is missing.
 */
#include "wk-layout.h"

int
main (int   argc,
      char *argv[])
{
  return wk_layout_helper_main (argc, argv);
}

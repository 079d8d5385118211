/* test-records.c: actors, initiatives, relations, contact log, tags, search and undo in the store
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-store-private.h"

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  return g_test_run ();
}

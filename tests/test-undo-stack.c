/* test-undo-stack.c: the undo history on its own
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-undo-stack.h"

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  return g_test_run ();
}

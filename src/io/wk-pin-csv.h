/* wk-pin-csv.h: the pins of a community map as a CSV file that Dutch Excel opens as it is
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <glib.h>

#include "wk-pin-draft.h"

G_BEGIN_DECLS

char *wk_pin_csv_write (WkPinDraft **pins,
                        guint        n_pins,
                        gboolean     image_map);

G_END_DECLS

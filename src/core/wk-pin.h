/* wk-pin.h: a pin on the community map of a wijk
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_PIN (wk_pin_get_type ())
G_DECLARE_FINAL_TYPE (WkPin, wk_pin, WK, PIN, WkRecord)

const char *wk_pin_get_title          (WkPin   *self);
gboolean    wk_pin_is_geographic      (WkPin   *self);
gboolean    wk_pin_get_place          (WkPin   *self,
                                       double  *a,
                                       double  *b);
gboolean    wk_pin_is_private         (WkPin   *self);

G_END_DECLS

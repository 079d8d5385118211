/* wk-pin-category.h: a kind of pin, like the stickers of paper community mapping
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-record.h"

G_BEGIN_DECLS

#define WK_TYPE_PIN_CATEGORY (wk_pin_category_get_type ())
G_DECLARE_FINAL_TYPE (WkPinCategory, wk_pin_category, WK, PIN_CATEGORY, WkRecord)

const char *wk_pin_category_get_label  (WkPinCategory *self);
const char *wk_pin_category_get_symbol (WkPinCategory *self);
gboolean    wk_pin_category_get_rgb    (WkPinCategory *self,
                                        double        *red,
                                        double        *green,
                                        double        *blue);

G_END_DECLS

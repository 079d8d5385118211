/* wk-export-private.h: what the network and map exports share: paper sizes, writing to memory
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <cairo.h>

#include "wk-export.h"

G_BEGIN_DECLS

/* An ISO 216 sheet, in points. */
void            _wk_export_paper_size      (WkPaperSize          paper,
                                            WkOrientation        orientation,
                                            double              *width,
                                            double              *height);
/* A cairo write function appending to the GByteArray @closure. */
cairo_status_t  _wk_export_write_to_array  (void                *closure,
                                            const unsigned char *data,
                                            unsigned int         length);

G_END_DECLS

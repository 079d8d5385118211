/* wk-pin-category.c: a kind of pin, like the stickers of paper community mapping
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Categories are shared by all wijken of a file. The built-in ones keep
 * their English label in the file and are shown translated, like actor
 * types; once the team renames one, it is shown as written.
 */
#include "wk-pin-category.h"
#include "wk-record-private.h"
#include "wk-vocabulary.h"

struct _WkPinCategory
{
  WkRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (WkPinCategory, wk_pin_category, WK_TYPE_RECORD)

static const WkFieldInfo fields[] = {
  { "key", "r.key", NULL, WK_FIELD_TEXT },
  { "stored-label", "r.label", "label", WK_FIELD_TEXT },
  { "color", "r.color", "color", WK_FIELD_TEXT },
  { "symbol", "r.symbol", "symbol", WK_FIELD_TEXT },
  { "builtin", "r.builtin", NULL, WK_FIELD_BOOL },
  { "position", "r.position", "position", WK_FIELD_INT },
};

static WkRecordInfo info = { "pin_category", fields, G_N_ELEMENTS (fields), NULL, NULL };

static void
wk_pin_category_class_init (WkPinCategoryClass *klass)
{
  _wk_record_class_setup (G_OBJECT_CLASS (klass), &info);
}

static void
wk_pin_category_init (WkPinCategory *self)
{
}

/* Returns: the label to show, translated when it is a built-in one */
const char *
wk_pin_category_get_label (WkPinCategory *self)
{
  const char *label;

  g_return_val_if_fail (WK_IS_PIN_CATEGORY (self), NULL);

  label = wk_record_get_text (WK_RECORD (self), "stored-label");
  if (wk_record_get_int (WK_RECORD (self), "builtin"))
    return wk_vocabulary_translate_builtin (label);
  return label;
}

const char *
wk_pin_category_get_symbol (WkPinCategory *self)
{
  g_return_val_if_fail (WK_IS_PIN_CATEGORY (self), NULL);
  return wk_record_get_text (WK_RECORD (self), "symbol");
}

/* Reads the #rrggbb colour; FALSE (and a neutral grey) when it is not one. */
gboolean
wk_pin_category_get_rgb (WkPinCategory *self,
                         double        *red,
                         double        *green,
                         double        *blue)
{
  const char *color;
  guint value = 0;

  g_return_val_if_fail (WK_IS_PIN_CATEGORY (self), FALSE);

  color = wk_record_get_text (WK_RECORD (self), "color");
  if (color[0] == '#' && strlen (color) == 7 && strspn (color + 1, "0123456789abcdefABCDEF") == 6)
    {
      value = (guint) g_ascii_strtoull (color + 1, NULL, 16);
      *red = ((value >> 16) & 0xff) / 255.0;
      *green = ((value >> 8) & 0xff) / 255.0;
      *blue = (value & 0xff) / 255.0;
      return TRUE;
    }
  *red = *green = *blue = 0.6;
  return FALSE;
}

/* wk-pin-draft.h: a pin as a file holds it, before it is stored or after it is read out
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The io layer reads GeoJSON into drafts and writes GeoJSON and CSV from
 * them, without SQL; the store adds a whole array of drafts to a wijk with
 * wk_store_import_pins() in one transaction.
 */
#pragma once

#include <math.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *title;       /* never NULL ("" when none) */
  char     *note;        /* never NULL */
  char     *date;        /* YYYY-MM-DD, or NULL */
  char     *category;    /* a category key or label, or NULL */
  char     *session;     /* a mapping session name, or NULL */
  char     *actor;       /* the linked actor's name or, redacted, its role (export only), or NULL */
  char     *initiative;  /* the linked initiative's title (export only), or NULL */
  double    latitude;    /* WGS 84 degrees; NAN on an image map */
  double    longitude;
  double    x;           /* 0–1 across the base image from the left; NAN on a web map */
  double    y;           /* 0–1 down the base image from the top */
  gboolean  street_level; /* moved to street level because it is at a private address */
  guint     feature;     /* 1-based position in the file it was read from, 0 when none */
} WkPinDraft;

static inline WkPinDraft *
wk_pin_draft_new (void)
{
  WkPinDraft *draft = g_new0 (WkPinDraft, 1);

  draft->title = g_strdup ("");
  draft->note = g_strdup ("");
  draft->latitude = draft->longitude = NAN;
  draft->x = draft->y = NAN;
  return draft;
}

static inline void
wk_pin_draft_free (WkPinDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->title);
  g_free (draft->note);
  g_free (draft->date);
  g_free (draft->category);
  g_free (draft->session);
  g_free (draft->actor);
  g_free (draft->initiative);
  g_free (draft);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkPinDraft, wk_pin_draft_free)

G_END_DECLS

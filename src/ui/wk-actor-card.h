/* wk-actor-card.h: the card of one actor, edited in place beside a list or diagram
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_ACTOR_CARD (wk_actor_card_get_type ())
G_DECLARE_FINAL_TYPE (WkActorCard, wk_actor_card, WK, ACTOR_CARD, GtkWidget)

void      wk_actor_card_set_store      (WkActorCard *self,
                                        WkStore     *store);
void      wk_actor_card_set_actor      (WkActorCard *self,
                                        WkActor     *actor);
WkActor  *wk_actor_card_get_actor      (WkActorCard *self);
void      wk_actor_card_save_now       (WkActorCard *self);
void      wk_actor_card_focus_name     (WkActorCard *self);

const char *wk_check_email             (const char  *text,
                                        gboolean    *blocking);
const char *wk_check_phone             (const char  *text,
                                        gboolean    *blocking);
const char *wk_check_url               (const char  *text,
                                        gboolean    *blocking);

G_END_DECLS

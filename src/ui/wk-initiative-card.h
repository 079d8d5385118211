/* wk-initiative-card.h: the card of one resident initiative, edited in place
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

#define WK_TYPE_INITIATIVE_CARD (wk_initiative_card_get_type ())
G_DECLARE_FINAL_TYPE (WkInitiativeCard, wk_initiative_card, WK, INITIATIVE_CARD, GtkWidget)

void          wk_initiative_card_set_store       (WkInitiativeCard *self,
                                                  WkStore          *store);
void          wk_initiative_card_set_initiative  (WkInitiativeCard *self,
                                                  WkInitiative     *initiative);
WkInitiative *wk_initiative_card_get_initiative  (WkInitiativeCard *self);
void          wk_initiative_card_save_now        (WkInitiativeCard *self);
void          wk_initiative_card_focus_title     (WkInitiativeCard *self);

G_END_DECLS

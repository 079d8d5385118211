/* wk-card-binder.h: ties the fields of a card to a record, saving as the user types
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include <adwaita.h>

#include "wk-store.h"

G_BEGIN_DECLS

/* Returns a translated message when @text deserves one, or NULL; sets
 * @blocking when the text must not be stored (an empty name). */
typedef const char *(*WkCheckFunc) (const char *text,
                                    gboolean   *blocking);

#define WK_TYPE_CARD_BINDER (wk_card_binder_get_type ())
G_DECLARE_FINAL_TYPE (WkCardBinder, wk_card_binder, WK, CARD_BINDER, GObject)

WkCardBinder *wk_card_binder_new          (void);
void          wk_card_binder_set_store    (WkCardBinder  *self,
                                           WkStore       *store);
void          wk_card_binder_set_record   (WkCardBinder  *self,
                                           WkRecord      *record);
WkRecord     *wk_card_binder_get_record   (WkCardBinder  *self);
void          wk_card_binder_flush        (WkCardBinder  *self);

void          wk_card_binder_bind_text    (WkCardBinder  *self,
                                           GtkWidget     *widget,
                                           const char    *field,
                                           WkCheckFunc    check);
void          wk_card_binder_bind_date    (WkCardBinder  *self,
                                           GtkWidget     *widget,
                                           const char    *field);
void          wk_card_binder_bind_money   (WkCardBinder  *self,
                                           GtkWidget     *widget,
                                           const char    *field);
void          wk_card_binder_bind_choice  (WkCardBinder  *self,
                                           AdwComboRow   *row,
                                           const char    *field,
                                           const char    *vocabulary);
void          wk_card_binder_bind_term    (WkCardBinder  *self,
                                           AdwComboRow   *row,
                                           const char    *field,
                                           const char    *table);
void          wk_card_binder_bind_switch  (WkCardBinder  *self,
                                           GtkSwitch     *widget,
                                           const char    *field);
void          wk_card_binder_bind_spin    (WkCardBinder  *self,
                                           GtkSpinButton *widget,
                                           const char    *field);

G_END_DECLS

/* wk-network-page.c: the network of a wijk: the diagram, its connectors and the card
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The page builds a WkNetwork from the store with the saved positions and
 * draws it at once; only nodes without a position are laid out, by Graphviz
 * in its helper process, and the result is saved, so reopening a wijk never
 * lays it out again. A layout that takes more than 300 ms shows progress
 * with Cancel; one that fails leaves the picture as it was and says why.
 *
 * Edits anywhere (the card beside the diagram, the actors page, undo)
 * rebuild the network shortly after; positions stay, new actors are placed
 * near their neighbours. Dragging a node pins it there.
 *
 * The analysis (betweenness, communities) runs in a thread; the connectors
 * panel and the node sizes follow when it is done.
 *
 * The filters and view options are in wk-network-page-options.c.
 */
#include <glib/gi18n.h>

#include "wk-export-chooser.h"
#include "wk-list-util.h"
#include "wk-network-filter.h"
#include "wk-network-page-private.h"
#include "wk-window.h"

#define PROGRESS_DELAY_MS 300
#define REBUILD_DELAY_MS  150
#define ANALYSIS_SEED     7

G_DEFINE_FINAL_TYPE (WkNetworkPage, wk_network_page, GTK_TYPE_WIDGET)

static void start_analysis (WkNetworkPage *self);
static void show_card      (WkNetworkPage *self,
                            WkActor       *actor);

/* Messages ---------------------------------------------------------------- */

static void
show_message (WkNetworkPage *self,
              const char    *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

static void
message_close_cb (GtkButton     *button,
                  WkNetworkPage *self)
{
  show_message (self, NULL);
}

static void
set_busy (WkNetworkPage *self,
          gboolean       busy)
{
  self->busy = busy;
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (!busy)
    {
      gtk_widget_set_visible (self->progress_box, FALSE);
      gtk_spinner_stop (self->progress_spinner);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.cancel-layout", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.relayout", !busy && self->network != NULL);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  WkNetworkPage *self = user_data;

  self->progress_timeout = 0;
  gtk_widget_set_visible (self->progress_box, TRUE);
  gtk_spinner_start (self->progress_spinner);
  return G_SOURCE_REMOVE;
}

/* Saving positions ---------------------------------------------------------- */

static void
save_positions (WkNetworkPage *self,
                gboolean       replace)
{
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->wijk == NULL || self->network == NULL)
    return;
  positions = wk_network_get_positions (self->network);
  if (!wk_store_save_layout (self->store, self->wijk, (const WkPosition *) positions->data,
                             positions->len, replace, &error))
    show_message (self, error->message);
}

/* Layout ------------------------------------------------------------------ */

typedef struct
{
  WkNetworkPage *self;
  WkNetwork     *network;
  gboolean       from_scratch;
  gboolean       first;          /* nothing was drawn before: fit when done */
} LayoutData;

static void
layout_data_free (LayoutData *data)
{
  g_object_unref (data->network);
  g_free (data);
}

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LayoutData *data = user_data;
  WkNetworkPage *self = data->self;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;

  points = wk_layout_run_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* a newer layout replaced this one, or the user cancelled */
      if (data->network == self->network)
        set_busy (self, FALSE);
      layout_data_free (data);
      return;
    }
  if (data->network != self->network)
    {
      layout_data_free (data);
      return;
    }
  set_busy (self, FALSE);
  g_clear_object (&self->layout_cancellable);

  if (points == NULL)
    {
      /* the picture stays as it was */
      show_message (self, error->message);
      layout_data_free (data);
      return;
    }

  wk_layout_apply (self->network, points);
  save_positions (self, data->from_scratch);
  wk_network_view_positions_changed (self->view);
  if (data->first || data->from_scratch)
    wk_network_view_fit (self->view);
  layout_data_free (data);
}

void
_wk_network_page_start_layout (WkNetworkPage *self,
                               gboolean       from_scratch)
{
  WkLayoutOptions options;
  LayoutData *data;

  if (self->network == NULL || wk_network_get_n_nodes (self->network) == 0)
    return;

  g_cancellable_cancel (self->layout_cancellable);
  g_clear_object (&self->layout_cancellable);
  self->layout_cancellable = g_cancellable_new ();

  wk_layout_options_init (&options);
  options.engine = self->engine;
  options.from_scratch = from_scratch;
  options.timeout_ms = self->layout_timeout_ms;
  options.grouping = self->grouping;
  if (self->grouping == WK_LAYOUT_GROUP_COMMUNITY)
    {
      if (self->analysis != NULL && wk_analysis_get_network (self->analysis) == self->network)
        {
          guint n = wk_network_get_n_nodes (self->network);

          g_free (self->layout_communities);
          self->layout_communities = g_new (guint, n);
          for (guint i = 0; i < n; i++)
            self->layout_communities[i] = wk_analysis_get_community (self->analysis, i);
          options.communities = self->layout_communities;
        }
      else
        options.grouping = WK_LAYOUT_GROUP_NONE;   /* not known yet */
    }

  data = g_new0 (LayoutData, 1);
  data->self = self;
  data->network = g_object_ref (self->network);
  data->from_scratch = from_scratch;
  {
    g_autoptr(GArray) placed = wk_network_get_positions (self->network);

    data->first = !from_scratch && placed->len == 0;
  }

  show_message (self, NULL);
  set_busy (self, TRUE);
  self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
  wk_layout_run_async (self->network, &options, self->layout_cancellable, layout_done_cb, data);
}

/* Analysis ------------------------------------------------------------------ */

void
_wk_network_page_apply_analysis (WkNetworkPage *self)
{
  g_autofree double *metric = NULL;
  g_autofree int *communities = NULL;
  guint n;

  if (self->analysis == NULL || wk_analysis_get_network (self->analysis) != self->network)
    {
      wk_network_view_set_node_metric (self->view, NULL);
      wk_network_view_set_communities (self->view, NULL, WK_COMMUNITY_COLOR);
      return;
    }

  n = wk_analysis_get_n_nodes (self->analysis);
  if (self->size_by_betweenness)
    {
      metric = g_new0 (double, n);
      for (guint i = 0; i < n; i++)
        metric[i] = wk_analysis_get_betweenness (self->analysis, i);
    }
  if (self->communities != COMMUNITIES_NONE)
    {
      communities = g_new0 (int, n);
      for (guint i = 0; i < n; i++)
        communities[i] = wk_analysis_get_degree (self->analysis, i) > 0
                           ? (int) wk_analysis_get_community (self->analysis, i) : -1;
    }
  wk_network_view_set_node_metric (self->view, metric);
  wk_network_view_set_communities (self->view, communities,
                                   self->communities == COMMUNITIES_HULL ? WK_COMMUNITY_HULL
                                                                         : WK_COMMUNITY_COLOR);
  wk_connectors_panel_set_analysis (self->panel, self->analysis,
                                    wk_network_view_get_renderer (self->view),
                                    wk_network_view_get_render_options (self->view));
}

static void
analysis_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  WkNetworkPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WkAnalysis) analysis = wk_analysis_new_finish (result, &error);

  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_message (self, error->message);
      g_object_unref (self);
      return;
    }
  if (wk_analysis_get_network (analysis) == self->network)
    {
      g_set_object (&self->analysis, analysis);
      _wk_network_page_apply_analysis (self);
    }
  g_object_unref (self);
}

static void
start_analysis (WkNetworkPage *self)
{
  if (self->analysis != NULL && wk_analysis_get_network (self->analysis) == self->network)
    {
      _wk_network_page_apply_analysis (self);
      return;
    }
  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  g_clear_object (&self->analysis);
  if (self->network == NULL)
    {
      wk_connectors_panel_set_analysis (self->panel, NULL, NULL, NULL);
      return;
    }
  self->analysis_cancellable = g_cancellable_new ();
  wk_connectors_panel_set_busy (self->panel, TRUE);
  wk_analysis_new_async (self->network, ANALYSIS_SEED, self->analysis_cancellable,
                         analysis_done_cb, g_object_ref (self));
}

/* Loading ------------------------------------------------------------------- */

void
_wk_network_page_load_network (WkNetworkPage *self,
                               gboolean       keep_view)
{
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  WkRecord *shown = WK_RECORD (wk_actor_card_get_actor (self->card));

  g_cancellable_cancel (self->layout_cancellable);
  g_clear_object (&self->layout_cancellable);
  set_busy (self, FALSE);

  if (self->store != NULL && self->wijk != NULL)
    {
      network = wk_network_new_from_store (self->store, self->wijk, self->with_initiatives, &error);
      if (network == NULL)
        show_message (self, error->message);
    }
  g_set_object (&self->network, network);
  wk_network_view_set_network (self->view, network, keep_view);
  wk_network_view_set_hide_personal (self->view, self->hide_personal);
  gtk_stack_set_visible_child_name (self->view_stack,
                                    network != NULL && wk_network_get_n_nodes (network) > 0 ? "diagram" : "empty");
  _wk_network_page_fill_filters (self);

  /* the card stays open on its actor, and the actor stays selected */
  if (shown != NULL && network != NULL)
    wk_network_view_select (self->view, wk_network_find_node (network, WK_NODE_ACTOR,
                                                                   wk_record_get_id (shown)));

  if (network != NULL && !wk_network_has_layout (network))
    _wk_network_page_start_layout (self, FALSE);
  start_analysis (self);
  set_busy (self, self->busy);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  WkNetworkPage *self = user_data;

  self->rebuild_timeout = 0;
  _wk_network_page_load_network (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (WkStore       *store,
                  const char    *table,
                  gint64         id,
                  WkNetworkPage *self)
{
  WkActor *shown = wk_actor_card_get_actor (self->card);

  if (shown != NULL && wk_record_is_deleted (WK_RECORD (shown)))
    show_card (self, NULL);
  if (self->wijk == NULL || g_str_equal (table, "contact"))
    return;
  /* edits come in bursts (a card stores a field, undo restores a row
   * with its relations): build the network once they are done */
  g_clear_handle_id (&self->rebuild_timeout, g_source_remove);
  self->rebuild_timeout = g_timeout_add (REBUILD_DELAY_MS, rebuild_cb, self);
}

/* The card -------------------------------------------------------------------- */

/* The side shows the card or the connectors: both would leave the diagram
 * too little room on a laptop. */
static void
update_side (WkNetworkPage *self)
{
  gboolean card = wk_actor_card_get_actor (self->card) != NULL;
  gboolean panel = !card && gtk_toggle_button_get_active (self->connectors_button);

  gtk_widget_set_visible (GTK_WIDGET (self->card), card);
  gtk_widget_set_visible (self->card_separator, card);
  gtk_widget_set_visible (GTK_WIDGET (self->panel), panel);
  gtk_widget_set_visible (self->panel_separator, panel);
}

static void
show_card (WkNetworkPage *self,
           WkActor       *actor)
{
  wk_actor_card_set_actor (self->card, actor);
  update_side (self);
}

static void
connectors_toggled_cb (GtkToggleButton *button,
                       WkNetworkPage   *self)
{
  if (gtk_toggle_button_get_active (button))
    {
      wk_actor_card_save_now (self->card);
      wk_actor_card_set_actor (self->card, NULL);
    }
  update_side (self);
}

static void
node_activated_cb (WkNetworkView *view,
                   int            index,
                   WkNetworkPage *self)
{
  WkNetworkNode *node = wk_network_get_node (self->network, index);
  GtkRoot *root;

  if (node->kind == WK_NODE_ACTOR)
    {
      WkRecord *actor = wk_store_lookup (self->store, WK_TYPE_ACTOR, node->record_id);

      if (actor != NULL)
        show_card (self, WK_ACTOR (actor));
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (WK_IS_WINDOW (root))
    wk_window_open_record (WK_WINDOW (root), wk_store_lookup (self->store, WK_TYPE_INITIATIVE, node->record_id));
}

static void
node_moved_cb (WkNetworkView *view,
               int            index,
               WkNetworkPage *self)
{
  WkNetworkNode *node = wk_network_get_node (self->network, index);
  WkPosition position = { 0, 0, node->x, node->y, TRUE };
  g_autoptr(GError) error = NULL;

  if (node->kind == WK_NODE_ACTOR)
    position.actor_id = node->record_id;
  else
    position.initiative_id = node->record_id;
  if (!wk_store_save_layout (self->store, self->wijk, &position, 1, FALSE, &error))
    show_message (self, error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.unpin", TRUE);
}

static void
view_selection_changed_cb (WkNetworkView *view,
                           WkNetworkPage *self)
{
  int selected = wk_network_view_get_selected (view);
  gboolean pinned = selected >= 0 && wk_network_get_node (self->network, selected)->pinned;

  wk_connectors_panel_select_node (self->panel, selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.unpin", pinned);
  if (self->ego_depth > 0)
    _wk_network_page_apply_filters (self);
}

static void
panel_node_selected_cb (WkConnectorsPanel *panel,
                        int                node,
                        WkNetworkPage     *self)
{
  if (self->view == NULL)   /* disposing */
    return;
  wk_network_view_select (self->view, node);
  wk_network_view_center_on (self->view, node);
}

static void
card_close_cb (WkActorCard   *card,
               WkNetworkPage *self)
{
  wk_actor_card_save_now (self->card);
  show_card (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
card_open_cb (WkActorCard   *card,
              WkRecord      *record,
              WkNetworkPage *self)
{
  int index;

  if (!WK_IS_ACTOR (record) || self->network == NULL)
    return;
  index = wk_network_find_node (self->network, WK_NODE_ACTOR, wk_record_get_id (record));
  show_card (self, WK_ACTOR (record));
  if (index >= 0)
    {
      wk_network_view_select (self->view, index);
      wk_network_view_center_on (self->view, index);
    }
}

static void
card_delete_cb (WkActorCard   *card,
                WkNetworkPage *self)
{
  WkActor *actor = wk_actor_card_get_actor (card);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (actor == NULL)
    return;
  message = g_strdup_printf (_("“%s” deleted"), wk_actor_get_name (actor));
  show_card (self, NULL);
  if (!wk_store_delete_record (self->store, WK_RECORD (actor), &error))
    {
      wk_window_toast_for (GTK_WIDGET (self), error->message);
      return;
    }
  wk_window_toast_undo (GTK_WIDGET (self), message);
}

/* Find ------------------------------------------------------------------------ */

static void
find_cb (GtkSearchEntry *entry,
         WkNetworkPage  *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *wanted = NULL;
  int found = -1;

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  if (self->network == NULL || *text == '\0')
    return;
  wanted = wk_fold_name (text, -1);
  for (guint i = 0; found < 0 && i < wk_network_get_n_nodes (self->network); i++)
    {
      WkNetworkNode *node = wk_network_get_node (self->network, i);
      g_autofree char *name = wk_fold_name (node->label, -1);
      g_autofree char *role = node->role != NULL ? wk_fold_name (node->role, -1) : NULL;

      if (strstr (name, wanted) != NULL || (role != NULL && strstr (role, wanted) != NULL))
        found = i;
    }
  if (found < 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }
  wk_network_view_select (self->view, found);
  wk_network_view_center_on (self->view, found);
}

static void
find_activate_cb (GtkSearchEntry *entry,
                  WkNetworkPage  *self)
{
  int selected = wk_network_view_get_selected (self->view);

  find_cb (entry, self);
  if (selected >= 0 || wk_network_view_get_selected (self->view) >= 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Actions --------------------------------------------------------------------- */

static void
relayout_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  wk_network_page_relayout (WK_NETWORK_PAGE (widget));
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  wk_network_view_fit (WK_NETWORK_PAGE (widget)->view);
}

static void
cancel_layout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WkNetworkPage *self = WK_NETWORK_PAGE (widget);

  g_cancellable_cancel (self->layout_cancellable);
  set_busy (self, FALSE);
  show_message (self, _("The layout was cancelled; the diagram shows the positions it had."));
}

static void
unpin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WkNetworkPage *self = WK_NETWORK_PAGE (widget);
  int selected = wk_network_view_get_selected (self->view);

  if (selected < 0 || self->network == NULL)
    return;
  wk_network_get_node (self->network, selected)->pinned = FALSE;
  save_positions (self, FALSE);
  gtk_widget_action_set_enabled (widget, "network.unpin", FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WkNetworkPage *self = WK_NETWORK_PAGE (widget);

  if (self->network == NULL || !wk_network_has_layout (self->network))
    {
      wk_window_toast_for (widget, _("The network has no layout yet: wait until it is laid out."));
      return;
    }
  wk_export_chooser_run (self->view, self->wijk != NULL ? wk_wijk_get_name (self->wijk) : NULL);
}

/* Public ------------------------------------------------------------------------ */

void
wk_network_page_set_store (WkNetworkPage *self,
                           WkStore       *store)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  wk_actor_card_set_store (self->card, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
}

void
wk_network_page_set_wijk (WkNetworkPage *self,
                          WkWijk        *wijk)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));

  if (self->wijk == wijk)
    return;
  wk_actor_card_save_now (self->card);
  show_card (self, NULL);
  show_message (self, NULL);
  g_set_object (&self->wijk, wijk);
  g_clear_object (&self->analysis);
  _wk_network_page_load_network (self, FALSE);
}

/* "Re-layout": again from scratch; pinned nodes stay where they are. */
void
wk_network_page_relayout (WkNetworkPage *self)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));
  _wk_network_page_start_layout (self, TRUE);
}

void
wk_network_page_save_now (WkNetworkPage *self)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));
  if (self->card != NULL)
    wk_actor_card_save_now (self->card);
}

void
wk_network_page_focus_find (WkNetworkPage *self)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

/**
 * wk_network_page_dup_state:
 *
 * Returns: (transfer full): what the diagram shows now, for a saved view or
 *   a presentation: the filters, the place and the selected actor
 */
WkViewState *
wk_network_page_dup_state (WkNetworkPage *self)
{
  WkViewState *state = wk_view_state_new ("network");
  int selected = wk_network_view_get_selected (self->view);

  g_return_val_if_fail (WK_IS_NETWORK_PAGE (self), state);

  state->type_key = g_strdup (self->type_key);
  state->theme = g_strdup (self->theme);
  state->engagement = g_strdup (self->engagement);
  state->relation_type = g_strdup (self->relation_type);
  state->min_strength = self->min_strength;
  state->initiatives = self->with_initiatives;
  if (self->network != NULL && selected >= 0 &&
      wk_network_get_node (self->network, selected)->kind == WK_NODE_ACTOR)
    state->actor_id = wk_network_get_node (self->network, selected)->record_id;
  /* the whole network, fitted in, is no place: fitted in on any screen */
  if (self->network != NULL && wk_network_get_n_nodes (self->network) > 0 &&
      gtk_widget_get_width (GTK_WIDGET (self->view)) > 0 && !wk_network_view_is_fitted (self->view))
    {
      wk_network_view_get_place (self->view, &state->x, &state->y, &state->zoom);
      state->has_place = TRUE;
    }
  return state;
}

WkNetworkView *
wk_network_page_get_view (WkNetworkPage *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_PAGE (self), NULL);
  return self->view;
}

GtkWidget *
wk_network_page_get_card (WkNetworkPage *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_PAGE (self), NULL);
  return GTK_WIDGET (self->card);
}

/* whether a layout or an analysis is still running */
gboolean
wk_network_page_is_busy (WkNetworkPage *self)
{
  g_return_val_if_fail (WK_IS_NETWORK_PAGE (self), FALSE);
  return self->busy || (self->network != NULL && self->analysis == NULL &&
                        wk_network_get_n_nodes (self->network) > 0);
}

void
wk_network_page_set_layout_timeout (WkNetworkPage *self,
                                    guint          timeout_ms)
{
  g_return_if_fail (WK_IS_NETWORK_PAGE (self));
  self->layout_timeout_ms = timeout_ms;
}

/* GObject ------------------------------------------------------------------------ */

static void
wk_network_page_dispose (GObject *object)
{
  WkNetworkPage *self = WK_NETWORK_PAGE (object);

  if (self->card != NULL)
    wk_actor_card_save_now (self->card);
  g_cancellable_cancel (self->layout_cancellable);
  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->layout_cancellable);
  g_clear_object (&self->analysis_cancellable);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  g_clear_handle_id (&self->rebuild_timeout, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WK_TYPE_NETWORK_PAGE);
  g_clear_object (&self->analysis);
  g_clear_object (&self->network);
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wk_network_page_parent_class)->dispose (object);
}

static void
wk_network_page_finalize (GObject *object)
{
  WkNetworkPage *self = WK_NETWORK_PAGE (object);

  g_free (self->layout_communities);
  g_ptr_array_unref (self->type_keys);
  g_ptr_array_unref (self->themes);
  g_ptr_array_unref (self->relation_types);
  g_free (self->type_key);
  g_free (self->theme);
  g_free (self->relation_type);
  g_free (self->engagement);

  G_OBJECT_CLASS (wk_network_page_parent_class)->finalize (object);
}

static void
wk_network_page_class_init (WkNetworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_network_page_dispose;
  object_class->finalize = wk_network_page_finalize;

  g_type_ensure (WK_TYPE_NETWORK_VIEW);
  g_type_ensure (WK_TYPE_CONNECTORS_PANEL);
  g_type_ensure (WK_TYPE_ACTOR_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/wijkkaart/Wijkkaart/ui/wk-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, main_box);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, find_entry);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, view_grid);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, message_close);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, view);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, connectors_button);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, panel_separator);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, panel);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, card_separator);
  gtk_widget_class_bind_template_child (widget_class, WkNetworkPage, card);

  gtk_widget_class_install_action (widget_class, "network.relayout", NULL, relayout_action);
  gtk_widget_class_install_action (widget_class, "network.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "network.cancel-layout", NULL, cancel_layout_action);
  gtk_widget_class_install_action (widget_class, "network.unpin", NULL, unpin_action);
  gtk_widget_class_install_action (widget_class, "network.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "network.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "network.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "network.relayout", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wk_network_page_init (WkNetworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->engine = WK_LAYOUT_ENGINE_AUTOMATIC;
  self->size_by_betweenness = TRUE;
  self->type_keys = g_ptr_array_new_with_free_func (g_free);
  self->themes = g_ptr_array_new_with_free_func (g_free);
  self->relation_types = g_ptr_array_new_with_free_func (g_free);

  _wk_network_page_build_filters (self);
  _wk_network_page_build_view_options (self);

  g_signal_connect (self->connectors_button, "toggled", G_CALLBACK (connectors_toggled_cb), self);
  g_signal_connect (self->message_close, "clicked", G_CALLBACK (message_close_cb), self);
  g_signal_connect (self->view, "node-activated", G_CALLBACK (node_activated_cb), self);
  g_signal_connect (self->view, "node-moved", G_CALLBACK (node_moved_cb), self);
  g_signal_connect (self->view, "selection-changed", G_CALLBACK (view_selection_changed_cb), self);
  g_signal_connect (self->panel, "node-selected", G_CALLBACK (panel_node_selected_cb), self);
  g_signal_connect (self->card, "close-requested", G_CALLBACK (card_close_cb), self);
  g_signal_connect (self->card, "delete-requested", G_CALLBACK (card_delete_cb), self);
  g_signal_connect (self->card, "open-record", G_CALLBACK (card_open_cb), self);
  g_signal_connect (self->find_entry, "search-changed", G_CALLBACK (find_cb), self);
  g_signal_connect (self->find_entry, "activate", G_CALLBACK (find_activate_cb), self);

  set_busy (self, FALSE);
  update_side (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.unpin", FALSE);
}

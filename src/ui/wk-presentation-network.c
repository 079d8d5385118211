/* wk-presentation-network.c: the presentation's network: its filters, the tour, a relation added live
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A tour step changes only what stands out (WkNetworkView's spotlight): the
 * whole network stays where it is, so the cached drawing is kept and a step
 * draws just the connector's neighbourhood or the community over it.
 */
#include <glib/gi18n.h>

#include "wk-network-filter.h"
#include "wk-presentation-private.h"
#include "wk-tour.h"

#define ANALYSIS_SEED    7      /* the network page's: the same communities */
#define REBUILD_DELAY_MS 150

static void
apply_filters (WkPresentation *self)
{
  WkNetworkFilter filter = wk_view_state_get_filter (self->network_state);

  g_clear_pointer (&self->visible, g_free);
  if (self->network == NULL)
    return;
  self->visible = wk_network_filter_nodes (&filter, self->network);
  wk_network_view_set_visible_nodes (self->network_view, self->visible);
  wk_network_view_set_relation_filter (self->network_view, filter.relation_type, filter.min_strength);
}

static void
rebuild_tour (WkPresentation *self)
{
  g_clear_pointer (&self->tour, g_array_unref);
  if (self->analysis != NULL && wk_analysis_get_network (self->analysis) == self->network)
    self->tour = wk_tour_new (self->analysis, self->visible);
  if (self->tour != NULL && self->tour_step >= (int) self->tour->len)
    self->tour_step = -1;
  _wk_presentation_update_step (self);
}

static void
analysis_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  WkPresentation *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WkAnalysis) analysis = wk_analysis_new_finish (result, &error);

  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _wk_presentation_show_error (self, error->message);
      g_object_unref (self);
      return;
    }
  if (wk_analysis_get_network (analysis) == self->network)
    {
      guint n = wk_analysis_get_n_nodes (analysis);
      g_autofree double *metric = g_new0 (double, MAX (n, 1));

      g_set_object (&self->analysis, analysis);
      /* the connectors stand out by size, as on the network page */
      for (guint i = 0; i < n; i++)
        metric[i] = wk_analysis_get_betweenness (analysis, i);
      wk_network_view_set_node_metric (self->network_view, metric);
      rebuild_tour (self);
    }
  g_object_unref (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  WkPresentation *self = user_data;

  self->rebuild_id = 0;
  _wk_presentation_load_network (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (WkStore        *store,
                  const char     *table,
                  gint64          id,
                  WkPresentation *self)
{
  if (g_str_equal (table, "contact") || g_str_equal (table, "pin") || g_str_equal (table, "saved_view"))
    return;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (REBUILD_DELAY_MS, rebuild_cb, self);
}

/* Reads the network from the store, with the positions the network page
 * saved; again after every change, keeping the place and the step. */
void
_wk_presentation_load_network (WkPresentation *self)
{
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  gboolean first = self->network == NULL;
  int step = self->tour_step;

  network = wk_network_new_from_store (self->store, self->wijk, self->network_state->initiatives, &error);
  if (network == NULL)
    _wk_presentation_show_error (self, error->message);
  g_set_object (&self->network, network);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->tour, g_array_unref);
  wk_network_view_set_network (self->network_view, network, !first);
  apply_filters (self);
  if (first)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, 0);

  g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
  self->tour_step = step;
  if (network == NULL)
    return;
  self->analysis_cancellable = g_cancellable_new ();
  wk_analysis_new_async (network, ANALYSIS_SEED, self->analysis_cancellable, analysis_done_cb,
                         g_object_ref (self));
}

static void
show_node (WkPresentation *self,
           int             node)
{
  WkRenderer *renderer = wk_network_view_get_renderer (self->network_view);
  const WkRenderOptions *options = wk_network_view_get_render_options (self->network_view);
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  guint degree = 0;

  if (renderer == NULL || node < 0)
    return;
  title = wk_renderer_dup_node_text (renderer, options, node);
  for (guint e = 0; e < wk_network_get_n_edges (self->network); e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (self->network, e);

      degree += edge->source == (guint) node || edge->target == (guint) node;
    }
  if (self->analysis != NULL && wk_analysis_get_n_neighbour_communities (self->analysis, node) > 1)
    detail = g_strdup_printf (ngettext ("%u relation · links %u groups", "%u relations · links %u groups", degree),
                              degree, wk_analysis_get_n_neighbour_communities (self->analysis, node));
  else
    detail = g_strdup_printf (ngettext ("%u relation", "%u relations", degree), degree);
  wk_network_view_set_spotlight (self->network_view, node, NULL);
  _wk_presentation_show_caption (self, title, detail, 0);
}

static void
show_step (WkPresentation *self)
{
  const WkTourStep *step;

  _wk_presentation_update_step (self);
  if (self->tour == NULL || self->tour_step < 0 || (guint) self->tour_step >= self->tour->len)
    {
      wk_network_view_set_spotlight (self->network_view, -1, NULL);
      _wk_presentation_show_caption (self, NULL, NULL, 0);
      return;
    }
  step = &g_array_index (self->tour, WkTourStep, self->tour_step);
  if (step->kind == WK_TOUR_CONNECTOR)
    {
      show_node (self, step->node);
      return;
    }
  {
    WkRenderer *renderer = wk_network_view_get_renderer (self->network_view);
    g_autofree guint8 *members = wk_tour_dup_members (self->analysis, self->visible, step->community);
    g_autofree char *central = wk_renderer_dup_node_text (renderer, wk_network_view_get_render_options (self->network_view),
                                                          step->node);
    g_autofree char *title = g_strdup_printf (_("Group %u"), step->community + 1);
    g_autofree char *detail = g_strdup_printf (ngettext ("%u actor · around %s", "%u actors · around %s",
                                                         step->n_members),
                                               step->n_members, central);

    wk_network_view_set_spotlight (self->network_view, -1, members);
    _wk_presentation_show_caption (self, title, detail, 0);
  }
}

/* Next (1) or previous (-1) step; 0 shows the current one again. */
void
_wk_presentation_tour_step (WkPresentation *self,
                            int             delta)
{
  if (self->capture != CAPTURE_NONE)
    return;
  if (delta != 0 && (self->tour == NULL || self->tour->len == 0))
    {
      if (self->tour == NULL)
        _wk_presentation_show_caption (self, _("The tour is being prepared"), NULL, 2);
      else
        _wk_presentation_show_caption (self, _("This network has no connectors or groups to show"), NULL, 3);
      return;
    }
  if (self->tour != NULL)
    self->tour_step = CLAMP (self->tour_step + delta, -1, (int) self->tour->len - 1);
  show_step (self);
}

/* Back to the whole network. */
void
_wk_presentation_tour_reset (WkPresentation *self)
{
  self->tour_step = -1;
  show_step (self);
  wk_network_view_fit (self->network_view);
}

void
_wk_presentation_apply_network_state (WkPresentation    *self,
                                      const WkViewState *state)
{
  WkViewState *mine = self->network_state;
  int node;

  g_free (mine->type_key);
  mine->type_key = g_strdup (state->type_key);
  g_free (mine->theme);
  mine->theme = g_strdup (state->theme);
  g_free (mine->engagement);
  mine->engagement = g_strdup (state->engagement);
  g_free (mine->relation_type);
  mine->relation_type = g_strdup (state->relation_type);
  mine->min_strength = state->min_strength;
  self->tour_step = -1;
  if (mine->initiatives != state->initiatives)
    {
      mine->initiatives = state->initiatives;
      _wk_presentation_load_network (self);
    }
  else
    {
      apply_filters (self);
      rebuild_tour (self);
    }
  if (self->network == NULL)
    return;

  if (state->has_place)
    wk_network_view_set_place (self->network_view, state->x, state->y, state->zoom);
  else
    wk_network_view_fit (self->network_view);
  node = state->actor_id > 0 ? wk_network_find_node (self->network, WK_NODE_ACTOR, state->actor_id) : -1;
  if (node >= 0 && (self->visible == NULL || self->visible[node]))
    show_node (self, node);
  else
    show_step (self);
}

/* A relation added live -------------------------------------------------------- */

static gint64
default_relation_type (WkPresentation *self)
{
  GListModel *terms = wk_store_get_terms (self->store, "relation_type");
  gint64 first = -1;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);

      if (g_strcmp0 (wk_term_get_key (term), "knows") == 0)
        return wk_term_get_id (term);
      if (first < 0)
        first = wk_term_get_id (term);
    }
  return first;
}

static WkRecord *
node_record (WkPresentation *self,
             int             node)
{
  WkNetworkNode *n = wk_network_get_node (self->network, node);

  return wk_store_lookup (self->store, n->kind == WK_NODE_ACTOR ? WK_TYPE_ACTOR : WK_TYPE_INITIATIVE, n->record_id);
}

static void
add_relation (WkPresentation *self,
              int             first,
              int             second)
{
  WkRenderer *renderer = wk_network_view_get_renderer (self->network_view);
  const WkRenderOptions *options = wk_network_view_get_render_options (self->network_view);
  g_autofree char *a = wk_renderer_dup_node_text (renderer, options, first);
  g_autofree char *b = wk_renderer_dup_node_text (renderer, options, second);
  WkRelation *relation;
  g_autoptr(GError) error = NULL;
  WkRecord *source = node_record (self, first);
  WkRecord *target = node_record (self, second);

  /* a relation starts at an actor */
  if (source != NULL && !WK_IS_ACTOR (source))
    {
      WkRecord *swap = source;

      source = target;
      target = swap;
    }
  if (source == NULL || target == NULL || !WK_IS_ACTOR (source))
    {
      _wk_presentation_show_error (self, _("A relation needs at least one actor."));
      return;
    }
  relation = wk_store_create_relation (self->store, WK_ACTOR (source), target, default_relation_type (self), 2,
                                       FALSE, "", &error);
  if (relation == NULL)
    {
      _wk_presentation_show_error (self, error->message);
      return;
    }
  {
    g_autofree char *message = g_strdup_printf (_("Relation added between %s and %s"), a, b);

    _wk_presentation_toast_undo (self, message);
  }
}

static void
node_activated_cb (WkNetworkView  *view,
                   int             node,
                   WkPresentation *self)
{
  switch (self->capture)
    {
    case CAPTURE_RELATION_FIRST:
      self->capture_first = node;
      self->capture = CAPTURE_RELATION_SECOND;
      wk_network_view_set_spotlight (view, node, NULL);
      _wk_presentation_show_hint (self, _("Now click the second actor, or Tab to it and press Enter"));
      break;
    case CAPTURE_RELATION_SECOND:
      if (node == self->capture_first)
        return;
      add_relation (self, self->capture_first, node);
      _wk_presentation_cancel_relation (self);
      break;
    case CAPTURE_NONE:
    case CAPTURE_PIN:
    default:
      /* a click puts the actor in the spotlight, between the tour's steps */
      show_node (self, node);
      break;
    }
}

void
_wk_presentation_start_relation (WkPresentation *self)
{
  if (self->network == NULL || wk_network_get_n_nodes (self->network) < 2)
    return;
  self->capture = CAPTURE_RELATION_FIRST;
  self->capture_first = -1;
  wk_network_view_set_spotlight (self->network_view, -1, NULL);
  _wk_presentation_show_hint (self, _("Adding a relation: click the first actor, or Tab to it and press Enter. "
                                      "Escape stops."));
  gtk_widget_grab_focus (GTK_WIDGET (self->network_view));
}

void
_wk_presentation_cancel_relation (WkPresentation *self)
{
  if (self->capture != CAPTURE_RELATION_FIRST && self->capture != CAPTURE_RELATION_SECOND)
    return;
  self->capture = CAPTURE_NONE;
  self->capture_first = -1;
  _wk_presentation_show_hint (self, NULL);
  show_step (self);
}

void
_wk_presentation_init_network (WkPresentation *self)
{
  /* read from the back of the room: no label over another */
  wk_network_view_set_declutter_labels (self->network_view, TRUE);
  g_signal_connect_object (self->network_view, "node-activated", G_CALLBACK (node_activated_cb), self, 0);
}

/* wk-network-page-options.c: the network page's filters and view options
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The filters (type, theme, relation, strength, engagement, and the ego
 * view around the selected actor) decide which nodes the diagram shows;
 * the view options how: the layout engine and its groups, initiatives,
 * sizes by betweenness, communities, personal data and the legend.
 */
#include <glib/gi18n.h>

#include "wk-list-util.h"
#include "wk-network-filter.h"
#include "wk-network-page-private.h"

/* Filters ------------------------------------------------------------------- */

static WkNetworkFilter
current_filter (WkNetworkPage *self)
{
  WkNetworkFilter filter = {
    self->type_key, self->theme, self->engagement, self->relation_type, self->min_strength
  };

  return filter;
}

/* The ego view: the selected node and its neighbours up to the depth. */
static void
restrict_to_ego (WkNetworkPage *self,
                 gboolean      *visible,
                 int            centre)
{
  guint n = wk_network_get_n_nodes (self->network);
  g_autofree int *depth = g_new (int, n);
  WkNetworkFilter filter = current_filter (self);

  for (guint i = 0; i < n; i++)
    depth[i] = -1;
  depth[centre] = 0;
  for (int d = 0; d < self->ego_depth; d++)
    for (guint e = 0; e < wk_network_get_n_edges (self->network); e++)
      {
        WkNetworkEdge *edge = wk_network_get_edge (self->network, e);

        if (!wk_network_filter_edge (&filter, edge))
          continue;
        if (depth[edge->source] == d && depth[edge->target] < 0)
          depth[edge->target] = d + 1;
        else if (depth[edge->target] == d && depth[edge->source] < 0)
          depth[edge->source] = d + 1;
      }
  for (guint i = 0; i < n; i++)
    visible[i] = visible[i] && depth[i] >= 0;
}

void
_wk_network_page_apply_filters (WkNetworkPage *self)
{
  g_autofree gboolean *visible = NULL;
  WkNetworkFilter filter = current_filter (self);
  gboolean any = !wk_network_filter_is_empty (&filter);
  int selected = wk_network_view_get_selected (self->view);
  guint n, shown = 0, actors = 0;
  g_autofree char *count = NULL;

  if (self->network == NULL)
    return;
  n = wk_network_get_n_nodes (self->network);
  visible = wk_network_filter_nodes (&filter, self->network);
  if (visible == NULL)
    {
      visible = g_new (gboolean, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        visible[i] = TRUE;
    }
  if (self->ego_depth > 0 && selected >= 0)
    {
      restrict_to_ego (self, visible, selected);
      any = TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      if (wk_network_get_node (self->network, i)->kind == WK_NODE_ACTOR)
        actors++;
      shown += visible[i];
    }
  wk_network_view_set_visible_nodes (self->view, any ? visible : NULL);
  wk_network_view_set_relation_filter (self->view, self->relation_type, self->min_strength);

  if (any)
    count = g_strdup_printf (ngettext ("%u of %u node shown", "%u of %u nodes shown", n), shown, n);
  else
    count = g_strdup_printf (ngettext ("%u actor", "%u actors", actors), actors);
  gtk_label_set_text (self->count_label, count);
}

static char *
dup_choice (GPtrArray *values,
            guint      position)
{
  return position != ALL && values != NULL && position - 1 < values->len
           ? g_strdup (g_ptr_array_index (values, position - 1)) : NULL;
}

static void
filter_changed_cb (GObject       *dropdown,
                   GParamSpec    *pspec,
                   WkNetworkPage *self)
{
  guint engagement = gtk_drop_down_get_selected (self->engagement_filter);
  guint n_choices;
  const WkChoice *choices = wk_vocabulary_get ("engagement", &n_choices);

  g_free (self->type_key);
  self->type_key = dup_choice (self->type_keys, gtk_drop_down_get_selected (self->type_filter));
  g_free (self->theme);
  self->theme = dup_choice (self->themes, gtk_drop_down_get_selected (self->theme_filter));
  g_free (self->relation_type);
  self->relation_type = dup_choice (self->relation_types, gtk_drop_down_get_selected (self->relation_filter));
  self->min_strength = (int) gtk_drop_down_get_selected (self->strength_filter) + 1;
  g_free (self->engagement);
  self->engagement = engagement != ALL && engagement - 1 < n_choices ? g_strdup (choices[engagement - 1].key) : NULL;
  _wk_network_page_apply_filters (self);
}

/* The filter choices: the types, themes and relation types in this network. */
void
_wk_network_page_fill_filters (WkNetworkPage *self)
{
  g_autoptr(GPtrArray) type_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) relation_labels = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = self->network != NULL ? wk_network_get_n_nodes (self->network) : 0;

  g_signal_handlers_block_by_func (self->type_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->theme_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->relation_filter, filter_changed_cb, self);

  g_ptr_array_set_size (self->type_keys, 0);
  g_ptr_array_set_size (self->themes, 0);
  g_ptr_array_set_size (self->relation_types, 0);
  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (self->network, i);

      if (node->kind == WK_NODE_ACTOR && node->type_key != NULL && g_hash_table_add (seen, node->type_key))
        {
          g_ptr_array_add (self->type_keys, g_strdup (node->type_key));
          g_ptr_array_add (type_labels, node->type_label != NULL ? node->type_label : node->type_key);
        }
      for (guint t = 0; node->themes != NULL && node->themes[t] != NULL; t++)
        if (g_hash_table_add (seen, node->themes[t]))
          g_ptr_array_add (self->themes, g_strdup (node->themes[t]));
    }
  for (guint e = 0; self->network != NULL && e < wk_network_get_n_edges (self->network); e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (self->network, e);

      if (edge->type_key != NULL && g_hash_table_add (seen, edge->type_key))
        {
          g_ptr_array_add (self->relation_types, g_strdup (edge->type_key));
          g_ptr_array_add (relation_labels, edge->type_label != NULL ? edge->type_label : edge->type_key);
        }
    }
  wk_list_set_choices (self->type_filter, _("All types"), (const char **) type_labels->pdata, type_labels->len);
  wk_list_set_choices (self->theme_filter, _("All themes"), (const char **) self->themes->pdata,
                       self->themes->len);
  wk_list_set_choices (self->relation_filter, _("All relations"), (const char **) relation_labels->pdata,
                       relation_labels->len);

  g_signal_handlers_unblock_by_func (self->type_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->theme_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->relation_filter, filter_changed_cb, self);
  filter_changed_cb (NULL, NULL, self);
}

/* View options ------------------------------------------------------------------ */

static void
engine_changed_cb (GtkDropDown   *dropdown,
                   GParamSpec    *pspec,
                   WkNetworkPage *self)
{
  static const WkLayoutEngine engines[] = {
    WK_LAYOUT_ENGINE_AUTOMATIC, WK_LAYOUT_ENGINE_NEATO, WK_LAYOUT_ENGINE_SFDP, WK_LAYOUT_ENGINE_FDP,
  };
  guint position = gtk_drop_down_get_selected (dropdown);

  self->engine = engines[MIN (position, G_N_ELEMENTS (engines) - 1)];
}

static void
grouping_changed_cb (GtkDropDown   *dropdown,
                     GParamSpec    *pspec,
                     WkNetworkPage *self)
{
  static const WkLayoutGrouping groupings[] = {
    WK_LAYOUT_GROUP_NONE, WK_LAYOUT_GROUP_TYPE, WK_LAYOUT_GROUP_COMMUNITY,
  };

  self->grouping = groupings[MIN (gtk_drop_down_get_selected (dropdown), G_N_ELEMENTS (groupings) - 1)];
  /* groups are drawn by fdp, from scratch */
  _wk_network_page_start_layout (self, TRUE);
}

static void
initiatives_toggled_cb (GtkSwitch     *toggle,
                        GParamSpec    *pspec,
                        WkNetworkPage *self)
{
  self->with_initiatives = gtk_switch_get_active (toggle);
  _wk_network_page_load_network (self, TRUE);
}

static void
size_toggled_cb (GtkSwitch     *toggle,
                 GParamSpec    *pspec,
                 WkNetworkPage *self)
{
  self->size_by_betweenness = gtk_switch_get_active (toggle);
  _wk_network_page_apply_analysis (self);
}

static void
personal_toggled_cb (GtkSwitch     *toggle,
                     GParamSpec    *pspec,
                     WkNetworkPage *self)
{
  self->hide_personal = gtk_switch_get_active (toggle);
  wk_network_view_set_hide_personal (self->view, self->hide_personal);
  _wk_network_page_apply_analysis (self);
}

static void
legend_toggled_cb (GtkSwitch     *toggle,
                   GParamSpec    *pspec,
                   WkNetworkPage *self)
{
  wk_network_view_set_show_legend (self->view, gtk_switch_get_active (toggle));
}

static void
communities_changed_cb (GtkDropDown   *dropdown,
                        GParamSpec    *pspec,
                        WkNetworkPage *self)
{
  self->communities = (Communities) gtk_drop_down_get_selected (dropdown);
  _wk_network_page_apply_analysis (self);
}

static void
ego_changed_cb (GtkDropDown   *dropdown,
                GParamSpec    *pspec,
                WkNetworkPage *self)
{
  self->ego_depth = (int) gtk_drop_down_get_selected (dropdown);
  _wk_network_page_apply_filters (self);
}

static GtkWidget *
add_view_row (WkNetworkPage *self,
              int            row,
              const char    *label,
              GtkWidget     *control)
{
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_halign (control, GTK_ALIGN_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_grid_attach (self->view_grid, title, 0, row, 1, 1);
  gtk_grid_attach (self->view_grid, control, 1, row, 1, 1);
  return control;
}

static GtkWidget *
new_choices (const char * const *labels)
{
  return gtk_drop_down_new_from_strings (labels);
}

void
_wk_network_page_build_view_options (WkNetworkPage *self)
{
  const char *engines[] = { _("Automatic"), _("neato (small networks)"), _("sfdp (large networks)"),
                            _("fdp (groups)"), NULL };
  const char *communities[] = { _("Not shown"), _("By colour"), _("As areas"), NULL };
  const char *groupings[] = { _("No groups"), _("By type"), _("By community"), NULL };
  const char *ego[] = { _("Everyone"), _("Neighbours"), _("Up to 2 steps"), _("Up to 3 steps"), NULL };
  GtkWidget *widget;

  widget = add_view_row (self, 0, _("Layout"), new_choices (engines));
  g_signal_connect (widget, "notify::selected", G_CALLBACK (engine_changed_cb), self);
  widget = add_view_row (self, 1, _("Initiatives"), gtk_switch_new ());
  g_signal_connect (widget, "notify::active", G_CALLBACK (initiatives_toggled_cb), self);
  widget = add_view_row (self, 2, _("Size by betweenness"), gtk_switch_new ());
  gtk_switch_set_active (GTK_SWITCH (widget), self->size_by_betweenness);
  g_signal_connect (widget, "notify::active", G_CALLBACK (size_toggled_cb), self);
  widget = add_view_row (self, 3, _("Communities"), new_choices (communities));
  g_signal_connect (widget, "notify::selected", G_CALLBACK (communities_changed_cb), self);
  widget = add_view_row (self, 4, _("Around the selected actor"), new_choices (ego));
  g_signal_connect (widget, "notify::selected", G_CALLBACK (ego_changed_cb), self);
  widget = add_view_row (self, 5, _("Hide personal data"), gtk_switch_new ());
  g_signal_connect (widget, "notify::active", G_CALLBACK (personal_toggled_cb), self);
  widget = add_view_row (self, 7, _("Groups in the layout"), new_choices (groupings));
  g_signal_connect (widget, "notify::selected", G_CALLBACK (grouping_changed_cb), self);
  widget = add_view_row (self, 6, _("Legend"), gtk_switch_new ());
  gtk_switch_set_active (GTK_SWITCH (widget), TRUE);
  g_signal_connect (widget, "notify::active", G_CALLBACK (legend_toggled_cb), self);
}

void
_wk_network_page_build_filters (WkNetworkPage *self)
{
  const char *strengths[] = { _("Any strength"), _("2 or stronger"), _("3 (strongest)"), NULL };
  guint n_choices;
  const WkChoice *choices = wk_vocabulary_get ("engagement", &n_choices);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  self->type_filter = wk_list_add_filter_row (self->filter_grid, 0, _("Type"), G_CALLBACK (filter_changed_cb), self);
  self->theme_filter = wk_list_add_filter_row (self->filter_grid, 1, _("Theme"), G_CALLBACK (filter_changed_cb), self);
  self->relation_filter = wk_list_add_filter_row (self->filter_grid, 2, _("Relation"),
                                                  G_CALLBACK (filter_changed_cb), self);
  self->strength_filter = wk_list_add_filter_row (self->filter_grid, 3, _("Strength"),
                                                  G_CALLBACK (filter_changed_cb), self);
  self->engagement_filter = wk_list_add_filter_row (self->filter_grid, 4, _("Engagement"),
                                                    G_CALLBACK (filter_changed_cb), self);
  g_signal_handlers_block_by_func (self->strength_filter, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->engagement_filter, filter_changed_cb, self);
  gtk_drop_down_set_model (self->strength_filter, G_LIST_MODEL (gtk_string_list_new (strengths)));
  for (guint i = 0; i < n_choices; i++)
    g_ptr_array_add (labels, (gpointer) wk_vocabulary_label ("engagement", choices[i].key));
  wk_list_set_choices (self->engagement_filter, _("Any engagement"), (const char **) labels->pdata, labels->len);
  g_signal_handlers_unblock_by_func (self->strength_filter, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->engagement_filter, filter_changed_cb, self);
}

/* wk-connectors-panel.c: who connects the network: centrality, communities, bridges and gaps
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The table a wijkteam reads to find its verbindende actoren: every actor
 * with its ties, betweenness (plain and weighted by strength), community and
 * whether it bridges communities or types, sorted by betweenness; above it
 * the communities and their modularity, below it the gaps (types or
 * communities with no tie at all) and the isolated actors. Selecting a row
 * selects the node in the diagram (::node-selected).
 */
#include <glib/gi18n.h>

#include "wk-connectors-panel.h"
#include "wk-node-stat.h"

#define MAX_GAPS_SHOWN 12

typedef enum {
  COLUMN_NAME,
  COLUMN_TYPE,
  COLUMN_DEGREE,
  COLUMN_BETWEENNESS,
  COLUMN_WEIGHTED,
  COLUMN_COMMUNITY,
  COLUMN_BRIDGES,
} Column;

struct _WkConnectorsPanel
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkLabel           *summary;
  GtkColumnView      *table;
  GtkLabel           *gaps;
  GtkLabel           *isolated;
  GtkSpinner         *spinner;
  GListStore         *rows;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  gboolean            selecting;
};

enum {
  NODE_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WkConnectorsPanel, wk_connectors_panel, GTK_TYPE_WIDGET)

static char *
bridges_text (WkBridgeFlags flags)
{
  if ((flags & WK_BRIDGE_COMMUNITIES) && (flags & WK_BRIDGE_TYPES))
    return g_strdup (_("Communities and types"));
  if (flags & WK_BRIDGE_COMMUNITIES)
    return g_strdup (_("Communities"));
  if (flags & WK_BRIDGE_TYPES)
    return g_strdup (_("Types"));
  return g_strdup ("");
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), column >= COLUMN_DEGREE && column <= COLUMN_COMMUNITY ? 1 : 0);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), column <= COLUMN_TYPE ? 14 : 6);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  WkNodeStat *stat = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      text = g_strdup (wk_node_stat_get_name (stat));
      break;
    case COLUMN_TYPE:
      text = g_strdup (wk_node_stat_get_kind (stat));
      break;
    case COLUMN_DEGREE:
      text = g_strdup_printf ("%u", wk_node_stat_get_degree (stat));
      break;
    case COLUMN_BETWEENNESS:
      text = g_strdup_printf ("%.3f", wk_node_stat_get_betweenness (stat));
      break;
    case COLUMN_WEIGHTED:
      text = g_strdup_printf ("%.3f", wk_node_stat_get_weighted (stat));
      break;
    case COLUMN_COMMUNITY:
      text = g_strdup_printf ("%u", wk_node_stat_get_community (stat) + 1);
      break;
    case COLUMN_BRIDGES:
      text = bridges_text (wk_node_stat_get_bridges (stat));
      break;
    default:
      g_assert_not_reached ();
    }
  g_strdelimit (text, "\n\r\t", ' ');
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static int
compare_stats (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  WkNodeStat *x = (WkNodeStat *) a, *y = (WkNodeStat *) b;
  double dx = 0, dy = 0;

  switch (GPOINTER_TO_INT (user_data))
    {
    case COLUMN_NAME:
      return g_utf8_collate (wk_node_stat_get_name (x), wk_node_stat_get_name (y));
    case COLUMN_TYPE:
      return g_utf8_collate (wk_node_stat_get_kind (x), wk_node_stat_get_kind (y));
    case COLUMN_DEGREE:
      dx = wk_node_stat_get_degree (x), dy = wk_node_stat_get_degree (y);
      break;
    case COLUMN_BETWEENNESS:
      dx = wk_node_stat_get_betweenness (x), dy = wk_node_stat_get_betweenness (y);
      break;
    case COLUMN_WEIGHTED:
      dx = wk_node_stat_get_weighted (x), dy = wk_node_stat_get_weighted (y);
      break;
    case COLUMN_COMMUNITY:
      dx = wk_node_stat_get_community (x), dy = wk_node_stat_get_community (y);
      break;
    case COLUMN_BRIDGES:
      dx = wk_node_stat_get_bridges (x), dy = wk_node_stat_get_bridges (y);
      break;
    default:
      g_assert_not_reached ();
    }
  /* numbers: the largest first when sorted ascending is what a team wants
   * least; GTK flips it for a descending sort */
  return dx < dy ? -1 : dx > dy;
}

static GtkColumnViewColumn *
add_column (WkConnectorsPanel *self,
            Column             column,
            const char        *title,
            gboolean           expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_stats, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->table, view_column);
  g_object_unref (view_column);
  return view_column;
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      WkConnectorsPanel  *self)
{
  WkNodeStat *stat = gtk_single_selection_get_selected_item (selection);

  if (stat != NULL && !self->selecting)
    g_signal_emit (self, signals[NODE_SELECTED], 0, (int) wk_node_stat_get_node (stat));
}

static char *
gap_list (WkAnalysis           *analysis,
          const WkAnalysisPair *pairs,
          guint                 n,
          gboolean              types)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, MAX_GAPS_SHOWN); i++)
    {
      g_autofree char *a = types ? g_strdup (wk_analysis_get_type_label (analysis, pairs[i].a))
                                 : g_strdup_printf (_("community %u"), pairs[i].a + 1);
      g_autofree char *b = types ? g_strdup (wk_analysis_get_type_label (analysis, pairs[i].b))
                                 : g_strdup_printf (_("community %u"), pairs[i].b + 1);

      g_string_append_printf (text, "\n• %s – %s", a, b);
    }
  if (n > MAX_GAPS_SHOWN)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more pair", "and %u more pairs", n - MAX_GAPS_SHOWN),
                              n - MAX_GAPS_SHOWN);
    }
  return g_string_free (text, FALSE);
}

/**
 * wk_connectors_panel_set_analysis:
 * @analysis: (nullable): the figures, or %NULL while there are none
 * @renderer: names the nodes as the diagram does (so persons are shown by
 *   role when personal data is hidden)
 */
void
wk_connectors_panel_set_analysis (WkConnectorsPanel     *self,
                                  WkAnalysis            *analysis,
                                  WkRenderer            *renderer,
                                  const WkRenderOptions *options)
{
  g_autoptr(GPtrArray) stats = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) gaps = g_string_new (NULL);
  g_autoptr(GString) isolated = g_string_new (NULL);
  const WkAnalysisPair *pairs;
  const guint *lonely;
  guint n_pairs, n_lonely;
  WkNetwork *network;

  g_return_if_fail (WK_IS_CONNECTORS_PANEL (self));

  wk_connectors_panel_set_busy (self, FALSE);
  if (analysis == NULL)
    {
      g_list_store_remove_all (self->rows);
      gtk_label_set_text (self->summary, "");
      gtk_label_set_text (self->gaps, "");
      gtk_label_set_text (self->isolated, "");
      return;
    }

  network = wk_analysis_get_network (analysis);
  for (guint i = 0; i < wk_analysis_get_n_nodes (analysis); i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *name = wk_renderer_dup_node_text (renderer, options, i);

      if (node->kind != WK_NODE_ACTOR)
        continue;
      g_ptr_array_add (stats, wk_node_stat_new (analysis, i, name, node->type_label));
    }
  self->selecting = TRUE;
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       stats->pdata, stats->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;

  {
    g_autofree char *communities = g_strdup_printf (ngettext ("%u community", "%u communities",
                                                              wk_analysis_get_n_communities (analysis)),
                                                    wk_analysis_get_n_communities (analysis));
    g_autofree char *modularity = g_strdup_printf (_("modularity %.2f"), wk_analysis_get_modularity (analysis));
    g_autofree char *ties = g_strdup_printf (ngettext ("%u tie", "%u ties", wk_analysis_get_n_ties (analysis)),
                                             wk_analysis_get_n_ties (analysis));
    g_autofree char *summary = g_strdup_printf ("%s · %s · %s", communities, modularity, ties);

    gtk_label_set_text (self->summary, summary);
  }

  pairs = wk_analysis_get_type_gaps (analysis, &n_pairs);
  if (n_pairs > 0)
    {
      g_autofree char *list = gap_list (analysis, pairs, n_pairs, TRUE);

      g_string_append_printf (gaps, "%s%s", _("No tie at all between these types:"), list);
    }
  pairs = wk_analysis_get_community_gaps (analysis, &n_pairs);
  if (n_pairs > 0)
    {
      g_autofree char *list = gap_list (analysis, pairs, n_pairs, FALSE);

      g_string_append_printf (gaps, "%s%s%s", gaps->len > 0 ? "\n\n" : "",
                              _("No tie at all between these communities:"), list);
    }
  gtk_label_set_text (self->gaps, gaps->str);
  gtk_widget_set_visible (GTK_WIDGET (self->gaps), gaps->len > 0);

  lonely = wk_analysis_get_isolated (analysis, &n_lonely);
  for (guint i = 0; i < n_lonely; i++)
    {
      g_autofree char *name = wk_renderer_dup_node_text (renderer, options, lonely[i]);

      g_string_append_printf (isolated, "%s%s", i > 0 ? ", " : "", name);
    }
  if (n_lonely > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Without any tie (%u): %s", "Without any tie (%u): %s",
                                                         n_lonely),
                                               n_lonely, isolated->str);

      gtk_label_set_text (self->isolated, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->isolated), n_lonely > 0);
}

void
wk_connectors_panel_set_busy (WkConnectorsPanel *self,
                              gboolean           busy)
{
  g_return_if_fail (WK_IS_CONNECTORS_PANEL (self));

  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  if (busy)
    gtk_label_set_text (self->summary, _("Analysing the network…"));
}

/* Shows node @node's row, selected, without emitting ::node-selected. */
void
wk_connectors_panel_select_node (WkConnectorsPanel *self,
                                 int                node)
{
  GListModel *model;

  g_return_if_fail (WK_IS_CONNECTORS_PANEL (self));

  model = G_LIST_MODEL (self->selection);
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; node >= 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WkNodeStat) stat = g_list_model_get_item (model, i);

      if ((int) wk_node_stat_get_node (stat) == node)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->selecting = FALSE;
}

guint
wk_connectors_panel_get_n_rows (WkConnectorsPanel *self)
{
  g_return_val_if_fail (WK_IS_CONNECTORS_PANEL (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

static GtkLabel *
new_note (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return GTK_LABEL (label);
}

static void
wk_connectors_panel_dispose (GObject *object)
{
  WkConnectorsPanel *self = WK_CONNECTORS_PANEL (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (wk_connectors_panel_parent_class)->dispose (object);
}

static void
wk_connectors_panel_class_init (WkConnectorsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_connectors_panel_dispose;

  /**
   * WkConnectorsPanel::node-selected:
   * @node: the node of the row the user selected
   */
  signals[NODE_SELECTED] = g_signal_new ("node-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wk_connectors_panel_init (WkConnectorsPanel *self)
{
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Connectors"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkColumnViewColumn *betweenness;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_box_append (GTK_BOX (title_box), title);
  gtk_box_append (GTK_BOX (title_box), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (self->box), title_box);

  self->summary = new_note ();
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->summary));

  self->rows = g_list_store_new (WK_TYPE_NODE_STAT);
  self->table = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Connectors"), -1);
  add_column (self, COLUMN_NAME, _("Name"), TRUE);
  /* the type is in the diagram's colours; the panel is narrow */
  gtk_column_view_column_set_visible (add_column (self, COLUMN_TYPE, _("Type"), FALSE), FALSE);
  add_column (self, COLUMN_DEGREE, _("Ties"), FALSE);
  betweenness = add_column (self, COLUMN_BETWEENNESS, _("Betweenness"), FALSE);
  add_column (self, COLUMN_WEIGHTED, _("Weighted"), FALSE);
  add_column (self, COLUMN_COMMUNITY, _("Community"), FALSE);
  add_column (self, COLUMN_BRIDGES, _("Bridges"), FALSE);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->rows),
                                          g_object_ref (gtk_column_view_get_sorter (self->table)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->table, betweenness, GTK_SORT_DESCENDING);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (self->box), scrolled);

  self->gaps = new_note ();
  self->isolated = new_note ();
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->gaps));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->isolated));
}

GtkWidget *
wk_connectors_panel_new (void)
{
  return g_object_new (WK_TYPE_CONNECTORS_PANEL, NULL);
}

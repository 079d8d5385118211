/* test-analysis.c: betweenness, communities, connectors and gaps on graphs checked by hand
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The comparison with networkx on larger graphs is test-analysis-networkx.py.
 */
#include <math.h>
#include <glib/gstdio.h>

#include "wk-analysis.h"

#define assert_close(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-12)

/* nodes typed by @types (NULL: all untyped), edges as pairs with strength 1 */
static WkNetwork *
new_network (guint        n,
             const char **types)
{
  WkNetwork *network = wk_network_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Actor %u", i);
      WkNetworkNode node = {
        .kind = WK_NODE_ACTOR,
        .record_id = i + 1,
        .label = label,
        .type_key = types != NULL ? (char *) types[i] : NULL,
        .type_label = types != NULL ? (char *) types[i] : NULL,
      };

      wk_network_add_node (network, &node);
    }
  return network;
}

static void
tie (WkNetwork *network,
     guint      source,
     guint      target,
     int        strength,
     gboolean   directed)
{
  WkNetworkEdge edge = {
    .source = source,
    .target = target,
    .strength = strength,
    .directed = directed,
  };

  wk_network_add_edge (network, &edge);
}

static WkAnalysis *
analyse (WkNetwork *network)
{
  g_autoptr(GError) error = NULL;
  WkAnalysis *analysis = wk_analysis_new (network, 1, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  g_assert_true (wk_analysis_get_network (analysis) == network);
  g_assert_cmpuint (wk_analysis_get_n_nodes (analysis), ==, wk_network_get_n_nodes (network));
  return analysis;
}

static void
assert_betweenness (WkAnalysis   *analysis,
                    const double *expected,
                    const double *expected_weighted)
{
  for (guint i = 0; i < wk_analysis_get_n_nodes (analysis); i++)
    {
      assert_close (wk_analysis_get_betweenness (analysis, i), expected[i]);
      assert_close (wk_analysis_get_weighted_betweenness (analysis, i),
                    expected_weighted != NULL ? expected_weighted[i] : expected[i]);
    }
}

/* 0–1–2–3–4: the middle lies on 4 of the 6 pairs, scaled by 2/((n-1)(n-2)) */
static void
test_path (void)
{
  g_autoptr(WkNetwork) network = new_network (5, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 0.0, 0.5, 2.0 / 3.0, 0.5, 0.0 };
  guint n;

  for (guint i = 0; i < 4; i++)
    tie (network, i, i + 1, 1 + i % 3, FALSE);
  analysis = analyse (network);
  /* one path between any two: strength changes nothing */
  assert_betweenness (analysis, expected, NULL);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 0), ==, 1);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 2), ==, 2);
  g_assert_cmpuint (wk_analysis_get_strength (analysis, 2), ==, 2 + 3);
  g_assert_cmpuint (wk_analysis_get_n_ties (analysis), ==, 4);
  wk_analysis_get_isolated (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_star (void)
{
  g_autoptr(WkNetwork) network = new_network (5, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 1.0, 0.0, 0.0, 0.0, 0.0 };

  for (guint i = 1; i < 5; i++)
    tie (network, 0, i, 2, FALSE);
  analysis = analyse (network);
  assert_betweenness (analysis, expected, NULL);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 0), ==, 4);
  g_assert_cmpuint (wk_analysis_get_strength (analysis, 0), ==, 8);
}

/* triangle 0 1 2 with 3 hanging off 2: 2 lies on (0,3) and (1,3) */
static void
test_triangle_with_tail (void)
{
  g_autoptr(WkNetwork) network = new_network (4, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 0.0, 0.0, 2.0 / 3.0, 0.0 };

  tie (network, 0, 1, 1, FALSE);
  tie (network, 1, 2, 1, FALSE);
  tie (network, 2, 0, 1, FALSE);
  tie (network, 2, 3, 1, FALSE);
  analysis = analyse (network);
  assert_betweenness (analysis, expected, NULL);
}

/* 0–1–2, 3–4 and 5 alone: only (0,2) passes through anyone; n = 6 */
static void
test_disconnected (void)
{
  g_autoptr(WkNetwork) network = new_network (6, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 0.0, 0.1, 0.0, 0.0, 0.0, 0.0 };
  const guint *isolated;
  guint n;

  tie (network, 0, 1, 1, FALSE);
  tie (network, 1, 2, 1, FALSE);
  tie (network, 3, 4, 1, FALSE);
  analysis = analyse (network);
  assert_betweenness (analysis, expected, NULL);
  isolated = wk_analysis_get_isolated (analysis, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (isolated[0], ==, 5);
  /* the pieces never share a community */
  g_assert_cmpuint (wk_analysis_get_community (analysis, 0), ==, wk_analysis_get_community (analysis, 2));
  g_assert_cmpuint (wk_analysis_get_community (analysis, 0), !=, wk_analysis_get_community (analysis, 3));
  g_assert_cmpuint (wk_analysis_get_community (analysis, 3), ==, wk_analysis_get_community (analysis, 4));
  g_assert_cmpuint (wk_analysis_get_n_communities (analysis), ==, 3);
  g_assert_cmpuint (wk_analysis_get_community (analysis, 0), ==, 0);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 0), ==, 3);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 1), ==, 2);
  g_assert_cmpuint (wk_analysis_get_community (analysis, 5), ==, 2);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 2), ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(WkNetwork) network = new_network (0, NULL);
  g_autoptr(WkAnalysis) analysis = analyse (network);
  guint n = 1;

  g_assert_cmpuint (wk_analysis_get_n_ties (analysis), ==, 0);
  g_assert_cmpuint (wk_analysis_get_n_communities (analysis), ==, 0);
  g_assert_cmpfloat (wk_analysis_get_modularity (analysis), ==, 0.0);
  g_assert_cmpuint (wk_analysis_get_n_types (analysis), ==, 0);
  wk_analysis_get_isolated (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
  wk_analysis_get_bridges (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
  wk_analysis_get_type_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
  wk_analysis_get_community_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (wk_analysis_compute_modularity (network, NULL, 0), ==, 0.0);
}

/* isolated nodes, and self loops that make no tie */
static void
test_only_isolated (void)
{
  const char *types[] = { "club", "club", "school" };
  g_autoptr(WkNetwork) network = new_network (3, types);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double zeros[3] = { 0 };
  const WkAnalysisPair *gaps;
  const guint *isolated;
  guint n;

  tie (network, 1, 1, 3, FALSE);
  analysis = analyse (network);
  assert_betweenness (analysis, zeros, NULL);
  isolated = wk_analysis_get_isolated (analysis, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (isolated[i], ==, i);
      g_assert_cmpuint (wk_analysis_get_degree (analysis, i), ==, 0);
      g_assert_cmpuint (wk_analysis_get_strength (analysis, i), ==, 0);
      g_assert_cmpuint (wk_analysis_get_community (analysis, i), ==, i);
      g_assert_cmpuint (wk_analysis_get_bridge_flags (analysis, i), ==, WK_BRIDGE_NONE);
    }
  g_assert_cmpuint (wk_analysis_get_n_communities (analysis), ==, 3);
  g_assert_cmpfloat (wk_analysis_get_modularity (analysis), ==, 0.0);
  /* singletons are no groups: no community gaps, but the types do have one */
  wk_analysis_get_community_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 0);
  gaps = wk_analysis_get_type_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (wk_analysis_get_type_key (analysis, gaps[0].a), ==, "club");
  g_assert_cmpstr (wk_analysis_get_type_key (analysis, gaps[0].b), ==, "school");
}

/* A→B, B→A and A→B again are one tie, as strong as the strongest; loops vanish */
static void
test_multi_edges_and_loops (void)
{
  g_autoptr(WkNetwork) network = new_network (3, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 0.0, 1.0, 0.0 };
  const guint all_one[] = { 0, 0, 0 };

  tie (network, 0, 1, 1, TRUE);
  tie (network, 1, 0, 3, TRUE);
  tie (network, 0, 1, 2, FALSE);
  tie (network, 1, 1, 3, FALSE);
  tie (network, 1, 2, 1, TRUE);
  tie (network, 2, 2, 2, TRUE);
  analysis = analyse (network);
  assert_betweenness (analysis, expected, NULL);
  g_assert_cmpuint (wk_analysis_get_n_ties (analysis), ==, 2);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 0), ==, 1);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 1), ==, 2);
  g_assert_cmpuint (wk_analysis_get_degree (analysis, 2), ==, 1);
  g_assert_cmpuint (wk_analysis_get_strength (analysis, 0), ==, 3);
  g_assert_cmpuint (wk_analysis_get_strength (analysis, 1), ==, 4);
  /* everything in one community: Q = 1 - 1 */
  assert_close (wk_analysis_compute_modularity (network, all_one, 3), 0.0);
}

/* directions do not matter: 0→1←2→3 is the path 0–1–2–3 */
static void
test_directed_as_ties (void)
{
  g_autoptr(WkNetwork) network = new_network (4, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  const double expected[] = { 0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0 };

  tie (network, 0, 1, 1, TRUE);
  tie (network, 2, 1, 1, TRUE);
  tie (network, 2, 3, 1, TRUE);
  analysis = analyse (network);
  assert_betweenness (analysis, expected, NULL);
}

/* strong ties are short: the detour over strong ties wins */
static void
test_weighted (void)
{
  g_autoptr(WkNetwork) square = new_network (4, NULL);
  g_autoptr(WkNetwork) triangle = new_network (3, NULL);
  g_autoptr(WkAnalysis) analysis = NULL;
  /* plain: every node carries half of one pair; weighted (lengths 1/3, 1/3,
   * 1, 1): 0–2 only over 1, 1–3 over 0 and over 2 (4/3 either way) */
  const double plain[] = { 1.0 / 6.0, 1.0 / 6.0, 1.0 / 6.0, 1.0 / 6.0 };
  const double weighted[] = { 1.0 / 6.0, 1.0 / 3.0, 1.0 / 6.0, 0.0 };
  const double triangle_plain[] = { 0.0, 0.0, 0.0 };
  const double triangle_weighted[] = { 0.0, 1.0, 0.0 };

  tie (square, 0, 1, 3, FALSE);
  tie (square, 1, 2, 3, FALSE);
  tie (square, 2, 3, 1, FALSE);
  tie (square, 3, 0, 1, FALSE);
  analysis = analyse (square);
  assert_betweenness (analysis, plain, weighted);
  g_clear_object (&analysis);

  /* 0–1–2 strong (2/3) is shorter than the weak 0–2 (1) */
  tie (triangle, 0, 1, 3, FALSE);
  tie (triangle, 1, 2, 3, FALSE);
  tie (triangle, 0, 2, 1, FALSE);
  analysis = analyse (triangle);
  assert_betweenness (analysis, triangle_plain, triangle_weighted);
}

/* two 4-cliques joined by 3–4, a triangle apart and one isolated node */
static WkNetwork *
new_cliques (void)
{
  WkNetwork *network = new_network (12, NULL);

  for (guint base = 0; base <= 4; base += 4)
    for (guint i = 0; i < 4; i++)
      for (guint j = i + 1; j < 4; j++)
        tie (network, base + i, base + j, 1, FALSE);
  tie (network, 3, 4, 1, FALSE);
  tie (network, 8, 9, 1, FALSE);
  tie (network, 9, 10, 1, FALSE);
  tie (network, 10, 8, 1, FALSE);
  return network;
}

static void
test_modularity (void)
{
  g_autoptr(WkNetwork) network = new_cliques ();
  g_autoptr(WkAnalysis) analysis = analyse (network);
  const guint halves[] = { 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3 };
  const guint singletons[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
  /* m = 6 + 6 + 1 + 3 = 16; degree sums 13, 13, 6; inside 6, 6, 3 */
  double m = 16.0;
  double expected = 6 / m - pow (13 / (2 * m), 2) + 6 / m - pow (13 / (2 * m), 2)
                    + 3 / m - pow (6 / (2 * m), 2);
  double expected_singletons = -(6 * 9.0 + 2 * 16.0 + 3 * 4.0) / (4 * m * m);
  const WkAnalysisPair *gaps;
  const guint *bridges;
  guint n;

  assert_close (wk_analysis_compute_modularity (network, halves, 12), expected);
  assert_close (wk_analysis_compute_modularity (network, singletons, 12), expected_singletons);

  /* Louvain finds the cliques; equal sizes go in the order of their first node */
  assert_close (wk_analysis_get_modularity (analysis), expected);
  g_assert_cmpuint (wk_analysis_get_n_communities (analysis), ==, 4);
  for (guint i = 0; i < 12; i++)
    g_assert_cmpuint (wk_analysis_get_community (analysis, i), ==, halves[i]);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 0), ==, 4);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 2), ==, 3);
  g_assert_cmpuint (wk_analysis_get_community_size (analysis, 3), ==, 1);

  /* the triangle has no tie with either clique; the cliques are tied; the
   * isolated node is no group */
  gaps = wk_analysis_get_community_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (gaps[0].a, ==, 0);
  g_assert_cmpuint (gaps[0].b, ==, 2);
  g_assert_cmpuint (gaps[1].a, ==, 1);
  g_assert_cmpuint (gaps[1].b, ==, 2);

  /* 3 and 4 join the cliques: the same betweenness, in index order */
  bridges = wk_analysis_get_bridges (analysis, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (bridges[0], ==, 3);
  g_assert_cmpuint (bridges[1], ==, 4);
  g_assert_cmpuint (wk_analysis_get_bridge_flags (analysis, 3), ==, WK_BRIDGE_COMMUNITIES);
  g_assert_cmpuint (wk_analysis_get_n_neighbour_communities (analysis, 3), ==, 2);
  g_assert_cmpuint (wk_analysis_get_n_neighbour_communities (analysis, 0), ==, 1);
  g_assert_cmpuint (wk_analysis_get_bridge_flags (analysis, 0), ==, WK_BRIDGE_NONE);
}

static WkNetwork *
new_random (guint   n,
            guint   m,
            guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  WkNetwork *network = new_network (n, NULL);

  for (guint i = 0; i < m; i++)
    tie (network, g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n),
         g_rand_int_range (rand, 1, 4), FALSE);
  return network;
}

static void
test_louvain_deterministic (void)
{
  g_autoptr(WkNetwork) network = new_random (300, 700, 3);
  g_autoptr(WkAnalysis) first = NULL;
  g_autoptr(WkAnalysis) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint *communities = g_new (guint, 300);
  gboolean seeds_differ = FALSE;

  first = wk_analysis_new (network, 12345, NULL, &error);
  g_assert_no_error (error);
  again = wk_analysis_new (network, 12345, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wk_analysis_get_n_communities (first), ==, wk_analysis_get_n_communities (again));
  g_assert_cmpfloat (wk_analysis_get_modularity (first), ==, wk_analysis_get_modularity (again));
  for (guint i = 0; i < 300; i++)
    {
      communities[i] = wk_analysis_get_community (first, i);
      g_assert_cmpuint (communities[i], ==, wk_analysis_get_community (again, i));
      g_assert_cmpfloat (wk_analysis_get_betweenness (first, i), ==, wk_analysis_get_betweenness (again, i));
    }
  /* what it reports is the modularity of what it found, and it is a good one */
  assert_close (wk_analysis_get_modularity (first), wk_analysis_compute_modularity (network, communities, 300));
  g_assert_cmpfloat (wk_analysis_get_modularity (first), >, 0.3);

  /* the seed is really used: some other seed gives another order */
  for (guint32 seed = 1; seed < 10 && !seeds_differ; seed++)
    {
      g_autoptr(WkAnalysis) other = wk_analysis_new (network, seed, NULL, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < 300; i++)
        if (wk_analysis_get_community (other, i) != communities[i])
          seeds_differ = TRUE;
    }
  g_assert_true (seeds_differ);
}

/* sports clubs, places of worship, a school and residents: which types meet */
static void
test_types_and_gaps (void)
{
  g_autofree char *long_label = g_strnfill (10000, 'x');
  const char *hostile = "Moskee \"Al-Fath\" \\N <b>&amp; مسجد בית 🙂";
  const char *keys[] = { "club", "club", "worship", "worship", "school", "residents", "residents", NULL };
  const char *labels[] = { "Sportclubs", "Sportclubs", hostile, "other label", long_label, "Bewoners", "Bewoners", NULL };
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autoptr(WkAnalysis) analysis = NULL;
  const WkAnalysisPair *gaps;
  const guint *bridges;
  WkNetworkNode initiative = { .kind = WK_NODE_INITIATIVE, .record_id = 1, .label = "Moestuin", .type_key = "running" };
  WkNetworkNode untyped = { .kind = WK_NODE_ACTOR, .record_id = 100, .label = "Zonder type", .type_key = "" };
  guint n, i_initiative, i_untyped;
  int club, worship, school, residents;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      WkNetworkNode node = { .kind = WK_NODE_ACTOR, .record_id = i + 1, .label = "actor",
                             .type_key = (char *) keys[i], .type_label = (char *) labels[i] };

      wk_network_add_node (network, &node);
    }
  i_initiative = wk_network_add_node (network, &initiative);
  i_untyped = wk_network_add_node (network, &untyped);
  /* 0,1 club  2,3 worship  4 school  5,6 residents */
  tie (network, 5, 0, 2, FALSE);    /* residents – club */
  tie (network, 5, 2, 1, TRUE);     /* residents – worship: 5 bridges two types */
  tie (network, 6, 3, 1, FALSE);    /* residents – worship */
  tie (network, 1, 4, 1, FALSE);    /* club – school */
  tie (network, 0, 1, 3, FALSE);    /* club – club */
  /* neither an initiative nor an untyped actor closes a gap between types */
  tie (network, i_initiative, 0, 1, FALSE);
  tie (network, i_initiative, 2, 1, FALSE);
  tie (network, i_untyped, 4, 1, FALSE);
  tie (network, i_untyped, 3, 1, FALSE);
  analysis = analyse (network);

  g_assert_cmpuint (wk_analysis_get_n_types (analysis), ==, 4);
  club = wk_analysis_get_node_type (analysis, 0);
  worship = wk_analysis_get_node_type (analysis, 2);
  school = wk_analysis_get_node_type (analysis, 4);
  residents = wk_analysis_get_node_type (analysis, 5);
  g_assert_cmpint (club, ==, 0);
  g_assert_cmpint (worship, ==, 1);
  g_assert_cmpint (school, ==, 2);
  g_assert_cmpint (residents, ==, 3);
  g_assert_cmpint (wk_analysis_get_node_type (analysis, i_initiative), ==, -1);
  g_assert_cmpint (wk_analysis_get_node_type (analysis, i_untyped), ==, -1);
  g_assert_cmpstr (wk_analysis_get_type_key (analysis, worship), ==, "worship");
  /* the first label wins, byte for byte */
  g_assert_cmpstr (wk_analysis_get_type_label (analysis, worship), ==, hostile);
  g_assert_cmpstr (wk_analysis_get_type_label (analysis, school), ==, long_label);
  g_assert_cmpuint (wk_analysis_get_type_size (analysis, club), ==, 2);
  g_assert_cmpuint (wk_analysis_get_type_size (analysis, school), ==, 1);

  /* club–worship, worship–school, school–residents have no tie; club–school,
   * club–residents and worship–residents do */
  gaps = wk_analysis_get_type_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (gaps[0].a, ==, club);
  g_assert_cmpint (gaps[0].b, ==, worship);
  g_assert_cmpint (gaps[1].a, ==, worship);
  g_assert_cmpint (gaps[1].b, ==, school);
  g_assert_cmpint (gaps[2].a, ==, school);
  g_assert_cmpint (gaps[2].b, ==, residents);

  /* 5 reaches clubs and worship; 0 reaches clubs and residents (initiatives
   * have no type); 1 clubs and school; the initiative clubs and worship */
  g_assert_cmpuint (wk_analysis_get_n_neighbour_types (analysis, 5), ==, 2);
  g_assert_true (wk_analysis_get_bridge_flags (analysis, 5) & WK_BRIDGE_TYPES);
  g_assert_true (wk_analysis_get_bridge_flags (analysis, 0) & WK_BRIDGE_TYPES);
  g_assert_true (wk_analysis_get_bridge_flags (analysis, 1) & WK_BRIDGE_TYPES);
  g_assert_true (wk_analysis_get_bridge_flags (analysis, i_initiative) & WK_BRIDGE_TYPES);
  g_assert_true (wk_analysis_get_bridge_flags (analysis, i_untyped) & WK_BRIDGE_TYPES);
  g_assert_cmpuint (wk_analysis_get_n_neighbour_types (analysis, 6), ==, 1);
  g_assert_false (wk_analysis_get_bridge_flags (analysis, 6) & WK_BRIDGE_TYPES);
  g_assert_false (wk_analysis_get_bridge_flags (analysis, 4) & WK_BRIDGE_TYPES);
  g_assert_false (wk_analysis_get_bridge_flags (analysis, 2) & WK_BRIDGE_TYPES);

  /* the list holds exactly the flagged nodes, highest betweenness first */
  bridges = wk_analysis_get_bridges (analysis, &n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (wk_analysis_get_bridge_flags (analysis, bridges[i]), !=, WK_BRIDGE_NONE);
      if (i > 0)
        g_assert_cmpfloat (wk_analysis_get_betweenness (analysis, bridges[i - 1]), >=,
                           wk_analysis_get_betweenness (analysis, bridges[i]));
    }
  for (guint i = 0, flagged = 0; i < wk_analysis_get_n_nodes (analysis); i++)
    {
      if (wk_analysis_get_bridge_flags (analysis, i) != WK_BRIDGE_NONE)
        flagged++;
      if (i + 1 == wk_analysis_get_n_nodes (analysis))
        g_assert_cmpuint (flagged, ==, n);
    }
}

/* the network as the app builds it: typed actors and relations from the store */
static void
test_from_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wk-test-analysis-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "wijkkaart.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (db);
  g_autoptr(WkStore) store = NULL;
  g_autoptr(WkWijk) wijk = NULL;
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(WkAnalysis) analysis = NULL;
  const char *club_label = "Sportclub \"De Ren\" \\N <b>&amp;";
  const char *worship_label = "Gebedshuis مسجد בית כנסת 🙂";
  g_autoptr(WkTerm) club = NULL;
  g_autoptr(WkTerm) worship = NULL;
  g_autoptr(WkTerm) centre = NULL;
  WkActor *a, *b, *c, *d;
  const WkAnalysisPair *gaps;
  guint n;
  int ia, ib, ic;

  g_assert_no_error (error);
  store = wk_store_open (file, &error);
  g_assert_no_error (error);
  wijk = g_object_ref (wk_store_create_wijk (store, "Testwijk", "Lindewaard", &error));
  g_assert_no_error (error);
  club = wk_store_create_term (store, "actor_type", club_label, &error);
  g_assert_no_error (error);
  worship = wk_store_create_term (store, "actor_type", worship_label, &error);
  g_assert_no_error (error);
  centre = wk_store_create_term (store, "actor_type", "Buurthuis", &error);
  g_assert_no_error (error);

  a = wk_store_create_actor (store, wijk, "SV Lindewaard", "organisation", &error);
  b = wk_store_create_actor (store, wijk, "Moskee", "organisation", &error);
  c = wk_store_create_actor (store, wijk, "De Kroon", "place", &error);
  d = wk_store_create_actor (store, wijk, "Fatima", "person", &error);
  g_assert_no_error (error);
  g_assert_true (wk_store_set_int (store, WK_RECORD (a), "type-id", wk_term_get_id (club), &error));
  g_assert_true (wk_store_set_int (store, WK_RECORD (b), "type-id", wk_term_get_id (worship), &error));
  g_assert_true (wk_store_set_int (store, WK_RECORD (c), "type-id", wk_term_get_id (centre), &error));
  g_assert_no_error (error);
  /* club – centre – worship, and Fatima (no type) knows the club and the mosque */
  g_assert_nonnull (wk_store_create_relation (store, a, WK_RECORD (c), -1, 2, FALSE, "", &error));
  g_assert_nonnull (wk_store_create_relation (store, b, WK_RECORD (c), -1, 3, TRUE, "", &error));
  g_assert_nonnull (wk_store_create_relation (store, d, WK_RECORD (a), -1, 1, FALSE, "", &error));
  g_assert_nonnull (wk_store_create_relation (store, d, WK_RECORD (b), -1, 1, FALSE, "", &error));
  g_assert_no_error (error);

  network = wk_network_new_from_store (store, wijk, TRUE, &error);
  g_assert_no_error (error);
  analysis = analyse (network);
  ia = wk_network_find_node (network, WK_NODE_ACTOR, wk_record_get_id (WK_RECORD (a)));
  ib = wk_network_find_node (network, WK_NODE_ACTOR, wk_record_get_id (WK_RECORD (b)));
  ic = wk_network_find_node (network, WK_NODE_ACTOR, wk_record_get_id (WK_RECORD (c)));

  g_assert_cmpuint (wk_analysis_get_n_types (analysis), ==, 3);
  g_assert_cmpstr (wk_analysis_get_type_label (analysis, wk_analysis_get_node_type (analysis, ia)), ==, club_label);
  g_assert_cmpstr (wk_analysis_get_type_label (analysis, wk_analysis_get_node_type (analysis, ib)), ==, worship_label);
  g_assert_cmpstr (wk_analysis_get_type_key (analysis, wk_analysis_get_node_type (analysis, ia)), ==,
                   wk_term_get_key (club));
  /* the club and the place of worship only meet through an untyped person */
  gaps = wk_analysis_get_type_gaps (analysis, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (MIN (gaps[0].a, gaps[0].b), ==,
                    MIN (wk_analysis_get_node_type (analysis, ia), wk_analysis_get_node_type (analysis, ib)));
  g_assert_cmpuint (MAX (gaps[0].a, gaps[0].b), ==,
                    MAX (wk_analysis_get_node_type (analysis, ia), wk_analysis_get_node_type (analysis, ib)));
  /* a square: every node lies on one of the two paths of one pair */
  for (guint i = 0; i < 4; i++)
    assert_close (wk_analysis_get_betweenness (analysis, i), 1.0 / 6.0);
  g_assert_cmpuint (wk_analysis_get_strength (analysis, ic), ==, 5);

  g_clear_object (&analysis);
  g_clear_object (&network);
  g_clear_object (&wijk);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_remove (wal);
  g_remove (shm);
  g_remove (db);
  g_rmdir (dir);
}

static void
analysed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  WkAnalysis **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = wk_analysis_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
cancelled_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_null (wk_analysis_new_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* two threads on one network at once give what one call gives */
static void
test_async (void)
{
  g_autoptr(WkNetwork) network = new_random (400, 1200, 8);
  g_autoptr(WkAnalysis) sync = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  WkAnalysis *results[2] = { NULL, NULL };
  gboolean cancelled = FALSE;

  sync = wk_analysis_new (network, 5, NULL, &error);
  g_assert_no_error (error);
  wk_analysis_new_async (network, 5, NULL, analysed_cb, &results[0]);
  wk_analysis_new_async (network, 5, NULL, analysed_cb, &results[1]);
  while (results[0] == NULL || results[1] == NULL)
    g_main_context_iteration (NULL, TRUE);
  for (guint r = 0; r < 2; r++)
    {
      for (guint i = 0; i < 400; i++)
        {
          g_assert_cmpfloat (wk_analysis_get_betweenness (results[r], i), ==, wk_analysis_get_betweenness (sync, i));
          g_assert_cmpfloat (wk_analysis_get_weighted_betweenness (results[r], i), ==,
                             wk_analysis_get_weighted_betweenness (sync, i));
          g_assert_cmpuint (wk_analysis_get_community (results[r], i), ==, wk_analysis_get_community (sync, i));
        }
      g_assert_finalize_object (results[r]);
    }

  g_cancellable_cancel (cancellable);
  g_assert_null (wk_analysis_new (network, 5, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  wk_analysis_new_async (network, 5, cancellable, cancelled_cb, &cancelled);
  while (!cancelled)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/betweenness/path", test_path);
  g_test_add_func ("/analysis/betweenness/star", test_star);
  g_test_add_func ("/analysis/betweenness/triangle-with-tail", test_triangle_with_tail);
  g_test_add_func ("/analysis/betweenness/disconnected", test_disconnected);
  g_test_add_func ("/analysis/betweenness/directed-as-ties", test_directed_as_ties);
  g_test_add_func ("/analysis/betweenness/multi-edges-and-loops", test_multi_edges_and_loops);
  g_test_add_func ("/analysis/betweenness/weighted", test_weighted);
  g_test_add_func ("/analysis/empty", test_empty);
  g_test_add_func ("/analysis/only-isolated", test_only_isolated);
  g_test_add_func ("/analysis/modularity", test_modularity);
  g_test_add_func ("/analysis/louvain-deterministic", test_louvain_deterministic);
  g_test_add_func ("/analysis/types-and-gaps", test_types_and_gaps);
  g_test_add_func ("/analysis/from-store", test_from_store);
  g_test_add_func ("/analysis/async", test_async);

  return g_test_run ();
}

/* wk-renderer-aliases.c: what a node is called in the drawing, and persons told apart without their names
 * SPDX-License-Identifier: EUPL-1.2
 *
 * With hide_personal_data a person is shown by role, or else by type, or
 * else as "person". When several persons would show the same text they
 * are numbered, "Sleutelfiguur 1", "Sleutelfiguur 2", so that a resident
 * evening can still talk about "Sleutelfiguur 2" without a name on the
 * wall. The numbers are worked out once per renderer, when first needed.
 */
#include "wk-renderer-private.h"
#include "wk-vocabulary.h"

/* what a person is shown as without the name: by role, or else by type */
static const char *
person_text (const WkNetworkNode *node)
{
  if (node->role != NULL && *node->role != '\0')
    return node->role;
  if (node->type_label != NULL && *node->type_label != '\0')
    return node->type_label;
  return wk_vocabulary_label ("kind", "person");
}

static int
compare_record_ids (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  WkNetwork *network = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  gint64 ra = wk_network_get_node (network, ia)->record_id;
  gint64 rb = wk_network_get_node (network, ib)->record_id;

  if (ra != rb)
    return ra < rb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Persons who would show the same text are told apart by a number:
 * "Sleutelfiguur 1", "Sleutelfiguur 2", in the order of their records, so
 * that the numbers stay the same between sessions and on the screen and in
 * the exports; they count over the whole network, whatever a filter hides.
 * Texts that differ only in case or in spaces at either end count as the
 * same. */
static void
aliases_build (WkRenderer *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  guint n_nodes = self->n_labels;
  GHashTableIter iter;
  gpointer value;

  self->aliases = g_new0 (char *, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    {
      const WkNetworkNode *node = wk_network_get_node (self->network, i);
      g_autofree char *text = NULL;
      g_autofree char *normal = NULL;
      char *key;
      GArray *members;

      if (!node->personal)
        continue;
      text = g_strstrip (_wk_sanitize_text (person_text (node)));
      normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
      key = g_utf8_casefold (normal != NULL ? normal : text, -1);
      members = g_hash_table_lookup (groups, key);
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, key, members);
        }
      else
        g_free (key);
      g_array_append_val (members, i);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *members = value;

      if (members->len < 2)
        continue;
      g_array_sort_with_data (members, compare_record_ids, self->network);
      for (guint k = 0; k < members->len; k++)
        {
          guint i = g_array_index (members, guint, k);
          g_autofree char *text = _wk_sanitize_text (person_text (wk_network_get_node (self->network, i)));

          /* the number after the text, as Dutch and English write it */
          self->aliases[i] = g_strdup_printf ("%s %u", g_strstrip (text), k + 1);
        }
    }
}

void
_wk_renderer_clear_aliases (WkRenderer *self)
{
  for (guint i = 0; self->aliases != NULL && i < self->n_labels; i++)
    g_free (self->aliases[i]);
  g_clear_pointer (&self->aliases, g_free);
}

/* The text shown for node @i: its name, or with hide_personal_data a
 * person's role or type, numbered when other persons show the same. */
const char *
_wk_renderer_node_text (WkRenderer            *self,
                        const WkRenderOptions *options,
                        guint                  i)
{
  const WkNetworkNode *node = wk_network_get_node (self->network, i);

  if (options->hide_personal_data && node->personal)
    {
      if (self->aliases == NULL)
        aliases_build (self);
      if (i < self->n_labels && self->aliases[i] != NULL)
        return self->aliases[i];
      return person_text (node);
    }
  return node->label != NULL ? node->label : "";
}

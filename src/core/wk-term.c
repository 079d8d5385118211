/* wk-term.c: an actor type or relation type, built in or added by the team
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "wk-term.h"
#include "wk-vocabulary.h"

struct _WkTerm
{
  GObject   parent_instance;

  gint64    id;
  char     *key;
  char     *label;
  gboolean  builtin;
};

G_DEFINE_FINAL_TYPE (WkTerm, wk_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_LABEL,
  PROP_BUILTIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wk_term_finalize (GObject *object)
{
  WkTerm *self = WK_TERM (object);

  g_free (self->key);
  g_free (self->label);

  G_OBJECT_CLASS (wk_term_parent_class)->finalize (object);
}

static void
wk_term_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WkTerm *self = WK_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LABEL:
      g_value_set_string (value, wk_term_get_label (self));
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wk_term_class_init (WkTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wk_term_finalize;
  object_class->get_property = wk_term_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_BUILTIN] = g_param_spec_boolean ("builtin", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wk_term_init (WkTerm *self)
{
}

WkTerm *
wk_term_new (gint64      id,
             const char *key,
             const char *label,
             gboolean    builtin)
{
  WkTerm *self = g_object_new (WK_TYPE_TERM, NULL);

  self->id = id;
  self->key = g_strdup (key);
  self->label = g_strdup (label);
  self->builtin = builtin;
  return self;
}

gint64
wk_term_get_id (WkTerm *self)
{
  g_return_val_if_fail (WK_IS_TERM (self), 0);
  return self->id;
}

const char *
wk_term_get_key (WkTerm *self)
{
  g_return_val_if_fail (WK_IS_TERM (self), NULL);
  return self->key;
}

/* Built-in terms are shown in the user's language; added ones as typed. */
const char *
wk_term_get_label (WkTerm *self)
{
  g_return_val_if_fail (WK_IS_TERM (self), NULL);
  return self->builtin ? wk_vocabulary_translate_builtin (self->label) : self->label;
}

gboolean
wk_term_get_builtin (WkTerm *self)
{
  g_return_val_if_fail (WK_IS_TERM (self), FALSE);
  return self->builtin;
}

/* wk-import-plan.h: what an import will write, read from a file but not yet stored
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The readers of the io layer (Kumu CSV now, Dutch Excel later) turn a file
 * into this plain plan and a list of problems, without SQL; the store writes
 * a whole plan with wk_store_import() in one transaction.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WK_IMPORT_ERROR (wk_import_error_quark ())

typedef enum {
  WK_IMPORT_ERROR_READ,        /* the file cannot be read */
  WK_IMPORT_ERROR_FORMAT,      /* not the format expected: a required column is missing */
  WK_IMPORT_ERROR_BAD_ROWS,    /* rows have errors; nothing was written */
} WkImportError;

typedef enum {
  WK_IMPORT_NOTE,       /* for information: an ignored column */
  WK_IMPORT_WARNING,    /* the row is imported, with a change: replaced characters */
  WK_IMPORT_BAD_ROW,    /* the row cannot be imported */
} WkImportSeverity;

typedef struct
{
  WkImportSeverity  severity;
  char             *file;      /* display name */
  guint             line;      /* 1-based, 0 for the file as a whole */
  char             *message;   /* translated */
} WkImportProblem;

typedef struct
{
  char  *name;
  char  *kind;         /* "person", "organisation", "group", "place", or NULL: guess from the type */
  char  *type;         /* an actor type, matched by label or key, or created; NULL for none */
  char  *description;
  char **themes;       /* NULL-terminated, may be empty */
  guint  line;
} WkImportActor;

typedef struct
{
  guint     source;    /* index into the plan's actors */
  guint     target;
  char     *type;      /* a relation type, matched or created; NULL for none */
  int       strength;  /* 1 to 3 */
  gboolean  directed;
  char     *note;
  guint     line;
} WkImportRelation;

typedef struct
{
  char      *source;      /* goes into each new actor's "source" (AVG): where it came from */
  GPtrArray *actors;      /* WkImportActor */
  GPtrArray *relations;   /* WkImportRelation */
  GPtrArray *problems;    /* WkImportProblem, in the order found */
} WkImportPlan;

/* What wk_store_import() did. */
typedef struct
{
  gint64   wijk_id;
  gboolean wijk_created;
  guint    n_actors_created;
  guint    n_actors_reused;         /* already in the wijk under that name */
  guint    n_relations_created;
  guint    n_relations_existing;    /* already in the wijk: not added again */
  guint    n_actor_types_created;
  guint    n_relation_types_created;
  guint    n_themes_created;
} WkImportResult;

GQuark            wk_import_error_quark        (void);

WkImportPlan     *wk_import_plan_new           (void);
void              wk_import_plan_free          (WkImportPlan     *plan);
WkImportActor    *wk_import_plan_add_actor     (WkImportPlan     *plan,
                                                const char       *name,
                                                guint             line);
WkImportRelation *wk_import_plan_add_relation  (WkImportPlan     *plan,
                                                guint             source,
                                                guint             target,
                                                guint             line);
void              wk_import_plan_add_problem   (WkImportPlan     *plan,
                                                WkImportSeverity  severity,
                                                const char       *file,
                                                guint             line,
                                                const char       *format,
                                                ...) G_GNUC_PRINTF (5, 6);
guint             wk_import_plan_count_problems (WkImportPlan    *plan,
                                                 WkImportSeverity severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WkImportPlan, wk_import_plan_free)

G_END_DECLS

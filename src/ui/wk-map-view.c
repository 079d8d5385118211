/* wk-map-view.c: the community map of a wijk: its base map (an image or web tiles) with the pins
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The base map is either an image the view draws itself, zoomed and panned
 * here, or libshumate's map of web tiles as the only child, which pans and
 * zooms on its own. The pins are drawn over either by WkMapRenderer, the
 * same code the exports use: from one sprite per category, so that 5,000
 * pins fit in a frame. Pins are projected afresh each frame; what each pin
 * shows (its category, label, place, street level) is worked out only when
 * the pins, the filters or the privacy setting change. The image base map
 * is in wk-map-view-base.c, the pointer and keys in wk-map-view-input.c.
 */
#include <math.h>

#include <glib/gi18n.h>

#include "wk-map-privacy.h"
#include "wk-map-view-private.h"

G_DEFINE_FINAL_TYPE (WkMapView, wk_map_view, GTK_TYPE_WIDGET)

guint _wk_map_view_signals[_WK_MAP_VIEW_N_SIGNALS];


static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->label, g_free);
}

/* Categories -------------------------------------------------------------- */

static void
load_categories (WkMapView *self)
{
  g_autoptr(GArray) styles = g_array_new (FALSE, TRUE, sizeof (WkMapCategory));
  guint n = self->categories != NULL ? g_list_model_get_n_items (self->categories) : 0;

  g_hash_table_remove_all (self->category_index);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkPinCategory) category = g_list_model_get_item (self->categories, i);
      WkMapCategory style = { 0 };

      wk_pin_category_get_rgb (category, &style.red, &style.green, &style.blue);
      style.label = wk_pin_category_get_label (category);
      style.symbol = wk_pin_category_get_symbol (category);
      g_array_append_val (styles, style);
      g_hash_table_insert (self->category_index,
                           GSIZE_TO_POINTER ((gsize) wk_record_get_id (WK_RECORD (category))),
                           GUINT_TO_POINTER (i + 1));
    }
  wk_map_renderer_set_categories (self->renderer, (const WkMapCategory *) styles->data, styles->len);
  g_free (self->counts);
  self->n_categories = styles->len;
  self->counts = g_new0 (guint, self->n_categories + 1);
  self->entries_dirty = TRUE;
}

static guint
category_of (WkMapView *self,
             gint64     id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->category_index, GSIZE_TO_POINTER ((gsize) id)));

  return index > 0 ? index - 1 : WK_MAP_NO_CATEGORY;
}

/* What a pin shows ---------------------------------------------------------- */

/**
 * wk_map_view_dup_pin_label:
 * @hide: whether personal data is hidden
 *
 * Returns: (transfer full): the text shown beside @pin: its title, or with
 * personal data hidden, for a pin at a private address, the role or type of
 * the person it is linked to, never a name
 */
char *
wk_map_view_dup_pin_label (WkMapView *self,
                           WkPin     *pin,
                           gboolean   hide)
{
  gint64 actor_id;
  const char *title;

  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (WK_IS_PIN (pin), NULL);

  title = wk_pin_get_title (pin);
  if (!hide || !wk_pin_is_private (pin))
    {
      if (*title == '\0')
        title = wk_record_get_text (WK_RECORD (pin), "initiative-title");
      if (*title == '\0')
        title = wk_record_get_text (WK_RECORD (pin), "actor-name");
      return g_strdup (title);
    }

  actor_id = wk_record_get_int (WK_RECORD (pin), "actor-id");
  if (actor_id > 0 && self->store != NULL)
    {
      WkRecord *actor = wk_store_lookup (self->store, WK_TYPE_ACTOR, actor_id);

      if (actor != NULL && *wk_record_get_text (actor, "role") != '\0')
        return g_strdup (wk_record_get_text (actor, "role"));
      if (actor != NULL && *wk_record_get_text (actor, "type-label") != '\0')
        return g_strdup (wk_record_get_text (actor, "type-label"));
    }
  return g_strdup (_("Private address"));
}

/**
 * wk_map_view_pin_place:
 *
 * Where @pin is drawn: its own place, or the middle of its street-level cell
 * when it is at a private address and personal data is hidden (@hide).
 *
 * Returns: wk_pin_is_geographic()
 */
gboolean
wk_map_view_pin_place (WkMapView *self,
                       WkPin     *pin,
                       gboolean   hide,
                       double    *a,
                       double    *b)
{
  gboolean geographic = wk_pin_get_place (pin, a, b);

  if (hide && wk_pin_is_private (pin))
    {
      if (geographic)
        wk_map_street_level_latlon (*a, *b, a, b);
      else
        wk_map_street_level_xy (*a, *b, a, b);
    }
  return geographic;
}

static void
rebuild_links (WkMapView *self)
{
  g_autoptr(GHashTable) at = g_hash_table_new (NULL, NULL);   /* actor id → entry + 1 */
  GListModel *relations;
  guint n;

  g_array_set_size (self->link_pairs, 0);
  g_array_set_size (self->link_strengths, 0);
  if (!self->show_network || self->store == NULL || self->wijk == NULL)
    return;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->actor_id > 0 && !g_hash_table_contains (at, GSIZE_TO_POINTER ((gsize) entry->actor_id)))
        g_hash_table_insert (at, GSIZE_TO_POINTER ((gsize) entry->actor_id), GUINT_TO_POINTER (i + 1));
    }

  relations = wk_store_get_relations (self->store, self->wijk);
  n = g_list_model_get_n_items (relations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkRecord) relation = g_list_model_get_item (relations, i);
      guint source = GPOINTER_TO_UINT (g_hash_table_lookup (at, GSIZE_TO_POINTER ((gsize) wk_record_get_int (relation, "source-actor-id"))));
      gint64 target_id = wk_record_get_int (relation, "target-actor-id");
      guint target = target_id > 0 ? GPOINTER_TO_UINT (g_hash_table_lookup (at, GSIZE_TO_POINTER ((gsize) target_id))) : 0;
      int strength = (int) wk_record_get_int (relation, "strength");
      guint pair[2];

      if (source == 0 || target == 0 || source == target)
        continue;
      pair[0] = source - 1;
      pair[1] = target - 1;
      g_array_append_vals (self->link_pairs, pair, 2);
      g_array_append_val (self->link_strengths, strength);
    }
}

static void
rebuild_entries (WkMapView *self)
{
  gboolean on_tiles = self->simple_map != NULL;
  guint n = self->pins != NULL ? g_list_model_get_n_items (self->pins) : 0;

  g_array_set_size (self->entries, 0);
  if (self->counts != NULL)
    memset (self->counts, 0, sizeof (guint) * (self->n_categories + 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkPin) pin = g_list_model_get_item (self->pins, i);
      Entry entry = { 0 };

      /* a pin belongs to the kind of map it was placed on */
      if (wk_pin_is_geographic (pin) != on_tiles)
        continue;
      if (self->filter != NULL && !self->filter (pin, self->filter_data))
        continue;

      entry.pin = pin;   /* the list keeps it */
      entry.category = category_of (self, wk_record_get_int (WK_RECORD (pin), "category-id"));
      entry.label = wk_map_view_dup_pin_label (self, pin, self->hide_personal_data);
      entry.actor_id = wk_record_get_int (WK_RECORD (pin), "actor-id");
      wk_map_view_pin_place (self, pin, self->hide_personal_data, &entry.a, &entry.b);
      if (self->hide_personal_data && wk_pin_is_private (pin))
        entry.flags |= WK_MAP_MARK_STREET_LEVEL;
      g_array_append_val (self->entries, entry);
      if (entry.category < self->n_categories)
        self->counts[entry.category]++;
      else
        self->counts[self->n_categories]++;
    }
  rebuild_links (self);
  self->entries_dirty = FALSE;
}

static void
ensure_entries (WkMapView *self)
{
  if (self->entries_dirty)
    rebuild_entries (self);
}

void
_wk_map_view_invalidate (WkMapView *self)
{
  self->entries_dirty = TRUE;
  self->hover = -1;
  self->drag_entry = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
}

/* Projection -------------------------------------------------------------- */

static gboolean
project (WkMapView *self,
         gboolean   geographic,
         double     a,
         double     b,
         double    *x,
         double    *y)
{
  if (geographic && self->viewport != NULL)
    {
      shumate_viewport_location_to_widget_coords (self->viewport,
                                                  GTK_WIDGET (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map))),
                                                  a, b, x, y);
      return TRUE;
    }
  if (!geographic && self->image != NULL)
    {
      *x = self->ox + a * wk_map_image_get_width (self->image) * self->scale;
      *y = self->oy + b * wk_map_image_get_height (self->image) * self->scale;
      return TRUE;
    }
  return FALSE;
}

/* Fills self->marks from the entries, where they are now on screen. */
void
_wk_map_view_project_marks (WkMapView *self)
{
  gboolean geographic = self->simple_map != NULL;

  ensure_entries (self);
  g_array_set_size (self->marks, self->entries->len);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      WkMapMark *mark = &g_array_index (self->marks, WkMapMark, i);

      project (self, geographic, entry->a, entry->b, &mark->x, &mark->y);
      mark->category = entry->category;
      mark->label = entry->label;
      mark->flags = entry->flags;
      if ((int) i == self->hover)
        mark->flags |= WK_MAP_MARK_HOVER;
      if ((int) i == self->drag_entry && self->dragging)
        {
          mark->x += self->drag_dx;
          mark->y += self->drag_dy;
          mark->flags |= WK_MAP_MARK_SELECTED;
        }
    }
}

/**
 * wk_map_view_spot_at:
 * @spot: (out): the place under widget point (@x, @y)
 *
 * Returns: %FALSE when there is no base map there
 */
gboolean
wk_map_view_spot_at (WkMapView *self,
                     double     x,
                     double     y,
                     WkPinSpot *spot)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);

  spot->x = spot->y = spot->latitude = spot->longitude = NAN;
  if (self->viewport != NULL)
    {
      shumate_viewport_widget_coords_to_location (self->viewport,
                                                  GTK_WIDGET (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map))),
                                                  x, y, &spot->latitude, &spot->longitude);
      return isfinite (spot->latitude) && fabs (spot->latitude) <= 90 && fabs (spot->longitude) <= 180;
    }
  if (self->image != NULL)
    {
      spot->x = (x - self->ox) / (wk_map_image_get_width (self->image) * self->scale);
      spot->y = (y - self->oy) / (wk_map_image_get_height (self->image) * self->scale);
      return spot->x >= 0 && spot->x <= 1 && spot->y >= 0 && spot->y <= 1;
    }
  return FALSE;
}

/* Whether @pin is on this map and passes the filter. */
gboolean
wk_map_view_shows_pin (WkMapView *self,
                       WkPin     *pin)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);

  return wk_pin_is_geographic (pin) == (self->simple_map != NULL) &&
         (self->filter == NULL || self->filter (pin, self->filter_data));
}

gboolean
wk_map_view_get_pin_position (WkMapView *self,
                              WkPin     *pin,
                              double    *x,
                              double    *y)
{
  double a, b;
  gboolean geographic;

  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (WK_IS_PIN (pin), FALSE);

  geographic = wk_map_view_pin_place (self, pin, self->hide_personal_data, &a, &b);
  return project (self, geographic, a, b, x, y);
}

/* Drawing ------------------------------------------------------------------ */

/**
 * wk_map_view_draw_pins:
 * @scale: from widget to @cr's units (an export larger than the view)
 *
 * Draws the network lines, the pins and the draft as they are in view now.
 */
void
wk_map_view_draw_pins (WkMapView *self,
                       cairo_t   *cr,
                       double     scale,
                       gboolean   labels)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  _wk_map_view_project_marks (self);
  cairo_save (cr);
  if (scale != 1.0)
    {
      for (guint i = 0; i < self->marks->len; i++)
        {
          WkMapMark *mark = &g_array_index (self->marks, WkMapMark, i);

          mark->x *= scale;
          mark->y *= scale;
        }
    }
  if (self->link_pairs->len > 0)
    wk_map_renderer_draw_links (self->renderer, cr, (const WkMapMark *) self->marks->data,
                                self->marks->len, (const guint *) self->link_pairs->data,
                                (const int *) self->link_strengths->data, self->link_pairs->len / 2);
  wk_map_renderer_draw_marks (self->renderer, cr, (const WkMapMark *) self->marks->data,
                              self->marks->len, labels);
  if (self->has_draft)
    {
      WkMapMark draft = { 0, 0, category_of (self, self->draft_category), NULL, WK_MAP_MARK_DRAFT };
      gboolean geographic = isfinite (self->draft.latitude);

      if (project (self, geographic, geographic ? self->draft.latitude : self->draft.x,
                   geographic ? self->draft.longitude : self->draft.y, &draft.x, &draft.y))
        {
          draft.x *= scale;
          draft.y *= scale;
          wk_map_renderer_draw_marks (self->renderer, cr, &draft, 1, FALSE);
        }
    }
  cairo_restore (cr);
}

/**
 * wk_map_view_get_marks:
 * @scale: from the view's pixels to the export's
 * @pairs: (out) (optional): the network's links, two mark indices each
 * @strengths: (out) (optional): the strength of each link
 * @n_links: (out) (optional)
 *
 * Returns: (array length=n_marks) (transfer none): the pins shown, where
 * they are in view now times @scale; valid until the view draws again
 */
const WkMapMark *
wk_map_view_get_marks (WkMapView    *self,
                       double        scale,
                       guint        *n_marks,
                       const guint **pairs,
                       const int   **strengths,
                       guint        *n_links)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);

  _wk_map_view_project_marks (self);
  for (guint i = 0; i < self->marks->len; i++)
    {
      WkMapMark *mark = &g_array_index (self->marks, WkMapMark, i);

      mark->x *= scale;
      mark->y *= scale;
      mark->flags &= ~(WK_MAP_MARK_HOVER | WK_MAP_MARK_SELECTED);
    }
  *n_marks = self->marks->len;
  if (pairs != NULL)
    *pairs = (const guint *) self->link_pairs->data;
  if (strengths != NULL)
    *strengths = (const int *) self->link_strengths->data;
  if (n_links != NULL)
    *n_links = self->link_pairs->len / 2;
  return (const WkMapMark *) self->marks->data;
}

static void
wk_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  WkMapView *self = WK_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  cairo_t *cr;

  if (self->simple_map != NULL)
    gtk_widget_snapshot_child (widget, self->simple_map, snapshot);
  else if (self->image == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  if (self->simple_map == NULL)
    _wk_map_view_paint_base (self, cr, width, height);
  if (self->veil)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, .5);
      cairo_paint (cr);
    }
  wk_map_view_draw_pins (self, cr, 1.0, TRUE);
  if (self->attribution != NULL && self->simple_map != NULL)
    wk_map_renderer_draw_attribution (self->renderer, cr, width, height, self->attribution);
  cairo_destroy (cr);
}

static void
wk_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  WkMapView *self = WK_MAP_VIEW (widget);

  *minimum = 200;
  *natural = 600;
  if (self->simple_map != NULL)
    {
      int child_min, child_nat;

      gtk_widget_measure (self->simple_map, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
    }
}

static void
wk_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  WkMapView *self = WK_MAP_VIEW (widget);

  if (self->simple_map != NULL)
    gtk_widget_allocate (self->simple_map, width, height, baseline, NULL);
  /* the pin editor and the title entry point at pins */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
  if (self->image != NULL)
    {
      if (self->fit_pending)
        wk_map_view_fit (self);
      if (self->place_pending)
        wk_map_view_set_place (self, self->pending_x, self->pending_y, self->pending_zoom);
      else
        _wk_map_view_clamp_image (self);
    }
}

/* pins as sharp as the screen */
static void
scale_factor_changed_cb (WkMapView  *self,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  wk_map_renderer_set_pixel_ratio (self->renderer, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  g_clear_pointer (&self->base_surface, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
viewport_changed_cb (GObject    *object,
                     GParamSpec *pspec,
                     WkMapView  *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, _wk_map_view_signals[VIEW_CHANGED], 0);
}

/* Keeping up with the store ----------------------------------------------- */

static void
pins_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 WkMapView  *self)
{
  _wk_map_view_invalidate (self);
}

static void
store_changed_cb (WkStore    *store,
                  const char *table,
                  gint64      id,
                  WkMapView  *self)
{
  if (g_str_equal (table, "pin_category"))
    load_categories (self);
  if (g_str_equal (table, "pin_category") || g_str_equal (table, "pin") ||
      g_str_equal (table, "mapping_session") || g_str_equal (table, "actor") ||
      g_str_equal (table, "relation"))
    _wk_map_view_invalidate (self);
}

/* API ------------------------------------------------------------------------ */

void
wk_map_view_set_store (WkMapView *self,
                       WkStore   *store)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->store == store)
    return;
  wk_map_view_set_wijk (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->categories != NULL)
    g_signal_handlers_disconnect_by_data (self->categories, self);
  g_set_object (&self->store, store);
  self->categories = store != NULL ? wk_store_get_pin_categories (store) : NULL;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  load_categories (self);
  _wk_map_view_invalidate (self);
}

void
wk_map_view_set_wijk (WkMapView *self,
                      WkWijk    *wijk)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->pins != NULL)
    g_signal_handlers_disconnect_by_data (self->pins, self);
  g_set_object (&self->wijk, wijk);
  self->pins = wijk != NULL && self->store != NULL ? wk_store_get_pins (self->store, wijk) : NULL;
  if (self->pins != NULL)
    g_signal_connect_object (self->pins, "items-changed", G_CALLBACK (pins_changed_cb), self, 0);
  self->has_draft = FALSE;
  _wk_map_view_invalidate (self);
}

static void
remove_tiles (WkMapView *self)
{
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  self->viewport = NULL;
  g_clear_pointer (&self->simple_map, gtk_widget_unparent);
  g_clear_pointer (&self->attribution, g_free);
}

/**
 * wk_map_view_set_image:
 * @image: (nullable): the base image, or %NULL for no base map
 */
void
wk_map_view_set_image (WkMapView  *self,
                       WkMapImage *image)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  remove_tiles (self);
  g_set_object (&self->image, image);
  g_clear_pointer (&self->base_surface, cairo_surface_destroy);
  self->fit_pending = TRUE;
  if (image != NULL)
    wk_map_view_fit (self);
  _wk_map_view_invalidate (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * wk_map_view_set_tiles:
 * @attribution: always drawn in the bottom right corner
 *
 * Shows a web map from @source.
 */
void
wk_map_view_set_tiles (WkMapView        *self,
                       ShumateMapSource *source,
                       const char       *attribution)
{
  ShumateMap *map;

  g_return_if_fail (WK_IS_MAP_VIEW (self));
  g_return_if_fail (SHUMATE_IS_MAP_SOURCE (source));

  g_clear_object (&self->image);
  g_clear_pointer (&self->base_surface, cairo_surface_destroy);
  if (self->simple_map == NULL)
    {
      self->simple_map = GTK_WIDGET (shumate_simple_map_new ());
      gtk_widget_set_parent (self->simple_map, GTK_WIDGET (self));
      /* the attribution is drawn over the pins by the view, as in exports */
      gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_license (SHUMATE_SIMPLE_MAP (self->simple_map))), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_compass (SHUMATE_SIMPLE_MAP (self->simple_map))), FALSE);
      self->viewport = shumate_simple_map_get_viewport (SHUMATE_SIMPLE_MAP (self->simple_map));
      g_signal_connect_object (self->viewport, "notify::zoom-level", G_CALLBACK (viewport_changed_cb), self, 0);
      g_signal_connect_object (self->viewport, "notify::latitude", G_CALLBACK (viewport_changed_cb), self, 0);
      g_signal_connect_object (self->viewport, "notify::longitude", G_CALLBACK (viewport_changed_cb), self, 0);
      map = shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map));
      shumate_map_set_animate_zoom (map, FALSE);
      shumate_map_set_zoom_on_double_click (map, !self->placing);
    }
  shumate_simple_map_set_map_source (SHUMATE_SIMPLE_MAP (self->simple_map), source);
  g_free (self->attribution);
  self->attribution = g_strdup (attribution);
  _wk_map_view_invalidate (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
wk_map_view_has_tiles (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);
  return self->simple_map != NULL;
}

const char *
wk_map_view_get_attribution (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);
  return self->attribution;
}

void
wk_map_view_go_to (WkMapView *self,
                   double     latitude,
                   double     longitude,
                   double     zoom)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->viewport == NULL)
    return;
  shumate_viewport_set_zoom_level (self->viewport, zoom);
  shumate_map_center_on (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map)), latitude, longitude);
}

gboolean
wk_map_view_get_center (WkMapView *self,
                        double    *latitude,
                        double    *longitude,
                        double    *zoom)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);

  if (self->viewport == NULL)
    return FALSE;
  *latitude = shumate_location_get_latitude (SHUMATE_LOCATION (self->viewport));
  *longitude = shumate_location_get_longitude (SHUMATE_LOCATION (self->viewport));
  *zoom = shumate_viewport_get_zoom_level (self->viewport);
  return TRUE;
}

void
wk_map_view_set_filter (WkMapView      *self,
                        WkMapPinFilter  filter,
                        gpointer        user_data)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  self->filter = filter;
  self->filter_data = user_data;
  _wk_map_view_invalidate (self);
}

void
wk_map_view_refilter (WkMapView *self)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));
  _wk_map_view_invalidate (self);
}

void
wk_map_view_set_placing (WkMapView *self,
                         gboolean   placing)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  self->placing = placing;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), placing ? "crosshair" : NULL);
  if (self->simple_map != NULL)
    shumate_map_set_zoom_on_double_click (shumate_simple_map_get_map (SHUMATE_SIMPLE_MAP (self->simple_map)),
                                          !placing);
}

gboolean
wk_map_view_get_placing (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);
  return self->placing;
}

void
wk_map_view_set_hide_personal_data (WkMapView *self,
                                    gboolean   hide)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  if (self->hide_personal_data == hide)
    return;
  self->hide_personal_data = hide;
  _wk_map_view_invalidate (self);
}

gboolean
wk_map_view_get_hide_personal_data (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), FALSE);
  return self->hide_personal_data;
}

void
wk_map_view_set_show_network (WkMapView *self,
                              gboolean   show)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  self->show_network = show;
  _wk_map_view_invalidate (self);
}

/**
 * wk_map_view_set_draft:
 * @spot: (nullable): where the pin being placed is, or %NULL for none
 */
void
wk_map_view_set_draft (WkMapView       *self,
                       const WkPinSpot *spot,
                       gint64           category_id)
{
  g_return_if_fail (WK_IS_MAP_VIEW (self));

  self->has_draft = spot != NULL;
  if (spot != NULL)
    self->draft = *spot;
  self->draft_category = category_id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
wk_map_view_get_n_shown (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), 0);

  ensure_entries (self);
  return self->entries->len;
}

/**
 * wk_map_view_get_counts:
 *
 * Returns: (array length=n_categories): the pins shown per category, in
 * the order of wk_map_view_get_categories(); one more after them: pins
 * without a category
 */
const guint *
wk_map_view_get_counts (WkMapView *self,
                        guint     *n_categories)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);

  ensure_entries (self);
  *n_categories = self->n_categories;
  return self->counts;
}

GListModel *
wk_map_view_get_categories (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);
  return self->categories;
}

WkMapRenderer *
wk_map_view_get_renderer (WkMapView *self)
{
  g_return_val_if_fail (WK_IS_MAP_VIEW (self), NULL);
  return self->renderer;
}

GtkWidget *
wk_map_view_new (void)
{
  return g_object_new (WK_TYPE_MAP_VIEW, NULL);
}

static void
wk_map_view_dispose (GObject *object)
{
  WkMapView *self = WK_MAP_VIEW (object);

  g_clear_handle_id (&self->base_settle_id, g_source_remove);
  remove_tiles (self);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  if (self->pins != NULL)
    g_signal_handlers_disconnect_by_data (self->pins, self);
  self->pins = NULL;
  self->categories = NULL;
  g_clear_object (&self->wijk);
  g_clear_object (&self->store);
  g_clear_object (&self->image);
  g_clear_pointer (&self->base_surface, cairo_surface_destroy);

  G_OBJECT_CLASS (wk_map_view_parent_class)->dispose (object);
}

static void
wk_map_view_finalize (GObject *object)
{
  WkMapView *self = WK_MAP_VIEW (object);

  g_clear_object (&self->renderer);
  g_array_unref (self->entries);
  g_array_unref (self->marks);
  g_array_unref (self->link_pairs);
  g_array_unref (self->link_strengths);
  g_hash_table_unref (self->category_index);
  g_free (self->counts);

  G_OBJECT_CLASS (wk_map_view_parent_class)->finalize (object);
}

static void
wk_map_view_class_init (WkMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wk_map_view_dispose;
  object_class->finalize = wk_map_view_finalize;
  widget_class->snapshot = wk_map_view_snapshot;
  widget_class->measure = wk_map_view_measure;
  widget_class->size_allocate = wk_map_view_size_allocate;

  /**
   * WkMapView::pin-activated:
   * @pin: the pin clicked (or chosen with the keyboard)
   * @x: where it is, in the view
   */
  _wk_map_view_signals[PIN_ACTIVATED] = g_signal_new ("pin-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                         WK_TYPE_PIN, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /**
   * WkMapView::pin-dragged:
   * @x: where it was let go, in the view
   */
  _wk_map_view_signals[PIN_DRAGGED] = g_signal_new ("pin-dragged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                       WK_TYPE_PIN, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /**
   * WkMapView::place-chosen:
   *
   * While placing, the map was clicked at (@x, @y); wk_map_view_spot_at() tells where that is.
   */
  _wk_map_view_signals[PLACE_CHOSEN] = g_signal_new ("place-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /* the map was panned or zoomed, or what it shows changed */
  _wk_map_view_signals[VIEW_CHANGED] = g_signal_new ("view-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "wk-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wk_map_view_init (WkMapView *self)
{
  self->renderer = wk_map_renderer_new ();
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->marks = g_array_new (FALSE, TRUE, sizeof (WkMapMark));
  self->link_pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  self->link_strengths = g_array_new (FALSE, FALSE, sizeof (int));
  self->category_index = g_hash_table_new (NULL, NULL);
  self->counts = g_new0 (guint, 1);
  self->scale = 1;
  self->hover = -1;
  self->drag_entry = -1;
  self->entries_dirty = TRUE;

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map with pins"), -1);

  _wk_map_view_init_input (self);
}

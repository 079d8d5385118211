-- Wijkkaart schema, version 2: the community map.
-- SPDX-License-Identifier: EUPL-1.2
--
-- A category's symbol is now the text drawn inside its pins (an emoji or a
-- letter or two, which a team can type) instead of an icon name; the built-in
-- categories get theirs. Pins are looked up by what they link to.

UPDATE pin_category SET symbol = CASE key
    WHEN 'meeting-place' THEN '☕'
    WHEN 'concern' THEN '!'
    WHEN 'opportunity' THEN '★'
    WHEN 'idea' THEN '💡'
    WHEN 'actor' THEN '👤'
    WHEN 'initiative' THEN '🌱'
  END
  WHERE builtin = 1 AND symbol LIKE 'wk-pin-%';
UPDATE pin_category SET symbol = '' WHERE symbol LIKE '%-symbolic';

CREATE INDEX pin_actor ON pin (actor_id);
CREATE INDEX pin_initiative ON pin (initiative_id);
CREATE INDEX pin_session ON pin (session_id);

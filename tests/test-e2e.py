#!/usr/bin/python3
# test-e2e.py: drives the real Wijkkaart the way a person would, over the
# accessibility bus (AT-SPI): creates a wijk with a hostile name on a new
# database, quits with Ctrl+Q, checks the file on disk, starts again and finds
# the wijk back. Then, on its "Actors" page, it makes two actors on their
# cards (one with a hostile name), relates them through the card's "Add
# Relation" popover, deletes the actor and takes it back with Undo, checking
# the file with sqlite3 after every step and once more after Ctrl+Q. Prints TAP.
# SPDX-License-Identifier: EUPL-1.2
#
# Usage (meson runs it under tests/headless.sh, which gives it a private X
# server and D-Bus session):  test-e2e.py /path/to/wijkkaart
#
# Facts about GTK 4.8 over AT-SPI this test relies on (see TESTING.md):
# find, click (Action 0) and type (EditableText) work; Text.get_text (0, -1)
# returns "" so ask for get_character_count () characters; grab_focus fails,
# so keys go through xdotool after focusing the X window.
#
# GTK 4.8 answers GetChildAtIndex on the application node with a window whose
# accessible is already gone when the number of visible windows dropped since
# the client asked for ChildCount; the reply then has a NULL object path and
# the app aborts on a GLib-CRITICAL (G_DEBUG=fatal-criticals). So this test
# asks the application node for its windows only while none opens or closes:
# it keeps the main window, takes the dialog once it is there, and watches
# the dialog close through the window count alone.
#
# More GTK 4.8 facts the cards part relies on: list box rows have no AT-SPI
# action, so a match in the relation popover is taken with Enter in its
# search entry, as from the keyboard; widgets keep their size when hidden, so
# "on screen" means a size, and a closed card (an AdwFlap's flap) is told by
# lying outside the window; a button scrolled out of sight still clicks, but
# see scroll_into_view for why the test scrolls first.

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import traceback

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402

WIJK_NAME = 'Wijk "De Pijp" \\ <b>&amp; حي'   # quotes, backslash, markup, Arabic
MUNICIPALITY = 'Lindewaard'
ACTOR_NAME = 'Fatima "El" \\ <b>&amp; حي'     # the same kinds of trouble, on a card
OTHER_ACTOR = 'Bram Visser'                     # the actor the relation goes to
OTHER_QUERY = 'viss'                            # typed into the relation search
NEW_ACTOR_NAME = 'New actor'                    # what "New Actor" names a card
AUTOSAVE = 0.4                                  # seconds the cards wait before storing

START_TIMEOUT = 20      # seconds until the app shows up on the bus
UI_TIMEOUT = 10         # seconds for anything to change in the UI
QUIT_TIMEOUT = 10       # seconds for the process to exit after Ctrl+Q
POLL = 0.05


class Failed(Exception):
    """A check did not hold; the arguments are the detail lines."""


# --- TAP -------------------------------------------------------------------

class Tap:
    def __init__(self, plan):
        self.n = 0
        print(f'1..{plan}', flush=True)

    @staticmethod
    def _details(lines):
        for line in lines:
            for part in str(line).splitlines() or ['']:
                print(f'# {part}')

    def ok(self, name, details=()):
        self.n += 1
        print(f'ok {self.n} - {name}')
        self._details(details)
        sys.stdout.flush()

    def not_ok(self, name, details=()):
        self.n += 1
        print(f'not ok {self.n} - {name}')
        self._details(details)
        sys.stdout.flush()

    def skip(self, name, reason):
        self.n += 1
        print(f'ok {self.n} - {name} # SKIP {reason}', flush=True)


# --- polling ---------------------------------------------------------------

def wait_for(what, fn, timeout=UI_TIMEOUT):
    """Calls fn until it returns something true; returns that, or raises Failed."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = fn()
        except GLib.Error:          # an object went away while we looked
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failed(f'timed out after {timeout} s waiting for {what}')
        time.sleep(POLL)


# --- AT-SPI helpers --------------------------------------------------------

def children(acc):
    try:
        count = acc.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = acc.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            yield child


def walk(acc):
    """acc and everything below it, depth first."""
    yield acc
    for child in children(acc):
        yield from walk(child)


def find(root, pred):
    for acc in walk(root):
        try:
            if pred(acc):
                return acc
        except GLib.Error:
            pass
    return None


def spoken_name(acc):
    """The accessible name with GTK 4.8's quirks undone.

    GTK 4.8 keeps the mnemonic underscore in a button's name and joins an
    accessible label with its labelled-by relation, so the button "_New Wijk"
    is called "_New Wijk New Wijk" and an AdwEntryRow with an explicit label
    "Name Name". Remove underscores and collapse such a doubled name."""
    name = (acc.get_name() or '').replace('_', '')
    half = len(name) // 2
    if len(name) % 2 == 1 and name[half] == ' ' and name[:half] == name[half + 1:]:
        return name[:half]
    return name


def role(acc):
    return acc.get_role_name()


def has_state(acc, state):
    return acc.get_state_set().contains(state)


def on_screen(acc):
    """Has a size: AdwSqueezer and GtkStack keep hidden copies with none."""
    ext = acc.get_extents(Atspi.CoordType.WINDOW)
    return ext.width > 0 and ext.height > 0


def in_window(acc, window):
    """Inside the window's area: a closed AdwFlap keeps its flap beside the
    window, with a size and all its children."""
    box = acc.get_extents(Atspi.CoordType.WINDOW)
    win = window.get_extents(Atspi.CoordType.WINDOW)
    return (box.width > 0 and box.height > 0 and
            box.x < win.x + win.width and win.x < box.x + box.width and
            box.y < win.y + win.height and win.y < box.y + box.height)


def is_editable(acc):
    return 'EditableText' in acc.get_interfaces()


def text_of(acc):
    # GTK 4.8 answers get_text (0, -1) with "": ask for the real length
    return acc.get_text(0, acc.get_character_count())


def describe(acc):
    """One line about acc, for failure details."""
    try:
        states = [s.value_nick for s in acc.get_state_set().get_states()]
        return (f'{role(acc)} {acc.get_name()!r} [{", ".join(states)}] '
                f'({", ".join(acc.get_interfaces())})')
    except GLib.Error as e:
        return f'<gone: {e.message}>'


def dump(acc, depth=0, limit=400):
    """The tree below acc as detail lines, to see what a failed search saw."""
    lines = []
    for node, level in _walk_depth(acc, depth):
        lines.append('  ' * level + describe(node))
        if len(lines) >= limit:
            lines.append('… (cut)')
            break
    return lines


def _walk_depth(acc, depth):
    yield acc, depth
    for child in children(acc):
        yield from _walk_depth(child, depth + 1)


def scroll_into_view(acc):
    """Scrolls the nearest scrolled window around acc until acc is inside it.

    A person scrolls to a button before clicking it. Over AT-SPI the click
    also works on a button scrolled out of sight, but a popover it opens is
    then anchored outside the screen, and GTK 4.8 on X11 fails a GDK
    assertion while placing it (gdk_monitor_get_geometry: GDK_IS_MONITOR)."""
    pane = acc.get_parent()
    while pane is not None and role(pane) != 'scroll pane':
        pane = pane.get_parent()
    if pane is None:
        return
    bar = next((c for c in children(pane) if role(c) == 'scroll bar' and
                has_state(c, Atspi.StateType.VERTICAL)), None)
    value = bar and next((c for c in children(bar) if 'Value' in c.get_interfaces()), None)
    if value is None:
        raise Failed(f'no vertical scroll bar to scroll {describe(acc)} into view', *dump(pane))

    def inside():
        box = acc.get_extents(Atspi.CoordType.WINDOW)
        view = pane.get_extents(Atspi.CoordType.WINDOW)
        return view.y <= box.y and box.y + box.height <= view.y + view.height

    if inside():
        return
    box = acc.get_extents(Atspi.CoordType.WINDOW)
    view = pane.get_extents(Atspi.CoordType.WINDOW)
    offset = (box.y + box.height / 2) - (view.y + view.height / 2)
    want = min(max(value.get_current_value() + offset, value.get_minimum_value()),
               value.get_maximum_value())
    if not value.set_current_value(want):
        raise Failed(f'the scroll bar refused the value {want}: {describe(value)}')
    wait_for(f'{describe(acc)} to scroll into view', inside)


def click(acc):
    if not acc.do_action(0):
        raise Failed(f'the click was refused: {describe(acc)}')


# --- X helpers (keys cannot go through AT-SPI on GTK 4.8) -------------------

def xdotool(*args):
    return subprocess.run(['xdotool', *args], capture_output=True, text=True, timeout=10)


def x_windows(pid):
    out = xdotool('search', '--onlyvisible', '--pid', str(pid)).stdout
    return out.split()


def focus_window(window):
    # windowactivate needs a window manager (_NET_ACTIVE_WINDOW); plain Xvfb
    # has none, so fall back to setting the input focus directly.
    if xdotool('windowactivate', '--sync', window).returncode != 0:
        xdotool('windowfocus', '--sync', window)


def press_keys(window, keys):
    focus_window(window)
    result = xdotool('key', '--clearmodifiers', keys)
    if result.returncode != 0:
        raise Failed(f'xdotool key {keys} failed: {result.stderr.strip()}')


# --- the application under test ---------------------------------------------

class App:
    """One run of wijkkaart on a database, and its node on the bus."""

    def __init__(self, exe, database, log_path):
        self.log_path = log_path
        self.log = open(log_path, 'a')
        self.log.write(f'--- {exe} --database {database}\n')
        self.log.flush()
        self.proc = subprocess.Popen([exe, '--database', database],
                                     stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.node = None        # the application on the bus
        self.window = None      # its main window

    def _on_bus(self):
        desktop = Atspi.get_desktop(0)
        for app in children(desktop):
            try:
                if app.get_process_id() == self.proc.pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                pass
        return None

    def wait(self, what, fn, timeout=UI_TIMEOUT):
        """wait_for, but gives up as soon as the process is gone."""
        def alive_and(fn=fn):
            if self.proc.poll() is not None:
                raise Failed(f'wijkkaart exited with status {self.proc.returncode} '
                             f'while the test waited for {what}')
            return fn()
        return wait_for(what, alive_and, timeout)

    def wait_on_bus(self):
        self.node = self.wait('wijkkaart on the accessibility bus', self._on_bus, START_TIMEOUT)
        self.window = self.node.get_child_at_index(0)
        if role(self.window) != 'frame':
            raise Failed(f'the first window is not a frame: {describe(self.window)}')
        return [f'main window: {describe(self.window)}']

    def n_windows(self):
        return self.node.get_child_count()

    def wait_for_new_window(self, what, before):
        """The window that opened after there were `before` windows."""
        self.wait(what, lambda: self.n_windows() > before)
        return self.node.get_child_at_index(self.n_windows() - 1)

    def main_x_window(self):
        windows = self.wait('a visible X window of wijkkaart', lambda: x_windows(self.proc.pid))
        for window in windows:
            if xdotool('getwindowname', window).stdout.strip() == 'Wijkkaart':
                return window
        return windows[0]

    def quit_with_ctrl_q(self):
        if self.proc.poll() is not None:
            raise Failed(f'wijkkaart had already exited, with status {self.proc.returncode}')
        press_keys(self.main_x_window(), 'ctrl+q')
        try:
            status = self.proc.wait(QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.stop()
            raise Failed(f'still running {QUIT_TIMEOUT} s after Ctrl+Q; terminated it')
        if status != 0:
            raise Failed(f'exited with status {status}')

    def stop(self):
        """Ends the process if it still runs (only this one, by its pid)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def start_accessibility_bus():
    """Starts the accessibility bus ourselves, with its output on stderr.

    Left to D-Bus activation, the bus launcher inherits the session bus's
    stdout, and at-spi2-registryd then prints a line into the TAP stream.
    Returns the launcher's process, or None when a bus is already there."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def owned():
        reply = session.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus',
                                  'org.freedesktop.DBus', 'NameHasOwner',
                                  GLib.Variant('(s)', ('org.a11y.Bus',)),
                                  GLib.VariantType('(b)'), Gio.DBusCallFlags.NONE,
                                  -1, None)
        return reply.unpack()[0]

    if owned():
        return None
    launcher = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                                stdin=subprocess.DEVNULL, stdout=sys.stderr)
    wait_for('the accessibility bus', owned, 10)
    return launcher


# --- the steps ---------------------------------------------------------------

class Run:
    """State shared by the steps."""

    def __init__(self, exe, tmp):
        self.exe = exe
        self.tmp = tmp
        self.database = os.path.join(tmp, 'wijken.db')
        self.log_path = os.path.join(tmp, 'wijkkaart.log')
        self.app = None
        self.dialog = None
        self.create = None
        self.actors_page = None     # the "Actors" page of the content view
        self.other_id = None        # the actor the relation goes to
        self.actor_id = None        # the actor with the hostile name
        self.actor_uuid = None
        self.relation_uuid = None
        self.undo = None            # the toast's Undo button

    # first start, on a database that does not exist yet

    def first_start(self):
        assert not os.path.exists(self.database)
        self.app = App(self.exe, self.database, self.log_path)
        return self.app.wait_on_bus()

    def open_new_wijk_dialog(self):
        app = self.app

        def new_wijk_button():
            # the big button on the empty state, not the hidden header-bar "+"
            status_page = find(app.window, lambda a: role(a) == 'panel' and
                               a.get_name() == 'No Wijken Yet')
            return status_page and find(status_page, lambda a: role(a) == 'push button' and
                                        spoken_name(a) == 'New Wijk')
        try:
            button = app.wait('the "New Wijk" button on the empty state', new_wijk_button)
        except Failed as e:
            raise Failed(*e.args, 'the tree:', *dump(app.window))
        before = app.n_windows()
        click(button)
        self.dialog = app.wait_for_new_window('a dialog', before)
        if spoken_name(self.dialog) != 'New Wijk':
            raise Failed(f'the new window is not the "New Wijk" dialog: {describe(self.dialog)}')
        return [f'button: {describe(button)}', f'dialog: {describe(self.dialog)}']

    def _create_button(self):
        return find(self.dialog, lambda a: role(a) == 'push button' and
                    spoken_name(a) == 'Create' and on_screen(a))

    def create_disabled_while_empty(self):
        self.create = self.app.wait('the Create button', self._create_button)
        if has_state(self.create, Atspi.StateType.SENSITIVE):
            raise Failed('Create is enabled with an empty name', describe(self.create))

    def _entry(self, root, name):
        entry = find(root, lambda a: spoken_name(a) == name and is_editable(a))
        if entry is None:
            raise Failed(f'no editable text named {name!r}', *dump(root))
        return entry

    def type_name_and_municipality(self):
        details = []
        name = self._entry(self.dialog, 'Name')
        municipality = self._entry(self.dialog, 'Municipality')
        details.append(f'name entry: {describe(name)}')
        if not name.insert_text(0, WIJK_NAME, -1):
            details.append('EditableText.insert_text refused the name')
        if not municipality.insert_text(0, MUNICIPALITY, -1):
            details.append('EditableText.insert_text refused the municipality')
        try:
            self.app.wait('Create to become enabled',
                          lambda: has_state(self.create, Atspi.StateType.SENSITIVE), 3)
        except Failed:
            if self.app.proc.poll() is not None:
                raise
            details.append('Create stayed disabled after typing over AT-SPI; typing with xdotool')
            self._type_name_with_xdotool()
            self.app.wait('Create to become enabled after xdotool typing',
                          lambda: has_state(self.create, Atspi.StateType.SENSITIVE))
        for entry, want in ((name, WIJK_NAME), (municipality, MUNICIPALITY)):
            got = text_of(entry)
            if got != want:
                raise Failed(f'{spoken_name(entry)} reads back {got!r}, typed {want!r}', *details)
        return details

    def _type_name_with_xdotool(self):
        # the dialog focuses the Name row when it opens
        main = self.app.main_x_window()
        dialogs = [w for w in x_windows(self.app.proc.pid) if w != main]
        if not dialogs:
            raise Failed('no X window for the dialog')
        press_keys(dialogs[-1], 'ctrl+a')
        xdotool('type', '--delay', '20', '--', WIJK_NAME)

    def create_and_find_in_sidebar(self):
        before = self.app.n_windows()
        click(self.create)
        # only count the windows while the dialog goes: see the top of the file
        self.app.wait('the dialog to close', lambda: self.app.n_windows() < before)
        row = self._wait_for_sidebar_row()
        return [f'row: {describe(row)}']

    def _sidebar(self):
        return find(self.app.window, lambda a: role(a) == 'list' and a.get_name() == 'Wijken')

    def _wait_for_sidebar_row(self):
        def row():
            sidebar = self._sidebar()
            return sidebar and find(sidebar, lambda a: role(a) == 'list item' and
                                    a.get_name() == WIJK_NAME)
        try:
            return self.app.wait(f'a sidebar row named {WIJK_NAME!r}', row)
        except Failed as e:
            sidebar = self._sidebar()
            seen = dump(sidebar) if sidebar else ['no list named "Wijken"', *dump(self.app.window)]
            raise Failed(*e.args, 'the sidebar:', *seen)

    def quit(self):
        self.app.quit_with_ctrl_q()
        return ['files left: ' + ', '.join(sorted(os.listdir(self.tmp)))]

    # the file on disk

    def database_row(self):
        with sqlite3.connect(f'file:{self.database}?mode=ro', uri=True) as db:
            rows = db.execute('SELECT name, municipality, deleted FROM wijk').fetchall()
        db.close()
        if rows != [(WIJK_NAME, MUNICIPALITY, 0)]:
            raise Failed(f'table wijk holds {rows!r}',
                         f'expected {[(WIJK_NAME, MUNICIPALITY, 0)]!r}')

    def database_mode(self):
        if not os.path.exists(self.database):
            raise Failed(f'{self.database} does not exist')
        details = []
        bad = []
        for suffix in ('', '-wal', '-shm', '-journal'):
            path = self.database + suffix
            if not os.path.exists(path):
                continue
            mode = stat.S_IMODE(os.stat(path).st_mode)
            details.append(f'{os.path.basename(path)}: {mode:04o}')
            if mode != 0o600:
                bad.append(f'{os.path.basename(path)} has mode {mode:04o}, not 0600')
        if bad:
            raise Failed(*bad)
        return details

    # second start, on the same database

    def second_start(self):
        self.app = App(self.exe, self.database, self.log_path)
        return self.app.wait_on_bus()

    def wijk_listed_and_selected(self):
        row = self._wait_for_sidebar_row()
        self.app.wait('the row to be selected', lambda: has_state(row, Atspi.StateType.SELECTED))
        return [f'row: {describe(row)}']

    def content_page_shows_wijk(self):
        def fields():
            # the "Wijk" group on the content page
            group = find(self.app.window, lambda a: role(a) == 'list' and a.get_name() == 'Wijk'
                         and on_screen(a))
            if group is None:
                return None
            entries = {want: find(group, lambda a, label=label: spoken_name(a) == label
                                  and is_editable(a))
                       for label, want in (('Name', WIJK_NAME), ('Municipality', MUNICIPALITY))}
            return entries if all(entries.values()) else None

        entries = self.app.wait('the "Wijk" group with Name and Municipality', fields)
        try:
            self.app.wait('the page to show the wijk',
                          lambda: all(text_of(e) == want for want, e in entries.items()))
        except Failed as e:
            raise Failed(*e.args, *(f'{spoken_name(e)} reads {text_of(e)!r}, expected {want!r}'
                                    for want, e in entries.items()))

    # the actors page and an actor's card, in the restarted app

    def _query(self, sql, *params):
        """Rows from the file on disk, read beside the running app (WAL)."""
        db = sqlite3.connect(f'file:{self.database}?mode=ro', uri=True, timeout=5)
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def _in_page(self, pred):
        """The first accessible on the actors page (list or card) that is on
        screen and fulfils pred: the initiatives page has a card of its own."""
        return find(self.actors_page, lambda a: pred(a) and on_screen(a))

    def _button(self, name):
        return self._in_page(lambda a: role(a) == 'push button' and spoken_name(a) == name)

    def _card_entry(self, name):
        return self._in_page(lambda a: spoken_name(a) == name and is_editable(a))

    def _wait(self, what, fn, timeout=UI_TIMEOUT):
        """app.wait, with the actors page in the details when it fails."""
        try:
            return self.app.wait(what, fn, timeout)
        except Failed as e:
            raise Failed(*e.args, 'the actors page:', *dump(self.actors_page))

    def _wait_in_page(self, what, pred, timeout=UI_TIMEOUT):
        return self._wait(what, lambda: self._in_page(pred), timeout)

    def open_actors_page(self):
        app = self.app

        def tab():
            return find(app.window, lambda a: role(a) == 'page tab' and
                        spoken_name(a) == 'Actors' and on_screen(a))
        try:
            actors_tab = app.wait('an "Actors" tab on screen', tab)
        except Failed as e:
            raise Failed(*e.args, 'the window:', *dump(app.window))
        click(actors_tab)
        app.wait('the "Actors" tab to be selected',
                 lambda: has_state(actors_tab, Atspi.StateType.SELECTED))
        # the page has no accessible name of its own: GTK names it by its type
        self.actors_page = app.wait('the actors page on screen',
                                    lambda: find(app.window, lambda a: on_screen(a) and
                                                 a.get_name() == 'WkActorsPage'))
        button = self._wait_in_page('an enabled "New Actor" button',
                                    lambda a: role(a) == 'push button' and
                                    spoken_name(a) == 'New Actor' and
                                    has_state(a, Atspi.StateType.SENSITIVE))
        return [f'tab: {describe(actors_tab)}', f'button: {describe(button)}']

    def _type_over(self, entry, text, details):
        """Replaces the text of entry, over AT-SPI or else with xdotool."""
        try:
            done = entry.set_text_contents(text)
        except GLib.Error as e:
            done = False
            details.append(f'EditableText.set_text_contents failed: {e.message}')
        if not done or text_of(entry) != text:
            details.append('set_text_contents did not take; typing with xdotool')
            # the entry has the focus: the card gives it to its Name entry,
            # the relation popover to its search entry
            press_keys(self.app.main_x_window(), 'ctrl+a')
            xdotool('type', '--delay', '20', '--', text)
        self.app.wait(f'{spoken_name(entry)} to read back {text!r}', lambda: text_of(entry) == text)

    def _new_actor(self, name):
        """New Actor, then name the card; returns (id, uuid, details) once the
        name is stored."""
        app = self.app
        details = []
        before = {row[0] for row in self._query('SELECT id FROM actor')}
        button = self._button('New Actor')
        if button is None:
            raise Failed('no "New Actor" button on screen', *dump(self.actors_page))
        click(button)
        self._wait('the card to open', self._card_open)
        new = app.wait('a new actor in the database',
                       lambda: [row for row in self._query('SELECT id, uuid, name FROM actor')
                                if row[0] not in before])
        actor_id, uuid, stored = new[0]
        if stored != NEW_ACTOR_NAME:
            details.append(f'the new actor is called {stored!r}, not {NEW_ACTOR_NAME!r}')

        def name_entry():
            entry = self._card_entry('Name')
            return entry if entry is not None and text_of(entry) == stored else None
        entry = self._wait(f'the card\'s "Name" entry showing {stored!r}', name_entry)
        details.append(f'name entry: {describe(entry)}')
        self._type_over(entry, name, details)
        typed = time.monotonic()
        # no Enter, no leaving the field: the card stores typing after a pause
        app.wait(f'the database to store the name {name!r}',
                 lambda: self._query('SELECT name FROM actor WHERE id = ?', actor_id) == [(name,)],
                 AUTOSAVE + UI_TIMEOUT)
        details.append(f'stored {time.monotonic() - typed:.2f} s after typing '
                       f'(autosave {AUTOSAVE} s)')
        return actor_id, uuid, details

    def _card_open(self):
        """The card slides in beside the list, its header in the window."""
        delete = self._button('Delete Actor')
        return delete is not None and in_window(delete, self.app.window)

    def create_other_actor(self):
        self.other_id, _, details = self._new_actor(OTHER_ACTOR)
        return details

    def _card_title(self):
        """The text of the label in the card's header, beside its buttons."""
        delete = self._button('Delete Actor')
        label = delete and next((c for c in children(delete.get_parent())
                                 if role(c) == 'label'), None)
        return text_of(label) if label is not None else None

    def _listed_names(self):
        """The names in the first column of the list of actors."""
        table = self._in_page(lambda a: role(a) == 'tree table' and a.get_name() == 'Actors')
        names = []
        for row in walk(table) if table is not None else ():
            # the header row has column titles, not cells; GTK 4.8 drops the
            # "selectable" state of a row made for an item that undo restored
            cell = (next((c for c in children(row) if role(c) == 'table cell'), None)
                    if role(row) == 'table row' else None)
            if cell is not None:
                label = find(cell, lambda a: role(a) == 'label')
                names.append(text_of(label) if label else None)
        return names

    def create_hostile_actor(self):
        self.actor_id, self.actor_uuid, details = self._new_actor(ACTOR_NAME)
        # the same exact name once more, a moment after the autosave
        time.sleep(AUTOSAVE + 0.2)
        rows = self._query('SELECT uuid, name FROM actor WHERE name = ?', ACTOR_NAME)
        if rows != [(self.actor_uuid, ACTOR_NAME)]:
            raise Failed(f'actors named {ACTOR_NAME!r}: {rows!r}', *details)
        try:
            self.app.wait('the card\'s title to read the name',
                          lambda: self._card_title() == ACTOR_NAME)
        except Failed as e:
            raise Failed(*e.args, f'the title reads {self._card_title()!r}', *details)
        try:
            self.app.wait('the list to show the name', lambda: ACTOR_NAME in self._listed_names())
        except Failed as e:
            raise Failed(*e.args, f'the list shows {self._listed_names()!r}', *details)
        return [f'actor {self.actor_id}, uuid {self.actor_uuid}', *details]

    def add_relation(self):
        app = self.app
        details = []
        add = self._in_page(lambda a: role(a) == 'push button' and spoken_name(a) == 'Add Relation'
                            and has_state(a, Atspi.StateType.FOCUSABLE))
        if add is None:
            raise Failed('no "Add Relation" button on the card', *dump(self.actors_page))
        scroll_into_view(add)
        windows = len(x_windows(app.proc.pid))
        click(add)
        search = self._wait_in_page('the search entry "Find an actor or initiative"',
                                    lambda a: spoken_name(a) == 'Find an actor or initiative'
                                    and is_editable(a))
        details.append(f'search entry: {describe(search)}')

        def matches(want):
            found = self._in_page(lambda a: role(a) == 'list' and
                                  spoken_name(a) == 'Matching cards')
            if found is None:
                return None
            rows = [c for c in children(found) if role(c) == 'list item']
            return (rows or [found]) if [spoken_name(r) for r in rows] == want else None

        # the card's own actor is never offered, so the other one is all
        # there is: first a search that finds nothing, to see the list narrow
        for query, want in ((OTHER_QUERY + 'qz', []), (OTHER_QUERY, [OTHER_ACTOR])):
            self._type_over(search, query, details)
            rows = self._wait(f'"Matching cards" to list {want!r} for {query!r}',
                              lambda want=want: matches(want))
        details.append(f'matching row: {describe(rows[0])}')
        # GTK 4.8 gives list box rows no AT-SPI action: Enter in the search
        # entry (which has the focus) activates the first, here only, match
        press_keys(app.main_x_window(), 'Return')
        self.relation_uuid = self._wait('the relation in the database', self._relation_uuid)
        details.append(f'relation uuid {self.relation_uuid}')
        row = self._wait_in_page(f'a row "Relation with {OTHER_ACTOR}: …" on the card',
                                 lambda a: role(a) == 'list item' and
                                 spoken_name(a).startswith(f'Relation with {OTHER_ACTOR}:'))
        details.append(f'relation row: {describe(row)}')
        app.wait('the popover to close', lambda: len(x_windows(app.proc.pid)) == windows)
        return details

    def _relation_uuid(self):
        """The uuid of the one relation from the actor to the other one."""
        rows = self._query('SELECT uuid, target_initiative_id FROM relation '
                           'WHERE source_actor_id = ? AND target_actor_id = ?',
                           self.actor_id, self.other_id)
        if len(rows) > 1:
            raise Failed(f'{len(rows)} relations from actor {self.actor_id} to {self.other_id}')
        return rows[0][0] if rows and rows[0][1] is None else None

    def _actor_row(self):
        return self._query('SELECT id, name FROM actor WHERE uuid = ?', self.actor_uuid)

    def _relation_rows(self):
        return self._query('SELECT source_actor_id, target_actor_id FROM relation WHERE uuid = ?',
                           self.relation_uuid)

    def _count_label(self, want):
        return self._wait_in_page(f'the page to count {want!r}',
                                  lambda a: role(a) == 'label' and a.get_name() == want)

    def delete_actor(self):
        app = self.app
        button = self._button('Delete Actor')
        if button is None:
            raise Failed('no "Delete Actor" button on screen', *dump(self.actors_page))
        click(button)
        app.wait('the actor to leave the database', lambda: self._actor_row() == [])
        details = [f'{self._query("SELECT count(*) FROM actor")[0][0]} actor(s) left']
        if self.relation_uuid is not None:
            app.wait('its relation to leave the database', lambda: self._relation_rows() == [])
            details.append('its relation is gone too')
        self._count_label('1 actor')
        self._wait('the card to close', lambda: not self._card_open())
        self.undo = self._wait('an "Undo" button in a toast',
                               lambda: find(app.window, lambda a: role(a) == 'push button' and
                                            spoken_name(a) == 'Undo' and on_screen(a)))
        details.append(f'toast button: {describe(self.undo)}')
        return details

    def toast_names_actor(self):
        want = f'“{ACTOR_NAME}” deleted'
        toast = self.undo.get_parent()
        # the title, not the labels inside the toast's buttons
        texts = [text_of(label) for part in children(toast) if role(part) != 'push button'
                 for label in walk(part) if role(label) == 'label']
        if want not in texts:
            raise Failed(f'the toast reads {texts!r}, expected {want!r}',
                         'the toast:', *dump(toast))
        return [f'toast: {want}']

    def undo_delete(self):
        app = self.app
        details = []
        try:
            click(self.undo)
            details.append('pressed Undo in the toast')
        except (Failed, GLib.Error) as e:
            # the toast went away (it has a timeout): Ctrl+Z is the same action
            details.append(f'the toast\'s Undo could not be pressed ({e}); pressing Ctrl+Z')
            press_keys(app.main_x_window(), 'ctrl+z')
        app.wait('the actor to come back', lambda: self._actor_row() != [])
        row = self._actor_row()
        if row != [(self.actor_id, ACTOR_NAME)]:
            raise Failed(f'uuid {self.actor_uuid} came back as {row!r}',
                         f'expected {[(self.actor_id, ACTOR_NAME)]!r}', *details)
        details.append(f'actor {self.actor_id} back with uuid {self.actor_uuid}')
        if self.relation_uuid is None:
            details.append('no relation to check (adding it failed)')
        else:
            app.wait('the relation to come back', lambda: self._relation_rows() != [])
            rows = self._relation_rows()
            if rows != [(self.actor_id, self.other_id)]:
                raise Failed(f'relation {self.relation_uuid} came back as {rows!r}',
                             f'expected {[(self.actor_id, self.other_id)]!r}', *details)
            details.append(f'relation back with uuid {self.relation_uuid}')
        self._count_label('2 actors')
        try:
            app.wait('the list to show the actor again', lambda: ACTOR_NAME in self._listed_names())
        except Failed as e:
            raise Failed(*e.args, f'the list shows {self._listed_names()!r}', *details)
        return details

    def database_keeps_actor(self):
        rows = self._actor_row()
        if rows != [(self.actor_id, ACTOR_NAME)]:
            raise Failed(f'actor {self.actor_uuid} in the file: {rows!r}',
                         f'expected {[(self.actor_id, ACTOR_NAME)]!r}')
        others = self._query('SELECT name FROM actor WHERE id = ?', self.other_id)
        if others != [(OTHER_ACTOR,)]:
            raise Failed(f'actor {self.other_id} in the file: {others!r}')
        details = [f'actor {self.actor_uuid}: {ACTOR_NAME!r}']
        if self.relation_uuid is not None:
            relations = self._relation_rows()
            if relations != [(self.actor_id, self.other_id)]:
                raise Failed(f'relation {self.relation_uuid} in the file: {relations!r}')
            details.append(f'relation {self.relation_uuid}')
        return details


def app_log(run):
    try:
        with open(run.log_path, errors='replace') as f:
            return ['wijkkaart output:'] + f.read().splitlines()
    except OSError:
        return []


def main():
    if len(sys.argv) != 2:
        print('Bail out! usage: test-e2e.py WIJKKAART')
        return 1
    exe = os.path.abspath(sys.argv[1])
    os.umask(0o022)     # so that mode 0600 is the app's doing, not ours

    tmp = tempfile.mkdtemp(prefix='wk-e2e-')
    run = Run(exe, tmp)
    # (key, description, step, keys of the steps it needs)
    steps = [
        ('start1', 'first start: the app appears on the accessibility bus',
         run.first_start, []),
        ('dialog', 'the empty state\'s "New Wijk" button opens the "New Wijk" dialog',
         run.open_new_wijk_dialog, ['start1']),
        ('disabled', 'Create is disabled while the name is empty',
         run.create_disabled_while_empty, ['dialog']),
        ('typed', 'typing a hostile name and a municipality enables Create',
         run.type_name_and_municipality, ['disabled']),
        ('listed', 'Create closes the dialog and the sidebar lists the wijk by its exact name',
         run.create_and_find_in_sidebar, ['typed']),
        ('quit1', 'Ctrl+Q quits the app (exit status 0)',
         run.quit, ['start1']),
        ('mode', 'the database file has mode 0600',
         run.database_mode, ['start1']),
        ('row', 'the database holds one wijk with exactly that name and municipality',
         run.database_row, ['typed']),
        ('start2', 'second start on the same database: the app appears on the bus',
         run.second_start, ['row']),
        ('selected', 'the sidebar lists the wijk by its exact name, selected',
         run.wijk_listed_and_selected, ['start2']),
        ('page', 'the content page shows the same name and municipality',
         run.content_page_shows_wijk, ['selected']),
        ('actors', 'the "Actors" tab shows the actors page with its "New Actor" button',
         run.open_actors_page, ['selected']),
        ('other', '"New Actor" opens a card; a name typed into it is stored by the autosave',
         run.create_other_actor, ['actors']),
        ('actor', 'a second new actor\'s card stores a hostile name exactly, no Enter needed; '
         'its title and the list show it',
         run.create_hostile_actor, ['actors']),
        ('relation', '"Add Relation": searching part of a name and taking the match adds a '
         'relation row to the card and to the database',
         run.add_relation, ['actor', 'other']),
        ('deleted', '"Delete Actor" closes the card, removes the actor and its relation from '
         'the database and offers Undo in a toast',
         run.delete_actor, ['actor']),
        ('toast', 'the toast names the deleted actor exactly',
         run.toast_names_actor, ['deleted']),
        ('undone', 'Undo brings the actor (in the list too) and its relation back, with the '
         'same uuids',
         run.undo_delete, ['deleted']),
        ('quit2', 'Ctrl+Q quits the restarted app (exit status 0)',
         run.quit, ['start2']),
        ('kept', 'after Ctrl+Q the file still holds the actor, the other actor and the relation',
         run.database_keeps_actor, ['quit2', 'actor', 'other']),
    ]

    launcher = None
    try:
        launcher = start_accessibility_bus()
        Atspi.set_timeout(5000, 20000)
        tap = Tap(len(steps))
        passed = set()
        for key, description, step, needs in steps:
            missing = [n for n in needs if n not in passed]
            if missing:
                tap.skip(description, f'needs {", ".join(missing)}')
                continue
            try:
                details = step() or []
            except (Failed, GLib.Error) as e:
                # an AT-SPI error mostly means the app went away: show its output
                lines = list(e.args) if isinstance(e, Failed) else [f'AT-SPI: {e.message}']
                if run.app and run.app.proc.poll() is not None and not key.startswith('quit'):
                    lines.append(f'wijkkaart has exited, with status {run.app.proc.returncode}')
                tap.not_ok(description, [*lines, *app_log(run)])
                if run.app and key.startswith(('start', 'quit')):
                    run.app.stop()
            else:
                tap.ok(description, details)
                passed.add(key)
    except Exception:
        print(f'Bail out! {sys.exc_info()[1]!r}')
        for line in traceback.format_exc().splitlines() + app_log(run):
            print(f'# {line}')
        return 1
    finally:
        if run.app:
            run.app.stop()
        if launcher:
            launcher.terminate()
            launcher.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())

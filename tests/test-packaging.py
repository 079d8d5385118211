#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Consistency checks between the Flatpak manifest, desktop file, metainfo,
icons and GSettings schema.

Usage: test-packaging.py SRCDIR BUILDDIR
Prints TAP.
"""

import configparser
import json
import os
import sys
import xml.etree.ElementTree as ET

APP_ID = 'nl.wijkkaart.Wijkkaart'


class Tap:
    def __init__(self):
        self.results = []

    def check(self, description, func):
        try:
            ok, detail = func()
        except Exception as exc:  # report, never crash the TAP stream
            ok, detail = False, '{}: {}'.format(type(exc).__name__, exc)
        self.results.append((ok, description, detail))

    def finish(self):
        print('1..{}'.format(len(self.results)))
        failed = 0
        for n, (ok, description, detail) in enumerate(self.results, 1):
            print('{} {} - {}'.format('ok' if ok else 'not ok', n, description))
            if not ok:
                failed += 1
                for line in str(detail or '').splitlines():
                    print('# ' + line)
        return 1 if failed else 0


def result(ok, detail=''):
    return bool(ok), detail


def main(argv):
    if len(argv) != 3:
        print('Bail out! usage: test-packaging.py SRCDIR BUILDDIR')
        return 2
    srcdir, builddir = argv[1], argv[2]

    manifest_path = os.path.join(srcdir, 'flatpak', APP_ID + '.json')
    desktop_path = os.path.join(builddir, 'data', APP_ID + '.desktop')
    metainfo_path = os.path.join(builddir, 'data', APP_ID + '.metainfo.xml')
    gschema_path = os.path.join(srcdir, 'data', APP_ID + '.gschema.xml')

    state = {}
    tap = Tap()

    # --- Flatpak manifest -------------------------------------------------
    def manifest_parses():
        with open(manifest_path, encoding='utf-8') as f:
            state['manifest'] = json.load(f)
        return result(isinstance(state['manifest'], dict),
                      'top level is not an object')

    def manifest():
        if 'manifest' not in state:
            raise RuntimeError('manifest did not parse')
        return state['manifest']

    def manifest_id():
        m = manifest()
        got = m.get('id', m.get('app-id'))
        return result(got == APP_ID, 'id/app-id is {!r}'.format(got))

    def manifest_command():
        got = manifest().get('command')
        return result(got == 'wijkkaart', 'command is {!r}'.format(got))

    def finish_args():
        args = manifest().get('finish-args', [])
        wanted = ['--socket=wayland', '--socket=fallback-x11',
                  '--device=dri', '--share=network']
        missing = [a for a in wanted if a not in args]
        return result(not missing, 'missing: {}'.format(', '.join(missing)))

    def all_modules(modules):
        for mod in modules:
            if isinstance(mod, dict):
                yield mod
                yield from all_modules(mod.get('modules', []))

    def module_named(name):
        for mod in all_modules(manifest().get('modules', [])):
            if mod.get('name') == name:
                return mod
        return None

    def has_graphviz():
        return result(module_named('graphviz') is not None,
                      'no module named graphviz')

    def has_libshumate():
        return result(module_named('libshumate') is not None,
                      'no module named libshumate')

    def graphviz_dot_c():
        mod = module_named('graphviz')
        if mod is None:
            return result(False, 'no module named graphviz')
        cmds = list(mod.get('post-install', []))
        cmds += list(mod.get('build-commands', []))
        ok = any('dot -c' in c for c in cmds)
        return result(ok, 'graphviz module never runs "dot -c"; '
                          'layouts would fail with "Layout type not recognized"')

    tap.check('flatpak manifest parses as JSON', manifest_parses)
    tap.check('manifest id is ' + APP_ID, manifest_id)
    tap.check('manifest command is wijkkaart', manifest_command)
    tap.check('manifest finish-args include wayland, fallback-x11, dri, network',
              finish_args)
    tap.check('manifest has a graphviz module', has_graphviz)
    tap.check('manifest has a libshumate module', has_libshumate)
    tap.check('graphviz module runs "dot -c" to register its plugins',
              graphviz_dot_c)

    # --- Desktop file -----------------------------------------------------
    def desktop_parses():
        cp = configparser.ConfigParser(interpolation=None, strict=False)
        cp.optionxform = str  # keys are case sensitive
        with open(desktop_path, encoding='utf-8') as f:
            cp.read_file(f)
        state['desktop'] = cp['Desktop Entry']
        return result(True)

    def desktop():
        if 'desktop' not in state:
            raise RuntimeError('desktop file did not parse')
        return state['desktop']

    def desktop_icon():
        got = desktop().get('Icon')
        return result(got == APP_ID, 'Icon is {!r}'.format(got))

    def desktop_exec():
        got = desktop().get('Exec', '')
        command = manifest().get('command', '')
        first = got.split()[0] if got.split() else ''
        return result(command and first == command,
                      'Exec is {!r}, manifest command {!r}'.format(got, command))

    tap.check('merged desktop file parses', desktop_parses)
    tap.check('desktop Icon equals the app id', desktop_icon)
    tap.check('desktop Exec starts with the manifest command', desktop_exec)

    # --- Metainfo ---------------------------------------------------------
    def metainfo_parses():
        state['metainfo'] = ET.parse(metainfo_path).getroot()
        return result(state['metainfo'].tag == 'component',
                      'root element is {!r}'.format(state['metainfo'].tag))

    def metainfo():
        if 'metainfo' not in state:
            raise RuntimeError('metainfo did not parse')
        return state['metainfo']

    def metainfo_id():
        got = (metainfo().findtext('id') or '').strip()
        return result(got == APP_ID, 'id is {!r}'.format(got))

    def metainfo_launchable():
        want = APP_ID + '.desktop'
        got = [(el.text or '').strip()
               for el in metainfo().findall('launchable')
               if el.get('type') == 'desktop-id']
        ok = want in got and os.path.basename(desktop_path) == want
        return result(ok, 'desktop-id launchables: {!r}'.format(got))

    tap.check('merged metainfo parses', metainfo_parses)
    tap.check('metainfo id equals the app id', metainfo_id)
    tap.check('metainfo launchable is the desktop file', metainfo_launchable)

    # --- Icons ------------------------------------------------------------
    def icon_exists(subdir, suffix):
        def check():
            icon = desktop().get('Icon', APP_ID)
            path = os.path.join(srcdir, 'data', 'icons', 'hicolor', subdir,
                                'apps', icon + suffix + '.svg')
            return result(os.path.isfile(path), 'missing ' + path)
        return check

    tap.check('scalable app icon exists',
              icon_exists('scalable', ''))
    tap.check('symbolic app icon exists',
              icon_exists('symbolic', '-symbolic'))

    # --- GSettings schema -------------------------------------------------
    def gschema_id():
        root = ET.parse(gschema_path).getroot()
        ids = [s.get('id') for s in root.findall('schema')]
        return result(APP_ID in ids, 'schema ids: {!r}'.format(ids))

    tap.check('gschema id equals the app id', gschema_id)

    return tap.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))

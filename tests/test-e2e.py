#!/usr/bin/python3
raise SystemExit("not written yet")

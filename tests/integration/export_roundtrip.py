#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a CSV written by `hookdesk export` with Python's csv module, an
independent RFC 4180 reader, and compares every cell with the database.

rfc4180 profile:     every value must come back exactly as stored.
spreadsheet profile: every value must come back as stored, or with exactly one
                     guard character (U+2060 WORD JOINER or an apostrophe) in
                     front; no cell may start with = + - @ TAB or CR; phone
                     numbers like +91 98765 43210 must carry the invisible guard,
                     not an apostrophe.
Exit status 0 when everything matches; 1 with a report otherwise.
"""

import argparse
import csv
import io
import re
import sqlite3
import sys

COLUMNS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "webinar": "webinar_title",
    "webinarId": "webinar_id",
    "recordingUrl": "recording_url",
    "firstReceived": "first_received_at",
    "lastReceived": "last_received_at",
    "deliveries": "delivery_count",
}
DEFAULT = "name,email,phone,webinar,webinarId,recordingUrl,firstReceived,deliveries"
TIMESTAMPS = {"firstReceived", "lastReceived"}
WORD_JOINER = "\u2060"
BOM = b"\xef\xbb\xbf"
PLUS_PHONE = re.compile(r"^\+[0-9 ().,/:%+-]*[0-9][0-9 ().,/:%+-]*$")


def expected_value(key, value):
    if key == "deliveries":
        return str(int(value))
    if key in TIMESTAMPS and value.endswith("Z"):
        return value[:-1] + "+00:00"
    return value


def check_line_ends(text, problems):
    """Outside quoted fields, every line break must be CR LF."""
    in_quotes = False
    i = 0
    while i < len(text):
        c = text[i]
        if c == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if c == "\n" and (i == 0 or text[i - 1] != "\r"):
                problems.append(f"bare LF at character {i}")
            if c == "\r" and (i + 1 >= len(text) or text[i + 1] != "\n"):
                problems.append(f"bare CR at character {i}")
        i += 1
    if in_quotes:
        problems.append("the file ends inside a quoted field")
    if text and not text.endswith("\r\n"):
        problems.append("the last record does not end with CR LF")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--csv", required=True)
    parser.add_argument("--profile", choices=["rfc4180", "spreadsheet"], required=True)
    parser.add_argument("--columns", default=DEFAULT)
    parser.add_argument("--webinar")
    parser.add_argument("--header", help="expected header row, comma separated")
    args = parser.parse_args()

    keys = args.columns.split(",")
    problems = []

    raw = open(args.csv, "rb").read()
    if args.profile == "spreadsheet":
        if not raw.startswith(BOM):
            problems.append("spreadsheet profile: no UTF-8 byte order mark")
        raw = raw[len(BOM):]
    elif raw.startswith(BOM):
        problems.append("rfc4180 profile: unexpected byte order mark")
    text = raw.decode("utf-8")  # strict: any invalid UTF-8 fails the test
    check_line_ends(text, problems)

    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows:
        print("no rows at all")
        return 1
    header, body = rows[0], rows[1:]
    if len(header) != len(keys):
        problems.append(f"header has {len(header)} cells, expected {len(keys)}: {header!r}")
    if args.header is not None and header != args.header.split(","):
        problems.append(f"header {header!r}, expected {args.header.split(',')!r}")

    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    sql = "SELECT " + ", ".join(COLUMNS[k] for k in keys) + " FROM attendees"
    params = []
    if args.webinar is not None:
        sql += " WHERE webinar_id = ?"
        params.append(args.webinar)
    stored = db.execute(sql + " ORDER BY id", params).fetchall()

    if len(body) != len(stored):
        problems.append(f"{len(body)} records in the CSV, {len(stored)} attendees in the database")

    cells = 0
    for r, (got_row, db_row) in enumerate(zip(body, stored), start=1):
        if len(got_row) != len(keys):
            problems.append(f"record {r}: {len(got_row)} cells, expected {len(keys)}")
            continue
        for key, got, value in zip(keys, got_row, db_row):
            cells += 1
            want = expected_value(key, value)
            where = f"record {r} {key}"
            if args.profile == "rfc4180":
                if got != want:
                    problems.append(f"{where}: got {got!r}, stored {want!r}")
                continue
            if got[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"{where}: cell starts a formula: {got!r}")
            if got not in (want, "'" + want, WORD_JOINER + want):
                problems.append(f"{where}: got {got!r}, stored {want!r}")
            if PLUS_PHONE.match(want) and got != WORD_JOINER + want:
                problems.append(f"{where}: phone number {want!r} written as {got!r}")
            if want[:1] in ("=", "@") and got != "'" + want:
                problems.append(f"{where}: formula {want!r} written as {got!r}")

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print(f"ok: {len(body)} records x {len(keys)} columns, {cells} cells match ({args.profile})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

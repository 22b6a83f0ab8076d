#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens an Excel workbook from `hookdesk export --format xlsx` in LibreOffice
Calc (headless) and checks what a user would see, cell by cell, against the
database:
  - no cell is a formula;
  - text cells (names, emails, phones, webinar IDs) are strings, exactly as stored,
    with no guard character;
  - delivery counts are numbers;
  - received times are date cells showing the stored instant in --tz;
  - web recording links are hyperlinks to the stored address; anything else is text.
Exit status 0 when all holds; 1 with a report; 2 when LibreOffice failed to run.
"""

import argparse
import datetime
import os
import sys
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from libreoffice_check import convert, normalise, rows_of, stored_rows  # noqa: E402

TITLES = {
    "name": "Name", "email": "Email", "phone": "Phone", "webinar": "Webinar",
    "webinarId": "Webinar ID", "recordingUrl": "Recording link",
    "firstReceived": "First received", "lastReceived": "Last received",
    "deliveries": "Deliveries",
}


# LibreOffice writes a date-value to the hundredth of a second.
FODS_DATE_PRECISION = datetime.timedelta(milliseconds=5)


def is_web_link(value):
    url = urlparse(value)
    return url.scheme in ("http", "https") and bool(url.hostname) and not any(
        c.isspace() for c in value)


def expected_local(stored, zone):
    instant = datetime.datetime.fromisoformat(stored.replace("Z", "+00:00"))
    return instant.astimezone(zone).replace(tzinfo=None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soffice", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--xlsx", required=True)
    parser.add_argument("--columns", required=True)
    parser.add_argument("--tz", required=True)
    parser.add_argument("--utc-headers", action="store_true",
                        help="time columns are headed 'First received (UTC)'")
    args = parser.parse_args()
    keys = args.columns.split(",")
    zone = ZoneInfo(args.tz)

    sheet = convert(args.soffice, args.xlsx, rows_of)
    if sheet is None:
        return 2

    stored = stored_rows(args.db, keys)
    problems = []
    header = [c["text"] for c in sheet[0][:len(keys)]] if sheet else []
    titles = [TITLES[k] + (" (UTC)" if args.utc_headers and k.endswith("Received") else "")
              for k in keys]
    if header != titles:
        problems.append(f"header {header!r}")
    body = sheet[1:]
    if len(body) != len(stored):
        problems.append(f"{len(body)} rows in Calc, {len(stored)} attendees stored")
    links = 0
    empty = {"text": "", "type": None, "value": None, "date": None, "formula": None, "links": []}
    for r, (cells, values) in enumerate(zip(body, stored), start=1):
        cells = cells + [empty] * (len(keys) - len(cells))
        for key, cell, value in zip(keys, cells, values):
            where = f"row {r} {key}"
            if cell["formula"]:
                problems.append(f"{where}: a formula: {cell['formula']!r}")
                continue
            if key == "deliveries":
                if cell["type"] != "float" or float(cell["value"]) != float(value):
                    problems.append(f"{where}: {cell!r} is not the number {value}")
                continue
            if key in ("firstReceived", "lastReceived"):
                want = expected_local(value, zone)
                got = datetime.datetime.fromisoformat(cell["date"]) if cell["date"] else None
                if cell["type"] != "date" or got is None or abs(got - want) > FODS_DATE_PRECISION:
                    problems.append(f"{where}: {cell!r} is not the date {want} ({value})")
                continue
            if value and cell["type"] != "string":
                problems.append(f"{where}: {value!r} became a {cell['type']}")
            if normalise(cell["text"]) != normalise(value):
                problems.append(f"{where}: Calc shows {cell['text']!r}, stored {value!r}")
            if key == "recordingUrl" and value and is_web_link(value):
                links += 1
                if cell["links"] != [value]:
                    problems.append(f"{where}: link {cell['links']!r}, stored {value!r}")
            elif cell["links"]:
                problems.append(f"{where}: {value!r} became the link {cell['links']!r}")
    if problems:
        print(f"{len(problems)} problem(s) in the workbook:")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print(f"ok: LibreOffice Calc shows {len(body)} rows x {len(keys)} columns as stored, "
          f"{links} links, no formulas")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens a spreadsheet-profile CSV from `hookdesk export` in LibreOffice Calc
(headless, formulas evaluated, special numbers detected: its most eager
settings) and checks what a user would see:
  - no cell is a formula;
  - every cell shows the stored value, at most behind one guard character;
  - phone numbers and webinar IDs stay text, every digit and the + intact;
  - delivery counts stay numbers.
Exit status 0 when all holds; 1 with a report; 2 when LibreOffice failed to run.
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
WORD_JOINER = "\u2060"
COLUMNS = {
    "name": "name", "email": "email", "phone": "phone", "webinar": "webinar_title",
    "webinarId": "webinar_id", "recordingUrl": "recording_url",
    "firstReceived": "first_received_at", "lastReceived": "last_received_at",
    "deliveries": "delivery_count",
}
TEXT_COLUMNS = {"phone", "webinarId"}
# separator, quote, UTF-8, start at line 1, standard cells, en-US, quoted fields not
# forced to text, detect special numbers, -, -, keep spaces, -, evaluate formulas
IMPORT_FILTER = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true"


def paragraph_text(p):
    out = [p.text or ""]
    for child in p:
        if child.tag == TEXT + "s":
            out.append(" " * int(child.get(TEXT + "c", "1")))
        elif child.tag == TEXT + "tab":
            out.append("\t")
        elif child.tag == TEXT + "line-break":
            out.append("\n")
        else:
            out.append(paragraph_text(child))
        out.append(child.tail or "")
    return "".join(out)


def cell_text(cell):
    return "\n".join(paragraph_text(p) for p in cell.findall(TEXT + "p"))


def rows_of(path):
    root = ET.parse(path).getroot()
    table = next(root.iter(TABLE + "table"))
    rows = []
    for row in table.iter(TABLE + "table-row"):
        cells = []
        for cell in row:
            if cell.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
                continue
            repeat = int(cell.get(TABLE + "number-columns-repeated", "1"))
            info = {
                "text": cell_text(cell),
                "type": cell.get(OFFICE + "value-type"),
                "value": cell.get(OFFICE + "value"),
                "date": cell.get(OFFICE + "date-value"),
                "formula": cell.get(TABLE + "formula"),
                "links": [a.get(XLINK + "href") for a in cell.iter(TEXT + "a")],
            }
            cells.extend([info] * min(repeat, 64))
        repeat = int(row.get(TABLE + "number-rows-repeated", "1"))
        if any(c["text"] or c["formula"] for c in cells):
            rows.extend([cells] * min(repeat, 1))
    return rows


def convert(soffice, path, read, options=()):
    """Converts `path` to flat ODS in a throwaway LibreOffice profile and returns
    read(fods path), or None (with the reason printed) when LibreOffice failed."""
    with tempfile.TemporaryDirectory() as work:
        profile = "file://" + os.path.join(work, "profile")
        run = subprocess.run(
            [soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore", *options,
             "--convert-to", "fods", "--outdir", work, path],
            capture_output=True, text=True, timeout=300)
        out = os.path.join(work, os.path.splitext(os.path.basename(path))[0] + ".fods")
        if run.returncode != 0 or not os.path.exists(out):
            print("LibreOffice did not convert the file:", run.stdout, run.stderr)
            return None
        return read(out)


def stored_rows(db_path, keys):
    """The attendees as stored, in export order, one tuple of `keys` each."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    return db.execute("SELECT " + ", ".join(COLUMNS[k] for k in keys)
                      + " FROM attendees ORDER BY id").fetchall()


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soffice", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--csv", required=True)
    parser.add_argument("--columns", required=True)
    args = parser.parse_args()
    keys = args.columns.split(",")

    sheet = convert(args.soffice, args.csv, rows_of, ["--infilter=" + IMPORT_FILTER])
    if sheet is None:
        return 2

    stored = stored_rows(args.db, keys)
    problems = []
    body = sheet[1:]
    if len(body) != len(stored):
        problems.append(f"{len(body)} rows in Calc, {len(stored)} attendees stored")
    for r, (cells, values) in enumerate(zip(body, stored), start=1):
        cells = cells + [{"text": "", "type": None, "formula": None}] * (len(keys) - len(cells))
        for key, cell, value in zip(keys, cells, values):
            where = f"row {r} {key}"
            if cell["formula"]:
                problems.append(f"{where}: Calc made a formula: {cell['formula']!r}")
                continue
            if key == "deliveries":
                if cell["type"] != "float" or cell["text"] != str(value):
                    problems.append(f"{where}: {cell!r} is not the number {value}")
                continue
            if key in ("firstReceived", "lastReceived"):
                value = value[:-1] + "+00:00" if value.endswith("Z") else value
            want = normalise(value)
            shown = normalise(cell["text"])
            if shown not in (want, "'" + want, WORD_JOINER + want):
                problems.append(f"{where}: Calc shows {shown!r}, stored {want!r}")
            if key in TEXT_COLUMNS and want and cell["type"] != "string":
                problems.append(f"{where}: {want!r} became a {cell['type']} ({shown!r})")
    if problems:
        print(f"{len(problems)} problem(s) in LibreOffice Calc:")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print(f"ok: LibreOffice Calc shows {len(body)} rows x {len(keys)} columns as stored, no formulas")
    return 0


if __name__ == "__main__":
    sys.exit(main())

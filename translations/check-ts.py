#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Qt Linguist .ts files before they ship.

Fails on: unfinished, obsolete or vanished entries; empty translations; a
translation whose placeholders (%1..%99, %n, %Ln) differ from the source's; a
plural entry without exactly the forms its language has; a lost or doubled
keyboard accelerator (&x); HTML tags that differ from the source's.

Usage: check-ts.py FILE.ts...   (exit status 1 when any file has a problem)
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (src/corelib/kernel/qtranslator_p.h rules).
PLURAL_FORMS = {"en": 2, "hi": 2}

PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
# Rich-text tags Qt renders; "<token>" or "<base64 ...>" in help text is not one.
HTML_TAGS = ("a|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|nobr|ol|p|pre|"
             "qt|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul")
TAG = re.compile(r"</?(" + HTML_TAGS + r")\b[^>]*>", re.IGNORECASE)
# "&x" is an accelerator; "&&" is a literal ampersand; "&nbsp;" an entity.
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#[0-9]+;)(?=\S)")


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def tags(text):
    return sorted(name.lower() for name in TAG.findall(text))


def check_text(where, source, text, numerus):
    problems = []
    if not text.strip():
        return [f"{where}: empty translation"]
    want, got = placeholders(source), placeholders(text)
    if numerus:
        # Every form keeps the count placeholder, so "%Ln attendee(s)" stays a number.
        for count in ("%n", "%Ln"):
            if want[count] and not got[count]:
                problems.append(f"{where}: lost {count}")
            want.pop(count, None)
            got.pop(count, None)
    if set(want) != set(got):
        problems.append(f"{where}: placeholders {sorted(want)} became {sorted(got)}")
    if tags(source) != tags(text):
        problems.append(f"{where}: HTML tags {tags(source)} became {tags(text)}")
    if accelerators(source) != accelerators(text):
        problems.append(f"{where}: {accelerators(source)} accelerator(s) became {accelerators(text)}")
    return problems


def check_file(path):
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    forms = PLURAL_FORMS.get(language)
    problems = []
    entries = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            entries += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
                if forms is None:
                    problems.append(f"{where}: no plural rule known for language {language!r}")
                elif len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {language} needs {forms}")
                for index, text in enumerate(texts):
                    problems += check_text(f"{where} form {index}", source, text, True)
            else:
                problems += check_text(where, source, translation.text or "", False)
    return entries, problems


def main(paths):
    failed = False
    for path in paths:
        entries, problems = check_file(path)
        for problem in problems:
            print(problem)
        print(f"{path}: {entries} entries, {len(problems)} problem(s)")
        failed = failed or bool(problems) or entries == 0
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks translations/greenprint_*.ts (ctest translations_*; see translations/README.md).

  check_translations.py complete SOURCE_DIR
      no unfinished, obsolete or vanished entry; every numerus message has the forms of its
      language; the placeholders (%1..%99, %n) and the accelerator (&) of every translation
      match the source; greenprint_en.ts holds plural forms only.
  check_translations.py sync SOURCE_DIR LUPDATE
      runs lupdate on a temporary copy of every .ts over the current sources of app/ and
      models/ and fails when the message sets differ: a tr() string in the code that is not
      in a .ts is visible but not translated; one only in a .ts is stale.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGS = {"de": 2, "fr": 2, "ja": 1, "en": 2}  # numerus forms per language
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)\S")
# Contexts that mean a tr() helper lupdate attributed to a namespace, not the context the
# code translates with at run time (use a struct with Q_DECLARE_TR_FUNCTIONS instead).
BAD_CONTEXTS = {"greenprint", "greenprint::Internal", "greenprint::(anonymous)"}


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(name, message):
    return (name, message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") == "yes")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_complete(source_dir):
    problems = []
    for lang, forms in LANGS.items():
        path = source_dir / "translations" / f"greenprint_{lang}.ts"
        count = 0
        for name, message in messages(path):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path.name}: [{name}] {source[:70]!r}"
            tr = message.find("translation")
            kind = tr.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            if name in BAD_CONTEXTS:
                problems.append(f"{where}: context {name!r} is not a run-time context")
            numerus = message.get("numerus") == "yes"
            if lang == "en" and not numerus:
                problems.append(f"{where}: greenprint_en.ts holds plural forms only")
            texts = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            if numerus and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} has {forms}")
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                if placeholders(text) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(text)} in "
                                    f"{text[:60]!r}, source has {placeholders(source)}")
                if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                    problems.append(f"{where}: accelerator (&) in {text[:60]!r} does not "
                                    "match the source")
        if count == 0:
            problems.append(f"{path.name}: no messages")
    return problems


def message_set(path):
    return {key(name, message) for name, message in messages(path)}


def check_sync(source_dir, lupdate):
    sources = sorted(str(p) for d in ("app", "models") for p in (source_dir / d).rglob("*")
                     if p.suffix in (".h", ".cpp"))
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        listing = tmp / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        for lang in LANGS:
            original = source_dir / "translations" / f"greenprint_{lang}.ts"
            copy = tmp / original.name
            shutil.copy(original, copy)
            options = ["-no-obsolete", "-locations", "none", "-silent"]
            if lang == "en":
                options.append("-pluralonly")
            subprocess.run([lupdate, *options, f"@{listing}", "-ts", str(copy)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            before, after = message_set(original), message_set(copy)
            for k in sorted(after - before):
                problems.append(f"{original.name}: in the code but not in the catalog "
                                f"(visible, not translated): [{k[0]}] {k[1][:80]!r}")
            for k in sorted(before - after):
                problems.append(f"{original.name}: in the catalog but no longer in the code: "
                                f"[{k[0]}] {k[1][:80]!r}")
    return problems


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("complete", "sync"):
        print(__doc__, file=sys.stderr)
        return 2
    source_dir = pathlib.Path(sys.argv[2]).resolve()
    if sys.argv[1] == "complete":
        problems = check_complete(source_dir)
    else:
        problems = check_sync(source_dir, sys.argv[3])
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s). Refresh and translate: see translations/README.md")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

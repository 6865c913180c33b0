#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the Qt Linguist files in translations/ (see translations/README.md).

  tstool.py pending [-o FILE]       unfinished messages of every .ts as a JSON list to fill in
  tstool.py apply FILE [FILE...]    writes the translations of filled-in JSON lists back
  tstool.py reuse [--memory DIR]    fills unfinished messages whose source text is already
                                    translated in another context of the same file (or in
                                    DIR/greenprint_<lang>.ts, e.g. a copy from before lupdate
                                    dropped a message that moved to another context)
  tstool.py stats                   messages, numerus messages and unfinished ones per file

A JSON entry is {"context", "source", "comment", "numerus", "de", "fr", "ja", "en"}; a numerus
entry holds a list of forms per language (de, fr, en: 2; ja: 1). "context" may be "*": the
translation then applies to that source text in every context.
"""
import argparse
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent.parent
LANGS = ("de", "fr", "ja", "en")
FORMS = {"de": 2, "fr": 2, "ja": 1, "en": 2}


def ts_path(lang):
    return HERE / f"greenprint_{lang}.ts"


def load(lang):
    return ET.parse(ts_path(lang))


def save(tree, lang):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    # lupdate rewrites the layout on its next run (update_translations).
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    ts_path(lang).write_text(text, encoding="utf-8")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key_of(name, message):
    return (name, message.findtext("source") or "", message.findtext("comment") or "")


def is_unfinished(message):
    return message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")


def cmd_pending(args):
    entries = {}
    for lang in LANGS:
        tree = load(lang)
        for name, message in messages(tree):
            if not is_unfinished(message):
                continue
            k = key_of(name, message)
            e = entries.setdefault(k, {"context": k[0], "source": k[1], "comment": k[2],
                                       "numerus": message.get("numerus") == "yes"})
            e[lang] = None
    out = json.dumps(list(entries.values()), ensure_ascii=False, indent=1)
    if args.output:
        pathlib.Path(args.output).write_text(out + "\n", encoding="utf-8")
        print(f"{len(entries)} pending messages written to {args.output}")
    else:
        print(out)


def set_translation(message, value, lang):
    tr = message.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value] * FORMS[lang]
        if len(forms) != FORMS[lang]:
            raise ValueError(f"{lang}: {message.findtext('source')!r} needs {FORMS[lang]} forms")
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        if isinstance(value, list):
            raise ValueError(f"{lang}: {message.findtext('source')!r} is not a numerus message")
        tr.text = value
    tr.attrib.pop("type", None)


def cmd_apply(args):
    exact, anywhere = {}, {}
    for file in args.files:
        for e in json.loads(pathlib.Path(file).read_text(encoding="utf-8")):
            k = (e["context"], e["source"], e.get("comment", ""))
            target = anywhere if e["context"] == "*" else exact
            target.setdefault(k if e["context"] != "*" else (e["source"], e.get("comment", "")),
                              {}).update({l: e[l] for l in LANGS if e.get(l) is not None})
    for lang in LANGS:
        tree = load(lang)
        done = 0
        for name, message in messages(tree):
            k = key_of(name, message)
            value = exact.get(k, {}).get(lang)
            if value is None:
                value = anywhere.get(k[1:], {}).get(lang)
            if value is None:
                continue
            set_translation(message, value, lang)
            done += 1
        save(tree, lang)
        print(f"{lang}: {done} translations applied")


def cmd_reuse(args):
    for lang in LANGS:
        tree = load(lang)
        memory = {}
        sources = [tree]
        if args.memory and (pathlib.Path(args.memory) / ts_path(lang).name).exists():
            sources.insert(0, ET.parse(pathlib.Path(args.memory) / ts_path(lang).name))
        for _name, message in (m for t in sources for m in messages(t)):
            if not is_unfinished(message):
                tr = message.find("translation")
                forms = [f.text or "" for f in tr.findall("numerusform")]
                memory[(message.findtext("source"), message.findtext("comment") or "",
                        message.get("numerus") == "yes")] = forms if forms else tr.text
        done = 0
        for _name, message in messages(tree):
            k = (message.findtext("source"), message.findtext("comment") or "",
                 message.get("numerus") == "yes")
            if is_unfinished(message) and k in memory:
                set_translation(message, memory[k], lang)
                done += 1
        save(tree, lang)
        print(f"{lang}: {done} translations reused")


def cmd_stats(_args):
    for lang in LANGS:
        total = numerus = unfinished = 0
        for _name, message in messages(load(lang)):
            total += 1
            numerus += message.get("numerus") == "yes"
            unfinished += is_unfinished(message)
        print(f"{lang}: {total} messages ({numerus} numerus), {unfinished} unfinished")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pending")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_pending)
    p = sub.add_parser("apply")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_apply)
    p = sub.add_parser("reuse")
    p.add_argument("--memory")
    p.set_defaults(func=cmd_reuse)
    sub.add_parser("stats").set_defaults(func=cmd_stats)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    sys.exit(main())

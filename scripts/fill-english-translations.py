#!/usr/bin/env python3
"""Fills the unfinished entries of the English .ts file from their source.

Source strings are English, so the English translation is the source text;
plural forms are derived from the "(s)" convention of the sources
("%n product(s)" -> "%n product" / "%n products"). Run by
scripts/update-translations.sh after lupdate; French is translated by hand.
"""
import re
import sys
import xml.etree.ElementTree as ET


def plural_forms(source):
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def fill(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    print(f"{path}: {filled} English entries filled from their source")


if __name__ == "__main__":
    for ts in sys.argv[1:]:
        fill(ts)

#!/usr/bin/env python3
"""Prints every cell of an .xlsx as 'sheet<TAB>cell<TAB>style<TAB>value', shared strings resolved.

Used by docs/same-output.sh: two workbooks with the same cells print the same lines, whatever the
order of their shared-string table (which the streaming writer fills in the order cells are written).
Times of day (the cover's "Dannet" and import times: Excel serials 40000-60000 with a fraction)
print as TIME, so two runs of the same program compare equal; no figure value is of that form.
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def text(si):
    return "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))


def main(path):
    z = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        strings = [text(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        part = "xl/" + re.sub(r"^/?xl/", "", target[sheet.get(REL)])
        for c in ET.fromstring(z.read(part)).iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            value = v.text if v is not None else text(c.find("m:is", NS)) if c.find("m:is", NS) is not None else ""
            if c.get("t") == "s":
                value = strings[int(value)]
            elif re.fullmatch(r"[45]\d{4}\.\d+", value or ""):
                value = "TIME"
            print("%s\t%s\t%s\t%s" % (sheet.get("name"), c.get("r"), c.get("s", ""), value.replace("\n", "\\n")))


if __name__ == "__main__":
    main(sys.argv[1])

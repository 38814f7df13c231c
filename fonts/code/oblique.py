#!/usr/bin/env python3
"""Makes HanmotoCode-Oblique.ttf, the slanted Latin of code, from fonts/BIZUDGothic-Regular.ttf, reproducibly.

Run once, when the face changes; the build never runs it (it reads the .ttf committed here). Needs fontTools
(4.66.1 tested; pip install fonttools or apt-get install python3-fonttools).

    python3 fonts/code/oblique.py            # from the repository root

Why derived, not another family's italic: BIZ UDGothic (the code face, mono-ja) has no italic, and the open
monospace italics at hand (DejaVu Sans Mono Oblique, Liberation Mono Italic) advance 0.60 em, where BIZ
UDGothic's half-width Latin advances 0.50 em: squeezed to 0.50 em they look condensed and unlike the upright
text beside them. Slanting BIZ UDGothic's own Latin keeps every advance (1000 of 2000 units) and the look,
so columns of code stay aligned with each other and with the full-width (1 em) Japanese of comments.

Kept: Basic Latin and Latin-1 (U+0020-U+007E, U+00A0-U+00FF), what code and its comments set in Latin.
Outlines are sheared by 12 degrees around the baseline (x' = x + y * tan 12); advances and side bearings of
the advance box are unchanged; hinting and layout tables are dropped (PDFBox uses neither). The font is
renamed (OFL 1.1 asks a Modified Version to carry another name; BIZ UDGothic has no Reserved Font Name).
"""
import math
import os

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.dirname(HERE)
SRC = os.path.join(FONTS, "BIZUDGothic-Regular.ttf")
OUT = os.path.join(HERE, "HanmotoCode-Oblique.ttf")
ANGLE = 12.0
FAMILY = "Hanmoto Code Oblique"

font = TTFont(SRC, recalcTimestamp=False)
options = Options()
options.hinting = False
options.layout_features = []
options.notdef_outline = True
options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "DSIG"]
sub = Subsetter(options)
sub.populate(unicodes=list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)))
sub.subset(font)

shear = math.tan(math.radians(ANGLE))
glyf = font["glyf"]
glyphset = font.getGlyphSet()
for name in font.getGlyphOrder():
    rec = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(rec)
    pen = TTGlyphPen(None)
    rec.replay(TransformPen(pen, (1, 0, shear, 1, 0, 0)))
    glyf[name] = pen.glyph()
for name in font.getGlyphOrder():
    glyf[name].recalcBounds(glyf)
    adv, _ = font["hmtx"][name]
    g = glyf[name]
    font["hmtx"][name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)

post = font["post"]
post.italicAngle = -ANGLE
font["hhea"].caretSlopeRise = 1000
font["hhea"].caretSlopeRun = round(1000 * shear)
font["head"].macStyle |= 0x02
os2 = font["OS/2"]
os2.fsSelection = (os2.fsSelection & ~0x0040) | 0x0001  # ITALIC, not REGULAR
font["head"].created = font["head"].modified = 0x7C25B080  # fixed (2022-01-01): same bytes each run

name = font["name"]
for rec in list(name.names):
    if rec.nameID in (1, 3, 4, 6, 16, 17):
        name.removeNames(nameID=rec.nameID)
for nid, value in ((1, FAMILY), (2, "Italic"), (3, "Hanmoto: " + FAMILY), (4, FAMILY),
                   (6, "HanmotoCode-Oblique")):
    name.setName(value, nid, 3, 1, 0x409)
    name.setName(value, nid, 1, 0, 0)
name.setName("Slanted from BIZ UDGothic Regular (Copyright 2022 The BIZ UDGothic Project Authors) by "
             "fonts/code/oblique.py of Hanmoto", 5, 3, 1, 0x409)
font.save(OUT, reorderTables=True)
print(OUT, os.path.getsize(OUT), "bytes,", len(font.getGlyphOrder()), "glyphs")

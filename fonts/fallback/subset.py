#!/usr/bin/env python3
"""Makes the fallback fonts in this folder from their Debian packages (bookworm), reproducibly.

Run once, when a fallback font changes; the build never runs it (it reads the .ttf files committed
here). Needs fontTools (pip install fonttools==4.66.1) and the packages fonts-dejavu-core 2.37-6,
fonts-noto-core 20201225-1, fonts-nanum 20200506-1 and fonts-arphic-gbsn00lp 2.11-16 (apt-get install).

    python3 fonts/fallback/subset.py            # from the repository root

Each font keeps only the characters the bundled BIZ UD faces lack, in the ranges it is here for; hinting
is dropped (PDFBox does not use it). Layout tables are dropped too, except Devanagari's, which the PDF
cannot use today (see docs/themes.md) but a reading system with the font could.
"""
import codecs
import os
import subprocess
import sys
import tempfile

from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.dirname(HERE)
SRC = "/usr/share/fonts/truetype"

# Characters every bundled BIZ UD face has: the fallback need not carry them.
biz = None
for name in sorted(os.listdir(FONTS)):
    if name.startswith("BIZUD") and name.endswith(".ttf"):
        cmap = set(TTFont(os.path.join(FONTS, name)).getBestCmap())
        biz = cmap if biz is None else biz & cmap


def ranges(*spans):
    out = set()
    for lo, hi in spans:
        out.update(range(lo, hi + 1))
    return out


def two_byte(codec, lead, trail):
    """The characters of a two-byte national standard: KS X 1001 (euc_kr), GB 2312 (gb2312)."""
    out = set()
    for a in range(lead[0], lead[1] + 1):
        for b in range(trail[0], trail[1] + 1):
            try:
                out.update(ord(c) for c in bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


# Symbols and arrows: General Punctuation to Miscellaneous Symbols and Arrows, plus U+FFFD.
SYMBOLS = ranges((0x2000, 0x2BFF), (0xFFFD, 0xFFFD))
# Hangul: the 2,350 syllables of KS X 1001 (rows 0x30-0x48) and the compatibility jamo, not all 11,172.
HANGUL = two_byte("euc_kr", (0xB0, 0xC8), (0xA1, 0xFE)) | ranges((0x3131, 0x318E))
# Simplified Chinese: the 3,755 common hanzi of GB 2312 level 1 (rows 16-55); those the Japanese faces
# lack are kept (level 2's 3,008 rarer ones would double the file).
HANZI = two_byte("gb2312", (0xB0, 0xD7), (0xA1, 0xFE))

FALLBACKS = [
    # (output, source, characters, keep layout tables, new family name or None)
    ("NotoSansArabic-Regular.ttf", "noto/NotoSansArabic-Regular.ttf",
     ranges((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)), False, None),
    ("NotoSansHebrew-Regular.ttf", "noto/NotoSansHebrew-Regular.ttf",
     ranges((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), False, None),
    ("NotoSansDevanagari-Regular.ttf", "noto/NotoSansDevanagari-Regular.ttf",
     ranges((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)), True, None),
    # Nanum's licence reserves its names: the subset, a Modified Version, is renamed (OFL 1.1 condition 3).
    ("HanmotoHangul-Regular.ttf", "nanum/NanumGothic.ttf", HANGUL, False, "Hanmoto Hangul"),
    ("HanmotoHanzi-Regular.ttf", "arphic-gbsn00lp/gbsn00lp.ttf", HANZI, False, "Hanmoto Hanzi"),
    ("DejaVuSans-Symbols.ttf", "dejavu/DejaVuSans.ttf", SYMBOLS, False, None),
]


def rename(path, family):
    font = TTFont(path, recalcTimestamp=False)
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (1, 16):
            name.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 4:
            name.setName(family + " Regular", rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID in (3, 6):
            name.setName(family.replace(" ", "") + "-Regular", rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    font.save(path)


def line_metrics(path):
    """Gives the font the BIZ UD faces' line metrics (ascent 0.88 em, descent 0.12 em).

    openhtmltopdf sizes a line box from the largest ascent and descent of every font in the family's
    list, and the fallback chain stands in every list: with their own taller metrics (Arabic's descent
    is 0.74 em) these fonts would make every body line taller than the theme's line height asks, and
    move the page breaks of documents that never use them. Glyphs still draw at their full height.
    """
    font = TTFont(path, recalcTimestamp=False)
    upem = font["head"].unitsPerEm
    ascent, descent = round(upem * 1802 / 2048), round(upem * 246 / 2048)
    font["hhea"].ascent, font["hhea"].descent, font["hhea"].lineGap = ascent, -descent, 0
    os2 = font["OS/2"]
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent
    font.save(path)


def main():
    for out, src, chars, layout, family in FALLBACKS:
        cmap = TTFont(os.path.join(SRC, src)).getBestCmap()
        keep = sorted(c for c in chars if c in cmap and c not in biz)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write(",".join("U+%04X" % c for c in keep))
            unicodes = f.name
        target = os.path.join(HERE, out)
        args = [sys.executable, "-m", "fontTools.subset", os.path.join(SRC, src), "--unicodes-file=" + unicodes,
                "--output-file=" + target, "--no-hinting", "--desubroutinize", "--name-IDs=*", "--name-languages=*",
                "--notdef-outline", "--no-recalc-timestamp"]
        if not layout:
            args.append("--layout-features=")
            args.append("--drop-tables+=GSUB,GPOS,GDEF")
        subprocess.run(args, check=True)
        os.unlink(unicodes)
        if family:
            rename(target, family)
        line_metrics(target)
        print("%-34s %5d characters %8d bytes" % (out, len(keep), os.path.getsize(target)))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Rebuilds every file in packs/arithmetic/media/ from the sources in this folder.
# Needs the tools listed in packs/media-tools.sh.
# Usage: bash packs/arithmetic/media-src/make-media.sh
set -euo pipefail
source "$(dirname "$0")/../../media-tools.sh"
media_setup

# ---------- images: SVG -> PNG -> WebP (640 px wide, quality 75, no metadata) ----------
for name in apples add-apples compare-oranges; do svg_to_webp "$name"; done

# ---------- audio: eSpeak NG -> mono MP3, 40 kbit/s ----------
# Arabic is given fully vowelled, with a pausal "ه" for the final ة, so eSpeak reads it
# the way a teacher would; the transcript in pack.source.json keeps the normal spelling.
# Arabic is spoken a little faster: eSpeak NG's Arabic voice is slow, and every clip stays under 10 s.
AR_SPEED=150 AR_GAP=3
say ar count-ar "وَاحِدْ، اِثْنانْ، ثَلاثَهْ، أَرْبَعَهْ، خَمْسَهْ، سِتَّهْ، سَبْعَهْ، ثَمانِيَهْ، تِسْعَهْ، عَشَرَهْ."
say fr count-fr "Un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix."
say en count-en "One, two, three, four, five, six, seven, eight, nine, ten."
say ar add-ar "ثَلاثُ تُفّاحاتٍ وَتُفّاحَتانِ، المَجْموعُ خَمْسُ تُفّاحاتْ. ثَلاثَهْ زائِدْ اِثْنَيْنْ يُساوي خَمْسَهْ."
say fr add-fr "Trois pommes et deux pommes, ça fait cinq pommes. Trois plus deux égale cinq."
say en add-en "Three apples and two apples make five apples. Three plus two equals five."

# ---------- video: ten dots appear one by one in a ten-frame (480x270, 15 fps, 6 s, silent) ----------
fps=15; frames=90
mkdir -p "$tmp/dots"
awk -v fps="$fps" -v frames="$frames" -v dir="$tmp/dots" 'BEGIN {
  pi = 3.14159265; R = 26; cell = 72; x0 = 60; y0 = 63
  for (f = 0; f < frames; f++) {
    t = f / fps
    file = sprintf("%s/%03d.svg", dir, f)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"270\" viewBox=\"0 0 480 270\">\n" > file
    printf "<rect width=\"480\" height=\"270\" fill=\"#FFF6E0\"/>\n" >> file
    printf "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\" fill=\"#FFFFFF\" stroke=\"#5A6B7B\" stroke-width=\"4\"/>\n", x0, y0, 5 * cell, 2 * cell >> file
    for (c = 1; c < 5; c++)
      printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5A6B7B\" stroke-width=\"3\"/>\n", x0 + c * cell, y0, x0 + c * cell, y0 + 2 * cell >> file
    printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5A6B7B\" stroke-width=\"3\"/>\n", x0, y0 + cell, x0 + 5 * cell, y0 + cell >> file
    for (i = 0; i < 10; i++) {
      s = (t - (0.4 + 0.45 * i)) / 0.2
      if (s <= 0) continue
      if (s > 1) s = 1
      r = R * s * (1 + 0.25 * sin(pi * s))
      cx = x0 + (i % 5) * cell + cell / 2
      cy = y0 + int(i / 5) * cell + cell / 2
      fill = (i < 5) ? "#E63946" : "#1E6FD9"
      edge = (i < 5) ? "#7A1020" : "#0B3B7A"
      printf "<circle cx=\"%d\" cy=\"%d\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"3\"/>\n", cx, cy, r, fill, edge >> file
    }
    printf "</svg>\n" >> file
    close(file)
  }
}'
frames_to_mp4 dots count-dots "$fps"

ls -l "$out"

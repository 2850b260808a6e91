#!/usr/bin/env bash
# Rebuilds every file in packs/reading/media/ from the sources in this folder.
# Needs the tools listed in packs/media-tools.sh.
# Usage: bash packs/reading/media-src/make-media.sh
set -euo pipefail
source "$(dirname "$0")/../../media-tools.sh"
media_setup

# ---------- images: SVG -> PNG -> WebP (640 px wide, quality 75, no metadata) ----------
for name in sun-fish-ball mimi; do svg_to_webp "$name"; done

# ---------- audio: eSpeak NG -> mono MP3, 40 kbit/s ----------
# The text spoken can differ in spelling from the transcript in pack.source.json, never in
# what is heard: Arabic gets full vowels and a pausal "ه" for ة; French "to" is written "tô"
# because eSpeak would otherwise read it as a word of its own.
AR_SPEED=140 AR_GAP=4
say ar letters-ar "شينْ، شَمْسْ. سينْ، سَمَكَهْ. كافْ، كُرَهْ."
say fr letters-fr "S, soleil. P, poisson. B, balle."
say en letters-en "S, sun. F, fish. B, ball."
say ar words-ar "بَ، بُ، بِ. كَتَبَ. ذَهَبَ. لَعِبَ."
say fr words-fr "pa, pa: papa. mo, tô: moto. vé, lo: vélo."
say en words-en "Cat. Sun. Dog."

# ---------- video: the red ball rolls under the bed and Mimi follows (480x270, 15 fps, 5 s, silent) ----------
fps=15; frames=75
mkdir -p "$tmp/ball"
# The cat is the one drawn in mimi.svg, between its cat:start and cat:end markers.
sed -n '/<!-- cat:start -->/,/<!-- cat:end -->/p' "$here/mimi.svg" | sed '1d;$d' > "$tmp/cat.svgpart"
awk -v fps="$fps" -v frames="$frames" -v dir="$tmp/ball" -v catfile="$tmp/cat.svgpart" 'BEGIN {
  pi = 3.14159265
  while ((getline line < catfile) > 0) cat = cat line "\n"
  r = 16; by = 199; bx0 = 190; bx1 = 370
  for (f = 0; f < frames; f++) {
    t = f / fps
    # ball: rolls from 0.6 s to 3.0 s, slowing down as it goes under the bed
    s = (t - 0.6) / 2.4; if (s < 0) s = 0; if (s > 1) s = 1
    bx = bx0 + (bx1 - bx0) * (1 - (1 - s) * (1 - s))
    angle = (bx - bx0) / r * 180 / pi
    # cat: hops toward the bed from 3.2 s to 4.4 s
    c = (t - 3.2) / 1.2; if (c < 0) c = 0; if (c > 1) c = 1
    cx = 90 + 140 * (c * c * (3 - 2 * c))
    cy = 147 - ((c > 0 && c < 1) ? 8 * sin(pi * c * 3) ^ 2 : 0)
    file = sprintf("%s/%03d.svg", dir, f)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"270\" viewBox=\"0 0 480 270\">\n" > file
    printf "<defs><clipPath id=\"ball-clip\"><circle r=\"%d\"/></clipPath></defs>\n", r >> file
    printf "<rect width=\"480\" height=\"270\" fill=\"#FFF6E0\"/>\n" >> file
    printf "<rect y=\"215\" width=\"480\" height=\"55\" fill=\"#E9D3A6\"/>\n" >> file
    # bed, back parts: legs, headboard, the shadow under the bed
    printf "<rect x=\"300\" y=\"190\" width=\"145\" height=\"25\" fill=\"#6B5B45\"/>\n" >> file
    printf "<rect x=\"298\" y=\"185\" width=\"10\" height=\"32\" fill=\"#8A5A2B\"/>\n" >> file
    printf "<rect x=\"436\" y=\"185\" width=\"10\" height=\"32\" fill=\"#8A5A2B\"/>\n" >> file
    printf "<rect x=\"446\" y=\"92\" width=\"16\" height=\"125\" rx=\"4\" fill=\"#A0522D\" stroke=\"#5C2E0E\" stroke-width=\"3\"/>\n" >> file
    printf "<ellipse cx=\"420\" cy=\"120\" rx=\"24\" ry=\"11\" fill=\"#FFFFFF\" stroke=\"#8895A3\" stroke-width=\"2\"/>\n" >> file
    # ball
    printf "<g transform=\"translate(%.2f,%d) rotate(%.2f)\">\n", bx, by, angle >> file
    printf "<circle r=\"%d\" fill=\"#E63946\"/>\n", r >> file
    printf "<g clip-path=\"url(#ball-clip)\"><path d=\"M-18,-2 Q0,9 18,-2\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"5\"/><path d=\"M-18,9 Q0,19 18,9\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"3\"/></g>\n" >> file
    printf "<circle r=\"%d\" fill=\"none\" stroke=\"#7A1020\" stroke-width=\"2\"/>\n</g>\n", r >> file
    # bed, front: the blanket hangs down and hides most of the ball
    printf "<rect x=\"290\" y=\"126\" width=\"158\" height=\"70\" rx=\"8\" fill=\"#3D7DD8\" stroke=\"#1B4F9C\" stroke-width=\"3\"/>\n" >> file
    printf "<path d=\"M296,150 L442,150\" stroke=\"#7FB0F0\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n" >> file
    # cat
    printf "<g transform=\"translate(%.2f,%.2f) scale(0.55)\">\n%s</g>\n", cx, cy, cat >> file
    printf "</svg>\n" >> file
    close(file)
  }
}'
frames_to_mp4 ball ball-rolls "$fps"

ls -l "$out"

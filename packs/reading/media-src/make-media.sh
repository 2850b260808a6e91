#!/usr/bin/env bash
# Rebuilds every file in packs/reading/media/ from the sources in this folder.
# Needs (Debian): librsvg2-bin (rsvg-convert), webp (cwebp), espeak-ng, ffmpeg, gawk or mawk, sed.
#   apt-get install -y librsvg2-bin webp espeak-ng ffmpeg
# Usage: bash packs/reading/media-src/make-media.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../media"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for tool in rsvg-convert cwebp espeak-ng ffmpeg awk sed; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# ---------- images: SVG -> PNG -> WebP (640 px wide, quality 75, no metadata) ----------
for name in sun-fish-ball mimi; do
  rsvg-convert -w 640 "$here/$name.svg" -o "$tmp/$name.png"
  cwebp -quiet -q 75 -m 6 -metadata none "$tmp/$name.png" -o "$out/$name.webp"
done

# ---------- audio: eSpeak NG -> mono MP3, 40 kbit/s ----------
# The text spoken can differ in spelling from the transcript in pack.source.json, never in
# what is heard: Arabic gets full vowels and a pausal "ه" for ة; French "to" is written "tô"
# because eSpeak would otherwise read it as a word of its own.
say() { # say LANG NAME TEXT
  local speed=130 gap=5
  if [ "$1" = ar ]; then speed=140; gap=4; fi
  espeak-ng -v "$1" -s "$speed" -g "$gap" -w "$tmp/$2.wav" "$3"
  ffmpeg -v error -y -i "$tmp/$2.wav" -af "apad=pad_dur=0.3" -ac 1 -ar 22050 \
    -c:a libmp3lame -b:a 40k -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    "$out/$2.mp3"
}
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
for svg in "$tmp"/ball/*.svg; do rsvg-convert "$svg" -o "${svg%.svg}.png"; done
ffmpeg -v error -y -framerate "$fps" -i "$tmp/ball/%03d.png" -an \
  -c:v libx264 -preset veryslow -tune animation -crf 30 -profile:v main -level 3.0 \
  -pix_fmt yuv420p -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
  "$out/ball-rolls.mp4"

ls -l "$out"

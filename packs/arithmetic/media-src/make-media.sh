#!/usr/bin/env bash
# Rebuilds every file in packs/arithmetic/media/ from the sources in this folder.
# Needs (Debian): librsvg2-bin (rsvg-convert), webp (cwebp), espeak-ng, ffmpeg, gawk or mawk.
#   apt-get install -y librsvg2-bin webp espeak-ng ffmpeg
# Usage: bash packs/arithmetic/media-src/make-media.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../media"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for tool in rsvg-convert cwebp espeak-ng ffmpeg awk; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# ---------- images: SVG -> PNG -> WebP (640 px wide, quality 75, no metadata) ----------
for name in apples add-apples compare-oranges; do
  rsvg-convert -w 640 "$here/$name.svg" -o "$tmp/$name.png"
  cwebp -quiet -q 75 -m 6 -metadata none "$tmp/$name.png" -o "$out/$name.webp"
done

# ---------- audio: eSpeak NG -> mono MP3, 40 kbit/s ----------
# Arabic is given fully vowelled, with a pausal "ه" for the final ة, so eSpeak reads it
# the way a teacher would; the transcript in pack.source.json keeps the normal spelling.
# Arabic is spoken a little faster: eSpeak NG's Arabic voice is slow, and every clip stays under 10 s.
say() { # say LANG NAME TEXT
  local speed=130 gap=5
  if [ "$1" = ar ]; then speed=150; gap=3; fi
  espeak-ng -v "$1" -s "$speed" -g "$gap" -w "$tmp/$2.wav" "$3"
  ffmpeg -v error -y -i "$tmp/$2.wav" -af "apad=pad_dur=0.3" -ac 1 -ar 22050 \
    -c:a libmp3lame -b:a 40k -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    "$out/$2.mp3"
}
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
for svg in "$tmp"/dots/*.svg; do rsvg-convert "$svg" -o "${svg%.svg}.png"; done
ffmpeg -v error -y -framerate "$fps" -i "$tmp/dots/%03d.png" -an \
  -c:v libx264 -preset veryslow -tune animation -crf 30 -profile:v main -level 3.0 \
  -pix_fmt yuv420p -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
  "$out/count-dots.mp4"

ls -l "$out"

# Shared steps of the demo packs' media scripts (sourced by packs/*/media-src/make-media.sh).
# Every step writes byte-identical files for the same tool versions: packs are signed over hashes.
# Needs (Debian): librsvg2-bin (rsvg-convert), webp (cwebp), espeak-ng, ffmpeg, gawk or mawk, sed.
#   apt-get install -y librsvg2-bin webp espeak-ng ffmpeg

# media_setup: sets $here (the calling media-src folder), $out (../media) and a $tmp removed on exit.
media_setup() {
  here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
  out="$here/../media"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$out"
  for tool in rsvg-convert cwebp espeak-ng ffmpeg awk sed; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
  done
}

# svg_to_webp NAME: $here/NAME.svg -> $out/NAME.webp (640 px wide, quality 75, no metadata).
svg_to_webp() {
  rsvg-convert -w 640 "$here/$1.svg" -o "$tmp/$1.png"
  cwebp -quiet -q 75 -m 6 -metadata none "$tmp/$1.png" -o "$out/$1.webp"
}

# say LANG NAME TEXT: eSpeak NG -> mono MP3 at 40 kbit/s. Arabic speed and gap come from
# AR_SPEED and AR_GAP (eSpeak NG's Arabic voice is slow; each pack tunes it to its lines).
say() {
  local speed=130 gap=5
  if [ "$1" = ar ]; then speed=${AR_SPEED:-140}; gap=${AR_GAP:-4}; fi
  espeak-ng -v "$1" -s "$speed" -g "$gap" -w "$tmp/$2.wav" "$3"
  ffmpeg -v error -y -i "$tmp/$2.wav" -af "apad=pad_dur=0.3" -ac 1 -ar 22050 \
    -c:a libmp3lame -b:a 40k -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    "$out/$2.mp3"
}

# frames_to_mp4 DIR NAME FPS: $tmp/DIR/*.svg frames -> $out/NAME.mp4 (H.264 main, silent, faststart).
frames_to_mp4() {
  for svg in "$tmp/$1"/*.svg; do rsvg-convert "$svg" -o "${svg%.svg}.png"; done
  ffmpeg -v error -y -framerate "$3" -i "$tmp/$1/%03d.png" -an \
    -c:v libx264 -preset veryslow -tune animation -crf 30 -profile:v main -level 3.0 \
    -pix_fmt yuv420p -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
    "$out/$2.mp4"
}

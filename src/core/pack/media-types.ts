/**
 * The media a pack may carry, by file extension. The list is closed on purpose: the service
 * worker serves these bytes with this type, so no HTML, SVG or script can ever come from a pack.
 */
export type MediaKind = 'image' | 'audio' | 'video';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  weba: 'audio/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
};

/** The MIME type for a path's extension, or undefined when packs may not carry it. */
export function mediaTypeOf(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  const extension = path.slice(dot + 1).toLowerCase();
  // Not Object.hasOwn: Chrome 90 lacks it.
  return Object.prototype.hasOwnProperty.call(MEDIA_TYPES, extension) ? MEDIA_TYPES[extension] : undefined;
}

export function mediaKindOf(type: string): MediaKind | undefined {
  const kind = type.split('/')[0];
  return kind === 'image' || kind === 'audio' || kind === 'video' ? kind : undefined;
}

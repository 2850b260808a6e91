/**
 * The built-in avatar pictures (files in public/avatars/<id>.svg). Children who cannot read yet
 * find themselves by picture, so each is a distinct, simple shape and colour.
 */
export const AVATARS = [
  'camel', 'cat', 'fish', 'bird', 'sun', 'moon', 'star', 'tree', 'flower', 'apple', 'boat', 'ball',
] as const;
export type AvatarId = (typeof AVATARS)[number];

export function isAvatar(value: unknown): value is AvatarId {
  return typeof value === 'string' && (AVATARS as readonly string[]).includes(value);
}

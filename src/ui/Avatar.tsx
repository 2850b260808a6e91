import type { AvatarId } from '../core/profiles/index';

interface Props {
  avatar: AvatarId;
  small?: boolean;
  /** Empty when a visible name sits next to the picture, so screen readers do not read it twice. */
  label?: string;
}

export function Avatar({ avatar, small, label = '' }: Props) {
  return <img class={small ? 'avatar-img small' : 'avatar-img'} src={`/avatars/${avatar}.svg`} alt={label} width={80} height={80} />;
}

import { AVATARS, type AvatarId } from '../../core/profiles/index';
import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';

/** The picture a child will look for on the avatar grid, as one radio group. */
export function AvatarChoice({ value, onChange }: { value: AvatarId; onChange(avatar: AvatarId): void }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('teacher.avatar')}</legend>
      <div class="avatar-choices" role="radiogroup" aria-label={t('teacher.avatar')}>
        {AVATARS.map((id) => (
          <button key={id} type="button" role="radio" aria-checked={value === id} class="avatar-card" onClick={() => onChange(id)}>
            <Avatar avatar={id} />
            <span>{t(`avatars.${id}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}

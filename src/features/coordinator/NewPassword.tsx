import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import type { NewTeacher } from './coordinator-api';

/**
 * The password the server made for a new teacher. The server keeps only its hash, so this is the
 * one time anyone sees it: it is shown large, focused so a screen reader reads it, until dismissed.
 */
export function NewPassword({ teacher, onDone }: { teacher: NewTeacher; onDone: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [teacher.id]);
  return (
    <div class="notice stack new-password" ref={box} tabIndex={-1} aria-labelledby="new-password-title">
      <h3 id="new-password-title">{t('coordinator.teachers.passwordTitle', { name: teacher.displayName })}</h3>
      <dl class="facts">
        <dt>{t('staff.login')}</dt>
        <dd dir="ltr">{teacher.login}</dd>
        <dt>{t('staff.password')}</dt>
        <dd dir="ltr" class="secret" data-testid="new-password">{teacher.password}</dd>
      </dl>
      <p>{t('coordinator.teachers.passwordOnce', { name: teacher.displayName })}</p>
      <p>
        <button type="button" class="button" onClick={onDone}>{t('coordinator.teachers.passwordDone')}</button>
      </p>
    </div>
  );
}

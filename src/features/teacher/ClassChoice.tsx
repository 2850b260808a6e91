import type { RosterClass } from '../../data/db';
import { useTranslation } from '../../i18n/use-translation';

/** Which of the teacher's classes; nothing to choose (and nothing shown) when she has one. */
export function ClassChoice({ id, classes, value, onChange }: { id: string; classes: RosterClass[]; value: string; onChange(classId: string): void }) {
  const { t } = useTranslation();
  if (classes.length < 2) return null;
  return (
    <p class="stack">
      <label for={id}>{t('teacher.class')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {classes.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
      </select>
    </p>
  );
}

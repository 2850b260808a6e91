/**
 * The report's filters: school (or all), class of that school, lesson pack, and dates in either
 * order. Nothing is asked of the server until "Show the report", so a slow 3G link is not hit on
 * every change.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation';
import type { School, SchoolClass } from '../coordinator-api';
import { packName } from './report-format';
import type { PackInfo } from './school-reports-api';

export interface Filter { schoolId: string; classId: string; packId: string; from: string; to: string }
export const NO_FILTER: Filter = { schoolId: '', classId: '', packId: '', from: '', to: '' };

interface Props {
  applied: Filter;
  schools: readonly School[];
  classesOf: (schoolId: string) => Promise<SchoolClass[]>;
  packs: readonly PackInfo[];
  apply: (filter: Filter) => void;
}

export function ReportFilters({ applied, schools, classesOf, packs, apply }: Props) {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.reports.${key}`);
  const id = useId();
  const [draft, setDraft] = useState(applied);
  const [classes, setClasses] = useState<SchoolClass[]>([]);
  useEffect(() => {
    setClasses([]);
    if (draft.schoolId) void classesOf(draft.schoolId).then(setClasses, () => setClasses([]));
  }, [draft.schoolId]);
  const set = (change: Partial<Filter>) => setDraft({ ...draft, ...change });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value; // bound on inputs and selects only

  return (
    <form class="stack school-report-filters" onSubmit={(event) => { event.preventDefault(); apply(draft); }}>
      <h2>{k('filters')}</h2>
      <div class="stack">
        <label for={`${id}-school`}>{k('school')}</label>
        <select id={`${id}-school`} value={draft.schoolId} onChange={(e) => set({ schoolId: value(e), classId: '' })}>
          <option value="">{k('allSchools')}</option>
          {schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      {draft.schoolId && (
        <div class="stack">
          <label for={`${id}-class`}>{k('class')}</label>
          <select id={`${id}-class`} value={draft.classId} onChange={(e) => set({ classId: value(e) })}>
            <option value="">{k('allClasses')}</option>
            {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      )}
      <div class="stack">
        <label for={`${id}-pack`}>{k('pack')}</label>
        <select id={`${id}-pack`} value={draft.packId} onChange={(e) => set({ packId: value(e) })}>
          <option value="">{k('allPacks')}</option>
          {packs.map((p) => <option key={p.id} value={p.id}>{packName(p.id, packs, t)}</option>)}
        </select>
      </div>
      <div class="row">
        <label class="stack">
          {k('from')}
          <input type="date" value={draft.from} onChange={(e) => set({ from: value(e) })} />
        </label>
        <label class="stack">
          {k('to')}
          <input type="date" value={draft.to} onChange={(e) => set({ to: value(e) })} />
        </label>
      </div>
      <p><button type="submit" class="button">{k('apply')}</button></p>
    </form>
  );
}

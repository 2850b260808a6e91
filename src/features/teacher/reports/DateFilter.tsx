import type { DateRange } from '../../../core/reports/index';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDay } from './format-day';

export interface DateInputs {
  from: string;
  to: string;
}

interface Props {
  inputs: DateInputs;
  /** The range in force: its ends are in order and valid whatever was typed. */
  range: DateRange;
  onChange(inputs: DateInputs): void;
}

/** From / to, in either order, as local days of the device's time zone; the range in words is printed too. */
export function DateFilter({ inputs, range, onChange }: Props) {
  const { t, language } = useTranslation();
  const from = range.from && formatDay(range.from, language);
  const to = range.to && formatDay(range.to, language);
  const showing = from && to
    ? from === to ? from : t('reports.screen.showing.between', { from, to })
    : from ? t('reports.screen.showing.from', { from }) : to ? t('reports.screen.showing.to', { to }) : t('reports.screen.showing.all');
  return (
    <div class="stack report-dates">
      <fieldset class="row no-print">
        <legend>{t('reports.screen.dates')}</legend>
        <label class="stack">
          <span>{t('reports.dateRange.from')}</span>
          <input type="date" value={inputs.from} onInput={(event) => onChange({ ...inputs, from: event.currentTarget.value })} />
        </label>
        <label class="stack">
          <span>{t('reports.dateRange.to')}</span>
          <input type="date" value={inputs.to} onInput={(event) => onChange({ ...inputs, to: event.currentTarget.value })} />
        </label>
        {(inputs.from !== '' || inputs.to !== '') && (
          <button type="button" class="button secondary" onClick={() => onChange({ from: '', to: '' })}>{t('reports.screen.showAll')}</button>
        )}
      </fieldset>
      <p role="status" class="report-showing">{showing}</p>
    </div>
  );
}

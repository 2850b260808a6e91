import { describe, expect, it } from 'vitest';
import { eventDay, toDayRange, weekOf, weeksBetween } from './report-days';

const ms = (iso: string) => Date.parse(iso);

describe('report days', () => {
  it.each([
    ['a device time before arrival', '2030-01-10T23:00:00Z', '2030-01-12T08:00:00Z', '2030-01-10'],
    ['a device clock in the future', '2041-05-01T00:00:00Z', '2030-01-12T08:00:00Z', '2030-01-12'],
    ['a device clock at 1970', '1970-01-01T00:00:00Z', '2030-01-12T08:00:00Z', '2029-01-12'],
  ])('puts %s on the right day', (_, at, received, day) => {
    expect(eventDay(ms(at), ms(received))).toBe(day);
  });

  it.each([
    ['2030-01-06', '2029-12-31'],
    ['2030-01-07', '2030-01-07'],
    ['2030-01-13', '2030-01-07'],
    ['2024-02-29', '2024-02-26'],
  ])('names the week of %s by its Monday %s', (day, monday) => {
    expect(weekOf(day)).toBe(monday);
  });

  it('lists every week between two days, the latest ones when there are too many', () => {
    expect(weeksBetween('2030-01-01', '2030-01-20')).toEqual(['2029-12-31', '2030-01-07', '2030-01-14']);
    expect(weeksBetween('2000-01-01', '2030-01-20', 2)).toEqual(['2030-01-07', '2030-01-14']);
  });

  it('reads from and to in either order, in any zone, as the UTC days whose midday they hold', () => {
    expect(toDayRange({ from: '2030-01-19', to: '2030-01-06' })).toEqual({ ok: true, range: { from: '2030-01-06', to: '2030-01-19', timeZone: 'UTC', fromDay: '2030-01-06', toDay: '2030-01-19' } });
    expect(toDayRange({ from: '2030-01-06', to: '2030-01-06', tz: 'Pacific/Kiritimati' })).toMatchObject({ range: { fromDay: '2030-01-05', toDay: '2030-01-05' } });
    expect(toDayRange({ from: '2030-01-06', to: '2030-01-06', tz: 'America/New_York' })).toMatchObject({ range: { fromDay: '2030-01-06', toDay: '2030-01-06' } });
    expect(toDayRange({ to: '2030-01-06' })).toMatchObject({ range: { from: null, fromDay: '0000-01-01', toDay: '2030-01-06' } });
  });

  it.each([
    [{ from: '2030-02-30' }, 'from'],
    [{ to: 'tomorrow' }, 'to'],
    [{ tz: 'Nowhere/Land' }, 'tz'],
  ])('refuses %j naming %s', (query, field) => {
    expect(toDayRange(query)).toEqual({ ok: false, field });
  });
});

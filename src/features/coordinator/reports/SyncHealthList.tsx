/**
 * Devices' sync health: a summary per school, then each device with what it last reported. A
 * device silent for longer than the chosen days says so in words (and a marked border), so colour
 * is never the only cue.
 */
import { formatBytes, formatDateTime, formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { formatClockSkew } from './report-format';
import type { DeviceHealth } from '../../../core/school-reports/index';
import type { SyncHealth } from './school-reports-api';

const when = (iso: string | null, never: string) => (iso ? formatDateTime(Date.parse(iso)) : never);

export function SyncHealthList({ health, showSchool }: { health: SyncHealth; showSchool: boolean }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.health.${key}`);
  const schoolName = (id: string) => health.schools.find((s) => s.schoolId === id)?.name ?? id;

  return (
    <div class="stack sync-health">
      {health.schools.map((school) => (
        <article key={school.schoolId} class="card stack" aria-labelledby={`health-${school.schoolId}`}>
          <h3 id={`health-${school.schoolId}`}>{school.name}</h3>
          <dl class="facts">
            <dt>{k('devices')}</dt>
            <dd>{formatNumber(school.devices)}</dd>
            <dt>{k('silentDevices')}</dt>
            <dd>{formatNumber(school.silent)}</dd>
            <dt>{k('eventsWaiting')}</dt>
            <dd>{formatNumber(school.eventsWaiting)}</dd>
            <dt>{k('quarantined')}</dt>
            <dd>{formatNumber(school.quarantined)}</dd>
            <dt>{k('lastSeen')}</dt>
            <dd>{when(school.lastSeenAt, k('never'))}</dd>
          </dl>
        </article>
      ))}
      {health.devices.length === 0 && <p>{k('none')}</p>}
      {health.devices.length > 0 && (
        <ul class="stack cards">
          {health.devices.map((device) => <DeviceRow key={device.deviceId} device={device} schoolName={showSchool ? schoolName(device.schoolId) : null} />)}
        </ul>
      )}
    </div>
  );
}

function DeviceRow({ device, schoolName }: { device: DeviceHealth; schoolName: string | null }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.health.${key}`);
  const unknown = k('notReported');
  const count = (value: number | null) => (value === null ? unknown : formatNumber(value));
  return (
    <li class={device.silent ? 'card stack device-silent' : 'card stack'}>
      <p class="row">
        <strong>{t('schoolReports.health.device', { id: device.deviceId.slice(0, 8) })}</strong>
        {device.silent && <span class="tag tag-warning">{t('schoolReports.health.silentFor', { count: device.daysSilent })}</span>}
        {device.revoked && <span class="tag">{k('revoked')}</span>}
      </p>
      <dl class="facts">
        {schoolName !== null && <dt>{k('school')}</dt>}
        {schoolName !== null && <dd>{schoolName}</dd>}
        <dt>{k('class')}</dt>
        <dd>{device.classId === null ? k('wholeSchool') : device.className ?? device.classId}</dd>
        <dt>{k('lastSeen')}</dt>
        <dd>{when(device.lastSeenAt, k('never'))}</dd>
        <dt>{k('appVersion')}</dt>
        <dd>{device.appVersion ?? unknown}</dd>
        <dt>{k('eventsWaiting')}</dt>
        <dd>{count(device.eventsWaiting)}</dd>
        <dt>{k('storageFree')}</dt>
        <dd>{device.storageFreeBytes === null ? unknown : formatBytes(device.storageFreeBytes)}</dd>
        <dt>{k('clock')}</dt>
        <dd>{device.clockSkewMs === null ? unknown : formatClockSkew(device.clockSkewMs, t)}</dd>
        <dt>{k('quarantined')}</dt>
        <dd>{formatNumber(device.quarantined)}</dd>
      </dl>
    </li>
  );
}

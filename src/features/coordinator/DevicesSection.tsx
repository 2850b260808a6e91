import { useTranslation } from '../../i18n/use-translation';
import { formatDateTime } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ConfirmButton } from './ConfirmButton';
import { coordinatorApi, type CallCoordinatorApi, type SchoolClass } from './coordinator-api';
import { useLoaded } from './use-loaded';

interface Props {
  schoolId: string;
  classes: SchoolClass[];
  call: CallCoordinatorApi;
}

const when = (iso: string) => formatDateTime(Date.parse(iso));

/** The school's enrolled devices: class, when enrolled and last seen, revoked or not; revoking asks first. */
export function DevicesSection({ schoolId, classes, call }: Props) {
  const { t } = useTranslation();
  const devices = useLoaded(() => coordinatorApi.listDevices(call, schoolId), [call, schoolId]);
  const className = (id: string | null) => (id === null ? t('coordinator.enrol.wholeSchool') : classes.find((c) => c.id === id)?.name ?? id);

  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title">{t('coordinator.devices.title')}</h2>
      <p>
        <button type="button" class="button secondary" onClick={() => void devices.reload()}>{t('coordinator.devices.refresh')}</button>
      </p>
      <ErrorMessage error={devices.error} />
      {devices.value?.length === 0 && <p>{t('coordinator.devices.none')}</p>}
      {devices.value && devices.value.length > 0 && (
        <ul class="stack cards">
          {devices.value.map((device) => {
            const name = t('coordinator.devices.name', { id: device.id.slice(0, 8) });
            return (
              <li key={device.id} class="card stack">
                <p class="row">
                  <strong>{name}</strong>
                  {device.revokedAt && <span class="tag">{t('coordinator.devices.revoked')}</span>}
                </p>
                <dl class="facts">
                  <dt>{t('coordinator.devices.class')}</dt>
                  <dd>{className(device.classId)}</dd>
                  <dt>{t('coordinator.devices.enrolled')}</dt>
                  <dd>{when(device.enrolledAt)}</dd>
                  <dt>{t('coordinator.devices.lastSeen')}</dt>
                  <dd>{device.lastSeenAt ? when(device.lastSeenAt) : t('coordinator.devices.never')}</dd>
                  {device.revokedAt && <dt>{t('coordinator.devices.revokedAt')}</dt>}
                  {device.revokedAt && <dd>{when(device.revokedAt)}</dd>}
                </dl>
                {!device.revokedAt && (
                  <ConfirmButton
                    action={t('coordinator.devices.revoke', { name })}
                    question={t('coordinator.devices.revokeQuestion', { name })}
                    confirm={t('coordinator.devices.revokeYes')}
                    run={async () => {
                      await coordinatorApi.revokeDevice(call, device.id);
                      await devices.reload();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

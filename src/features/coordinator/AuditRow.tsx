import { useTranslation } from '../../i18n/use-translation';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { shortId, splitTarget, type AuditNames } from './audit-names';
import type { AuditEntry } from './coordinator-api';

interface Props {
  entry: AuditEntry;
  names: AuditNames;
  /** The signed-in coordinator, shown as "you". */
  selfId: string;
}

/** One audit entry in words: when, who, what, in which school, on what. */
export function AuditRow({ entry, names, selfId }: Props) {
  const { t } = useTranslation();
  const detail = (key: string) => (typeof entry.details[key] === 'string' || typeof entry.details[key] === 'number' ? String(entry.details[key]) : undefined);

  const who =
    entry.actorUserId === null ? t('coordinator.audit.admin')
    : entry.actorUserId === selfId ? t('coordinator.audit.you')
    : names.users.get(entry.actorUserId) ?? t('coordinator.audit.someone', { id: shortId(entry.actorUserId) });

  const { kind, id } = splitTarget(entry.target);
  const targetName =
    kind === 'user' ? names.users.get(id) ?? detail('login') ?? shortId(id)
    : kind === 'class' ? names.classes.get(id) ?? detail('name') ?? shortId(id)
    : kind === 'school' ? names.schools.get(id) ?? detail('name') ?? shortId(id)
    : kind === 'device' ? t('coordinator.devices.name', { id: shortId(id) })
    : kind === 'code' ? t('coordinator.audit.code')
    : entry.target;
  const count = entry.details['count'];
  const target = typeof count === 'number' ? `${targetName} (${formatNumber(count)})` : targetName;

  return (
    <tr>
      <td>{formatDateTime(Date.parse(entry.at))}</td>
      <td>{who}</td>
      <td>{t(`coordinator.audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
      <td>{entry.schoolId === null ? '—' : names.schools.get(entry.schoolId) ?? shortId(entry.schoolId)}</td>
      <td>{target}</td>
    </tr>
  );
}

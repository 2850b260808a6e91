/** `GET /schools/:schoolId/devices` and `POST /devices/:deviceId/revoke`, for coordinators. */
import { requireRole } from '../auth/scope';
import { param } from '../api/api-context';
import { auditEntry } from '../api/audit';
import { findDevice, findSchool } from '../api/lookups';
import type { RouteSpec } from '../api/route-spec';

export const listDevicesRoute: RouteSpec = {
  method: 'GET',
  path: '/schools/:schoolId/devices',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const school = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const devices = await deps.storage.listDevices(school.id);
    return c.json({
      devices: devices.map((d) => ({
        id: d.id,
        schoolId: d.schoolId,
        classId: d.classId ?? null,
        enrolledAt: d.enrolledAt,
        lastSeenAt: d.lastSeenAt ?? null,
        revokedAt: d.revokedAt ?? null,
      })),
    });
  },
};

/** Takes effect at the device's next request: credentials are checked on every request, never cached. */
export const revokeDeviceRoute: RouteSpec = {
  method: 'POST',
  path: '/devices/:deviceId/revoke',
  roles: ['coordinator'],
  scope: 'device',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const device = await findDevice(deps.storage, caller, param(c, 'deviceId'));
    const at = deps.now().toISOString();
    await deps.storage.revokeDevice(device.id, at, auditEntry(deps, caller, 'device.revoke', `device:${device.id}`, device.schoolId));
    return c.json({ id: device.id, revokedAt: device.revokedAt ?? at });
  },
};

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SabilError } from '../../src/core/errors/index';
import { sendFile } from '../http/send-file';
import { param } from '../api/api-context';
import type { RouteSpec } from '../api/route-spec';
import { isPackRef } from './pack-route-params';
import { isTrustedKeyId } from './trusted-keys';

/**
 * `GET /packs/:id/:version/file`: the zip, streamed from disk. The ETag is the zip's SHA-256,
 * strong, so a device that lost its connection resumes with `Range` + `If-Range` and knows the
 * bytes it joins are from the same file. `no-cache`: caches may keep it but must revalidate.
 */
export const packFileRoute: RouteSpec = {
  method: 'GET',
  path: '/packs/:id/:version/file',
  // An enrolled device, or staff: what a school's server offers is for that school's people.
  roles: ['device', 'teacher', 'coordinator'],
  scope: 'none',
  handle: async (c, { storage, packsDir, trust }) => {
    const [id, version] = [param(c, 'id'), param(c, 'version')];
    if (!isPackRef(id, version)) throw new SabilError('pack/not-found');
    const entry = await storage.getPack(id, version);
    if (!entry || !isTrustedKeyId(trust, entry.publisherKeyId)) throw new SabilError('pack/not-found', { id, version });

    const absolutePath = join(packsDir, entry.fileName);
    const stats = await stat(absolutePath);
    // A listed file is whole by construction; anything else is damage to the data folder.
    if (stats.size !== entry.sizeBytes) throw new Error(`pack file ${absolutePath} has ${stats.size} bytes, the catalogue says ${entry.sizeBytes}`);

    c.header('Content-Type', 'application/zip');
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Disposition', `attachment; filename="${id}-${version}.sabilpack.zip"`);
    return sendFile(c, { absolutePath, size: entry.sizeBytes, etag: `"${entry.sha256}"` });
  },
};

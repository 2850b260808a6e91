import type { RouteSpec } from '../api/route-spec';
import type { CatalogueEntry } from '../storage/storage';
import { compareVersions } from './compare-versions';
import { packFileUrl } from './pack-route-params';
import { isTrustedKeyId } from './trusted-keys';

/**
 * `GET /packs`: the latest version (by semver precedence) of each pack whose publisher this
 * server trusts now. Older versions stay downloadable at their URL; packs by a publisher no
 * longer trusted (demo packs once SABIL_DEMO=0) are left out, since devices would refuse them.
 */
export const listPacksRoute: RouteSpec = {
  method: 'GET',
  path: '/packs',
  // An enrolled device, or staff: what a school's server offers is for that school's people.
  roles: ['device', 'teacher', 'coordinator'],
  scope: 'none',
  handle: async (c, { storage, trust }) => {
    const latest = new Map<string, CatalogueEntry>();
    for (const entry of await storage.listPacks()) {
      if (!isTrustedKeyId(trust, entry.publisherKeyId)) continue;
      const known = latest.get(entry.id);
      if (!known || compareVersions(entry.version, known.version) > 0) latest.set(entry.id, entry);
    }
    const packs = [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(toListItem);
    return c.json({ packs });
  },
};

function toListItem(entry: CatalogueEntry) {
  return {
    id: entry.id,
    version: entry.version,
    title: entry.titles,
    languages: entry.languages,
    size: entry.sizeBytes,
    sha256: entry.sha256,
    publisherKeyId: entry.publisherKeyId,
    publishedAt: entry.publishedAt,
    url: packFileUrl(entry.id, entry.version),
  };
}

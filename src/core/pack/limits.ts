/**
 * Limits enforced while a pack's zip is read, before anything in it is trusted.
 * They bound memory and CPU on a 2 GB phone, whatever the zip claims about itself.
 * Every caller of verifyPack may pass its own (`limits`); docs/pack-format.md lists the defaults.
 */
export type ZipLimits = {
  /** Entries in the central directory, directories included. */
  maxEntries: number;
  /** Bytes actually inflated, summed over all entries. */
  maxTotalBytes: number;
  /** Bytes actually inflated for any one entry. */
  maxEntryBytes: number;
  /** Bytes for manifest.json alone: it is parsed as JSON in one piece. */
  maxManifestBytes: number;
  /** Inflated bytes per compressed byte, per entry, counted while inflating; above it is refused. */
  maxRatio: number;
};

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 10_000,
  maxTotalBytes: 2 * GiB,
  maxEntryBytes: 512 * MiB,
  maxManifestBytes: 16 * MiB,
  maxRatio: 100,
});

export function resolveLimits(limits: Partial<ZipLimits> = {}): ZipLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

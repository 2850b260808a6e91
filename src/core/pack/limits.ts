/**
 * Limits enforced while a pack's zip is read, before anything in it is trusted.
 * They bound memory and CPU on a 2 GB phone, whatever the zip claims about itself.
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
  /** Inflated bytes per compressed byte, per entry, counted while inflating. */
  maxRatio: number;
};

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 2000,
  maxTotalBytes: 500 * MiB,
  maxEntryBytes: 256 * MiB,
  maxManifestBytes: 16 * MiB,
  maxRatio: 100,
});

export function resolveLimits(limits: Partial<ZipLimits> = {}): ZipLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

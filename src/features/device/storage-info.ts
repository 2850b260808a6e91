/** What the browser says about keeping Sabil's data: persistence and space, each feature-detected. */
export interface StorageInfo {
  persistence: 'persistent' | 'best-effort' | 'unsupported';
  usage: number | null;
  quota: number | null;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage as StorageManager | undefined;
  const persistence = storage?.persisted ? ((await storage.persisted()) ? 'persistent' : 'best-effort') : 'unsupported';
  const estimate = storage?.estimate ? await storage.estimate() : {};
  return { persistence, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/** Asks the browser not to evict our data; Chromium grants it silently to engaged or installed apps. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}

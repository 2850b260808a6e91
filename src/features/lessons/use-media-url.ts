/**
 * A URL for a pack file. With the service worker in control it is `/media/<sha256>`, which the
 * worker answers from IndexedDB with Range support (audio and video seek offline); before that,
 * an object URL of the stored Blob.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SabilDatabase, PackRow } from '../../data/db';
import { assetShaForPath, getAssetBlob } from '../../data/pack-queries';

export function useMediaUrl(db: SabilDatabase, pack: PackRow, path: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return;
    const sha = assetShaForPath(pack, path);
    if (!sha) return;
    if (navigator.serviceWorker?.controller) {
      setUrl(`/media/${sha}`);
      return;
    }
    let objectUrl: string | null = null;
    let isCurrent = true;
    void getAssetBlob(db, sha).then((blob) => {
      if (!blob || !isCurrent) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      isCurrent = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [pack.id, pack.version, path]);
  return url;
}

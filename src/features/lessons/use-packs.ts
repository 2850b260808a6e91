import { useEffect, useState } from 'preact/hooks';
import type { SabilDatabase, PackRow } from '../../data/db';
import { listPacks } from '../../data/pack-queries';

export function usePacks(db: SabilDatabase): PackRow[] | null {
  const [packs, setPacks] = useState<PackRow[] | null>(null);
  useEffect(() => void listPacks(db).then(setPacks), []);
  return packs;
}

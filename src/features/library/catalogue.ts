/** The server's list of lesson packs (`GET /api/v1/packs`), asked as this device when it is enrolled. */
import type { SabilDatabase } from '../../data/db';
import { fetchWithDeviceCredential } from '../enrol/device-credential';

export interface CatalogueEntry {
  id: string;
  version: string;
  title: Record<string, string>;
  languages: string[];
  size: number;
  sha256: string;
  url: string;
}

export async function fetchCatalogue(db: SabilDatabase, signal?: AbortSignal): Promise<CatalogueEntry[]> {
  const response = await fetchWithDeviceCredential(db, '/api/v1/packs', { headers: { accept: 'application/json' }, signal, cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { packs: CatalogueEntry[] }).packs;
}

/** A title in the reader's language, else the first the pack has. */
export function localized(text: Record<string, string>, language: string): string {
  return text[language] ?? Object.values(text)[0] ?? '';
}

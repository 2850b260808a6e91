/** The state of one import at a time on the library screen: stage, progress, result, error, cancel. */
import { useRef, useState } from 'preact/hooks';
import type { Manifest } from '../../core/pack/index';
import { useApp } from '../shell/app-context';
import { downloadPack } from './download-pack';
import { fetchWithDeviceCredential } from '../enrol/device-credential';
import { importPack, type ImportStage, type PackSource } from './import-pack';
import type { CatalogueEntry } from './catalogue';

export interface ImportState {
  stage: ImportStage | null;
  fraction: number;
  done: Manifest | null;
  error: unknown;
  stopped: boolean;
}

const IDLE: ImportState = { stage: null, fraction: 0, done: null, error: null, stopped: false };

export function usePackImport(onInstalled: () => void) {
  const { db } = useApp();
  const [state, setState] = useState<ImportState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  async function run(source: PackSource, getPack: (report: (fraction: number) => void) => Promise<Blob | Uint8Array<ArrayBuffer>>) {
    controller.current = new AbortController();
    setState({ ...IDLE, stage: source === 'server' ? 'downloading' : 'checking' });
    try {
      const pack = await getPack((fraction) => setState((s) => ({ ...s, fraction })));
      const manifest = await importPack(db, pack, source, {
        onStage: (stage) => setState((s) => ({ ...s, stage, fraction: 0 })),
        onProgress: (fraction) => setState((s) => ({ ...s, fraction })),
      });
      setState({ ...IDLE, done: manifest });
      onInstalled();
    } catch (error) {
      const stopped = controller.current?.signal.aborted ?? false;
      setState({ ...IDLE, error: stopped ? null : error, stopped });
    } finally {
      controller.current = null;
    }
  }

  return {
    state,
    fromServer: (entry: CatalogueEntry) =>
      run('server', (report) => downloadPack(entry.url, entry.size, {
        signal: controller.current!.signal,
        onProgress: (received, total) => report(received / total),
        fetch: (url, init) => fetchWithDeviceCredential(db, url, init),
      })),
    // No whole-file read: importPack verifies the file a slice at a time and stores slices of it.
    fromFile: (file: Blob) => run('file', () => Promise.resolve(file)),
    cancel: () => controller.current?.abort(),
  };
}

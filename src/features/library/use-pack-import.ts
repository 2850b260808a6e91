/** The state of one import at a time on the library screen: stage, progress, result, error, cancel. */
import { useRef, useState } from 'preact/hooks';
import type { Manifest } from '../../core/pack/index';
import { useApp } from '../shell/app-context';
import { downloadPack } from './download-pack';
import { importPack, type ImportStage, type PackSource } from './import-pack';
import { readPackFile } from '../../data/packs-repo';
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

  async function run(source: PackSource, getBytes: (report: (fraction: number) => void) => Promise<Uint8Array<ArrayBuffer>>) {
    controller.current = new AbortController();
    setState({ ...IDLE, stage: 'downloading' });
    try {
      const bytes = await getBytes((fraction) => setState((s) => ({ ...s, fraction })));
      const manifest = await importPack(db, bytes, source, {
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
      })),
    fromFile: (file: Blob) => run('file', (report) => readPackFile(file, report)),
    cancel: () => controller.current?.abort(),
  };
}

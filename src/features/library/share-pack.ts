/** Hands a pack on this device to another device as a file: Web Share where it takes files, else a download. */
import type { SabilDatabase } from '../../data/db';
import { exportPackZip } from '../../data/packs-repo';

export async function sharePack(db: SabilDatabase, packId: string, version: string): Promise<void> {
  const bytes = await exportPackZip(db, packId);
  const name = `${packId}-${version}.sabilpack.zip`;
  const file = new File([bytes], name, { type: 'application/zip' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return;
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return; // the user closed the share sheet
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

import type { PackRow, SabilDatabase } from '../../data/db';
import { useTranslation } from '../../i18n/use-translation';
import { useMediaUrl } from './use-media-url';
import { pick } from './content-language';

interface MediaProps {
  db: SabilDatabase;
  pack: PackRow;
  lang: string;
}

export function ImageBlock({ db, pack, lang, file, alt }: MediaProps & { file: string; alt?: Record<string, string> }) {
  const url = useMediaUrl(db, pack, file);
  return url ? <img class="lesson-image" src={url} alt={pick(alt, lang)} /> : null;
}

/** Audio in the lesson's language when the pack has it, with what is said written below. */
export function AudioBlock({ db, pack, lang, files, transcript }: MediaProps & { files: Record<string, string>; transcript?: Record<string, string> }) {
  const { t } = useTranslation();
  const url = useMediaUrl(db, pack, files[lang] ?? Object.values(files)[0]);
  return (
    <figure class="lesson-media">
      {url && <audio controls preload="metadata" src={url} />}
      {transcript && (
        <figcaption>
          <details>
            <summary>{t('lessons.transcript')}</summary>
            <p>{pick(transcript, lang)}</p>
          </details>
        </figcaption>
      )}
    </figure>
  );
}

export function VideoBlock({ db, pack, lang, file, caption }: MediaProps & { file: string; caption?: Record<string, string> }) {
  const url = useMediaUrl(db, pack, file);
  return (
    <figure class="lesson-media">
      {url && <video controls preload="metadata" playsInline src={url} aria-label={pick(caption, lang)} />}
      {caption && <figcaption>{pick(caption, lang)}</figcaption>}
    </figure>
  );
}

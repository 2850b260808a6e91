import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { startCameraScan } from './camera-scan';

interface QrScannerProps {
  /** A normalised enrolment code read from a QR code; the camera has already stopped. */
  onCode(code: string): void;
  onClose(): void;
}

/** The camera's view while it looks for an enrolment QR code; unmounting stops the camera. */
export function QrScanner({ onCode, onClose }: QrScannerProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const latestOnCode = useRef(onCode);
  latestOnCode.current = onCode;
  const [isStarted, setStarted] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    if (video.current) {
      startCameraScan(video.current, (code) => latestOnCode.current(code), controller.signal).then(() => setStarted(true), setError);
    }
    return () => controller.abort();
  }, []);

  return (
    <div class="stack qr-scanner">
      {error === null && <p role="status">{isStarted ? t('enrol.pointCamera') : t('enrol.cameraStarting')}</p>}
      <video ref={video} class="qr-video" hidden={error !== null} muted playsInline aria-label={t('enrol.cameraView')} />
      <ErrorMessage error={error} />
      <p>
        <button type="button" class="button secondary" onClick={onClose}>{t('enrol.stopScanning')}</button>
      </p>
    </div>
  );
}

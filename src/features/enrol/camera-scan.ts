/**
 * Reads an enrolment code through the camera: the back camera's frames are drawn to a canvas a
 * few times a second and decoded with the browser's own `BarcodeDetector` when it reads QR codes
 * (Chrome on Android), else with jsQR, loaded only then. The camera stops when the signal aborts
 * (the scanner closes or the screen unmounts) or once a code is found.
 */
import { codeFromQrText } from '../../core/enrolment/index';
import { SabilError } from '../../core/errors/index';

/** Frames a second: enough to feel immediate, few enough for a slow phone's CPU. */
const FRAMES_PER_SECOND = 4;
/** Frames are scaled down to this many pixels on their long side: a QR code held up stays readable. */
const MAX_FRAME_SIDE = 640;

type FrameDecoder = (canvas: HTMLCanvasElement, context: CanvasRenderingContext2D) => Promise<string | null>;

/** The part of the Shape Detection API used here; TypeScript's DOM types do not have it yet. */
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): { detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>> };
  getSupportedFormats(): Promise<string[]>;
}

async function pickDecoder(): Promise<FrameDecoder> {
  const Detector: BarcodeDetectorClass | undefined = Reflect.get(globalThis, 'BarcodeDetector');
  const formats = Detector ? await Detector.getSupportedFormats().catch(() => []) : [];
  if (Detector && formats.includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (canvas) => (await detector.detect(canvas))[0]?.rawValue ?? null;
  }
  const { decodeQr } = await import('./decode-qr');
  return async (canvas, context) => decodeQr(context.getImageData(0, 0, canvas.width, canvas.height));
}

/** getUserMedia's refusals, by the DOMException name browsers give them. */
export function cameraError(failure: unknown): SabilError {
  const name = failure instanceof Error ? failure.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return new SabilError('enrol/camera-denied', {}, { cause: failure });
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError' || name === 'AbortError') {
    return new SabilError('enrol/no-camera', {}, { cause: failure });
  }
  return new SabilError('enrol/camera-unsupported', {}, { cause: failure });
}

/** Resolves once the camera shows in `video`; rejects with an `enrol/…camera…` error. */
export async function startCameraScan(video: HTMLVideoElement, onCode: (code: string) => void, signal: AbortSignal): Promise<void> {
  // Absent on plain HTTP (other than localhost): cameras need a secure page.
  if (!navigator.mediaDevices?.getUserMedia) throw new SabilError('enrol/camera-unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (failure) {
    throw cameraError(failure);
  }
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  if (signal.aborted) return stop(); // closed while the browser was asking for permission
  signal.addEventListener('abort', stop, { once: true });

  video.srcObject = stream;
  await video.play().catch(() => undefined); // muted inline video may play; frames are read either way
  const decode = await pickDecoder();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    stop();
    throw new SabilError('enrol/camera-unsupported');
  }
  let isBusy = false;
  const readFrame = async () => {
    if (isBusy || signal.aborted || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
    isBusy = true;
    let found: string | undefined;
    try {
      const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const text = await decode(canvas, context);
      const code = text === null ? undefined : codeFromQrText(text);
      if (code && !signal.aborted) found = code;
    } catch {
      // One unreadable frame (a detector hiccup, a frame not ready) is not a failure: the next one is tried.
    } finally {
      isBusy = false;
    }
    if (found) {
      stop();
      onCode(found);
    }
  };
  if (!signal.aborted) timer = setInterval(() => void readFrame(), 1000 / FRAMES_PER_SECOND);
}

import { describe, expect, it } from 'vitest';
import { cameraError } from './camera-scan';

describe('cameraError', () => {
  it.each([
    ['NotAllowedError', 'enrol/camera-denied'],
    ['SecurityError', 'enrol/camera-denied'],
    ['NotFoundError', 'enrol/no-camera'],
    ['OverconstrainedError', 'enrol/no-camera'],
    ['NotReadableError', 'enrol/no-camera'],
    ['TypeError', 'enrol/camera-unsupported'],
  ])('names a %s from getUserMedia as %s', (name, code) => {
    expect(cameraError(new DOMException('refused', name)).code).toBe(code);
  });

  it('treats anything that is not an error as the browser not supporting the camera', () => {
    expect(cameraError('strange').code).toBe('enrol/camera-unsupported');
  });
});

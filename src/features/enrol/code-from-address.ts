/**
 * The code a phone's camera app hands over: the QR code holds `<origin>/enrol#code=…`, so the code
 * arrives in the address bar's fragment. It is read once, then removed with `replaceState`, so a
 * one-time code does not stay in the browser's history for the next person to find.
 */
import { formatCode, normaliseCode } from '../../core/enrolment/index';

/** The code in `#code=…`, grouped for reading when it is one; as written otherwise (the check comes at Enrol). */
export function readCodeFromAddress(): string | null {
  const raw = new URLSearchParams(location.hash.replace(/^#/, '')).get('code');
  if (raw === null) return null;
  const code = normaliseCode(raw);
  return code ? formatCode(code) : raw;
}

export function clearCodeFromAddress(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

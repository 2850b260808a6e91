/**
 * How enrolment and setup codes are written, read back and put in a QR code. Shared by the server
 * (which makes and checks codes) and the app (which shows, types and scans them).
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays right. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

/**
 * Reads a code as a person typed it: case, spaces and dashes do not matter, and the letters
 * Crockford's alphabet leaves out are read as the digits they look like (O→0, I and L→1).
 * Undefined when what is left is not a code.
 */
export function normaliseCode(typed: string, length: number = CODE_LENGTH): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== length || [...code].some((ch) => !CODE_ALPHABET.includes(ch))) return undefined;
  return code;
}

/** Shown grouped for reading aloud: `ABCDE-FGHJK`. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What the QR code holds: the app's enrolment page with the code in the fragment. A phone's own
 * camera app then opens the right page, and a fragment never reaches a server or its logs.
 */
export function enrolmentQrText(origin: string, code: string): string {
  return `${origin}/enrol#code=${code}`;
}

/** The code in a scanned text: an enrolment link as above, or a bare code. Undefined otherwise. */
export function codeFromQrText(text: string): string | undefined {
  const fragment = /#code=([0-9A-Za-z-]+)\s*$/.exec(text.trim());
  return normaliseCode(fragment?.[1] ?? text.trim());
}

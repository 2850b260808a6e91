/**
 * How a typed answer is read before it is compared. Children type on whatever keyboard the
 * tablet has: Eastern Arabic or Persian digits, an Arabic decimal separator, stray spaces,
 * direction marks inserted by the keyboard, accents or tashkeel they may or may not add.
 */

// Arabic-Indic U+0660–0669 and Extended (Persian/Urdu) U+06F0–06F9.
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
// LRM, RLM, ALM and the bidi embeddings/isolates some keyboards and copy-paste leave behind.
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const TATWEEL = /\u0640/g;
// Arabic tashkeel and Quranic annotation marks. Kept out: U+0653–0655 (madda, hamza above and
// below), which NFD splits off hamza letters; hamza is a letter in Arabic spelling, not a vowel mark.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;
const OTHER_MARKS = /(?![\u0653-\u0655])\p{M}/gu;
// Alef with hamza or madda, and alef wasla, written as a bare alef: a variant children often type.
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;

/** Reads a number typed in any of the digit sets above; null when it is not one number. */
export function parseNumericInput(input: string): number | null {
  const text = input
    .normalize('NFKC')
    .replace(DIRECTION_MARKS, '')
    .trim()
    .replace(ARABIC_DIGIT, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    .replace(/[\u066b,]/, '.')
    .replace(/^[\u2212\u2013]/, '-');
  return NUMBER.test(text) ? Number(text) : null;
}

function lowerCase(text: string, language: string): string {
  try {
    return text.toLocaleLowerCase(language);
  } catch {
    // RangeError for a malformed language tag: fall back to the language-neutral rules.
    return text.toLowerCase();
  }
}

/** The form two text answers are compared in, for `language` (its case rules). */
export function normaliseTextAnswer(input: string, language: string): string {
  const text = input.normalize('NFKC').replace(DIRECTION_MARKS, '').replace(TATWEEL, '');
  return lowerCase(text, language)
    .normalize('NFD')
    .replace(ARABIC_MARKS, '')
    .replace(OTHER_MARKS, '')
    .normalize('NFC')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(/\s+/gu, ' ')
    .trim();
}

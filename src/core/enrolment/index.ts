export { CODE_ALPHABET, CODE_LENGTH, normaliseCode, formatCode, enrolmentQrText, codeFromQrText } from './code-text';

/** Placeholder: replaced by the screen itself. */
export function EnrolScreen() {
  return null;
}

/** Placeholder: replaced by the screen itself. */
export function SchoolScreen() {
  return null;
}

/** Placeholder: replaced by the screen itself. */
export function CoordinatorHome() {
  return null;
}

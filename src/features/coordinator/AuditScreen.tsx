/** Placeholder: replaced by the screen itself. */
export function AuditScreen() {
  return null;
}

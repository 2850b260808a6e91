/** Placeholder: replaced by the screen itself. */
export function TeacherHome() {
  return null;
}

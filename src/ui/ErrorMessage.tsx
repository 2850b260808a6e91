import { describeError } from '../i18n/use-translation';

/** Shows a failure in the active language, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <p class="alert" role="alert">
      {describeError(error)}
    </p>
  );
}

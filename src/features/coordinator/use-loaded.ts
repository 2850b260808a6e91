/**
 * Data a coordinator screen loads from the server: the value once it came, the failure if it did
 * not (shown with ErrorMessage; offline that is `network/unreachable`), and a way to load it again.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  value: T | undefined;
  error: unknown;
  reload: () => Promise<void>;
}

export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setValue(await load());
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, deps);
  useEffect(() => void reload(), [reload]);
  return { value, error, reload };
}

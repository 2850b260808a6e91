/**
 * The check Jepsen uses for sets, on sync: every event a device created is on the server exactly
 * once (lost = 0, no duplicates) and the server holds nothing new that no device created
 * (unexpected = 0). `before` is what the server held when the test began.
 */
import type { ServerEvent } from './sync-world';

export interface SetCheck {
  lost: string[];
  unexpected: string[];
  duplicated: string[];
}

export function checkSet(created: readonly string[], server: readonly ServerEvent[], before: ReadonlySet<string> = new Set()): SetCheck {
  const counts = new Map<string, number>();
  for (const event of server) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  const mine = new Set(created);
  return {
    lost: created.filter((id) => !counts.has(id)),
    unexpected: server.filter((e) => !before.has(e.id) && !mine.has(e.id)).map((e) => e.id),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
  };
}

export const CLEAN: SetCheck = { lost: [], unexpected: [], duplicated: [] };

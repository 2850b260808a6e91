import { describe, expect, it } from 'vitest';
import { eventsTableDdl } from './raw-baselines';

describe('raw baselines', () => {
  it('build their table from the server migration: the events table and its three indexes', () => {
    const ddl = eventsTableDdl();
    expect(ddl[0]).toMatch(/^CREATE TABLE events \(/);
    expect(ddl[0]).toContain('PRIMARY KEY (school_id, id)');
    expect(ddl.slice(1)).toHaveLength(3);
  });
});

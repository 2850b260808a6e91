import { describe, expect, it } from 'vitest';
import type { EventRow } from './bench-events';
import { copyText, eventsTableDdl } from './raw-baselines';

describe('raw baselines', () => {
  it('build their table from the server migration: the events table and its three indexes', () => {
    const ddl = eventsTableDdl();
    expect(ddl[0]).toMatch(/^CREATE TABLE events \(/);
    expect(ddl[0]).toContain('PRIMARY KEY (school_id, id)');
    expect(ddl.slice(1)).toHaveLength(3);
  });

  it("write COPY's text format with tabs between columns and backslash, tab and newline escaped", () => {
    const row: EventRow = ['s', 'i', 'd', 1, 2, 'l', 't', 3, 'r', 4, 'g', '{"a":"x\\y\tz\nw"}', 'v'];
    expect([...copyText([row, row], 1)]).toEqual([
      's\ti\td\t1\t2\tl\tt\t3\tr\t4\tg\t{"a":"x\\\\y\\tz\\nw"}\tv\n',
      's\ti\td\t1\t2\tl\tt\t3\tr\t4\tg\t{"a":"x\\\\y\\tz\\nw"}\tv\n',
    ]);
  });
});

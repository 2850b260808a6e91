import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './log';

function capture(level: LogLevel) {
  const lines: { line: string; level: string }[] = [];
  const log = createLogger({ level, write: (line, at) => lines.push({ line, level: at }), now: () => new Date('2030-01-02T03:04:05.000Z') });
  return { log, lines, entries: () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { log, lines, entries } = capture('info');
    log.info('request', { method: 'GET', status: 200 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.line).not.toContain('\n');
    expect(entries()[0]).toEqual({ time: '2030-01-02T03:04:05.000Z', level: 'info', msg: 'request', method: 'GET', status: 200 });
  });

  it('drops entries below its level', () => {
    const { log, entries } = capture('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(entries().map((entry) => entry.msg)).toEqual(['c', 'd']);
  });

  it('writes nothing at all in silent mode', () => {
    const { log, lines } = capture('silent');
    log.error('boom');
    expect(lines).toEqual([]);
  });

  it('keeps the name, message and stack of an error', () => {
    const { log, entries } = capture('info');
    log.error('failed', { error: new TypeError('bad thing') });
    expect(entries()[0]?.error).toMatchObject({ name: 'TypeError', message: 'bad thing', stack: expect.stringContaining('bad thing') });
  });

  it('still writes the message when a field cannot be serialised', () => {
    const { log, entries } = capture('info');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => log.info('odd', { cyclic })).not.toThrow();
    expect(entries()[0]).toMatchObject({ msg: 'odd', logFault: 'fields not serialisable' });
  });
});

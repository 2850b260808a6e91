import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, parseSigningKey } from '../../src/core/pack/index';
import { hostileCorpus } from '../../src/core/pack/hostile-corpus';
import { otherKey } from '../../src/core/pack/test-fixtures';
import { CliFailure, EXIT_REJECTED } from './cli-failure';
import { verify } from './verify';

// `npm run pack -- verify` must refuse every hostile pack with exit 1 and one line. Signed with
// the demo key, which the CLI trusts by default, so every refusal is for the pack's own fault.
const demoKey = parseSigningKey(JSON.parse(readFileSync('packs/keys/demo-publisher.json', 'utf8')));
const corpus = hostileCorpus({ signingKey: demoKey, untrustedKey: otherKey, limits: DEFAULT_LIMITS });
const folder = mkdtempSync(join(tmpdir(), 'sabil-cli-corpus-'));

afterEach(() => vi.restoreAllMocks());

describe('pack verify on the hostile corpus', () => {
  it.each(corpus.map((c, index) => [c.name, index] as const))('refuses %s with exit 1 and one line', async (_name, index) => {
    const path = join(folder, `case-${index}.zip`);
    writeFileSync(path, corpus[index]!.bytes);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const failure = await verify([path]).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(CliFailure);
    expect((failure as CliFailure).exitCode).toBe(EXIT_REJECTED);
    expect((failure as CliFailure).message).not.toContain('\n');
    expect((failure as CliFailure).message.length).toBeGreaterThan(10);
  });
});

/**
 * The lesson pack tool: `npm run pack -- <keygen|build|verify|inspect|publish> …` (see
 * docs/pack-format.md and, for publish, docs/catalogue.md).
 * Exit codes: 0 ok, 1 the pack or source was refused, 2 bad usage or unreadable input.
 */
import { build } from './pack/build';
import { CliFailure, EXIT_USAGE } from './pack/cli-failure';
import { inspect } from './pack/inspect';
import { keygen } from './pack/keygen';
import { describeError } from './pack/messages';
import { publish } from './pack/publish';
import { verify } from './pack/verify';

const USAGE = `usage: npm run pack -- <command>
  keygen [--out key.json] [--name "Publisher"]      make a publisher key pair
  build <source-folder> --out <file.zip> [--key key.json]   build and sign (key also from SABIL_PACK_KEY)
  verify <file.zip> [--trust key.json …] [--no-demo]        check a pack (trusts the demo key unless --no-demo,
                                                            and the key files in SABIL_TRUSTED_KEYS)
  inspect <file.zip> [--trust key.json …] [--no-demo]       show what a pack holds and whether it checks out
  publish <file.zip> [--data-dir DIR]                       add a pack to the server's catalogue in DIR
                                                            (default DATA_DIR, else ./data); trusts what the
                                                            server trusts (SABIL_DEMO, SABIL_TRUSTED_KEYS)`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { keygen, build, verify, inspect, publish };

/** node:util parseArgs rejects unknown or malformed options with ERR_PARSE_ARGS_* errors. */
function isUsageError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : EXIT_USAGE;
  }
  try {
    return await command(args);
  } catch (error) {
    if (isUsageError(error)) {
      process.stderr.write(`${error.message} (see npm run pack -- help)\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`${describeError(error)}\n`);
    return error instanceof CliFailure ? error.exitCode : EXIT_USAGE;
  }
}

process.exitCode = await main(process.argv.slice(2));

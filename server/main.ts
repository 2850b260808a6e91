/**
 * `tsx server/main.ts`: runs the server with settings from the environment
 * (PORT, HOST, DATA_DIR, LOG_LEVEL; see config.ts). It serves whatever is in dist/ and does not
 * build it; `npm start` builds first.
 */
import { runServerCli } from './run-server-cli';

await runServerCli();

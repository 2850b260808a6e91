/**
 * `tsx server/main.ts`: runs the server with settings from the environment
 * (PORT, HOST, DATA_DIR, LOG_LEVEL, SABIL_DEMO, SABIL_TRUSTED_KEYS; see config.ts). It serves
 * whatever is in dist/ and the catalogue, and builds neither; `npm start` builds the app and
 * the demo packs first.
 */
import { runServerCli } from './run-server-cli';

await runServerCli();

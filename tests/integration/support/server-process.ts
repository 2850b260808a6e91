/**
 * The real server as a child process (`node --import tsx server/main.ts`), on its own data folder,
 * for the sync fault tests: it can be stopped with SIGKILL at any moment and started again on the
 * same folder. The first start in demo mode prints the demo passwords; they are read from stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const URL_LINE = /Sabil is running at http:\/\/localhost:(\d+)\n/;

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null after a signal) once the process is gone. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error', SABIL_DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const look = () => {
      const match = URL_LINE.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on('data', look);
    void exited.then(() => reject(new Error(`server exited before it was ready:\n${output}`)));
  });
  return {
    port,
    child,
    output: () => output,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The demo passwords a first start printed. */
export function demoPasswords(output: string): { coordinator: string; teacher: string } {
  const coordinator = /coordinator\s+login: coordinator\s+password: (\S+)/.exec(output)?.[1];
  const teacher = /teacher\s+login: teacher\s+password: (\S+)/.exec(output)?.[1];
  if (!coordinator || !teacher) throw new Error(`no demo passwords in:\n${output}`);
  return { coordinator, teacher };
}

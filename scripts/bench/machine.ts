/** The machine line printed under the table and stored in results.json: every figure is only true of it. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the bench began: other work on the machine skews every figure. */
  load1: number;
}

function prettyOs(): string {
  try {
    const name = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (name) return `${name} (${osType()} ${release()})`;
  } catch {
    // not Linux, or no os-release: the kernel name is enough
  }
  return `${osType()} ${release()}`;
}

export function describeMachine(): Machine {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown', cores: list.length, ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, node: process.version, os: prettyOs(), load1: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}

/** Resident memory of a process in MiB, from /proc (Linux only; NaN elsewhere). */
export function rssMiB(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

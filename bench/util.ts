import { readdirSync, readFileSync } from 'node:fs';

export { freePort } from '../server/test/net.ts';

export async function waitFor(check: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('timed out');
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** A memory figure of a process from /proc (VmRSS now, VmHWM its peak), in MB. */
export function procMemoryMb(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(field));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

/**
 * CPU seconds (user + system, including reaped children) of the PostgreSQL processes this process started:
 * every descendant of `root` named postgres, from /proc. Linux only; 0 elsewhere.
 */
export function postgresCpuSeconds(root = process.pid): number {
  const parent = new Map<number, number>();
  const stat = new Map<number, string[]>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const d of pids) {
    try {
      const text = readFileSync(`/proc/${d}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
      const close = text.lastIndexOf(')');
      const name = text.slice(text.indexOf('(') + 1, close);
      const fields = text.slice(close + 2).split(' ');
      parent.set(Number(d), Number(fields[1]));
      stat.set(Number(d), [name, ...fields]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const below = (pid: number) => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const [pid, f] of stat) {
    if (!f[0]?.startsWith('postgres') || !below(pid)) continue;
    // After the name: state(1) ppid(2) … utime(12) stime(13) cutime(14) cstime(15).
    total += (Number(f[12]) + Number(f[13]) + Number(f[14]) + Number(f[15])) / tick;
  }
  return total;
}

/** CPU seconds of this process's main thread alone (its other threads: workers, GC helpers, libuv's pool). */
export function mainThreadCpuSeconds(): number {
  try {
    const text = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

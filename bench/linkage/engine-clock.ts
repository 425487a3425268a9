import { availableParallelism, loadavg } from 'node:os';

/** Cores and load at the time of a run: on a shared machine wall time says as much about the others. */
export const machine = (): string =>
  `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} (1 min), ${process.version}`;

/** Wall and CPU time of a step, and the heap it leaves behind: the machine may be shared, CPU time is fairer. */
export type Lap = { wall: number; cpu: number; heapMb: number };

const gc = (globalThis as { gc?: () => void }).gc;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Runs `step`; heapMb is what it retains (precise only with node --expose-gc). */
export function timed<T>(step: () => T): { value: T; lap: Lap } {
  const before = heap();
  const [wall, cpu] = [performance.now(), cpuMs()];
  const value = step();
  const lap = { wall: (performance.now() - wall) / 1000, cpu: (cpuMs() - cpu) / 1000, heapMb: 0 };
  lap.heapMb = Math.round(heap() - before);
  return { value, lap };
}

export const showLap = (lap: Lap): string =>
  `${lap.wall.toFixed(2)} s wall, ${lap.cpu.toFixed(2)} s CPU, retains ~${lap.heapMb} MB heap`;

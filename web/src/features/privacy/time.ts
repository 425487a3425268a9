/** A `datetime-local` value (the browser's own time zone) as an ISO instant; empty or invalid → undefined. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Now as a `datetime-local` value, to the minute: the latest moment the inputs accept. */
export function localNow(now = new Date()): string {
  const d = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export type Countdown = { late: boolean; days: number; hours: number; minutes: number };

/** Time left until a deadline (or past it when late), in whole days, hours and minutes. */
export function countdown(deadline: string, now = Date.now()): Countdown {
  const ms = Date.parse(deadline) - now;
  const total = Math.floor(Math.abs(ms) / 60_000);
  return {
    late: ms < 0,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok` holds; the message (a function, to show the latest state) says what never happened. */
export async function until(
  what: string | (() => string),
  ok: () => boolean | Promise<boolean>,
  seconds: number,
) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await sleep(50)) if (await ok()) return;
  throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}`);
}

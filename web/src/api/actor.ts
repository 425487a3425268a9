import { useSyncExternalStore } from 'react';

const KEY = 'pilar.actor';
export const DEFAULT_ACTOR = 'anonim';
const listeners = new Set<() => void>();

/** The officer's name typed once in "Nama petugas"; sent as X-Pilar-Actor until accounts exist. */
export function getActor(): string {
  try {
    return globalThis.localStorage?.getItem(KEY)?.trim() || DEFAULT_ACTOR;
  } catch {
    return DEFAULT_ACTOR;
  }
}

export function setActor(name: string): void {
  try {
    const clean = name.trim();
    if (clean) localStorage.setItem(KEY, clean.slice(0, 100));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: the default name is used.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useActor(): string {
  return useSyncExternalStore(subscribe, getActor, () => DEFAULT_ACTOR);
}

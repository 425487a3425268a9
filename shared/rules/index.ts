export * from './calendar.ts';
export * from './format.ts';
export type * from './issue.ts';
export * from './kbli.ts';
export * from './nik.ts';
export * from './permits.ts';
export * from './phone.ts';
export * from './search.ts';
export * from './size-class.ts';

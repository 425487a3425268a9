/** Record linkage of people and businesses across the offices' spreadsheets (Fellegi–Sunter scoring). */
export { parseAddress } from './address.ts';
export { businessWords, pirtParts, productWords } from './business-name.ts';
export type {
  BusinessRecord,
  Evidence,
  LinkageConfig,
  Match,
  PersonRecord,
  Thresholds,
} from './linkage.types.ts';
export {
  type BusinessMatchContext,
  type BusinessQuery,
  createLinker,
  type Linker,
  type LinkerOptions,
  type LinkKind,
  type PersonQuery,
} from './linker.ts';
export { compareNik } from './nik.ts';
export { normalizePersonName } from './person-name.ts';
export { phonetic } from './phonetic.ts';
export { type MergePair, type Relinkage, type ReviewPair, relinkAll } from './relink.ts';
export { type Decision, decide, type Resolution, type RowResolution, resolveRow } from './resolve.ts';
export { AMBIGUITY_MARGIN, DEFAULT_LINKAGE_CONFIG, W as LINKAGE_WEIGHTS } from './weights.ts';

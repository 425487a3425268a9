/** Spreadsheet import, pure step: raw sheet rows → header, column mapping, row kinds and normalised rows. */
export {
  type AddressParts,
  namesRegion,
  parseAddress,
  parseRtOrRw,
  parseRtRw,
  type RtRw,
} from './address.ts';
export { createAreaMatcher } from './area-matcher.ts';
export { cellText, cleanText, textValue } from './cell.ts';
export { type EducationLevel, parseEducation, parseGender, parseYesNo } from './choices.ts';
export { classifyRow, classifyRows } from './classify.ts';
export { parseDate, splitPlaceAndDate } from './dates.ts';
export { type DetectedHeader, detectHeader } from './detect-header.ts';
export { headerKey, headerUnit } from './header-key.ts';
export { autoMapping, type HeaderMatch, matchHeader } from './headers.ts';
export { FIELD_LABELS } from './labels.ts';
export { parseAmount, parseCoordinate, parseCount, parseYear } from './numbers.ts';
export { normaliseRow } from './row.ts';
export { DEFAULT_LIMITS } from './row-amounts.ts';
export { addPlace, sectionBelow, sectionPlace } from './row-place.ts';
export { sectorOfText } from './sector.ts';
export { HEADER_SYNONYMS, IGNORED_HEADERS } from './synonyms.ts';
export type * from './types.ts';

export { type AnnotateInput, writeAnnotatedWorkbook, writeRedactedWorkbook } from './annotate.ts';
export type { Annotations, RowAnnotation } from './annotate-sheet.ts';
export { listSheets, readRows, type SheetInfo } from './sheets.ts';
export { type FileType, sniffFileType } from './sniff.ts';
export { checkZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.ts';

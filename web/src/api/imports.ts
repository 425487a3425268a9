import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Import,
  ImportList,
  ImportPreview,
  ImportSourceList,
  SourceRowList,
} from '../../../shared/contracts/imports.ts';
import { useInvalidateRegistry } from './businesses.ts';
import { API_BASE, api } from './client.ts';

export type RowStatus = 'ok' | 'warning' | 'rejected';
export type CommitMode = 'valid_rows' | 'all_or_nothing';
type Column = Import['mapping'][number];
type MappingChange = { column: number; field: Column['field']; dateOrder?: Column['dateOrder'] };

const importKey = (id: number) => ['imports', 'detail', id] as const;

/** A background job (dry run or saving) is running: the import is asked for again until it ends. */
const isRunning = (imp: Import | undefined): boolean =>
  imp?.state === 'validating' || imp?.state === 'committing';

export function useImports() {
  return useQuery({
    queryKey: ['imports', 'list'],
    queryFn: ({ signal }) => api<z.infer<typeof ImportList>>('imports', { signal }),
    // Background jobs move imports on between visits: the list is read afresh each time it is shown.
    staleTime: 0,
  });
}

export function useImport(id: number) {
  return useQuery({
    queryKey: importKey(id),
    queryFn: ({ signal }) => api<Import>(`imports/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
    refetchInterval: (q) => (isRunning(q.state.data) ? 1000 : false),
  });
}

/** The first data rows of the chosen sheet: sample values beside each column while mapping. */
export function useImportPreview(id: number, sheetIndex: number) {
  return useQuery({
    queryKey: ['imports', 'preview', id, sheetIndex],
    queryFn: ({ signal }) => api<z.infer<typeof ImportPreview>>(`imports/${id}/preview`, { signal }),
  });
}

/** The judged rows, one status or all, keyed by the run (`stamp`) so a new dry run or a save lists afresh. */
export function useImportRows(id: number, status: RowStatus | null, stamp: string | null) {
  return useInfiniteQuery({
    queryKey: ['imports', 'rows', id, status, stamp],
    queryFn: ({ pageParam, signal }) =>
      api<z.infer<typeof SourceRowList>>(`imports/${id}/rows`, {
        query: { status, after: pageParam, limit: 50 },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextAfter ?? undefined,
  });
}

export function useImportSources() {
  return useQuery({
    queryKey: ['imports', 'sources'],
    queryFn: ({ signal }) => api<z.infer<typeof ImportSourceList>>('import-sources', { signal }),
  });
}

export function useUploadImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; source: string }) => {
      const form = new FormData();
      form.set('file', input.file);
      form.set('source', input.source);
      return api<Import>('imports', { method: 'POST', body: form });
    },
    onSuccess: (imp) => {
      qc.setQueryData(importKey(imp.id), imp);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

/** Every change answers with the whole import: it replaces the cached one. */
function useImportMutation<I>(id: number, request: (input: I) => Promise<Import>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (imp) => {
      qc.setQueryData(importKey(id), imp);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

export const useChooseSheet = (id: number) =>
  useImportMutation(id, (sheetIndex: number) =>
    api<Import>(`imports/${id}`, { method: 'PATCH', body: { sheetIndex } }),
  );

export const useMapColumns = (id: number) =>
  useImportMutation(id, (mapping: MappingChange[]) =>
    api<Import>(`imports/${id}`, { method: 'PATCH', body: { mapping } }),
  );

export const useValidateImport = (id: number) =>
  useImportMutation(id, () => api<Import>(`imports/${id}/validate`, { method: 'POST' }));

export const useCancelImport = (id: number) =>
  useImportMutation(id, () => api<Import>(`imports/${id}/cancel`, { method: 'POST' }));

export const useCommitImport = (id: number) =>
  useImportMutation(id, (mode: CommitMode) =>
    api<Import>(`imports/${id}/commit`, { method: 'POST', body: { mode } }),
  );

/** Once an import is saved the registry has moved: lists, counts and the review queue. */
export function useRefreshAfterCommit() {
  const qc = useQueryClient();
  const invalidate = useInvalidateRegistry();
  return () => Promise.all([invalidate(), qc.invalidateQueries({ queryKey: ['reviews'] })]);
}

/** The office's own workbook with Status and Keterangan per row: a plain download link. */
export const annotatedUrl = (id: number) => `${API_BASE}/imports/${id}/annotated.xlsx`;

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Export, ExportList, ExportRequest } from '../../../shared/contracts/exports.ts';
import { API_BASE, api } from './client.ts';

const running = (e: Export) => e.state === 'queued' || e.state === 'running';

/** My exports, asked for again every second while one is being written. */
export function useExports() {
  return useQuery({
    queryKey: ['exports'],
    queryFn: ({ signal }) => api<z.infer<typeof ExportList>>('exports', { signal }),
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.items.some(running) ? 1000 : false),
  });
}

export function useCreateExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExportRequest) => api<Export>('exports', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['exports'] }),
  });
}

/** A plain link: the browser downloads the file itself, with the session cookie. */
export const exportFileUrl = (id: number) => `${API_BASE}/exports/${id}/file`;

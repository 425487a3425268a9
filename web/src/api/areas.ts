import { useQuery } from '@tanstack/react-query';
import type { AreaTree, AreaWithCounts } from '../../../shared/contracts/areas.ts';
import { api } from './client.ts';

export type Kecamatan = AreaTree['children'][number];

export function useAreaTree() {
  return useQuery({
    queryKey: ['areas', 'tree'],
    queryFn: ({ signal }) => api<AreaTree>('areas/tree', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Kelurahan of one kecamatan, read from the cached tree (57 rows: no second request needed). */
export function kelurahanOf(
  tree: AreaTree | undefined,
  kecamatanCode: string | null | undefined,
): AreaWithCounts[] {
  if (!tree || !kecamatanCode) return [];
  return tree.children.find((k) => k.code === kecamatanCode)?.children ?? [];
}

/** The kecamatan code of a kelurahan code (35.73.01.1001 → 35.73.01). */
export function kecamatanOfKelurahan(kelurahanCode: string | null | undefined): string | null {
  const m = kelurahanCode?.match(/^(\d{2}\.\d{2}\.\d{2})\.\d{4}$/);
  return m?.[1] ?? null;
}

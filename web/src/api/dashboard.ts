import { useQuery } from '@tanstack/react-query';
import type { DashboardSummary } from '../../../shared/contracts/dashboard.ts';
import { api } from './client.ts';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => api<DashboardSummary>('dashboard/summary', { signal }),
  });
}

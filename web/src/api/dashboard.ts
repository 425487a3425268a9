import { useQuery } from '@tanstack/react-query';
import type { DashboardMap, DashboardSummary, DashboardTrends } from '../../../shared/contracts/dashboard.ts';
import { api, type QueryParams } from './client.ts';

export function useDashboard(query: QueryParams = {}) {
  return useQuery({
    queryKey: ['dashboard', 'summary', query],
    queryFn: ({ signal }) => api<DashboardSummary>('dashboard/summary', { query, signal }),
    placeholderData: (previous) => previous,
  });
}

export function useDashboardTrends(months = 12) {
  return useQuery({
    queryKey: ['dashboard', 'trends', months],
    queryFn: ({ signal }) => api<DashboardTrends>('dashboard/trends', { query: { months }, signal }),
  });
}

export function useDashboardMap() {
  return useQuery({
    queryKey: ['dashboard', 'map'],
    queryFn: ({ signal }) => api<DashboardMap>('dashboard/map', { signal }),
  });
}

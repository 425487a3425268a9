import { useQuery } from '@tanstack/react-query';
import type { DashboardMap, DashboardSummary, DashboardTrends } from '../../../shared/contracts/dashboard.ts';
import { api } from './client.ts';

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: ({ signal }) => api<DashboardSummary>('dashboard/summary', { signal }),
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

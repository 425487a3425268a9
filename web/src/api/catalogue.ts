import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Catalogue,
  ConsentInput,
  Lead,
  LeadList,
  Product,
  ProductInput,
  ProductPatch,
} from '../../../shared/contracts/catalogue.ts';
import { API_BASE, api } from './client.ts';

const catalogueKey = (businessId: number) => ['catalogue', businessId];
const leadsKey = (businessId: number) => ['leads', businessId];

export function useCatalogue(businessId: number) {
  return useQuery({
    queryKey: catalogueKey(businessId),
    queryFn: ({ signal }) => api<Catalogue>(`businesses/${businessId}/catalogue`, { signal }),
  });
}

/** Every catalogue write answers the catalogue or a product: refresh the section either way. */
function useCatalogueWrite<V, R>(businessId: number, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: catalogueKey(businessId) }),
  });
}

export const useRecordConsent = (businessId: number) =>
  useCatalogueWrite(businessId, (body: ConsentInput) =>
    api<Catalogue>(`businesses/${businessId}/catalogue/consent`, { method: 'POST', body }),
  );

export const useWithdrawConsent = (businessId: number) =>
  useCatalogueWrite(businessId, (reason: string | null) =>
    api<Catalogue>(`businesses/${businessId}/catalogue/withdraw`, { method: 'POST', body: { reason } }),
  );

export const useAddProduct = (businessId: number) =>
  useCatalogueWrite(businessId, (body: ProductInput) =>
    api<Product>(`businesses/${businessId}/products`, { method: 'POST', body }),
  );

export const useUpdateProduct = (businessId: number) =>
  useCatalogueWrite(businessId, ({ id, patch }: { id: number; patch: ProductPatch }) =>
    api<Product>(`products/${id}`, { method: 'PATCH', body: patch }),
  );

export const useDeleteProduct = (businessId: number) =>
  useCatalogueWrite(businessId, (id: number) => api<null>(`products/${id}`, { method: 'DELETE' }));

export const useAddProductPhoto = (businessId: number) =>
  useCatalogueWrite(businessId, ({ id, file }: { id: number; file: File }) => {
    const body = new FormData();
    body.set('file', file);
    return api<Product>(`products/${id}/photos`, { method: 'POST', body });
  });

export const useDeleteProductPhoto = (businessId: number) =>
  useCatalogueWrite(businessId, ({ id, n }: { id: number; n: number }) =>
    api<Product>(`products/${id}/photos/${n}`, { method: 'DELETE' }),
  );

export const productPhotoUrl = (id: number, n: number) => `${API_BASE}/products/${id}/photos/${n}?size=thumb`;
export const qrUrl = (businessId: number) => `${API_BASE}/businesses/${businessId}/catalogue-qr.svg`;

export function useLeads(businessId: number, enabled: boolean) {
  return useQuery({
    queryKey: leadsKey(businessId),
    queryFn: ({ signal }) => api<LeadList>(`businesses/${businessId}/leads`, { signal }),
    enabled,
  });
}

export function useSetLeadStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: Lead['status'] }) =>
      api<Lead>(`leads/${id}`, { method: 'PATCH', body: { status } }),
    // Every list of leads: this business's, and the new ones of Pekerjaan saya.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['leads'] }),
  });
}

/** New leads (not yet followed up) of the caller's businesses: a pendamping's, her mentored ones. */
export function useNewLeads() {
  return useQuery({
    queryKey: ['leads', 'baru'],
    queryFn: ({ signal }) => api<LeadList>('leads?status=baru', { signal }),
  });
}

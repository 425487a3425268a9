import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BusinessRoadmap,
  InterventionDetail,
  InterventionInput,
  InterventionPatch,
  MyWork,
  PublicSatisfaction,
  Referral,
  ReferralList,
  RoadmapInput,
  RoadmapOptions,
  RoadmapPatch,
  SatisfactionLink,
  StatusChange,
  Template,
  TemplateInput,
  TemplateList,
  TemplatePatch,
} from '../../../shared/contracts/roadmaps.ts';
import type { InterventionStatus } from '../../../shared/rules/mentoring.ts';
import { api, type QueryParams } from './client.ts';

type Satisfaction = { score: number; comment?: string | null };

const roadmapKey = (businessId: number) => ['roadmap', 'business', businessId];

export function useBusinessRoadmap(businessId: number) {
  return useQuery({
    queryKey: roadmapKey(businessId),
    queryFn: ({ signal }) =>
      api<z.infer<typeof BusinessRoadmap>>(`businesses/${businessId}/roadmap`, { signal }),
    enabled: Number.isInteger(businessId) && businessId > 0,
  });
}

/** Any roadmap write: the business's roadmap, my work and referrals are read again. */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['roadmap'] }),
      qc.invalidateQueries({ queryKey: ['referrals'] }),
    ]);
}

function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: () => void refresh() });
}

export const useCreateRoadmap = (businessId: number) =>
  useWrite((body: RoadmapInput) =>
    api<z.infer<typeof BusinessRoadmap>>(`businesses/${businessId}/roadmap`, { method: 'POST', body }),
  );

export const useAddIntervention = (roadmapId: number) =>
  useWrite((body: InterventionInput) =>
    api<InterventionDetail>(`roadmaps/${roadmapId}/interventions`, { method: 'POST', body }),
  );

export const useUpdateIntervention = () =>
  useWrite(({ id, ...body }: InterventionPatch & { id: number }) =>
    api<InterventionDetail>(`interventions/${id}`, { method: 'PATCH', body }),
  );

export const useUpdateRoadmap = () =>
  useWrite(({ id, ...body }: RoadmapPatch & { id: number }) =>
    api<z.infer<typeof BusinessRoadmap>>(`roadmaps/${id}`, { method: 'PATCH', body }),
  );

export const useApplyTemplate = (roadmapId: number) =>
  useWrite((body: { templateId: number; startDate?: string | null }) =>
    api<z.infer<typeof BusinessRoadmap>>(`roadmaps/${roadmapId}/apply-template`, { method: 'POST', body }),
  );

/** A status move: through the roadmap route (staff, pendamping) or the referral route (partner offices). */
export const useChangeStatus = (via: 'interventions' | 'referrals') =>
  useWrite(({ id, ...body }: StatusChange & { id: number; status: InterventionStatus }) =>
    api<unknown>(`${via}/${id}/status`, { method: 'POST', body }),
  );

export const useRecordSatisfaction = (id: number) =>
  useWrite((body: Satisfaction) =>
    api<InterventionDetail>(`interventions/${id}/satisfaction`, { method: 'POST', body }),
  );

export const useSatisfactionLink = (id: number) =>
  useMutation({
    mutationFn: () =>
      api<z.infer<typeof SatisfactionLink>>(`interventions/${id}/satisfaction-link`, { method: 'POST' }),
  });

export function useRoadmapOptions(enabled = true) {
  return useQuery({
    queryKey: ['roadmap', 'options'],
    queryFn: ({ signal }) => api<RoadmapOptions>('roadmap-options', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

export function useMyWork() {
  return useQuery({
    queryKey: ['roadmap', 'my-work'],
    queryFn: ({ signal }) => api<MyWork>('my-work', { signal }),
  });
}

export function useTemplates(params: QueryParams = {}, enabled = true) {
  return useQuery({
    queryKey: ['templates', params],
    queryFn: ({ signal }) =>
      api<z.infer<typeof TemplateList>>('roadmap-templates', { query: params, signal }),
    enabled,
  });
}

function useTemplateWrite<I>(fn: (input: I) => Promise<Template>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['templates'] }),
  });
}

export const useCreateTemplate = () =>
  useTemplateWrite((body: TemplateInput) => api<Template>('roadmap-templates', { method: 'POST', body }));

export const useUpdateTemplate = () =>
  useTemplateWrite(({ id, ...body }: TemplatePatch & { id: number }) =>
    api<Template>(`roadmap-templates/${id}`, { method: 'PATCH', body }),
  );

export function useReferrals(params: QueryParams) {
  return useQuery({
    queryKey: ['referrals', 'list', params],
    queryFn: ({ signal }) => api<z.infer<typeof ReferralList>>('referrals', { query: params, signal }),
  });
}

export function useReferral(id: number) {
  return useQuery({
    queryKey: ['referrals', 'one', id],
    queryFn: ({ signal }) => api<Referral>(`referrals/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePublicSatisfaction(token: string) {
  return useQuery({
    queryKey: ['satisfaction', token],
    queryFn: ({ signal }) => api<z.infer<typeof PublicSatisfaction>>(`satisfaction/${token}`, { signal }),
    retry: false,
  });
}

export function useAnswerSatisfaction(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Satisfaction) =>
      api<z.infer<typeof PublicSatisfaction>>(`satisfaction/${token}`, { method: 'POST', body }),
    onSuccess: (data) => qc.setQueryData(['satisfaction', token], data),
  });
}

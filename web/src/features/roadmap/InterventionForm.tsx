import { Alert, Autocomplete, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type Intervention, InterventionInput } from '../../../../shared/contracts/roadmaps.ts';
import {
  INTERVENTION_TYPE_KEYS,
  INTERVENTION_TYPES,
  type InterventionType,
  PILLARS,
  type Pillar,
} from '../../../../shared/rules/mentoring.ts';
import { useAddIntervention, useRoadmapOptions, useUpdateIntervention } from '../../api/roadmaps.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type Values = {
  type: string;
  pillar: string;
  title: string;
  description: string;
  responsibleUserId: string;
  partnerOffice: string;
  dueDate: string;
};

const toInput = (v: Values) => ({
  type: v.type || undefined,
  pillar: v.pillar || undefined,
  title: v.title,
  description: v.description.trim() || null,
  responsibleUserId: v.responsibleUserId ? Number(v.responsibleUserId) : null,
  partnerOffice: v.partnerOffice.trim() || null,
  dueDate: v.dueDate || null,
});

const valuesOf = (i: Intervention | undefined): Values => ({
  type: i?.type ?? '',
  pillar: i?.pillar ?? '',
  title: i?.title ?? '',
  description: i?.description ?? '',
  responsibleUserId: i?.responsibleUserId ? String(i.responsibleUserId) : '',
  partnerOffice: i?.partnerOffice ?? '',
  dueDate: i?.dueDate ?? '',
});

/**
 * A new intervention, or one to adapt (`item`): the type suggests the pillar; a person or a partner office
 * carries it.
 */
export function InterventionDialog({
  roadmapId,
  item,
  onClose,
}: {
  roadmapId: number;
  item?: Intervention;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const names = useLabels();
  const create = useAddIntervention(roadmapId);
  const update = useUpdateIntervention();
  const add = item ? update : create;
  const options = useRoadmapOptions();
  const [v, setV] = useState<Values>(() => valuesOf(item));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  const onType = (type: string | null) => {
    const known = type ? INTERVENTION_TYPES[type as InterventionType] : undefined;
    set({ type: type ?? '', pillar: known?.pillar ?? v.pillar, title: v.title || known?.label || '' });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = InterventionInput.safeParse(toInput(v));
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    const done = { onSuccess: onClose, onError: (err: unknown) => setErrors(serverFieldErrors(err)) };
    const input = parsed.data as InterventionInput;
    if (item) update.mutate({ ...input, id: item.id, version: item.version }, done);
    else create.mutate(input, done);
  };
  return (
    <Dialog opened onClose={onClose} title={item ? item.title : t('roadmap.addIntervention')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {add.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(add.error, t)}
            </Alert>
          )}
          <Select
            label={t('roadmap.type')}
            placeholder={t('form.choose')}
            required
            data={INTERVENTION_TYPE_KEYS.map((k) => ({ value: k, label: names.interventionType[k] }))}
            value={v.type || null}
            onChange={onType}
            error={errors.type}
            data-autofocus
          />
          <Select
            label={t('roadmap.pillar')}
            description={t('roadmap.pillarHelp')}
            data={PILLARS.map((p) => ({ value: p, label: names.pillar[p as Pillar] }))}
            value={v.pillar || null}
            onChange={(p) => set({ pillar: p ?? '' })}
            error={errors.pillar}
          />
          <TextInput
            label={t('roadmap.interventionTitle')}
            required
            value={v.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.title}
          />
          <Textarea
            label={t('roadmap.description')}
            autosize
            minRows={1}
            value={v.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={errors.description}
          />
          <Select
            label={t('roadmap.person')}
            placeholder={t('form.choose')}
            clearable
            data={(options.data?.people ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            value={v.responsibleUserId || null}
            onChange={(id) => set({ responsibleUserId: id ?? '' })}
            error={errors.responsibleUserId}
          />
          <Autocomplete
            label={t('roadmap.office')}
            description={t('roadmap.officeHelp')}
            data={options.data?.offices ?? []}
            value={v.partnerOffice}
            onChange={(o) => set({ partnerOffice: o })}
            error={errors.partnerOffice}
          />
          <TextInput
            type="date"
            label={t('roadmap.dueDate')}
            value={v.dueDate}
            onChange={(e) => set({ dueDate: e.currentTarget.value })}
            error={errors.dueDate}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

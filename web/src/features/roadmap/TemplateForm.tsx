import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { type Template, TemplateInput } from '../../../../shared/contracts/roadmaps.ts';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import {
  INTERVENTION_TYPE_KEYS,
  INTERVENTION_TYPES,
  type InterventionType,
  PILLARS,
} from '../../../../shared/rules/mentoring.ts';
import { useCreateTemplate, useRoadmapOptions, useUpdateTemplate } from '../../api/roadmaps.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { levelOptions } from './RoadmapForms.tsx';

type Line = {
  uid: number;
  pillar: string;
  type: string;
  title: string;
  offsetDays: number | string;
  partnerOffice: string;
};
type Values = { name: string; level: string; sector: string; description: string; lines: Line[] };

let uids = 0;
// A stable key per line while lines are added and removed.
const emptyLine = (): Line => ({
  uid: ++uids,
  pillar: '',
  type: '',
  title: '',
  offsetDays: 30,
  partnerOffice: '',
});
const fromTemplate = (t: Template | null): Values => ({
  name: t?.name ?? '',
  level: String(t?.level ?? 1),
  sector: t?.sector ?? '',
  description: t?.description ?? '',
  lines: t?.lines.map((l) => ({ ...l, uid: ++uids, partnerOffice: l.partnerOffice ?? '' })) ?? [emptyLine()],
});
const toInput = (v: Values) => ({
  name: v.name,
  level: Number(v.level),
  sector: v.sector || null,
  description: v.description.trim() || null,
  lines: v.lines.map((l) => ({
    pillar: l.pillar || undefined,
    type: l.type || undefined,
    title: l.title,
    offsetDays: Number(l.offsetDays),
    partnerOffice: l.partnerOffice.trim() || null,
  })),
});

/** Create or edit a template: name, level, sector and its intervention lines. */
export function TemplateDialog({ template, onClose }: { template: Template | null; onClose: () => void }) {
  const { t } = useI18n();
  const names = useLabels();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const offices = useRoadmapOptions().data?.offices ?? [];
  const [v, setV] = useState<Values>(() => fromTemplate(template));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = template ? update : create;
  const setLine = (n: number, patch: Partial<Line>) =>
    setV((old) => ({ ...old, lines: old.lines.map((l, i) => (i === n ? { ...l, ...patch } : l)) }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = TemplateInput.safeParse(toInput(v));
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    const done = { onSuccess: onClose, onError: (err: unknown) => setErrors(serverFieldErrors(err)) };
    if (template)
      update.mutate({ ...(parsed.data as TemplateInput), id: template.id, version: template.version }, done);
    else create.mutate(parsed.data as TemplateInput, done);
  };
  return (
    <Dialog opened onClose={onClose} title={template ? template.name : t('templates.new')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('templates.name')}
            required
            value={v.name}
            onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
            error={errors.name}
            data-autofocus
          />
          <Group grow wrap="wrap" align="flex-start">
            <Select
              label={t('templates.level')}
              data={levelOptions(names)}
              value={v.level}
              onChange={(l) => setV({ ...v, level: l ?? '1' })}
              allowDeselect={false}
              style={{ minWidth: 150 }}
            />
            <Select
              label={t('templates.sector')}
              data={[
                { value: '', label: t('templates.allSectors') },
                ...SECTORS.map((s) => ({ value: s.code, label: s.label })),
              ]}
              value={v.sector}
              onChange={(s) => setV({ ...v, sector: s ?? '' })}
              allowDeselect={false}
              style={{ minWidth: 150 }}
            />
          </Group>
          <Textarea
            label={t('templates.description')}
            autosize
            minRows={1}
            value={v.description}
            onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
          />
          <Title order={3} fz="md">
            {t('templates.lines')}
          </Title>
          {errors.lines && <Alert color="red">{errors.lines}</Alert>}
          {v.lines.map((l, n) => (
            <Card
              withBorder
              padding="sm"
              key={l.uid}
              component="fieldset"
              aria-label={t('templates.line', { n: n + 1 })}
            >
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={4} fz="sm">
                    {t('templates.line', { n: n + 1 })}
                  </Title>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('templates.removeLine', { n: n + 1 })}
                    onClick={() => setV({ ...v, lines: v.lines.filter((_, i) => i !== n) })}
                  >
                    ×
                  </ActionIcon>
                </Group>
                <Select
                  label={t('roadmap.type')}
                  required
                  data={INTERVENTION_TYPE_KEYS.map((k) => ({ value: k, label: names.interventionType[k] }))}
                  value={l.type || null}
                  onChange={(ty) =>
                    setLine(n, {
                      type: ty ?? '',
                      pillar: l.pillar || (ty ? INTERVENTION_TYPES[ty as InterventionType].pillar : ''),
                    })
                  }
                  error={errors[`lines.${n}.type`]}
                />
                <Select
                  label={t('roadmap.pillar')}
                  required
                  data={PILLARS.map((p) => ({ value: p, label: names.pillar[p] }))}
                  value={l.pillar || null}
                  onChange={(p) => setLine(n, { pillar: p ?? '' })}
                  error={errors[`lines.${n}.pillar`]}
                />
                <TextInput
                  label={t('roadmap.interventionTitle')}
                  required
                  value={l.title}
                  onChange={(e) => setLine(n, { title: e.currentTarget.value })}
                  error={errors[`lines.${n}.title`]}
                />
                <NumberInput
                  label={t('templates.offset')}
                  min={0}
                  max={730}
                  value={l.offsetDays}
                  onChange={(d) => setLine(n, { offsetDays: d })}
                  error={errors[`lines.${n}.offsetDays`]}
                />
                <Autocomplete
                  label={t('roadmap.office')}
                  data={offices}
                  value={l.partnerOffice}
                  onChange={(o) => setLine(n, { partnerOffice: o })}
                />
              </Stack>
            </Card>
          ))}
          <Group>
            <Button variant="light" onClick={() => setV({ ...v, lines: [...v.lines, emptyLine()] })}>
              {t('templates.addLine')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

import { Alert, Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Roadmap } from '../../../../shared/contracts/roadmaps.ts';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { IR_LEVELS } from '../../../../shared/rules/mentoring.ts';
import {
  useApplyTemplate,
  useCreateRoadmap,
  useRoadmapOptions,
  useTemplates,
  useUpdateRoadmap,
} from '../../api/roadmaps.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type Labels, useLabels } from '../../i18n/labels.ts';

export const levelOptions = (names: Labels) =>
  IR_LEVELS.map((l) => ({ value: String(l), label: names.irLevel[l] }));
const sectorLabel = (code: string | null) => SECTORS.find((s) => s.code === code)?.label;

/** A new roadmap: target level and date; the creator carries it unless another pendamping is chosen later. */
export function CreateRoadmapForm({ businessId }: { businessId: number }) {
  const { t } = useI18n();
  const names = useLabels();
  const create = useCreateRoadmap(businessId);
  const [level, setLevel] = useState<string | null>('2');
  const [date, setDate] = useState('');
  const [notes, setNotes] = useState('');
  const fields = serverFieldErrors(create.error);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate({
      targetLevel: Number(level) as 1 | 2 | 3,
      targetDate: date || null,
      notes: notes || null,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !Object.keys(fields).length && (
          <Alert color="red" role="alert">
            {errorMessage(create.error, t)}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('roadmap.targetLevel')}
            data={levelOptions(names)}
            value={level}
            onChange={setLevel}
            allowDeselect={false}
            required
            error={fields.targetLevel}
            style={{ minWidth: 160 }}
          />
          <TextInput
            type="date"
            label={t('roadmap.targetDate')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fields.targetDate}
            style={{ minWidth: 160 }}
          />
        </Group>
        <Textarea
          label={t('roadmap.notes')}
          autosize
          minRows={1}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('roadmap.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Picks a template of the library and copies its lines into the roadmap as planned interventions. */
export function ApplyTemplateDialog({
  roadmapId,
  sector,
  onClose,
}: {
  roadmapId: number;
  sector: string | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const names = useLabels();
  const templates = useTemplates(sector ? { sector } : {});
  const apply = useApplyTemplate(roadmapId);
  const [id, setId] = useState<string | null>(null);
  const [start, setStart] = useState('');
  const chosen = templates.data?.items.find((x) => String(x.id) === id);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!id) return;
    apply.mutate({ templateId: Number(id), startDate: start || null }, { onSuccess: onClose });
  };
  return (
    <Dialog opened onClose={onClose} title={t('roadmap.applyTemplate')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {apply.isError && (
            <Alert color="red" role="alert">
              {errorMessage(apply.error, t)}
            </Alert>
          )}
          <Select
            label={t('roadmap.template')}
            placeholder={t('form.choose')}
            required
            data={(templates.data?.items ?? []).map((x) => ({
              value: String(x.id),
              label: `${x.name} (${names.irLevel[x.level]}, ${sectorLabel(x.sector) ?? t('templates.allSectors')})`,
            }))}
            value={id}
            onChange={setId}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('roadmap.startDate')}
            description={t('roadmap.startDateHelp')}
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
          />
          {chosen && (
            <Stack gap={4}>
              <Text fz="sm">{t('roadmap.templateLines', { n: chosen.lines.length })}</Text>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {chosen.lines.map((l) => (
                  <li key={`${l.title}-${l.offsetDays}`}>
                    <Text fz="sm">
                      {l.title} · {t('templates.lineSummary', { days: l.offsetDays })}
                      {l.partnerOffice ? ` · ${l.partnerOffice}` : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" disabled={!id} loading={apply.isPending}>
              {t('roadmap.applyTemplate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

/** Target, responsible pendamping and notes of a roadmap; or close it (a new one may then be made). */
export function EditRoadmapDialog({ roadmap, onClose }: { roadmap: Roadmap; onClose: () => void }) {
  const { t } = useI18n();
  const names = useLabels();
  const update = useUpdateRoadmap();
  const options = useRoadmapOptions();
  const [level, setLevel] = useState<string | null>(String(roadmap.targetLevel));
  const [date, setDate] = useState(roadmap.targetDate ?? '');
  const [person, setPerson] = useState<string | null>(
    roadmap.responsibleUserId ? String(roadmap.responsibleUserId) : null,
  );
  const [notes, setNotes] = useState(roadmap.notes ?? '');
  const [closing, setClosing] = useState(false);
  const fields = serverFieldErrors(update.error);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        id: roadmap.id,
        version: roadmap.version,
        targetLevel: Number(level) as 1 | 2 | 3,
        targetDate: date || null,
        responsibleUserId: person ? Number(person) : null,
        notes: notes.trim() || null,
        closed: closing || undefined,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('roadmap.edit')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {update.isError && !Object.keys(fields).length && (
            <Alert color="red" role="alert">
              {errorMessage(update.error, t)}
            </Alert>
          )}
          <Select
            label={t('roadmap.targetLevel')}
            data={levelOptions(names)}
            value={level}
            onChange={setLevel}
            allowDeselect={false}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('roadmap.targetDate')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fields.targetDate}
          />
          <Select
            label={t('roadmap.responsible')}
            placeholder={t('form.choose')}
            clearable
            data={(options.data?.people ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            value={person}
            onChange={setPerson}
            error={fields.responsibleUserId}
          />
          <Textarea
            label={t('roadmap.notes')}
            autosize
            minRows={1}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          <Checkbox
            label={t('roadmap.close')}
            checked={closing}
            onChange={(e) => setClosing(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

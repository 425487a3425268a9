import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Programme, ProgrammeInput } from '../../../../shared/contracts/programmes.ts';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { IR_LEVEL_LABELS, IR_LEVELS, PILLAR_LABELS, PILLARS } from '../../../../shared/rules/mentoring.ts';
import { useSaveProgramme } from '../../api/programmes.ts';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Values = {
  name: string;
  pillar: string;
  organiser: string;
  targetLevels: string[];
  targetSectors: string[];
  description: string;
  active: boolean;
};

const toInput = (v: Values) => ({
  name: v.name,
  pillar: v.pillar as Programme['pillar'],
  organiser: v.organiser,
  targetLevels: v.targetLevels.map(Number) as (1 | 2 | 3)[],
  targetSectors: v.targetSectors,
  description: v.description.trim() || null,
  active: v.active,
});

/** Create or edit a programme of the catalogue; the same zod schema as the API checks it. */
export function ProgrammeForm({
  programme,
  onDone,
  onCancel,
}: {
  programme?: Programme;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveProgramme(programme?.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: programme?.name ?? '',
      pillar: programme?.pillar ?? '',
      organiser: programme?.organiser ?? '',
      targetLevels: (programme?.targetLevels ?? []).map(String),
      targetSectors: programme?.targetSectors ?? [],
      description: programme?.description ?? '',
      active: programme?.active ?? true,
    },
    validateInputOnBlur: true,
    validate: (v) => {
      const r = ProgrammeInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const body = programme ? { ...toInput(v), version: programme.version } : toInput(v);
      const saved = await save.mutateAsync(body);
      onDone(saved.id);
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setFormError(isVersionConflict(err) ? t('error.conflict') : errorMessage(err, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('prog.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('prog.pillar')}
          required
          data={PILLARS.map((p) => ({ value: p, label: PILLAR_LABELS[p] }))}
          {...form.getInputProps('pillar')}
          value={form.values.pillar || null}
          onChange={(v) => form.setFieldValue('pillar', v ?? '')}
        />
        <TextInput
          label={t('prog.organiser')}
          placeholder={t('prog.organiserHint')}
          required
          {...form.getInputProps('organiser')}
        />
        <MultiSelect
          label={t('prog.levels')}
          data={IR_LEVELS.map((l) => ({ value: String(l), label: IR_LEVEL_LABELS[l] }))}
          {...form.getInputProps('targetLevels')}
        />
        <MultiSelect
          label={t('prog.sectors')}
          data={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
          {...form.getInputProps('targetSectors')}
        />
        <Textarea label={t('prog.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <Checkbox label={t('prog.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

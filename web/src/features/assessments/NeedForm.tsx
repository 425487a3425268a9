import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type Need, NeedInput } from '../../../../shared/contracts/assessments.ts';
import { PILLARS, PRIORITIES } from '../../../../shared/rules/mentoring.ts';
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type Props = {
  need?: Need;
  pending: boolean;
  error: unknown;
  onSubmit: (values: NeedInput) => void;
  onCancel: () => void;
};

/** Pillar, need, priority and a note; the same zod schema as the API checks them. */
export function NeedForm({ need, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const names = useLabels();
  const [values, setValues] = useState({
    pillar: need?.pillar ?? 'sdm',
    title: need?.title ?? '',
    priority: need?.priority ?? 'sedang',
    note: need?.note ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverFieldErrors(error), ...errors };
  const set = (k: keyof typeof values) => (v: string | null) => setValues((s) => ({ ...s, [k]: v ?? '' }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = NeedInput.safeParse({ ...values, note: values.note || null });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('needs.pillar')}
          data={PILLARS.map((p) => ({ value: p, label: names.pillar[p] }))}
          value={values.pillar}
          onChange={set('pillar')}
          allowDeselect={false}
          error={shown.pillar}
        />
        <TextInput
          label={t('needs.need')}
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={shown.title}
          required
        />
        <Select
          label={t('needs.priority')}
          data={PRIORITIES.map((p) => ({ value: p, label: names.priority[p] }))}
          value={values.priority}
          onChange={set('priority')}
          allowDeselect={false}
          error={shown.priority}
        />
        <Textarea
          label={t('needs.note')}
          value={values.note}
          onChange={(e) => set('note')(e.currentTarget.value)}
          autosize
          minRows={2}
          error={shown.note}
        />
        {error && !Object.keys(serverFieldErrors(error)).length ? (
          <div role="alert">{errorMessage(error, t)}</div>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

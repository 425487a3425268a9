import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Exhibition, ExhibitionInput } from '../../../../shared/contracts/exhibitions.ts';
import { useSaveExhibition } from '../../api/exhibitions.ts';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { CountInput } from '../../components/NumberField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Values = {
  name: string;
  startDate: string;
  endDate: string;
  venue: string;
  organiser: string;
  quota: number | string;
  criteria: string;
};

const toInput = (v: Values) => ({
  name: v.name,
  startDate: v.startDate,
  endDate: v.endDate,
  venue: v.venue,
  organiser: v.organiser,
  quota: v.quota === '' ? Number.NaN : Number(v.quota),
  criteria: v.criteria.trim() || null,
});

/** Create or edit an exhibition; the same zod schema as the API checks it. */
export function ExhibitionForm({
  exhibition,
  onDone,
  onCancel,
}: {
  exhibition?: Exhibition;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveExhibition(exhibition?.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: exhibition?.name ?? '',
      startDate: exhibition?.startDate ?? '',
      endDate: exhibition?.endDate ?? '',
      venue: exhibition?.venue ?? '',
      organiser: exhibition?.organiser ?? 'DP3AP2KB Kota Malang',
      quota: exhibition?.quota ?? 40,
      criteria: exhibition?.criteria ?? '',
    },
    validateInputOnBlur: true,
    validate: (v) => {
      const r = ExhibitionInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const body = exhibition ? { ...toInput(v), version: exhibition.version } : toInput(v);
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
        <TextInput
          label={t('exh.name')}
          placeholder={t('exh.nameHint')}
          required
          {...form.getInputProps('name')}
        />
        <Group grow gap="sm" wrap="wrap">
          <TextInput type="date" label={t('exh.startDate')} required {...form.getInputProps('startDate')} />
          <TextInput type="date" label={t('exh.endDate')} required {...form.getInputProps('endDate')} />
        </Group>
        <TextInput label={t('exh.venue')} required {...form.getInputProps('venue')} />
        <TextInput label={t('exh.organiser')} required {...form.getInputProps('organiser')} />
        <CountInput label={t('exh.quota')} required min={1} max={1000} {...form.getInputProps('quota')} />
        <Textarea
          label={t('exh.criteria')}
          placeholder={t('exh.criteriaHint')}
          autosize
          minRows={2}
          {...form.getInputProps('criteria')}
        />
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

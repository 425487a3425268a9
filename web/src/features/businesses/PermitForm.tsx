import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Permit, PermitInput, PermitPatch } from '../../../../shared/contracts/permits.ts';
import { PERMIT_TYPES } from '../../../../shared/rules/permits.ts';
import { useAddPermit, useUpdatePermit } from '../../api/permits.ts';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type Values = { type: string; number: string; issuedOn: string; expiresOn: string };
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function toInput(v: Values) {
  return {
    type: v.type as Permit['type'],
    number: v.number,
    issuedOn: orNull(v.issuedOn),
    expiresOn: orNull(v.expiresOn),
  };
}

type Props = {
  businessId: number;
  permit?: Permit;
  onDone: (warnings: string[]) => void;
  onCancel: () => void;
};

/** Add or edit one permit; the number is checked with the shared permit rules as the user types. */
export function PermitForm({ businessId, permit, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const names = useLabels();
  const add = useAddPermit(businessId);
  const update = useUpdatePermit();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      type: permit?.type ?? '',
      number: permit?.number ?? '',
      issuedOn: permit?.issuedOn ?? '',
      expiresOn: permit?.expiresOn ?? '',
    },
    validateInputOnBlur: true,
    validate: (v) => {
      const r = permit
        ? PermitPatch.safeParse({ ...toInput(v), version: permit.version })
        : PermitInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const saving = add.isPending || update.isPending;

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const saved = permit
        ? await update.mutateAsync({ id: permit.id, patch: { ...toInput(v), version: permit.version } })
        : await add.mutateAsync(toInput(v));
      onDone(saved.warnings.map((w) => w.message));
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
        <Select
          label={t('permit.type')}
          data={PERMIT_TYPES.map((p) => ({ value: p, label: names.permit[p] }))}
          required
          {...form.getInputProps('type')}
          value={form.values.type || null}
          onChange={(v) => form.setFieldValue('type', v ?? '')}
        />
        <TextInput
          label={t('permit.number')}
          required
          description={t('permit.numberHelp')}
          {...form.getInputProps('number')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="date" label={t('permit.issuedOn')} {...form.getInputProps('issuedOn')} />
          <TextInput type="date" label={t('permit.expiresOn')} {...form.getInputProps('expiresOn')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={saving}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

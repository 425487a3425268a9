import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import type { FieldErrors } from '../../components/form-errors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { BusinessSection, LocationSection, WorkSection } from './BusinessFormSections.tsx';
import { type BusinessFormValues, validateBusiness } from './business-form-values.ts';
import { OwnerSection } from './OwnerSection.tsx';

export type SubmitResult = { fields?: FieldErrors; message?: string } | undefined;

type Props = {
  mode: 'create' | 'edit';
  initial: BusinessFormValues;
  onSubmit: (values: BusinessFormValues) => Promise<SubmitResult>;
  onCancel: () => void;
  /** Shown just above the buttons, e.g. the duplicate warning after a first "Simpan". */
  notice?: ReactNode;
};

function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}

/** One form for the business and its owner, checked with the contract's zod schemas before sending. */
export function BusinessForm({ mode, initial, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<BusinessFormValues>({
    initialValues: initial,
    validateInputOnBlur: true,
    validate: (v) => validateBusiness(v, mode),
  });
  const errorCount = Object.keys(form.errors).length;

  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      setMessage(null);
      try {
        const result = await onSubmit(values);
        if (result?.fields) form.setErrors(result.fields);
        if (result?.message) setMessage(result.message);
        if (result?.fields && Object.keys(result.fields).length) focusFirstInvalid();
      } finally {
        setSaving(false);
      }
    },
    () => {
      setMessage(null);
      focusFirstInvalid();
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={saving}>
      <Stack gap="md">
        <Text fz="sm">{t('form.requiredNote')}</Text>
        {(message || errorCount > 0) && (
          <Alert color="red" variant="light" role="alert" title={t('form.errorTitle')}>
            <List size="sm">
              {message && <List.Item>{message}</List.Item>}
              {errorCount > 0 && <List.Item>{t('form.errorCount', { n: errorCount })}</List.Item>}
            </List>
          </Alert>
        )}
        <BusinessSection form={form} mode={mode} />
        <LocationSection form={form} />
        <WorkSection form={form} />
        <OwnerSection form={form} mode={mode} />
        {notice}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={saving}>
            {mode === 'create' ? t('business.save') : t('action.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

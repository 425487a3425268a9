import { Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ExportRequest } from '../../../../shared/contracts/exports.ts';
import { useCreateExport } from '../../api/exports.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import type { BusinessFilters } from '../businesses/filters.ts';

/** "Ekspor": the list as it is filtered now, every row, to xlsx or csv; made in the background. */
export function ExportButton({ filters }: { filters: BusinessFilters }) {
  const { t } = useI18n();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('registry.export')) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('exports.button')}
      </Button>
      <Dialog opened={open} onClose={() => setOpen(false)} title={t('exports.dialogTitle')}>
        <ExportForm filters={filters} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function ExportForm({ filters, onDone }: { filters: BusinessFilters; onDone: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const create = useCreateExport();
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [personalData, setPersonalData] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const filter = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));

  const submit = async () => {
    const body = { kind: 'businesses' as const, format, filter, personalData, purpose: purpose || undefined };
    const parsed = ExportRequest.safeParse(body);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    try {
      await create.mutateAsync(body);
      onDone();
      navigate('/ekspor');
    } catch (err) {
      setErrors(serverFieldErrors(err));
    }
  };

  return (
    <Stack gap="sm">
      <Text fz="sm">
        {Object.keys(filter).length ? t('exports.filtered') : t('exports.everything')}{' '}
        {t('exports.scopeNote')}
      </Text>
      <Radio.Group
        label={t('exports.format')}
        value={format}
        onChange={(v) => setFormat(v as 'xlsx' | 'csv')}
      >
        <Stack gap={6} mt={4}>
          <Radio value="xlsx" label={t('exports.xlsx')} />
          <Radio value="csv" label={t('exports.csv')} />
        </Stack>
      </Radio.Group>
      {can('pii.reveal') && (
        <Checkbox
          label={t('exports.personal')}
          description={t('exports.personalHelp')}
          checked={personalData}
          onChange={(e) => setPersonalData(e.currentTarget.checked)}
        />
      )}
      {personalData && (
        <Textarea
          label={t('exports.purpose')}
          description={t('exports.purposeHelp')}
          required
          autosize
          minRows={2}
          value={purpose}
          error={errors.purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
        />
      )}
      <Text fz="sm">{t('exports.keepNote')}</Text>
      {create.isError && !Object.keys(errors).length && (
        <Alert color="red" role="alert">
          {create.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('action.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending}>
          {t('exports.start')}
        </Button>
      </Group>
    </Stack>
  );
}

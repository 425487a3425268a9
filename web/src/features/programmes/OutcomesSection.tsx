import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  MARKET_CHANNEL_LABELS,
  MARKET_CHANNELS,
  OutcomeInput,
} from '../../../../shared/contracts/outcomes.ts';
import { formatNumberId, formatRupiah } from '../../../../shared/rules/format.ts';
import { useOutcomes, useRecordOutcome } from '../../api/programmes.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { CountInput, RupiahInput } from '../../components/NumberField.tsx';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

type Values = {
  measuredOn: string;
  monthlyTurnover: number | string;
  workers: number | string;
  marketChannels: string[];
  financingAmount: number | string;
  financingSource: string;
};
const num = (v: number | string) => (typeof v === 'number' ? v : null);
const toInput = (v: Values) => ({
  measuredOn: v.measuredOn,
  monthlyTurnover: num(v.monthlyTurnover),
  workers: num(v.workers),
  marketChannels: v.marketChannels as (typeof MARKET_CHANNELS)[number][],
  financingAmount: num(v.financingAmount),
  financingSource: v.financingSource.trim() || null,
});
const channelLabel = (c: string) => MARKET_CHANNEL_LABELS[c as (typeof MARKET_CHANNELS)[number]] ?? c;

function OutcomeForm({ businessId, onDone }: { businessId: number; onDone: () => void }) {
  const { t } = useI18n();
  const record = useRecordOutcome(businessId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      measuredOn: new Date().toISOString().slice(0, 10),
      monthlyTurnover: '',
      workers: '',
      marketChannels: [],
      financingAmount: '',
      financingSource: '',
    },
    validate: (v) => {
      const r = OutcomeInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await record.mutateAsync(toInput(v));
      onDone();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setFormError(errorMessage(err, t));
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
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput type="date" label={t('outcome.date')} required {...form.getInputProps('measuredOn')} />
          <RupiahInput label={t('outcome.turnover')} {...form.getInputProps('monthlyTurnover')} />
          <CountInput label={t('outcome.workers')} {...form.getInputProps('workers')} />
        </SimpleGrid>
        <MultiSelect
          label={t('outcome.channels')}
          data={MARKET_CHANNELS.map((c) => ({ value: c, label: MARKET_CHANNEL_LABELS[c] }))}
          {...form.getInputProps('marketChannels')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <RupiahInput label={t('outcome.financing')} {...form.getInputProps('financingAmount')} />
          <TextInput
            label={t('outcome.source')}
            placeholder="KUR, PNM Mekaar, koperasi"
            {...form.getInputProps('financingSource')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Hasil": the business's outcome measures over time and the permits it obtained. */
export function OutcomesSection({ businessId, canEdit }: { businessId: number; canEdit: boolean }) {
  const { t, locale } = useI18n();
  const q = useOutcomes(businessId);
  const [adding, setAdding] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="outcomes-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="outcomes-title">
          {t('outcome.title')}
        </Title>
        {canEdit && !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            {t('outcome.add')}
          </Button>
        )}
      </Group>
      {adding && <OutcomeForm businessId={businessId} onDone={() => setAdding(false)} />}
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && q.data.items.length === 0 && <Text>{t('outcome.none')}</Text>}
      {q.isSuccess && q.data.items.length > 0 && (
        <Table.ScrollContainer
          minWidth={300}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('outcome.title')}
        >
          <Table fz="sm" verticalSpacing={4} horizontalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outcome.date')}</Table.Th>
                <Table.Th scope="col">{t('outcome.turnover')}</Table.Th>
                <Table.Th scope="col">{t('outcome.workers')}</Table.Th>
                <Table.Th scope="col">{t('outcome.more')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{formatDate(locale, m.measuredOn)}</Table.Td>
                  <Table.Td>{m.monthlyTurnover === null ? '–' : formatRupiah(m.monthlyTurnover)}</Table.Td>
                  <Table.Td>{m.workers === null ? '–' : formatNumberId(m.workers)}</Table.Td>
                  <Table.Td>
                    {[
                      m.marketChannels.map(channelLabel).join(', '),
                      m.financingAmount
                        ? `${formatRupiah(m.financingAmount)} (${m.financingSource ?? ''})`
                        : '',
                    ]
                      .filter(Boolean)
                      .join('; ') || '–'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {q.isSuccess && q.data.permitsObtained.length > 0 && (
        <Text fz="sm" mt="sm">
          {t('outcome.permits')}{' '}
          {q.data.permitsObtained.map((p) => `${p.type} (${formatDate(locale, p.issuedOn)})`).join(', ')}
        </Text>
      )}
    </Card>
  );
}

import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ExhibitionParticipant } from '../../../../shared/contracts/exhibitions.ts';
import { formatRupiah } from '../../../../shared/rules/format.ts';
import { useRecordDay } from '../../api/exhibitions.ts';
import { CountInput, RupiahInput } from '../../components/NumberField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { LeadDialog } from './LeadDialog.tsx';
import { ParticipantName } from './ParticipantItem.tsx';

const dayOf = (p: ExhibitionParticipant, day: string) => p.days.find((d) => d.day === day);

/** One big present/absent toggle per participant (pressed = present), saved at once. */
export function AttendanceCard({
  p,
  day,
  editable,
}: {
  p: ExhibitionParticipant;
  day: string;
  editable: boolean;
}) {
  const { t } = useI18n();
  const save = useRecordDay();
  const present = dayOf(p, day)?.present ?? null;
  return (
    <Card withBorder component="li" padding="sm" aria-label={p.businessName}>
      <Stack gap={6}>
        <ParticipantName p={p} />
        <Group gap="sm" wrap="nowrap">
          {editable && (
            <Button
              size="lg"
              fullWidth
              color="teal.9"
              variant={present ? 'filled' : 'outline'}
              aria-pressed={present === true}
              loading={save.isPending}
              onClick={() => save.mutate({ id: p.id, input: { day, present: !present } })}
            >
              {present ? `✓ ${t('exh.present')}` : t('exh.present')}
            </Button>
          )}
          <Text fz="sm" style={{ flexShrink: 0 }} data-testid="attendance">
            {present ? t('exh.present') : present === false ? t('exh.absent') : t('exh.unknown')}
          </Text>
        </Group>
        {save.isError && (
          <Text c="red.8" fz="sm" role="alert">
            {errorMessage(save.error, t)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Sales and items of the day, saved by a button; buyer leads recorded in a dialog. */
export function SalesCard({
  p,
  day,
  editable,
}: {
  p: ExhibitionParticipant;
  day: string;
  editable: boolean;
}) {
  const { t } = useI18n();
  const save = useRecordDay();
  const d = dayOf(p, day);
  const [amount, setAmount] = useState<number | string>(d?.salesAmount ?? '');
  const [items, setItems] = useState<number | string>(d?.items ?? '');
  const [lead, setLead] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Card withBorder component="li" padding="sm" aria-label={p.businessName}>
      <Stack gap={6}>
        <ParticipantName p={p} />
        <Text fz="sm" data-testid="day-sales">
          {t('exh.daySales', { amount: formatRupiah(d?.salesAmount ?? 0), leads: d?.leads ?? 0 })}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('exh.totalSales', {
            amount: formatRupiah(p.days.reduce((n, x) => n + (x.salesAmount ?? 0), 0)),
            leads: p.leads,
          })}
        </Text>
        {editable && (
          <>
            <Group grow gap="sm" wrap="wrap" align="flex-end">
              <RupiahInput
                label={t('exh.salesOf', { name: p.businessName })}
                value={amount}
                onChange={(v) => {
                  setAmount(v);
                  setSaved(false);
                }}
                style={{ minWidth: 140 }}
              />
              <CountInput
                label={t('exh.itemsOf', { name: p.businessName })}
                value={items}
                onChange={(v) => {
                  setItems(v);
                  setSaved(false);
                }}
                style={{ minWidth: 140 }}
              />
            </Group>
            <Group gap="sm">
              <Button
                loading={save.isPending}
                onClick={() =>
                  save.mutate(
                    {
                      id: p.id,
                      input: {
                        day,
                        salesAmount: amount === '' ? null : Number(amount),
                        items: items === '' ? null : Number(items),
                      },
                    },
                    { onSuccess: () => setSaved(true) },
                  )
                }
              >
                {t('exh.saveSales')}
              </Button>
              <Button variant="light" onClick={() => setLead(true)}>
                {t('exh.addLead')}
              </Button>
              {saved && (
                <Text fz="sm" role="status">
                  {t('exh.saved')}
                </Text>
              )}
            </Group>
          </>
        )}
        {save.isError && (
          <Text c="red.8" fz="sm" role="alert">
            {errorMessage(save.error, t)}
          </Text>
        )}
      </Stack>
      <LeadDialog participant={p} opened={lead} onClose={() => setLead(false)} />
    </Card>
  );
}

import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  CLOSED_STATUSES,
  type InterventionStatus,
  needsOutcome,
} from '../../../../shared/rules/mentoring.ts';
import { useChangeStatus } from '../../api/roadmaps.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type Item = {
  id: number;
  title: string;
  status: InterventionStatus;
  next: InterventionStatus[];
  outcome: string | null;
  version: number;
};

/** One button per allowed next status: a tap opens a short confirm (with outcome or note when needed). */
export function StatusButtons({ item, via }: { item: Item; via: 'interventions' | 'referrals' }) {
  const { t } = useI18n();
  const names = useLabels();
  const [to, setTo] = useState<InterventionStatus | null>(null);
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {item.next.map((s) => (
          <Button key={s} size="xs" variant={needsOutcome(s) ? 'filled' : 'light'} onClick={() => setTo(s)}>
            {t('roadmap.moveTo', { status: names.status[s] })}
          </Button>
        ))}
      </Group>
      {to && <ConfirmMove item={item} to={to} via={via} onClose={() => setTo(null)} />}
    </>
  );
}

function ConfirmMove({
  item,
  to,
  via,
  onClose,
}: {
  item: Item;
  to: InterventionStatus;
  via: 'interventions' | 'referrals';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const names = useLabels();
  const move = useChangeStatus(via);
  const [outcome, setOutcome] = useState(needsOutcome(to) ? (item.outcome ?? '') : '');
  const [note, setNote] = useState('');
  const reopening = CLOSED_STATUSES.includes(item.status) && !CLOSED_STATUSES.includes(to);
  const fields = serverFieldErrors(move.error);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    move.mutate(
      {
        id: item.id,
        status: to,
        version: item.version,
        outcome: outcome.trim() || null,
        note: note.trim() || null,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog opened onClose={onClose} title={t('roadmap.changeStatus')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text>
            {t('roadmap.confirmMove', {
              title: item.title,
              from: names.status[item.status],
              to: names.status[to],
            })}
          </Text>
          {move.isError && !Object.keys(fields).length && (
            <Alert color="red" role="alert">
              {errorMessage(move.error, t)}
            </Alert>
          )}
          {needsOutcome(to) && (
            <Textarea
              label={t('roadmap.outcome')}
              description={t('roadmap.outcomeHelp')}
              required
              autosize
              minRows={2}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={fields.outcome}
              data-autofocus
            />
          )}
          {(reopening || !needsOutcome(to)) && (
            <Textarea
              label={t('roadmap.note')}
              description={reopening ? t('roadmap.reopenHelp') : undefined}
              required={reopening}
              autosize
              minRows={1}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fields.note}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t('roadmap.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Participant } from '../../../../shared/contracts/programmes.ts';
import { certificateUrl, useUpdateParticipant, useWithdraw } from '../../api/programmes.ts';
import { CountInput } from '../../components/NumberField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';

type ScoreKey = 'preScore' | 'postScore';

/** One participant: a big present/absent toggle button (pressed = present) saved at once, pre/post scores saved on leaving the field. */
export function ParticipantCard({ p, sessionId }: { p: Participant; sessionId: number }) {
  const { t } = useI18n();
  const can = useCan();
  const save = useUpdateParticipant(sessionId);
  const withdraw = useWithdraw();
  const [confirming, setConfirming] = useState(false);
  const [scores, setScores] = useState<Record<ScoreKey, number | string>>({
    preScore: p.preScore ?? '',
    postScore: p.postScore ?? '',
  });
  const seated = p.status === 'enrolled';
  const mayAttend = seated && can('programmes.attend');
  const error = save.error ?? withdraw.error;
  const saveScore = (key: ScoreKey) => {
    const v = scores[key];
    const value = v === '' ? null : Number(v);
    if (value === p[key] || (value !== null && (value < 0 || value > 100))) return;
    save.mutate({ id: p.id, patch: { [key]: value } });
  };

  return (
    <Card withBorder component="li" padding="sm" aria-label={p.businessName}>
      <Stack gap={6}>
        <div>
          <Anchor
            component={Link}
            to={`/usaha/${p.businessId}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {p.businessName}
          </Anchor>
          <Text fz="sm">
            {p.ownerName} · {p.kelurahanName}
          </Text>
          {!seated && (
            <Badge variant="light" color={p.status === 'waitlisted' ? 'yellow' : 'gray'} mt={4}>
              {p.status === 'waitlisted'
                ? t('participant.waiting', { n: p.waitlistPosition ?? '' })
                : t('participant.withdrawn')}
            </Badge>
          )}
        </div>
        {mayAttend && (
          <Group gap="sm" wrap="nowrap">
            <Button
              size="lg"
              fullWidth
              color="teal.9"
              variant={p.attended ? 'filled' : 'outline'}
              aria-pressed={p.attended === true}
              // Busy only while attendance itself is saved, not a score typed beside it.
              loading={save.isPending && save.variables?.patch.attended !== undefined}
              onClick={() => save.mutate({ id: p.id, patch: { attended: !p.attended } })}
            >
              {p.attended ? `✓ ${t('participant.present')}` : t('participant.present')}
            </Button>
            <Text fz="sm" style={{ flexShrink: 0 }} data-testid="attendance">
              {p.attended
                ? t('participant.present')
                : p.attended === false
                  ? t('participant.absent')
                  : t('participant.unknown')}
            </Text>
          </Group>
        )}
        {mayAttend && (
          <Group grow gap="sm">
            {(['preScore', 'postScore'] as const).map((key) => (
              <CountInput
                key={key}
                label={t(key === 'preScore' ? 'participant.pre' : 'participant.post')}
                max={100}
                value={scores[key]}
                onChange={(v) => setScores((s) => ({ ...s, [key]: v }))}
                onBlur={() => saveScore(key)}
              />
            ))}
          </Group>
        )}
        {error && (
          <Text c="red.8" fz="sm" role="alert">
            {errorMessage(error, t)}
          </Text>
        )}
        <Group gap="sm">
          {seated && p.attended && can('programmes.attend') && (
            <Button component="a" href={certificateUrl(p.id)} download variant="light" size="sm">
              {t('participant.certificate')}
            </Button>
          )}
          {p.status !== 'withdrawn' && can('programmes.manage') && !confirming && (
            <Button variant="outline" color="red.9" size="sm" onClick={() => setConfirming(true)}>
              {t('participant.withdraw')}
            </Button>
          )}
          {confirming && (
            <>
              <Button
                color="red.9"
                size="sm"
                loading={withdraw.isPending}
                onClick={() => withdraw.mutate(p.id, { onSettled: () => setConfirming(false) })}
              >
                {t('participant.withdrawConfirm')}
              </Button>
              <Button variant="default" size="sm" onClick={() => setConfirming(false)}>
                {t('action.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

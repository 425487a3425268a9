import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import { formatDateId, formatNumberId } from '../../../../shared/rules/format.ts';
import { useDecideReview, useReopenReview } from '../../api/reviews.ts';
import { errorMessage } from '../../components/States.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { type Side, signedWeight } from './merge-fields.ts';
import { PairFields, RecordLink } from './PairFields.tsx';

function EvidenceList({ r }: { r: LinkReview }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`evidence-${r.id}`}>
      <Text fw={700} fz="sm" id={`evidence-${r.id}`}>
        {t('reviews.evidence')}
      </Text>
      <Text fz="xs" c="dimmed">
        {r.rescoredAt
          ? t('reviews.rescored', { date: formatDateId(r.rescoredAt) })
          : t(r.importId === null ? 'reviews.proposed' : 'reviews.proposedByImport', {
              date: formatDateId(r.createdAt),
              import: r.importId ?? '',
            })}
      </Text>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing={2} p={0} m={0}>
        {r.evidence.map((e) => (
          <Group component="li" key={`${e.field}-${e.note}`} gap="xs" wrap="nowrap" align="flex-start">
            <Text fz="sm" fw={700} w={48} ta="right" style={{ flexShrink: 0 }}>
              {signedWeight(e.weight)}
            </Text>
            <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {e.note}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </section>
  );
}

type Props = {
  r: LinkReview;
  onMerged: (r: LinkReview, keep: Side) => void;
  onDistinct: (r: LinkReview) => void;
  /** A pair marked "not the same" put back in the queue. */
  onReopened?: (r: LinkReview) => void;
};

/** One possible duplicate: both records, why they look alike, and the two decisions. */
export function ReviewCard({ r, onMerged, onDistinct, onReopened }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const decide = useDecideReview();
  const reopen = useReopenReview();
  const [merging, setMerging] = useState(false);
  const titleId = `review-${r.id}`;
  const distinct = () =>
    decide.mutate({ id: r.id, decision: { decision: 'distinct' } }, { onSuccess: () => onDistinct(r) });

  return (
    <Card withBorder padding="sm" component="li" aria-labelledby={titleId} data-testid="review-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} fz="h3" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {r.a.fields.name ?? `#${r.a.id}`} · {r.b.fields.name ?? `#${r.b.id}`}
          </Title>
          <Badge variant="light" tt="none" size="lg">
            {t('reviews.score', { score: formatNumberId(r.score) })}
          </Badge>
        </Group>
        {isPhone && (
          <Group gap="md">
            <RecordLink r={r} side="a" />
            <RecordLink r={r} side="b" />
          </Group>
        )}
        <PairFields r={r} />
        <EvidenceList r={r} />
        {(decide.isError || reopen.isError) && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(decide.error ?? reopen.error, t)}
          </Alert>
        )}
        {r.state === 'open' ? (
          <Group gap="sm">
            <Button onClick={() => setMerging(true)}>{t('reviews.same')}</Button>
            <Button variant="default" onClick={distinct} loading={decide.isPending}>
              {t(`reviews.distinct.${r.kind}`)}
            </Button>
          </Group>
        ) : (
          <Group gap="sm" justify="space-between">
            <Text fz="sm" fw={500}>
              {t(`reviews.decided.${r.state}`, {
                by: r.decidedBy ?? '—',
                date: r.decidedAt ? formatDateId(r.decidedAt) : '—',
              })}
            </Text>
            {r.state === 'distinct' && onReopened && (
              <Button
                variant="default"
                loading={reopen.isPending}
                onClick={() => reopen.mutate(r.id, { onSuccess: () => onReopened(r) })}
              >
                {t('reviews.reopen')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <MergeDialog
        r={r}
        opened={merging}
        onClose={() => setMerging(false)}
        onMerged={(keep) => {
          setMerging(false);
          onMerged(r, keep);
        }}
      />
    </Card>
  );
}

import { Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { LinkReview } from '../../../../shared/contracts/reviews.ts';
import { type RecordKind, type ReviewSort, type ReviewState, useReviews } from '../../api/reviews.ts';
import { LoadMore } from '../../components/LoadMore.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type Merged, MergedNotice, useDecisionNotice } from './MergedNotice.tsx';
import { RecentMerges } from './MergesSection.tsx';
import { otherSide, type Side } from './merge-fields.ts';
import { ReviewCard } from './ReviewCard.tsx';

const KEYS = ['jenis', 'urut', 'status'] as const;
/** The pairs of a state, or the merges made (which can be undone). */
type Shown = ReviewState | 'merged';
// The URL's words for the lists beside the queue itself.
const STATE_IN_URL: Record<Shown, string> = {
  open: '',
  distinct: 'berbeda',
  gone: 'keluar',
  merged: 'digabung',
};
const STATES = Object.keys(STATE_IN_URL) as Shown[];

/** "Tinjauan duplikat": pairs the linker was not sure about, decided one by one. */
export default function ReviewsPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.reviews'));
  const { values, update } = useUrlState(KEYS);
  const kind: RecordKind = values.jenis === 'usaha' ? 'business' : 'person';
  const sort: ReviewSort = values.urut === 'skor' ? 'score' : 'oldest';
  const shown = STATES.find((s) => STATE_IN_URL[s] === (values.status ?? '')) ?? 'open';
  const state: ReviewState = shown === 'merged' ? 'open' : shown;
  const q = useReviews(kind, sort, state, shown !== 'merged');
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const open = q.data?.pages[0]?.open;
  const notice = useDecisionNotice();

  const merged = (r: LinkReview, keep: Side) => {
    const gone = otherSide(keep);
    const m: Merged = { kind: r.kind, keptId: r[keep].id, mergedId: r[gone].id };
    notice.show({ ...m, text: t('reviews.merged', { gone: `#${m.mergedId}`, kept: `#${m.keptId}` }) });
  };
  const distinct = (r: LinkReview) =>
    notice.show({ text: t(`reviews.distinctDone.${r.kind}`, { a: `#${r.a.id}`, b: `#${r.b.id}` }) });
  const reopened = (r: LinkReview) =>
    notice.show({ text: t('reviews.reopened', { a: `#${r.a.id}`, b: `#${r.b.id}` }) });

  return (
    <Stack gap="md">
      <Title order={1}>{t('reviews.title')}</Title>
      <Text>{t('reviews.intro')}</Text>
      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label={t('reviews.kind')}
          value={kind}
          onChange={(v) => update({ jenis: v === 'business' ? 'usaha' : '' }, { replace: true })}
          data={(['person', 'business'] as const).map((k) => ({
            value: k,
            label:
              shown === 'open'
                ? t(`reviews.kind.${k}`, { n: open?.[k] ?? '…' })
                : t(`reviews.kindPlain.${k}`),
          }))}
        />
        <NativeSelect
          label={t('reviews.state')}
          value={shown}
          onChange={(e) =>
            update({ status: STATE_IN_URL[e.currentTarget.value as Shown] }, { replace: true })
          }
          data={STATES.map((s) => ({ value: s, label: t(`reviews.state.${s}`) }))}
        />
        {shown !== 'merged' && (
          <NativeSelect
            label={t('reviews.sort')}
            value={sort}
            onChange={(e) =>
              update({ urut: e.currentTarget.value === 'score' ? 'skor' : '' }, { replace: true })
            }
            data={(['oldest', 'score'] as const).map((k) => ({ value: k, label: t(`reviews.sort.${k}`) }))}
          />
        )}
      </Group>
      {shown === 'merged' ? (
        <RecentMerges kind={kind} />
      ) : (
        <>
          <MergedNotice notice={notice} />
          {q.isPending && <LoadingState />}
          {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
          {q.isSuccess && items.length === 0 && (
            <EmptyState
              title={t(state === 'open' ? `reviews.empty.${kind}` : `reviews.emptyState.${state}`)}
            />
          )}
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((r) => (
              <ReviewCard key={r.id} r={r} onMerged={merged} onDistinct={distinct} onReopened={reopened} />
            ))}
          </Stack>
          <LoadMore q={q} />
        </>
      )}
    </Stack>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { Import } from '../../../../shared/contracts/imports.ts';
import { annotatedUrl, useRefreshAfterCommit } from '../../api/imports.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { CountGrid } from './CountGrid.tsx';
import { ImportRows } from './ImportRows.tsx';
import { countItems } from './import-values.ts';
import { StepSection } from './StepLine.tsx';

/** Step 4's result: what was created, linked and left for review, with the way to the review queue. */
export function SummaryStep({ imp }: { imp: Import }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const refresh = useRefreshAfterCommit();
  const review = (imp.counts.reviewPeople ?? 0) + (imp.counts.reviewBusinesses ?? 0);

  // The registry changed behind every cached list and count.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per saved import
  useEffect(() => {
    void refresh();
  }, [imp.id]);

  return (
    <StepSection step="save" title={t('imports.savedTitle')}>
      <Text>
        {t('imports.savedAt', {
          time: imp.committedAt ? formatDateTime(locale, imp.committedAt) : '–',
          mode: imp.mode ? t(`imports.commit.${imp.mode}`) : '–',
        })}
      </Text>
      <CountGrid items={countItems(imp, t)} />
      {review > 0 && <Text>{t('imports.reviewHelp', { n: review })}</Text>}
      <Group gap="sm">
        {can('linkage.review') && (
          <Button component={Link} to="/tinjauan" variant={review > 0 ? 'filled' : 'default'}>
            {t('imports.toReview')}
          </Button>
        )}
        <Button component="a" href={annotatedUrl(imp.id)} download variant="default">
          {t('imports.annotated')}
        </Button>
        <Button component={Link} to="/impor" variant="subtle">
          {t('imports.backToList')}
        </Button>
      </Group>
      <ImportRows imp={imp} />
    </StepSection>
  );
}

import { Progress, Text } from '@mantine/core';
import type { Import } from '../../../../shared/contracts/imports.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StepSection } from './StepLine.tsx';

/**
 * A running dry run or save: a bar with the share done; while the file is still being read the total is
 * not known (0), so the bar runs without a value and the rows read so far are counted.
 */
export function JobProgress({ imp }: { imp: Import }) {
  const { t } = useI18n();
  const saving = imp.state === 'committing';
  const title = saving ? t('imports.saving') : t('imports.checking');
  const { done = 0, total = 0 } = imp.progress ?? {};
  const known = total > 0;
  const pct = known ? Math.min(100, Math.round((done / total) * 100)) : 100;
  const words = known
    ? t('imports.progress', { done: formatNumberId(done), total: formatNumberId(total) })
    : t('imports.progressRead', { done: formatNumberId(done) });

  return (
    <StepSection step={saving ? 'save' : 'check'} title={title}>
      <Progress.Root size="xl" aria-hidden={!known}>
        <Progress.Section
          value={pct}
          striped={!known}
          animated={!known}
          aria-label={title}
          withAria={known}
        />
      </Progress.Root>
      <Text role="status">{words}</Text>
      <Text fz="sm">{t('imports.progressHelp')}</Text>
    </StepSection>
  );
}

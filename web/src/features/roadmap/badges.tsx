import { Badge } from '@mantine/core';
import type { InterventionStatus } from '../../../../shared/rules/mentoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

const COLOR: Record<InterventionStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'teal',
  done_no_result: 'yellow',
  unreachable: 'orange',
  declined: 'grape',
};

export function StatusBadge({ status }: { status: InterventionStatus }) {
  const names = useLabels();
  return (
    <Badge variant="light" color={COLOR[status]} style={{ textTransform: 'none' }}>
      {names.status[status]}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  if (!overdue) return null;
  return (
    <Badge color="red" variant="filled" style={{ textTransform: 'none' }}>
      {t('roadmap.overdue')}
    </Badge>
  );
}

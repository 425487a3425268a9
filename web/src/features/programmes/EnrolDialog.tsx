import type { EnrolResult } from '../../../../shared/contracts/programmes.ts';
import { useEnrol, useEnrolPreview } from '../../api/programmes.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PickByFilterDialog } from '../businesses/PickByFilterDialog.tsx';

/** Enrol from a filter: the same filters as the businesses list, a count and a preview, then enrol. */
export function EnrolDialog({
  sessionId,
  opened,
  onClose,
  onEnrolled,
}: {
  sessionId: number;
  opened: boolean;
  onClose: () => void;
  onEnrolled: (r: EnrolResult) => void;
}) {
  const { t } = useI18n();
  return (
    <PickByFilterDialog
      opened={opened}
      onClose={onClose}
      onDone={onEnrolled}
      preview={useEnrolPreview(sessionId)}
      action={useEnrol(sessionId)}
      texts={{
        title: t('enrol.title'),
        intro: t('enrol.intro'),
        count: t('enrol.count'),
        one: t('enrol.one'),
        found: (p) => t('enrol.found', { n: p.count, seats: p.freeSeats, already: p.alreadyIn }),
        oneDone: (r, name) => t(r.enrolled ? 'enrol.oneDone' : 'enrol.oneWaiting', { name }),
        more: (n) => t('enrol.more', { n }),
        submit: (n) => t('enrol.submit', { n }),
      }}
    />
  );
}

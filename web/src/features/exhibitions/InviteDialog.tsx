import type { InviteResult } from '../../../../shared/contracts/exhibitions.ts';
import type { EnrolFilter } from '../../../../shared/contracts/programmes.ts';
import { useInvite, useInvitePreview } from '../../api/exhibitions.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { BusinessFilters } from '../businesses/filters.ts';
import { PickByFilterDialog } from '../businesses/PickByFilterDialog.tsx';

/** Invite from a filter: the same filters as the businesses list, a count and a preview, then invite. */
export function InviteDialog({
  exhibitionId,
  criteria,
  opened,
  onClose,
  onInvited,
}: {
  exhibitionId: number;
  /** The event's registry filter (the one last used to invite): the dialog starts from it. */
  criteria: EnrolFilter | null;
  opened: boolean;
  onClose: () => void;
  onInvited: (r: InviteResult) => void;
}) {
  const { t } = useI18n();
  return (
    <PickByFilterDialog
      opened={opened}
      onClose={onClose}
      onDone={onInvited}
      initial={criteria as Partial<BusinessFilters> | null}
      preview={useInvitePreview(exhibitionId)}
      action={useInvite(exhibitionId)}
      texts={{
        title: t('exh.inviteTitle'),
        intro: t('exh.inviteIntro'),
        count: t('exh.inviteCount'),
        one: t('exh.inviteOne'),
        found: (p) => t('exh.inviteFound', { n: p.count, already: p.alreadyIn }),
        oneDone: (_, name) => t('exh.inviteOneDone', { name }),
        more: (n) => t('exh.inviteMore', { n }),
        submit: (n) => t('exh.inviteSubmit', { n }),
      }}
    />
  );
}

import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { findMerge, type RecordKind, useUndoMerge } from '../../api/reviews.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

export type Merged = { kind: RecordKind; keptId: number; mergedId: number };
type Shown = { text: string } & Partial<Merged>;

/** The merge just made, found among the kept record's merges, undone. */
function useUndoLatest() {
  const undo = useUndoMerge();
  return useMutation({
    mutationFn: async (m: Merged) => undo.mutateAsync(await findMerge(m.kind, m.keptId, m.mergedId)),
  });
}

/** The message after a decision; after a merge it carries what "Batalkan" needs to undo it. */
export function useDecisionNotice() {
  const [shown, setShown] = useState<Shown | null>(null);
  const undo = useUndoLatest();
  const show = (next: Shown | null) => {
    undo.reset();
    setShown(next);
  };
  return { shown, show, close: () => show(null), undo };
}

/** "Digabungkan … [Batalkan]": a live status message, the undo beside it. */
export function MergedNotice({ notice }: { notice: ReturnType<typeof useDecisionNotice> }) {
  const { t } = useI18n();
  const { shown, undo } = notice;
  const merged = shown?.kind && shown.keptId && shown.mergedId ? (shown as Shown & Merged) : null;
  const undoIt = (m: Merged) =>
    undo.mutate(m, { onSuccess: () => notice.show({ text: t('reviews.undone', { id: `#${m.mergedId}` }) }) });

  return (
    <div role="status">
      {shown && (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={notice.close}
        >
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">{shown.text}</Text>
            {merged && (
              <Button size="xs" variant="default" onClick={() => undoIt(merged)} loading={undo.isPending}>
                {t('reviews.undo')}
              </Button>
            )}
            {undo.isError && (
              <Text fz="sm" c="red.9" role="alert">
                {errorMessage(undo.error, t)}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
    </div>
  );
}

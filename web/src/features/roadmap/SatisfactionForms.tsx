import { Alert, Button, Code, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useRecordSatisfaction, useSatisfactionLink } from '../../api/roadmaps.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** The 1–5 question and a comment: the same fields for the pendamping and the owner's public page. */
export function SatisfactionFields({
  score,
  comment,
  onScore,
  onComment,
}: {
  score: string;
  comment: string;
  onScore: (v: string) => void;
  onComment: (v: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Radio.Group label={t('roadmap.score')} required value={score} onChange={onScore}>
        <Group gap="md" mt={6}>
          {['1', '2', '3', '4', '5'].map((n) => (
            <Radio key={n} value={n} label={n} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('roadmap.comment')}
        autosize
        minRows={2}
        value={comment}
        onChange={(e) => onComment(e.currentTarget.value)}
      />
    </>
  );
}

export function SatisfactionDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const record = useRecordSatisfaction(id);
  const link = useSatisfactionLink(id);
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    record.mutate({ score: Number(score), comment: comment.trim() || null }, { onSuccess: onClose });
  };
  const url = link.data ? `${window.location.origin}${link.data.path}` : null;
  return (
    <Dialog opened onClose={onClose} title={t('roadmap.recordSatisfaction')} size="md">
      <Stack gap="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {(record.isError || link.isError) && (
              <Alert color="red" role="alert">
                {errorMessage(record.error ?? link.error, t)}
              </Alert>
            )}
            <SatisfactionFields score={score} comment={comment} onScore={setScore} onComment={setComment} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" disabled={!score} loading={record.isPending}>
                {t('action.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Stack gap={6}>
          <Button variant="light" onClick={() => link.mutate()} loading={link.isPending} disabled={!!url}>
            {t('roadmap.satisfactionLink')}
          </Button>
          {url && (
            <>
              <Text fz="sm">{t('roadmap.linkShown')}</Text>
              <Code
                block
                style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
                data-testid="survey-link"
              >
                {url}
              </Code>
            </>
          )}
        </Stack>
      </Stack>
    </Dialog>
  );
}

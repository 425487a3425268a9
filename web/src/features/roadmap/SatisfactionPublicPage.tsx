import { Alert, Button, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAnswerSatisfaction, usePublicSatisfaction } from '../../api/roadmaps.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { SatisfactionFields } from './SatisfactionForms.tsx';

/** The owner's survey page: no sign-in, only the intervention's title and the question, one answer. */
export default function SatisfactionPublicPage() {
  const { t } = useI18n();
  usePageTitle(t('survey.title'));
  const token = useParams().token ?? '';
  const q = usePublicSatisfaction(token);
  const answer = useAnswerSatisfaction(token);
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    answer.mutate({ score: Number(score), comment: comment.trim() || null });
  };
  return (
    <Container size="xs" py="lg" component="main">
      <Stack gap="md">
        <Title order={1}>{t('survey.title')}</Title>
        {q.isPending && <LoadingState />}
        {q.isError && <ErrorState error={q.error} />}
        {q.data?.answered && (
          <Alert color="teal" role="status">
            {t('survey.thanks')}
          </Alert>
        )}
        {q.data && !q.data.answered && (
          <Card withBorder>
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <Text fw={600}>{t('survey.about', { title: q.data.title })}</Text>
                <Text>{q.data.question}</Text>
                {answer.isError && (
                  <Alert color="red" role="alert">
                    {errorMessage(answer.error, t)}
                  </Alert>
                )}
                <SatisfactionFields
                  score={score}
                  comment={comment}
                  onScore={setScore}
                  onComment={setComment}
                />
                <Button type="submit" disabled={!score} loading={answer.isPending}>
                  {t('survey.send')}
                </Button>
              </Stack>
            </form>
          </Card>
        )}
      </Stack>
    </Container>
  );
}

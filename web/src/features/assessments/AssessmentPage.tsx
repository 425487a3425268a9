import { Alert, Anchor, Button, Card, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AssessmentDraft } from '../../../../shared/contracts/assessments.ts';
import { suggestNeeds } from '../../../../shared/rules/needs.ts';
import { answerIssues, scoreAnswers } from '../../../../shared/rules/rubric.ts';
import { useAssessmentDraft, useSaveAssessment } from '../../api/assessments.ts';
import { useBusiness } from '../../api/businesses.ts';
import { ApiError } from '../../api/client.ts';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type Confirmation, ConfirmLevel } from './ConfirmLevel.tsx';
import { DimensionCard } from './DimensionCard.tsx';
import { ScoreBar } from './ScoreBar.tsx';
import { SuggestedNeeds } from './SuggestedNeeds.tsx';

export default function AssessmentPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const business = useBusiness(id);
  const draft = useAssessmentDraft(id);
  usePageTitle(t('level.assess'));
  if (business.isPending || draft.isPending) return <LoadingState />;
  if (business.isError) return <ErrorState page error={business.error} onRetry={() => business.refetch()} />;
  if (draft.isError) return <ErrorState page error={draft.error} onRetry={() => draft.refetch()} />;
  return <AssessmentForm businessId={id} name={business.data.name} draft={draft.data} />;
}

type Props = { businessId: number; name: string; draft: AssessmentDraft };

function AssessmentForm({ businessId, name, draft }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const save = useSaveAssessment(businessId);
  const rubric = draft.rubric;
  const [answers, setAnswers] = useState<Record<string, number>>(draft.answers);
  const [confirm, setConfirm] = useState<Confirmation>({ mode: 'agree', level: null, reason: '' });
  const [assessedOn, setAssessedOn] = useState(draft.today);
  const [notes, setNotes] = useState('');
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [local, setLocal] = useState<Record<string, string>>({});
  const scored = scoreAnswers(rubric, answers);
  const needs = useMemo(
    () => suggestNeeds(rubric, answers, draft.openNeedTitles),
    [rubric, answers, draft.openNeedTitles],
  );
  const errors = { ...serverFieldErrors(save.error), ...local };
  const level = confirm.mode === 'agree' ? scored.level : confirm.level;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    // The rubric's own answer check, as the server runs it.
    const issues: Record<string, string> = Object.fromEntries(
      answerIssues(rubric, answers).map((i) => [i.path, i.message]),
    );
    if (confirm.mode === 'override' && !confirm.level) issues.level = t('assess.levelRequired');
    if (confirm.mode === 'override' && confirm.level !== scored.level && !confirm.reason.trim()) {
      issues.overrideReason = t('assess.reasonRequired');
    }
    setLocal(issues);
    if (Object.keys(issues).length || !level) return;
    save.mutate(
      {
        rubricVersion: rubric.version,
        answers,
        level,
        overrideReason: confirm.mode === 'override' ? confirm.reason.trim() || null : null,
        assessedOn,
        notes: notes.trim() || null,
        needs: needs.filter((n) => !dropped.has(n.title)),
      },
      { onSuccess: () => navigate(`/usaha/${businessId}`, { state: { saved: 'created' } }) },
    );
  };
  const outdated = save.error instanceof ApiError && save.error.code === 'RUBRIC_OUTDATED';
  const general = save.isError && !Object.keys(serverFieldErrors(save.error)).length;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Anchor component={Link} to={`/usaha/${businessId}`} fz="sm">
          ← {t('assess.back')}
        </Anchor>
        <div>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {t('assess.title', { name })}
          </Title>
          <Text fz="sm" mt={4}>
            {t('assess.intro')}
          </Text>
          <Text fz="xs" c="dimmed" mt={4}>
            {t('assess.rubricNote', { version: rubric.version })}
          </Text>
        </div>
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('rubric.options')}
        >
          {rubric.dimensions.map((d, i) => (
            <DimensionCard
              key={d.key}
              dimension={d}
              index={i}
              value={answers[d.key]}
              prefilled={draft.prefilled[d.key]}
              error={errors[`answers.${d.key}`]}
              onChange={(option) => setAnswers((a) => ({ ...a, [d.key]: option }))}
            />
          ))}
        </Stack>
        <ScoreBar scored={scored} dimensions={rubric.dimensions.length} />
        <ConfirmLevel suggested={scored.level} value={confirm} errors={errors} onChange={setConfirm} />
        <SuggestedNeeds
          needs={needs}
          dropped={dropped}
          onToggle={(title) =>
            setDropped((s) => {
              const next = new Set(s);
              if (!next.delete(title)) next.add(title);
              return next;
            })
          }
        />
        <Card withBorder>
          <Stack gap="sm">
            <TextInput
              type="date"
              label={t('assess.date')}
              value={assessedOn}
              max={draft.today}
              min={draft.lastAssessedOn ?? undefined}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
              error={errors.assessedOn}
              required
            />
            <Textarea
              label={t('assess.notes')}
              value={notes}
              onChange={(e) => setNotes(e.currentTarget.value)}
              autosize
              minRows={2}
              error={errors.notes}
            />
          </Stack>
        </Card>
        {(outdated || general) && (
          <Alert color="red" variant="light" role="alert">
            {outdated ? t('assess.outdated') : errorMessage(save.error, t)}
          </Alert>
        )}
        <Button type="submit" size="md" loading={save.isPending}>
          {t('assess.save')}
        </Button>
      </Stack>
    </form>
  );
}

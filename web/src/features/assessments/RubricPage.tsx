import { Alert, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { type Rubric, RubricInput } from '../../../../shared/contracts/assessments.ts';
import { scoreRange } from '../../../../shared/rules/rubric.ts';
import { useRubrics, useSaveRubric } from '../../api/assessments.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type DimensionDraft, DimensionEditor } from './DimensionEditor.tsx';
import { RubricVersions } from './RubricVersions.tsx';

export default function RubricPage() {
  const { t } = useI18n();
  usePageTitle(t('rubric.title'));
  const q = useRubrics();
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('rubric.title')}</Title>
        <Text fz="sm" mt={4}>
          {t('rubric.intro')}
        </Text>
      </div>
      {/* A new version remounts the editor with the saved rubric. */}
      <RubricEditor key={q.data.current.version} current={q.data.current} />
      <RubricVersions versions={q.data.versions} />
    </Stack>
  );
}

function RubricEditor({ current }: { current: Rubric }) {
  const { t } = useI18n();
  const save = useSaveRubric();
  const [dimensions, setDimensions] = useState<DimensionDraft[]>(current.dimensions);
  const [cuts, setCuts] = useState<[number, number]>(current.cutPoints);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const shown = { ...serverFieldErrors(save.error), ...errors };
  const range = scoreRange({ dimensions });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = RubricInput.safeParse({ dimensions, cutPoints: cuts, note: note || null });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data, { onSuccess: (r) => setSaved(r.version) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rubric-current">
      <Stack gap="md">
        <Title order={2} id="rubric-current">
          {t('rubric.current', { version: current.version })}
        </Title>
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('rubric.saved', { version: saved })}
          </Alert>
        )}
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {dimensions.map((d, i) => (
            <DimensionEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: a key being typed cannot be the React key
              key={i}
              d={d}
              index={i}
              errors={shown}
              onChange={(next) => setDimensions((all) => all.map((x, j) => (j === i ? next : x)))}
              onRemove={() => setDimensions((all) => all.filter((_, j) => j !== i))}
            />
          ))}
        </Stack>
        <Button
          variant="default"
          onClick={() =>
            setDimensions((all) => [
              ...all,
              {
                key: '',
                label: '',
                help: '',
                source: null,
                options: [
                  { label: '', score: 0 },
                  { label: '', score: 1 },
                ],
              },
            ])
          }
        >
          {t('rubric.addDimension')}
        </Button>
        <Card withBorder component="section" aria-labelledby="cuts-title">
          <Title order={3} id="cuts-title" mb="xs">
            {t('rubric.cutPoints')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('rubric.cut1')}
              value={cuts[0]}
              onChange={(v) => setCuts([Number(v) || 0, cuts[1]])}
              error={shown['cutPoints.0']}
              miw={140}
            />
            <NumberInput
              label={t('rubric.cut2')}
              value={cuts[1]}
              onChange={(v) => setCuts([cuts[0], Number(v) || 0])}
              error={shown['cutPoints.1']}
              miw={140}
            />
          </Group>
          <Text fz="sm" mt="xs">
            {t('rubric.range', { min: range.min, max: range.max, c1: cuts[0], c2: cuts[1] })}
          </Text>
        </Card>
        <Textarea
          label={t('rubric.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
        />
        {(Object.keys(errors).length > 0 || save.isError) && (
          <Alert color="red" variant="light" role="alert">
            {save.isError ? errorMessage(save.error, t) : t('rubric.fixErrors')}
          </Alert>
        )}
        <Button type="submit" loading={save.isPending}>
          {t('rubric.save')}
        </Button>
      </Stack>
    </form>
  );
}

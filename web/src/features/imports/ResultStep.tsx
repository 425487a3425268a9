import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Import } from '../../../../shared/contracts/imports.ts';
import { annotatedUrl, type CommitMode, useCancelImport, useCommitImport } from '../../api/imports.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CountGrid } from './CountGrid.tsx';
import { ImportRows } from './ImportRows.tsx';
import { countItems } from './import-values.ts';
import { StepSection } from './StepLine.tsx';

const MODES: CommitMode[] = ['valid_rows', 'all_or_nothing'];

/** The two ways to save, each explained in a sentence; a refusal (409) is shown under the one chosen. */
function CommitActions({ imp }: { imp: Import }) {
  const { t } = useI18n();
  const commit = useCommitImport(imp.id);
  const failedMode = commit.isError ? commit.variables : null;
  return (
    <Stack component="section" aria-labelledby="commit-title" gap="sm">
      <Title order={3} id="commit-title">
        {t('imports.commitTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {MODES.map((mode) => (
          <Paper key={mode} withBorder p="sm">
            <Stack gap="xs" align="flex-start">
              <Text fz="sm">{t(`imports.commit.${mode}.help`)}</Text>
              <Button
                variant={mode === 'valid_rows' ? 'filled' : 'default'}
                onClick={() => commit.mutate(mode)}
                loading={commit.isPending && commit.variables === mode}
                disabled={commit.isPending}
              >
                {t(`imports.commit.${mode}`)}
              </Button>
              {failedMode === mode && (
                <Alert color="red" variant="light" role="alert" w="100%">
                  {errorMessage(commit.error, t)}
                </Alert>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

type Props = { imp: Import; onRemap: () => void };

/** Step 3's result: counts, the annotated workbook, the ways to save, and every row with its reasons. */
export function ResultStep({ imp, onRemap }: Props) {
  const { t } = useI18n();
  const cancel = useCancelImport(imp.id);
  return (
    <StepSection step="check" title={t('imports.resultTitle')}>
      <CountGrid items={countItems(imp, t)} />
      <Text fz="sm">{t('imports.annotatedHelp')}</Text>
      <Group gap="sm">
        <Button component="a" href={annotatedUrl(imp.id)} download variant="default">
          {t('imports.annotated')}
        </Button>
        <Button variant="subtle" onClick={onRemap}>
          {t('imports.remap')}
        </Button>
        <Button
          variant="subtle"
          color="red"
          onClick={() => cancel.mutate(undefined)}
          loading={cancel.isPending}
        >
          {t('imports.cancel')}
        </Button>
      </Group>
      {cancel.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(cancel.error, t)}
        </Alert>
      )}
      <CommitActions imp={imp} />
      <ImportRows imp={imp} />
    </StepSection>
  );
}

import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Import } from '../../../../shared/contracts/imports.ts';
import { useImport } from '../../api/imports.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StateBadge } from './ImportsPage.tsx';
import { JobProgress } from './JobProgress.tsx';
import { MappingStep } from './MappingStep.tsx';
import { ResultStep } from './ResultStep.tsx';
import { SummaryStep } from './SummaryStep.tsx';

type View = 'mapping' | 'progress' | 'result' | 'summary' | 'cancelled';

function viewOf(imp: Import, remapping: boolean): View {
  if (imp.state === 'validated') return remapping ? 'mapping' : 'result';
  if (imp.state === 'validating' || imp.state === 'committing') return 'progress';
  if (imp.state === 'committed') return 'summary';
  if (imp.state === 'cancelled') return 'cancelled';
  return 'mapping';
}

/** When the step changes (not on the first load), focus goes to its heading, as after a page change. */
function useFocusOnChange(view: View | undefined) {
  const last = useRef(view);
  useEffect(() => {
    if (last.current && view && last.current !== view) document.getElementById('step-title')?.focus();
    last.current = view;
  }, [view]);
}

function PreviousImport({ imp }: { imp: Import }) {
  const { t, locale } = useI18n();
  const prev = imp.previousImport;
  if (!prev) return null;
  return (
    <Alert color="yellow" variant="light" title={t('imports.sameFile')}>
      {t('imports.sameFileBody', { id: prev.id, time: formatDateTime(locale, prev.at) })}{' '}
      <Anchor component={Link} to={`/impor/${prev.id}`} inherit>
        {t('imports.openImport', { id: prev.id })}
      </Anchor>
    </Alert>
  );
}

type BodyProps = { imp: Import; view: View; onRemap: (on: boolean) => void };

function Body({ imp, view, onRemap }: BodyProps) {
  const { t } = useI18n();
  if (view === 'mapping')
    return <MappingStep imp={imp} onBack={imp.state === 'validated' ? () => onRemap(false) : undefined} />;
  if (view === 'progress') return <JobProgress imp={imp} />;
  if (view === 'result') return <ResultStep imp={imp} onRemap={() => onRemap(true)} />;
  if (view === 'summary') return <SummaryStep imp={imp} />;
  return (
    <Alert color="gray" variant="light" role="status">
      {t('imports.cancelledBody')}
    </Alert>
  );
}

/** `impor/:id`: the import's steps after the upload, following its state as the server reports it. */
export default function ImportWizardPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const q = useImport(id);
  // "Ubah pemetaan" after a dry run: remembered for that run only, so the next result shows again.
  const [remapRun, setRemapRun] = useState<string | null>(null);
  const imp = q.data;
  const view = imp ? viewOf(imp, remapRun !== null && remapRun === imp.validatedAt) : undefined;
  useFocusOnChange(view);
  usePageTitle(imp?.fileName ?? t('nav.imports'));

  if (q.isPending) return <LoadingState />;
  if (q.isError || !imp || !view) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/impor" fz="sm">
        ← {t('imports.backToList')}
      </Anchor>
      <div>
        <Group gap="xs" align="center">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {imp.fileName}
          </Title>
          <StateBadge imp={imp} />
        </Group>
        <Text fz="sm">
          {t('imports.number', { id: imp.id })} · {imp.source} · {imp.createdBy},{' '}
          {formatDateTime(locale, imp.createdAt)}
        </Text>
      </div>
      <PreviousImport imp={imp} />
      {imp.error && (
        <Alert color="red" variant="light" role="alert" title={t('imports.jobFailed')}>
          {imp.error}
        </Alert>
      )}
      <Body imp={imp} view={view} onRemap={(on) => setRemapRun(on ? imp.validatedAt : null)} />
    </Stack>
  );
}

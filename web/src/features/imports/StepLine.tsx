import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { STEPS, type Step } from './import-values.ts';

/** "Langkah 2 dari 4": where the wizard is, in words rather than a wide stepper. */
export function StepLine({ step }: { step: Step }) {
  const { t } = useI18n();
  return (
    <Text fw={600} fz="sm" c="blue.9">
      {t('imports.step', { n: STEPS.indexOf(step) + 1, total: STEPS.length })}
    </Text>
  );
}

type SectionProps = { step: Step; title: string; children: ReactNode };

/** One step's content under its heading; the wizard moves focus to the heading when the step changes. */
export function StepSection({ step, title, children }: SectionProps) {
  return (
    <Stack component="section" aria-labelledby="step-title" gap="sm">
      <div>
        <StepLine step={step} />
        <Title order={2} id="step-title" tabIndex={-1}>
          {title}
        </Title>
      </div>
      {children}
    </Stack>
  );
}

import { Card, Radio, Select, Stack, Textarea, Title } from '@mantine/core';
import { IR_LEVELS } from '../../../../shared/rules/mentoring.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLevelLabel } from './levels.ts';

export type Confirmation = { mode: 'agree' | 'override'; level: number | null; reason: string };

type Props = {
  suggested: number | null;
  value: Confirmation;
  errors: Record<string, string>;
  onChange: (c: Confirmation) => void;
};

/** The pendamping confirms the suggested level, or sets another one with a reason. */
export function ConfirmLevel({ suggested, value, errors, onChange }: Props) {
  const levelLabel = useLevelLabel();
  const { t } = useI18n();
  return (
    <Card withBorder component="section" aria-labelledby="confirm-title">
      <Title order={2} id="confirm-title" mb="sm">
        {t('assess.confirmTitle')}
      </Title>
      <Stack gap="sm">
        <Radio.Group
          label={t('assess.decision')}
          value={value.mode}
          onChange={(m) => onChange({ ...value, mode: m as Confirmation['mode'] })}
        >
          <Stack gap="sm" mt={6}>
            <Radio
              value="agree"
              size="md"
              disabled={suggested === null}
              label={t('assess.agree', { level: suggested ? levelLabel(suggested) : '–' })}
            />
            <Radio value="override" size="md" label={t('assess.override')} />
          </Stack>
        </Radio.Group>
        {value.mode === 'override' && (
          <>
            <Select
              label={t('assess.level')}
              data={IR_LEVELS.map((l) => ({ value: String(l), label: levelLabel(l) }))}
              value={value.level ? String(value.level) : null}
              onChange={(v) => onChange({ ...value, level: v ? Number(v) : null })}
              error={errors.level}
              allowDeselect={false}
            />
            <Textarea
              label={t('assess.reason')}
              description={t('assess.reasonHelp')}
              value={value.reason}
              onChange={(e) => onChange({ ...value, reason: e.currentTarget.value })}
              error={errors.overrideReason}
              autosize
              minRows={2}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}

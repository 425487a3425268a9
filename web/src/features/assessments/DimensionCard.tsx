import { Badge, Card, Group, Radio, Stack, Text } from '@mantine/core';
import type { Rubric } from '../../../../shared/contracts/assessments.ts';
import { useI18n } from '../../i18n/index.tsx';

type Props = {
  dimension: Rubric['dimensions'][number];
  index: number;
  value: number | undefined;
  prefilled?: string;
  error?: string;
  onChange: (option: number) => void;
};

/** One dimension of the rubric as a card of large radio options (easy to tap on a phone). */
export function DimensionCard({ dimension: d, index, value, prefilled, error, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md" component="li" data-testid={`dimension-${d.key}`}>
      <Radio.Group
        label={`${index + 1}. ${d.label}`}
        description={d.help || undefined}
        value={value === undefined ? null : String(value)}
        onChange={(v) => onChange(Number(v))}
        error={error}
        name={`answer-${d.key}`}
      >
        {prefilled && (
          <Group gap={6} mt={4}>
            <Badge variant="light" color="gray">
              {t('assess.prefilled')}
            </Badge>
            <Text fz="xs">{prefilled}</Text>
          </Group>
        )}
        <Stack gap="sm" mt="sm">
          {d.options.map((o, i) => (
            <Radio
              key={`${d.key}-${o.label}`}
              value={String(i)}
              label={o.label}
              description={`${o.score} poin`}
              size="md"
            />
          ))}
        </Stack>
      </Radio.Group>
    </Card>
  );
}

import { Badge, Card, Group, Text } from '@mantine/core';
import type { Scored } from '../../../../shared/rules/rubric.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LEVEL_COLORS, useLevelLabel } from './levels.ts';

/** The live total and suggested level, kept in view at the bottom of a phone screen while answering. */
export function ScoreBar({ scored, dimensions }: { scored: Scored; dimensions: number }) {
  const levelLabel = useLevelLabel();
  const { t } = useI18n();
  return (
    <Card
      withBorder
      shadow="sm"
      padding="sm"
      aria-live="polite"
      data-testid="score-bar"
      style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <div>
          <Text fw={700} data-testid="score-total">
            {t('assess.total', { total: scored.total, max: scored.max })}
          </Text>
          <Text fz="xs">
            {t('assess.answered', { n: dimensions - scored.missing.length, of: dimensions })}
          </Text>
        </div>
        <Group gap={6}>
          <Text fz="sm">{t('assess.suggestion')}:</Text>
          {scored.level ? (
            <Badge size="lg" variant="light" color={LEVEL_COLORS[scored.level]} data-testid="suggested-level">
              {levelLabel(scored.level)}
            </Badge>
          ) : (
            <Text fz="sm">{t('assess.suggestionPending')}</Text>
          )}
        </Group>
      </Group>
    </Card>
  );
}

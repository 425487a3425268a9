import { Anchor, Box, Container, Stack, Text } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

export function AppFooter() {
  const { t } = useI18n();
  return (
    <Box
      component="footer"
      mt="xl"
      py="md"
      bg="gray.0"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="lg">
        <Stack gap={4}>
          <Text fz="sm">{t('footer.owner')}</Text>
          <Text fz="sm">
            {t('footer.areas')}{' '}
            <Anchor href="https://github.com/fityannugroho/idn-area-data" fz="sm">
              idn-area-data
            </Anchor>{' '}
            (
            <Anchor href="https://opendatacommons.org/licenses/odbl/" fz="sm">
              ODbL
            </Anchor>
            )
          </Text>
          <Text fz="sm">
            <Anchor href="/api/docs" fz="sm">
              {t('footer.api')}
            </Anchor>
            {' · '}
            <Anchor href="/api/openapi.json" fz="sm">
              OpenAPI
            </Anchor>
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}

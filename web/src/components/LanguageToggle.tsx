import { Button } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/** Shows the other language in that language, so a reader of either can find it. */
export function LanguageToggle() {
  const { locale, setLocale } = useI18n();
  const next = locale === 'id' ? 'en' : 'id';
  return (
    <Button variant="default" size="xs" lang={next} onClick={() => setLocale(next)}>
      {next === 'en' ? 'English' : 'Indonesia'}
    </Button>
  );
}

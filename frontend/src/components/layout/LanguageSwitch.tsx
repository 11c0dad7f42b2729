import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** Switches between Dutch and English; the choice is remembered (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <Button
      className="button button--quiet language-switch"
      aria-label={t('language.switchLabel')}
      onPress={() => void i18n.changeLanguage(other)}
    >
      <span lang={other}>{t('language.switch')}</span>
    </Button>
  );
}

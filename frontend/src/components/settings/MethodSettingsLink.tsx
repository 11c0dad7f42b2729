import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { methodSettingsPath } from '../ui/MethodRule';

/** The way from an organisation's page to its own versions of Vitaal's rules. */
export function MethodSettingsLink({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <p className="method-settings-link">
      <Link to={methodSettingsPath(organisationId)}>{t('method.settings.link')}</Link>
      <span className="muted"> — {t('method.settings.linkHint')}</span>
    </p>
  );
}

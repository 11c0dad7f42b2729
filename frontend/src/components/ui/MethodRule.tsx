import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../../styles/method.css';

interface Props {
  /** What the rule is and where the method leaves the gap, in a sentence; optional. */
  children?: ReactNode;
  /** The organisation whose own version of the rule is in force, when it has one. */
  ownedBy?: string;
  /** Where the rule can be changed, for those who may change it. */
  settingsTo?: string;
}

/**
 * The one line that says a rule on screen is Vitaal's filling of a gap in the method (the
 * practitioners' texts), not the method itself, or the organisation's own version of it.
 */
export function MethodRule({ children, ownedBy, settingsTo }: Props) {
  const { t } = useTranslation();
  return (
    <p className="method-rule">
      <span className="method-rule__tag">{ownedBy ? t('method.ownRule', { organisation: ownedBy }) : t('method.rule')}</span>
      {children ? <span className="method-rule__what">{children}</span> : null}
      {settingsTo ? (
        <Link className="method-rule__change" to={settingsTo}>
          {t('method.change')}
        </Link>
      ) : null}
    </p>
  );
}

/** The settings page of an organisation's own rules. */
export function methodSettingsPath(organisationId: string): string {
  return `/organisations/${organisationId}/method`;
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

// The organisation's own work, in the order of the issue-management method:
// see what matters (signals, Tob-3), register and weigh issues, know who
// matters (stakeholders) and where the organisation stands (confrontation
// matrix), and keep the collaborations it already has in view (portfolio).
const AREAS = ['signals', 'tob3', 'issues', 'confrontation', 'stakeholders', 'portfolio'] as const;

/** The areas of one organisation, each with a line on what it is for. */
export function OrganisationWorkspace({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="panel workspace" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">{t('organisation.workspace.heading')}</h2>
      <ul className="workspace-list">
        {AREAS.map((area) => (
          <li key={area} className="workspace-list__item">
            <Link className="workspace-list__link" to={`/organisations/${organisationId}/${area}`}>
              {t(`organisation.workspace.${area}.title`)}
            </Link>
            <span className="workspace-list__hint">{t(`organisation.workspace.${area}.hint`)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

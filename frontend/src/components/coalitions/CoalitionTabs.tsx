import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The sections of one coalition, as links (each is its own page). */
export function CoalitionTabs({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('coalition.tabs')} className="tabs">
      <ul className="tabs__list">
        <li>
          <NavLink to={`/coalitions/${coalitionId}`} end className="tabs__link">
            {t('coalition.tabOverview')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/coalitions/${coalitionId}/partners`} className="tabs__link">
            {t('coalition.tabPartners')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

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
        <li>
          <NavLink to={`/coalitions/${coalitionId}/journey`} className="tabs__link">
            {t('journey.tab')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/coalitions/${coalitionId}/meetings`} className="tabs__link">
            {t('meetings.tab')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/coalitions/${coalitionId}/agreements`} className="tabs__link">
            {t('agreements.tab')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/coalitions/${coalitionId}/plan`} className="tabs__link">
            {t('plan.tab')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

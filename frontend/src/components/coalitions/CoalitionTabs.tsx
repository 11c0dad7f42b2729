import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The sections of one coalition, as links (each is its own page). On a phone they are one row
 * that scrolls sideways, with the current section brought into view.
 */
export function CoalitionTabs({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    // Only the row scrolls (scrollIntoView would move the page too).
    if (row && current && row.scrollWidth > row.clientWidth) {
      row.scrollLeft += current.getBoundingClientRect().left - row.getBoundingClientRect().left;
    }
  }, [pathname]);
  return (
    <nav aria-label={t('coalition.tabs')} className="tabs">
      <ul className="tabs__list" ref={list}>
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

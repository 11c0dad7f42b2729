import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CoalitionRead } from '../../client/types.gen';
import { PageTitle } from '../ui/misc';
import { CoalitionTabs } from './CoalitionTabs';

interface HeaderProps {
  coalition: CoalitionRead;
  /** The page's h1. */
  title: string;
  /** Links after the coalition's name in the eyebrow (e.g. back to a list). */
  crumbs?: ReactNode;
  /** Under the title: badges or an introduction. */
  children?: ReactNode;
}

/** The header of a page inside a coalition: the coalition's name, the h1, and the tabs. */
export function CoalitionSectionHeader({ coalition, title, crumbs, children }: HeaderProps) {
  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">
          <Link to={`/coalitions/${coalition.id}`} className="page-header__link">
            {coalition.name}
          </Link>
          {crumbs}
        </p>
        <PageTitle title={`${title} – ${coalition.name}`}>{title}</PageTitle>
        {children}
      </div>
      <CoalitionTabs coalitionId={coalition.id} />
    </>
  );
}

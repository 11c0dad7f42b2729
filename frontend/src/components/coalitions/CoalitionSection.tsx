import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CoalitionRead, WorkPiece } from '../../client/types.gen';
import { PageTitle } from '../ui/misc';
import { CoalitionTabs } from './CoalitionTabs';
import { VisibilityLine } from './Visibility';

interface HeaderProps {
  coalition: CoalitionRead;
  /** The page's h1. */
  title: string;
  /** The work the page shows, for the line that says whether it is shared or preparation. */
  shows: readonly WorkPiece[];
  /** Above the title instead of the link to the coalition (e.g. back to a list). */
  eyebrow?: ReactNode;
  /** Links after the coalition's name in the eyebrow. */
  crumbs?: ReactNode;
  /** Under the title: badges or an introduction. */
  children?: ReactNode;
}

/**
 * The header of every page inside a coalition: the coalition's name, the h1, whether what the
 * page shows is shared or preparation, and the tabs.
 */
export function CoalitionSectionHeader({ coalition, title, shows, eyebrow, crumbs, children }: HeaderProps) {
  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">
          {eyebrow ?? (
            <Link to={`/coalitions/${coalition.id}`} className="page-header__link">
              {coalition.name}
            </Link>
          )}
          {crumbs}
        </p>
        <PageTitle title={title === coalition.name ? title : `${title} – ${coalition.name}`}>{title}</PageTitle>
        {children}
        <VisibilityLine coalition={coalition} shows={shows} />
      </div>
      <CoalitionTabs coalitionId={coalition.id} />
    </>
  );
}

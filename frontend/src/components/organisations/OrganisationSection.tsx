import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OrganisationRead } from '../../client/types.gen';
import { PageTitle } from '../ui/misc';

interface HeaderProps {
  organisation: Pick<OrganisationRead, 'id' | 'name'>;
  /** The page's h1. */
  title: string;
  /** Links after the organisation's name in the eyebrow (e.g. back to a list). */
  crumbs?: ReactNode;
  /** Under the title: badges or an introduction. */
  children?: ReactNode;
}

/** The header of a page inside an organisation's workspace: its name, then the h1. */
export function OrganisationSectionHeader({ organisation, title, crumbs, children }: HeaderProps) {
  return (
    <div className="page-header">
      <p className="page-header__eyebrow">
        <Link to={`/organisations/${organisation.id}`} className="page-header__link">
          {organisation.name}
        </Link>
        {crumbs}
      </p>
      <PageTitle title={`${title} – ${organisation.name}`}>{title}</PageTitle>
      {children}
    </div>
  );
}

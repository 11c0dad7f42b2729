import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IssueRead, OrganisationRead } from '../../client/types.gen';
import { OrganisationSectionHeader } from '../organisations/OrganisationSection';
import { Badge } from '../ui/RoleBadge';

/** The header of the issue's crisis and approach pages, with a way between them. */
export function IssueSubpageHeader({ organisation, issue, page }: { organisation: OrganisationRead; issue: IssueRead; page: 'crisis' | 'approach' }) {
  const { t } = useTranslation();
  const base = `/organisations/${organisation.id}/issues`;
  const title = page === 'crisis' ? t('crisis.title') : t('approach.title');
  const other = page === 'crisis' ? 'approach' : 'crisis';
  return (
    <OrganisationSectionHeader
      organisation={organisation}
      title={`${title}: ${issue.title}`}
      crumbs={
        <>
          {' · '}
          <Link to={base} className="page-header__link">
            {t('approach.issues')}
          </Link>
          {' · '}
          <Link to={`${base}/${issue.id}`} className="page-header__link">
            {issue.title}
          </Link>
        </>
      }
    >
      <p className="page-header__meta issue-subpage__meta">
        <Badge tone={issue.status === 'crisis' ? 'accent' : 'neutral'}>{t(`approach.statuses.${issue.status}`)}</Badge>
        <Link to={`${base}/${issue.id}/${other}`}>{other === 'crisis' ? t('crisis.title') : t('approach.title')}</Link>
      </p>
    </OrganisationSectionHeader>
  );
}

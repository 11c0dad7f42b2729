import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IssueRead } from '../../client/types.gen';
import { useAudience } from '../organisations/audience';
import { Badge } from '../ui/RoleBadge';

/** The register as a table; on a phone each issue is a card. */
export function IssueTable({ organisationId, issues }: { organisationId: string; issues: readonly IssueRead[] }) {
  const { t } = useTranslation();
  const context = useAudience();
  const none = <span className="muted">{t('issues.none')}</span>;
  return (
    <div className="table-wrap">
      <table className="data-table stakeholder-table issue-table">
        <caption className="visually-hidden">{t('issues.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('issues.fieldTitle')}</th>
            <th scope="col">{t('issues.priority')}</th>
            <th scope="col">{t('issues.phase')}</th>
            <th scope="col">{t('issues.status')}</th>
            <th scope="col">{t('issues.owner')}</th>
            <th scope="col">{t('issues.tags')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id} data-issue={issue.title}>
              <th scope="row" className="stakeholder-table__name">
                <Link to={`/organisations/${organisationId}/issues/${issue.id}`}>{issue.title}</Link>
                <span className="partner-table__meta">{t(`issues.scopes.${issue.scope}`, { context })}</span>
              </th>
              <td data-label={t('issues.priority')}>
                <PriorityBadge issue={issue} />
              </td>
              <td data-label={t('issues.phase')}>{t(`issues.phases.${issue.phase}`)}</td>
              <td data-label={t('issues.status')}>
                <StatusBadge status={issue.status} />
              </td>
              <td data-label={t('issues.owner')}>{issue.owner?.name ?? none}</td>
              <td data-label={t('issues.tags')}>
                {issue.tags.length > 0 ? (
                  <span className="tag-list">
                    {issue.tags.map((tag) => (
                      <Badge key={tag} tone="muted">
                        {tag}
                      </Badge>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PriorityBadge({ issue }: { issue: Pick<IssueRead, 'impact' | 'urgency' | 'priority'> }) {
  const { t } = useTranslation();
  return (
    <span
      className={`priority priority--${issue.priority.band}`}
      title={t('issues.priorityWhy', { impact: issue.impact, urgency: issue.urgency, score: issue.priority.score })}
    >
      {t(`issues.bands.${issue.priority.band}`)} · {issue.priority.score}
    </span>
  );
}

export function StatusBadge({ status }: { status: IssueRead['status'] }) {
  const { t } = useTranslation();
  const tone = status === 'crisis' ? 'accent' : status === 'closed' ? 'muted' : status === 'active' ? 'success' : 'neutral';
  return <Badge tone={tone}>{t(`issues.statuses.${status}`)}</Badge>;
}

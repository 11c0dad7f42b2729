import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCrisis } from '../api/crisis';
import { useIssue } from '../api/issues';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { AssessmentPanel } from '../components/crisis/AssessmentPanel';
import { AssessmentHistory, ProtocolHistory } from '../components/crisis/CrisisHistory';
import { IssueSubpageHeader } from '../components/crisis/IssueHeader';
import { ProtocolPanel } from '../components/crisis/ProtocolPanel';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';
import '../styles/crisis.css';

/** /organisations/:id/issues/:issueId/crisis — issue or crisis?, the protocol, and history. */
export function IssueCrisisPage() {
  const { organisationId = '', issueId = '' } = useParams();
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();
  const issue = useIssue(organisationId, issueId);
  const crisis = useCrisis(organisationId, issueId);

  if (issue.isPending || crisis.isPending) return <Loading />;
  if (issue.isError) return <PageError error={issue.error} />;
  if (crisis.isError) return <PageError error={crisis.error} />;
  const active = crisis.data.active_protocol;
  return (
    <>
      <IssueSubpageHeader organisation={org} issue={issue.data} page="crisis" />
      <div className="stack">
        {active ? (
          <>
            <div role="status" className="alert alert--error crisis-banner">
              {t('crisis.activeBanner', { number: active.number })}
            </div>
            <ProtocolPanel organisationId={organisationId} issueId={issueId} protocol={active} />
          </>
        ) : (
          <AssessmentPanel key={crisis.data.latest_assessment?.id ?? 'none'} organisationId={organisationId} issueId={issueId} latest={crisis.data.latest_assessment} />
        )}
        <AssessmentHistory organisationId={organisationId} issueId={issueId} />
        <ProtocolHistory organisationId={organisationId} issueId={issueId} />
      </div>
    </>
  );
}

import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIssue } from '../api/issues';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { CoalitionPanel } from '../components/approach/CoalitionPanel';
import { CommunicationPlan } from '../components/approach/CommunicationPlan';
import { AgendaPanel, PolicyLinksPanel } from '../components/approach/InsidePanels';
import { PositionPaperPanel } from '../components/approach/PositionPaperPanel';
import { ReputationPanel } from '../components/approach/ReputationPanel';
import { IssueSubpageHeader } from '../components/crisis/IssueHeader';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';
import '../styles/crisis.css';

/** /organisations/:id/issues/:issueId/approach — inside (agenda, policy) and outside (reputation,
 * position paper, communication plan, partners). */
export function IssueApproachPage() {
  const { organisationId = '', issueId = '' } = useParams();
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();
  const issue = useIssue(organisationId, issueId);

  if (issue.isPending) return <Loading />;
  if (issue.isError) return <PageError error={issue.error} />;
  const props = { organisationId, issueId };
  return (
    <>
      <IssueSubpageHeader organisation={org} issue={issue.data} page="approach" />
      <div className="stack">
        <section className="stack" aria-labelledby="inside-heading">
          <div>
            <p id="inside-heading" className="approach-part">
              {t('approach.insideHeading')}
            </p>
            <p className="muted">{t('approach.insideIntro')}</p>
          </div>
          <div className="approach-columns">
            <AgendaPanel {...props} />
            <PolicyLinksPanel {...props} />
          </div>
        </section>
        <section className="stack" aria-labelledby="outside-heading">
          <div>
            <p id="outside-heading" className="approach-part">
              {t('approach.outsideHeading')}
            </p>
            <p className="muted">{t('approach.outsideIntro')}</p>
          </div>
          <ReputationPanel {...props} />
          <PositionPaperPanel {...props} issueTitle={issue.data.title} />
          <CommunicationPlan {...props} protocolId={null} />
          <CoalitionPanel {...props} issueTitle={issue.data.title} />
        </section>
      </div>
    </>
  );
}

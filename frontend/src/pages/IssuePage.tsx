import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIssue } from '../api/issues';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { IssueEvaluations } from '../components/issues/IssueEvaluations';
import { IssueOverview } from '../components/issues/IssueOverview';
import { IssuePlanning } from '../components/issues/IssuePlanning';
import { IssueStakeholders } from '../components/issues/IssueStakeholders';
import { PriorityBadge, StatusBadge } from '../components/issues/IssueTable';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';
import '../styles/issues.css';

const TABS = ['overview', 'stakeholders', 'planning', 'evaluations'] as const;
type TabId = (typeof TABS)[number];

/** /organisations/:id/issues/:issueId — one issue with tabs: overview, stakeholders, planning, evaluations. */
export function IssuePage() {
  const { organisationId = '', issueId = '' } = useParams();
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();
  const issue = useIssue(organisationId, issueId);
  const [params, setParams] = useSearchParams();
  const tab: TabId = TABS.includes(params.get('tab') as TabId) ? (params.get('tab') as TabId) : 'overview';

  if (issue.isPending) return <Loading />;
  if (issue.isError) return <PageError error={issue.error} />;
  const data = issue.data;

  function setTab(key: Key) {
    const next = new URLSearchParams(params);
    next.set('tab', String(key));
    setParams(next, { replace: true });
  }

  return (
    <>
      <OrganisationSectionHeader
        organisation={org}
        title={data.title}
        crumbs={
          <>
            {' · '}
            <Link to={`/organisations/${org.id}/issues`} className="page-header__link">
              {t('issues.title')}
            </Link>
          </>
        }
      >
        <p className="page-header__meta issue-header-meta">
          <span>{t(`issues.phases.${data.phase}`)}</span>
          <StatusBadge status={data.status} />
          <PriorityBadge issue={data} />
        </p>
        <nav aria-label={t('issues.workLinks.label')} className="issue-work-links">
          <Link to={`/organisations/${org.id}/issues/${data.id}/crisis`} className={data.status === 'crisis' ? 'button button--primary button--small' : 'button button--secondary button--small'}>
            {data.status === 'crisis' ? t('issues.workLinks.crisisActive') : t('issues.workLinks.crisis')}
          </Link>
          <Link to={`/organisations/${org.id}/issues/${data.id}/approach`} className="button button--secondary button--small">
            {t('issues.workLinks.approach')}
          </Link>
          <Link to={`/organisations/${org.id}/confrontation?issue=${data.id}`} className="button button--secondary button--small">
            {t('issues.workLinks.confrontation')}
          </Link>
        </nav>
      </OrganisationSectionHeader>
      <Tabs selectedKey={tab} onSelectionChange={setTab} className="issue-tabs">
        <TabList aria-label={t('issues.sections')} className="issue-tabs__list">
          {TABS.map((id) => (
            <Tab key={id} id={id} className="issue-tabs__tab">
              {t(`issues.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="overview" className="issue-tabs__panel">
          <IssueOverview organisationId={org.id} issue={data} />
        </TabPanel>
        <TabPanel id="stakeholders" className="issue-tabs__panel">
          <IssueStakeholders organisationId={org.id} issueId={data.id} />
        </TabPanel>
        <TabPanel id="planning" className="issue-tabs__panel">
          <IssuePlanning organisationId={org.id} issueId={data.id} />
        </TabPanel>
        <TabPanel id="evaluations" className="issue-tabs__panel">
          <IssueEvaluations organisationId={org.id} issue={data} />
        </TabPanel>
      </Tabs>
    </>
  );
}

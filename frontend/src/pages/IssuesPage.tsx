import { useState } from 'react';
import { Button, Input, Label, SearchField, Switch, Tab, TabList, TabPanel, Tabs, TextField, type Key } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateIssue, useHeatMap, useIssues } from '../api/issues';
import type { IssuePhase, IssueStatus } from '../client/types.gen';
import { audienceOf } from '../components/organisations/audience';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { BudgetOverviewPanel } from '../components/issues/BudgetOverviewPanel';
import { HeatMapTable } from '../components/issues/HeatMapTable';
import { IssueForm } from '../components/issues/IssueForm';
import { IssueTable } from '../components/issues/IssueTable';
import { issueQuery, NO_FILTERS, PHASES, STATUSES, type IssueFilters } from '../components/issues/issues';
import { PhaseBoard } from '../components/issues/PhaseBoard';
import { SelectInput } from '../components/ui/fields';
import { Loading } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import '../styles/issues.css';

const ALL = 'all';
const VIEWS = ['list', 'heat-map', 'board'] as const;
type View = (typeof VIEWS)[number];

/** /organisations/:id/issues — the issue inventory: list, heat map, board by phase; budget; new issue. */
export function IssuesPage() {
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();

  const title = t('issues.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('issues.intro', { context: audienceOf(org.kind) })}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Inventory organisationId={org.id} />
        <BudgetOverviewPanel organisationId={org.id} />
        <NewIssue organisationId={org.id} />
      </div>
    </>
  );
}

function Inventory({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view: View = VIEWS.includes(params.get('view') as View) ? (params.get('view') as View) : 'list';
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [filters, setFilters] = useState<Omit<IssueFilters, 'q' | 'tag'>>(NO_FILTERS);
  const q = useDebouncedValue(search, 300);
  const debouncedTag = useDebouncedValue(tag, 300);
  const query = issueQuery({ ...filters, q, tag: debouncedTag });
  const { cell, ...withoutCell } = filters;
  const heatQuery = issueQuery({ ...withoutCell, cell: null, q, tag: debouncedTag });
  // The board shows every phase at once: one large page.
  const list = useIssues(organisationId, view === 'board' ? { ...query, phase: undefined } : query, view === 'board' ? 200 : 50);
  const heatMap = useHeatMap(organisationId, heatQuery);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  function setView(key: Key) {
    const next = new URLSearchParams(params);
    next.set('view', String(key));
    setParams(next, { replace: true });
  }

  return (
    <section className="panel stack" aria-labelledby="inventory-heading">
      <h2 id="inventory-heading">{t('issues.inventory')}</h2>
      <div className="filters" role="group" aria-label={t('issues.filters')}>
        <SearchField className="field filters__search" value={search} onChange={setSearch}>
          <Label className="field__label">{t('issues.search')}</Label>
          <Input className="field__input" />
        </SearchField>
        <SelectInput
          name="filter-status"
          label={t('issues.status')}
          selectedKey={filters.status ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, status: key === ALL ? null : (key as IssueStatus) }))}
          options={[{ id: ALL, label: t('issues.allStatuses') }, ...STATUSES.map((id) => ({ id, label: t(`issues.statuses.${id}`) }))]}
        />
        {view === 'board' ? null : (
          <SelectInput
            name="filter-phase"
            label={t('issues.phase')}
            selectedKey={filters.phase ?? ALL}
            onSelectionChange={(key) => setFilters((f) => ({ ...f, phase: key === ALL ? null : (key as IssuePhase) }))}
            options={[{ id: ALL, label: t('issues.allPhases') }, ...PHASES.map((id) => ({ id, label: t(`issues.phases.${id}`) }))]}
          />
        )}
        <TextField className="field" value={tag} onChange={setTag}>
          <Label className="field__label">{t('issues.tag')}</Label>
          <Input className="field__input" />
        </TextField>
        <Switch className="switch" isSelected={filters.showClosed} onChange={(showClosed) => setFilters((f) => ({ ...f, showClosed }))}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          {t('issues.showClosed')}
        </Switch>
      </div>
      {cell ? (
        <p className="filter-chip" role="status">
          {t('issues.cellFilter', { impact: cell.impact, urgency: cell.urgency })}{' '}
          <Button className="button button--quiet button--small" onPress={() => setFilters((f) => ({ ...f, cell: null }))}>
            {t('issues.clearCell')}
          </Button>
        </p>
      ) : null}
      <Tabs selectedKey={view} onSelectionChange={setView} className="issue-tabs">
        <TabList aria-label={t('issues.views')} className="issue-tabs__list">
          <Tab id="list" className="issue-tabs__tab">
            {t('issues.viewList')}
          </Tab>
          <Tab id="heat-map" className="issue-tabs__tab">
            {t('issues.viewHeatMap')}
          </Tab>
          <Tab id="board" className="issue-tabs__tab">
            {t('issues.viewBoard')}
          </Tab>
        </TabList>
        <TabPanel id="list" className="issue-tabs__panel">
          {list.isPending ? <Loading /> : null}
          {list.isError ? <QueryError error={list.error} /> : null}
          {list.data && items.length === 0 ? <p className="empty">{t('issues.empty')}</p> : null}
          {items.length > 0 ? (
            <>
              <IssueTable organisationId={organisationId} issues={items} />
              <p className="table-note muted" role="status">
                {t('issues.shown', { count: items.length })}
              </p>
            </>
          ) : null}
          {list.hasNextPage ? (
            <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
              {t('issues.loadMore')}
            </Button>
          ) : null}
        </TabPanel>
        <TabPanel id="heat-map" className="issue-tabs__panel">
          <p className="muted">{t('issues.heatIntro')}</p>
          {heatMap.isPending ? <Loading /> : null}
          {heatMap.isError ? <QueryError error={heatMap.error} /> : null}
          {heatMap.data ? (
            <HeatMapTable
              heatMap={heatMap.data}
              selected={cell}
              onSelect={(chosen) => {
                setFilters((f) => ({ ...f, cell: chosen }));
                setView('list');
              }}
            />
          ) : null}
        </TabPanel>
        <TabPanel id="board" className="issue-tabs__panel">
          {list.isPending ? <Loading /> : null}
          {list.isError ? <QueryError error={list.error} /> : null}
          {list.data ? <PhaseBoard organisationId={organisationId} issues={items} /> : null}
        </TabPanel>
      </Tabs>
    </section>
  );
}

function NewIssue({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateIssue(organisationId);
  const navigate = useNavigate();
  return (
    <section className="panel panel--form" aria-labelledby="new-issue-heading">
      <h2 id="new-issue-heading">{t('issues.newHeading')}</h2>
      <p className="muted">{t('issues.newIntro')}</p>
      <IssueForm
        organisationId={organisationId}
        error={mutation.error}
        isPending={mutation.isPending}
        submitLabel={t('issues.create')}
        onSubmit={(body) => mutation.mutate(body, { onSuccess: (issue) => navigate(`/organisations/${organisationId}/issues/${issue.id}`) })}
      />
    </section>
  );
}

import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePlanActions, usePlanCoverage } from '../api/plan';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { ActionForm } from '../components/plan/ActionForm';
import { ActionTable } from '../components/plan/ActionTable';
import { CoveragePanel } from '../components/plan/CoveragePanel';
import { StructuresPanel } from '../components/plan/StructuresPanel';
import { Loading, Notice } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import '../styles/meetings.css';

/** /coalitions/:id/plan — the plan of approach: actions, their coverage, working structures. */
export function PlanPage() {
  const { coalitionId = '' } = useParams();
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const actions = usePlanActions(coalitionId);
  const coverage = usePlanCoverage(coalitionId);
  const [message, setMessage] = useState<string | null>(null);

  const title = t('plan.title');

  return (
    <>
      <CoalitionSectionHeader coalition={c} title={title} shows={['plan']}>
        <p className="lead">{t('plan.intro')}</p>
      </CoalitionSectionHeader>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <div className="stack">
        {coverage.isPending ? <Loading /> : null}
        {coverage.isError ? <QueryError error={coverage.error} /> : null}
        {coverage.data ? <CoveragePanel coverage={coverage.data} /> : null}
        <section className="panel panel--table" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('plan.actionsHeading')}</h2>
          {actions.isPending ? <Loading /> : null}
          {actions.isError ? <QueryError error={actions.error} /> : null}
          {actions.data && actions.data.length === 0 ? <p className="empty">{c.can_manage ? t('plan.actionsEmptyManage') : t('plan.actionsEmpty')}</p> : null}
          {actions.data && actions.data.length > 0 ? (
            <ActionTable coalitionId={c.id} actions={actions.data} canManage={c.can_manage} onChanged={setMessage} />
          ) : null}
        </section>
        {c.can_manage ? (
          <section className="panel" aria-labelledby="add-action-heading">
            <h2 id="add-action-heading">{t('plan.addActionHeading')}</h2>
            <ActionForm coalitionId={c.id} action={null} onDone={(name) => setMessage(t('plan.actionAdded', { title: name }))} />
          </section>
        ) : null}
        <StructuresPanel coalitionId={c.id} canManage={c.can_manage} />
      </div>
    </>
  );
}

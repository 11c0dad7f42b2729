import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateCollaboration, useDeleteCollaboration, usePortfolio, type PortfolioQuery } from '../api/portfolio';
import { RELEVANCES, type Relevance } from '../api/types';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { CollaborationCard } from '../components/portfolio/CollaborationCard';
import { CollaborationForm } from '../components/portfolio/CollaborationForm';
import { SelectInput } from '../components/ui/fields';
import { Loading, Notice } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import '../styles/controls.css';
import '../styles/portfolio.css';

const ALL = 'all';

/** /organisations/:id/portfolio — the organisation's collaborations, reviewed and paused (DOMAIN.md §3). */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();

  const title = t('portfolio.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('portfolio.intro')}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Collaborations organisationId={org.id} />
        <AddCollaboration organisationId={org.id} />
      </div>
    </>
  );
}

function Collaborations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<string>(ALL);
  const [relevance, setRelevance] = useState<string>(ALL);
  const [deleted, setDeleted] = useState<string | null>(null);
  const remove = useDeleteCollaboration(organisationId);
  const deletion = {
    remove: (c: { id: string; title: string }) => {
      setDeleted(null);
      remove.mutate(c.id, { onSuccess: () => setDeleted(c.title) });
    },
    pendingId: remove.isPending ? (remove.variables ?? null) : null,
    error: remove.error,
  };
  const query: PortfolioQuery = {};
  if (state !== ALL) query.paused = state === 'paused';
  if (relevance !== ALL) query.relevance = relevance as Relevance;
  const portfolio = usePortfolio(organisationId, query);
  const items = portfolio.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = state !== ALL || relevance !== ALL;
  return (
    <section className="panel portfolio-list" aria-labelledby="collaborations-heading">
      <h2 id="collaborations-heading">{t('portfolio.listHeading')}</h2>
      <div className="filters" role="group" aria-label={t('portfolio.filters')}>
        <SelectInput
          name="state"
          label={t('portfolio.filterState')}
          selectedKey={state}
          onSelectionChange={setState}
          options={[
            { id: ALL, label: t('portfolio.all') },
            { id: 'running', label: t('portfolio.running') },
            { id: 'paused', label: t('portfolio.pausedOnly') },
          ]}
        />
        <SelectInput
          name="relevance_filter"
          label={t('portfolio.filterRelevance')}
          selectedKey={relevance}
          onSelectionChange={setRelevance}
          options={[{ id: ALL, label: t('portfolio.all') }, ...RELEVANCES.map((r) => ({ id: r, label: t(`portfolio.relevances.${r}`) }))]}
        />
      </div>
      {deleted ? <Notice tone="success">{t('portfolio.deleted', { title: deleted })}</Notice> : null}
      {portfolio.isPending ? <Loading /> : null}
      {portfolio.isError ? <QueryError error={portfolio.error} /> : null}
      {portfolio.data && items.length === 0 ? <p className="empty">{filtered ? t('portfolio.noneMatch') : t('portfolio.empty')}</p> : null}
      <div className="collaboration-list">
        {items.map((c) => (
          <CollaborationCard key={c.id} organisationId={organisationId} collaboration={c} deletion={deletion} />
        ))}
      </div>
      {portfolio.hasNextPage ? (
        <Button className="button button--secondary" onPress={() => portfolio.fetchNextPage()} isPending={portfolio.isFetchingNextPage}>
          {t('portfolio.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}

function AddCollaboration({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateCollaboration(organisationId);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="panel panel--form" aria-labelledby="add-collaboration-heading">
      <h2 id="add-collaboration-heading">{t('portfolio.addHeading')}</h2>
      <CollaborationForm
        organisationId={organisationId}
        error={mutation.error}
        isPending={mutation.isPending}
        submitLabel={t('portfolio.add')}
        onSubmit={(body, reset) => {
          setAdded(null);
          mutation.mutate(body, {
            onSuccess: (c) => {
              reset();
              setAdded(c.title);
            },
          });
        }}
      />
      {added ? <Notice tone="success">{t('portfolio.added', { title: added })}</Notice> : null}
    </section>
  );
}

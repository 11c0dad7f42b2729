import { useState } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSignals } from '../api/signals';
import type { SignalSide, SignalSource, SignalStatus } from '../client/types.gen';
import { audienceOf } from '../components/organisations/audience';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { AddSignalForm } from '../components/signals/AddSignalForm';
import { FeedsPanel } from '../components/signals/FeedsPanel';
import { SignalCard } from '../components/signals/SignalCard';
import { INBOX, SIDES, signalQuery, SOURCES, STATUSES, type SignalFilters } from '../components/signals/signals';
import { SelectInput } from '../components/ui/fields';
import { Loading } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import '../styles/signals.css';

const ALL = 'all';

/** /organisations/:id/signals — the signal inbox with triage, adding signals, and feeds. */
export function SignalsPage() {
  const { t } = useTranslation();
  const { organisation: org, canManage } = useOrganisationWorkspace();

  const title = t('signals.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('signals.intro', { context: audienceOf(org.kind) })}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Inbox organisationId={org.id} />
        <AddSignalForm organisationId={org.id} />
        <FeedsPanel organisationId={org.id} canManage={canManage} />
      </div>
    </>
  );
}

function Inbox({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<SignalFilters, 'q'>>(INBOX);
  const q = useDebouncedValue(search, 300);
  const list = useSignals(organisationId, signalQuery({ ...filters, q }));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = q.trim() !== '' || filters.status !== null || filters.source !== null || filters.side !== null;

  return (
    <section className="panel stack" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('signals.inboxHeading')}</h2>
      <div className="filters" role="group" aria-label={t('signals.filters')}>
        <SearchField className="field filters__search" value={search} onChange={setSearch}>
          <Label className="field__label">{t('signals.search')}</Label>
          <Text slot="description" className="field__description">
            {t('signals.searchHint')}
          </Text>
          <Input className="field__input" />
        </SearchField>
        <SelectInput
          name="filter-status"
          label={t('signals.status')}
          selectedKey={filters.status ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, status: key === ALL ? null : (key as SignalStatus) }))}
          options={[{ id: ALL, label: t('signals.allStatuses') }, ...STATUSES.map((id) => ({ id, label: t(`signals.statuses.${id}`) }))]}
        />
        <SelectInput
          name="filter-side"
          label={t('signals.side')}
          selectedKey={filters.side ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, side: key === ALL ? null : (key as SignalSide) }))}
          options={[{ id: ALL, label: t('signals.bothSides') }, ...SIDES.map((id) => ({ id, label: t(`signals.sides.${id}`) }))]}
        />
        <SelectInput
          name="filter-source"
          label={t('signals.source')}
          selectedKey={filters.source ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, source: key === ALL ? null : (key as SignalSource) }))}
          options={[{ id: ALL, label: t('signals.allSources') }, ...SOURCES.map((id) => ({ id, label: t(`signals.sources.${id}`) }))]}
        />
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} /> : null}
      {list.data && items.length === 0 ? <p className="empty">{filtered ? t('signals.noMatch') : t('signals.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <ul className="card-list signal-list">
            {items.map((signal) => (
              <SignalCard key={signal.id} organisationId={organisationId} signal={signal} />
            ))}
          </ul>
          <p className="table-note muted" role="status">
            {t('signals.shown', { count: items.length })}
          </p>
        </>
      ) : null}
      {list.hasNextPage ? (
        <div>
          <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
            {t('signals.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

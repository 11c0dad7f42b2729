import { useState } from 'react';
import { Button, Input, Label, SearchField, Switch, Text } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportStakeholders, useCreateStakeholder, useOpenFollowUps, useStakeholders } from '../api/stakeholders';
import { currentLocale } from '../i18n';
import { formatDate } from '../lib/format';
import { STAKEHOLDER_KINDS, STAKEHOLDER_TYPES, type Stakeholder, type StakeholderKind, type StakeholderType } from '../api/types';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { download } from '../components/partners/exportChart';
import { StakeholderForm } from '../components/stakeholders/StakeholderForm';
import { exportFileName, NO_FILTERS, stakeholderQuery, type StakeholderFilters } from '../components/stakeholders/stakeholders';
import { SelectInput } from '../components/ui/fields';
import { Loading, Notice } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import '../styles/controls.css';

const ALL = 'all';

/** /organisations/:id/stakeholders — the register: search, filters, list, export, add. */
export function StakeholdersPage() {
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();

  const title = t('stakeholders.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('stakeholders.intro')}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Register organisationId={org.id} />
        <OpenFollowUps organisationId={org.id} />
        <AddStakeholder organisationId={org.id} />
      </div>
    </>
  );
}

function Register({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<StakeholderFilters, 'q'>>(NO_FILTERS);
  const q = useDebouncedValue(search, 300);
  const query = stakeholderQuery({ ...filters, q });
  const list = useStakeholders(organisationId, query);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = query.q !== undefined || query.type !== undefined || query.kind !== undefined;

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      download(await exportStakeholders(organisationId, query), exportFileName(new Date()));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="panel stack" aria-labelledby="register-heading">
      <div className="panel__header">
        <h2 id="register-heading">{t('stakeholders.listHeading')}</h2>
        <Button className="button button--secondary button--small" onPress={exportCsv} isPending={exporting}>
          {t('stakeholders.export')}
        </Button>
      </div>
      {exportError ? <QueryError error={exportError} title={t('stakeholders.exportFailed')} /> : null}
      <div className="filters" role="group" aria-label={t('stakeholders.filters')}>
        <SearchField className="field filters__search" value={search} onChange={setSearch}>
          <Label className="field__label">{t('stakeholders.search')}</Label>
          <Text slot="description" className="field__description">
            {t('stakeholders.searchHint')}
          </Text>
          <Input className="field__input" />
        </SearchField>
        <SelectInput
          name="filter-type"
          label={t('stakeholders.type')}
          selectedKey={filters.type ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, type: key === ALL ? null : (key as StakeholderType) }))}
          options={[{ id: ALL, label: t('stakeholders.allTypes') }, ...STAKEHOLDER_TYPES.map((id) => ({ id, label: t(`stakeholders.types.${id}`) }))]}
        />
        <SelectInput
          name="filter-kind"
          label={t('stakeholders.kind')}
          selectedKey={filters.kind ?? ALL}
          onSelectionChange={(key) => setFilters((f) => ({ ...f, kind: key === ALL ? null : (key as StakeholderKind) }))}
          options={[{ id: ALL, label: t('stakeholders.allKinds') }, ...STAKEHOLDER_KINDS.map((id) => ({ id, label: t(`stakeholders.kinds.${id}`) }))]}
        />
        <Switch className="switch" isSelected={filters.archived} onChange={(archived) => setFilters((f) => ({ ...f, archived }))}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          {t('stakeholders.showArchived')}
        </Switch>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} /> : null}
      {list.data && items.length === 0 ? (
        <p className="empty">{filtered ? t('stakeholders.noMatch') : filters.archived ? t('stakeholders.emptyArchived') : t('stakeholders.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <>
          <StakeholderTable organisationId={organisationId} items={items} />
          <p className="table-note muted" role="status">
            {t('stakeholders.shown', { count: items.length })}
          </p>
        </>
      ) : null}
      {list.hasNextPage ? (
        <div>
          <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
            {t('stakeholders.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function StakeholderTable({ organisationId, items }: { organisationId: string; items: Stakeholder[] }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('stakeholders.none')}</span>;
  return (
    <div className="table-wrap">
      <table className="data-table stakeholder-table">
        <caption className="visually-hidden">{t('stakeholders.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.name')}</th>
            <th scope="col">{t('stakeholders.type')}</th>
            <th scope="col">{t('stakeholders.sector')}</th>
            <th scope="col">{t('stakeholders.region')}</th>
            <th scope="col">{t('stakeholders.tags')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} data-stakeholder={s.name}>
              <th scope="row" className="stakeholder-table__name">
                <Link to={`/organisations/${organisationId}/stakeholders/${s.id}`}>{s.name}</Link>
                <span className="partner-table__meta">
                  {t(`stakeholders.kinds.${s.kind}`)}
                  {s.archived_at ? ` · ${t('stakeholders.archivedBadge')}` : ''}
                </span>
              </th>
              <td data-label={t('stakeholders.type')}>{t(`stakeholders.types.${s.type}`)}</td>
              <td data-label={t('stakeholders.sector')}>{s.sector || none}</td>
              <td data-label={t('stakeholders.region')}>{s.region || none}</td>
              <td data-label={t('stakeholders.tags')}>
                {s.tags.length > 0 ? (
                  <span className="tag-list">
                    {s.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
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

function OpenFollowUps({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const followUps = useOpenFollowUps(organisationId);
  const locale = currentLocale();
  return (
    <section className="panel panel--form" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('stakeholders.openFollowUps')}</h2>
      {followUps.isPending ? <Loading /> : null}
      {followUps.isError ? <QueryError error={followUps.error} /> : null}
      {followUps.data && followUps.data.items.length === 0 ? <p className="empty">{t('stakeholders.noOpenFollowUps')}</p> : null}
      {followUps.data && followUps.data.items.length > 0 ? (
        <ul className="item-list">
          {followUps.data.items.map((f) => (
            <li key={f.id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">{f.description}</span>
                <span className="item-list__meta">
                  <Link to={`/organisations/${organisationId}/stakeholders/${f.stakeholder_id}`}>{f.stakeholder_name}</Link>
                  {f.owner_name ? ` · ${f.owner_name}` : ''}
                  {f.due_on ? ` · ${t('stakeholders.due', { date: formatDate(f.due_on, locale) })}` : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AddStakeholder({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateStakeholder(organisationId);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="panel panel--form" aria-labelledby="add-stakeholder-heading">
      <h2 id="add-stakeholder-heading">{t('stakeholders.addHeading')}</h2>
      <StakeholderForm
        error={mutation.error}
        isPending={mutation.isPending}
        submitLabel={t('stakeholders.addSubmit')}
        onSubmit={(body, _form, reset) => {
          setAdded(null);
          mutation.mutate(body, {
            onSuccess: (stakeholder) => {
              reset();
              setAdded(stakeholder.name);
            },
          });
        }}
      />
      {added ? <Notice tone="success">{t('stakeholders.added', { name: added })}</Notice> : null}
    </section>
  );
}

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useArchiveStakeholder, useStakeholder, useUpdateStakeholder } from '../api/stakeholders';
import type { Stakeholder } from '../api/types';
import { InteractionForm } from '../components/stakeholders/InteractionForm';
import { StakeholderForm } from '../components/stakeholders/StakeholderForm';
import { Timeline } from '../components/stakeholders/Timeline';
import { Loading, Notice, PageTitle } from '../components/ui/misc';
import { PageError, QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { currentLocale } from '../i18n';
import { formatDate } from '../lib/format';
import '../styles/controls.css';

/** /organisations/:id/stakeholders/:stakeholderId — details, contacts, edit, archive, timeline. */
export function StakeholderPage() {
  const { organisationId = '', stakeholderId = '' } = useParams();
  const { t } = useTranslation();
  const stakeholder = useStakeholder(organisationId, stakeholderId);
  const archive = useArchiveStakeholder(organisationId, stakeholderId);
  const [archiveNotice, setArchiveNotice] = useState<string | null>(null);
  const locale = currentLocale();

  if (stakeholder.isPending) return <Loading />;
  if (stakeholder.isError) return <PageError error={stakeholder.error} />;
  const s = stakeholder.data;
  const archived = s.archived_at !== null;

  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">
          <Link to={`/organisations/${organisationId}/stakeholders`} className="page-header__link">
            {t('stakeholders.back')}
          </Link>
        </p>
        <PageTitle title={s.name}>{s.name}</PageTitle>
        <p className="card__badges">
          <Badge tone="accent">{t(`stakeholders.types.${s.type}`)}</Badge>
          <Badge>{t(`stakeholders.kinds.${s.kind}`)}</Badge>
          {archived ? <Badge tone="muted">{t('stakeholders.archivedBadge')}</Badge> : null}
        </p>
      </div>
      {archived && s.archived_at ? <p className="alert alert--info">{t('stakeholders.archivedOn', { date: formatDate(s.archived_at, locale) })}</p> : null}
      <div className="button-row page-actions">
        <Button
          className="button button--secondary"
          isPending={archive.isPending}
          onPress={() => {
            setArchiveNotice(null);
            archive.mutate(!archived, {
              onSuccess: (result) =>
                setArchiveNotice(t(result.archived_at ? 'stakeholders.archivedDone' : 'stakeholders.unarchivedDone', { name: result.name })),
            });
          }}
        >
          {archived ? t('stakeholders.unarchive') : t('stakeholders.archive')}
        </Button>
      </div>
      {archive.isError ? <QueryError error={archive.error} /> : null}
      {archiveNotice ? <Notice tone="success">{archiveNotice}</Notice> : null}
      <div className="grid grid--two">
        <div className="stack">
          <Timeline organisationId={organisationId} stakeholderId={s.id} />
          <InteractionForm organisationId={organisationId} stakeholderId={s.id} />
        </div>
        <Details organisationId={organisationId} stakeholder={s} />
      </div>
    </>
  );
}

function Details({ organisationId, stakeholder: s }: { organisationId: string; stakeholder: Stakeholder }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useUpdateStakeholder(organisationId, s.id);
  const none = <span className="muted">{t('stakeholders.none')}</span>;
  return (
    <section className="panel" aria-labelledby="details-heading">
      <div className="panel__header">
        <h2 id="details-heading">{t('stakeholders.details')}</h2>
        <Button
          className="button button--secondary button--small"
          aria-expanded={editing}
          onPress={() => {
            setSaved(false);
            setEditing((e) => !e);
          }}
        >
          {editing ? t('common.cancel') : t('stakeholders.edit')}
        </Button>
      </div>
      {saved ? <Notice tone="success">{t('stakeholders.saved')}</Notice> : null}
      {editing ? (
        <StakeholderForm
          stakeholder={s}
          error={update.error}
          isPending={update.isPending}
          submitLabel={t('stakeholders.save')}
          onSubmit={(body) =>
            update.mutate(body, {
              onSuccess: () => {
                setEditing(false);
                setSaved(true);
              },
            })
          }
        />
      ) : (
        <>
          <dl className="facts facts--details">
            <div>
              <dt>{t('stakeholders.sector')}</dt>
              <dd>{s.sector || none}</dd>
            </div>
            <div>
              <dt>{t('stakeholders.region')}</dt>
              <dd>{s.region || none}</dd>
            </div>
            <div>
              <dt>{t('stakeholders.website')}</dt>
              <dd className="break">{s.website ? <a href={s.website} rel="noopener noreferrer" target="_blank">{s.website}</a> : none}</dd>
            </div>
            <div>
              <dt>{t('stakeholders.tags')}</dt>
              <dd>
                {s.tags.length > 0 ? (
                  <span className="tag-list">
                    {s.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </dd>
            </div>
            <div>
              <dt>{t('stakeholders.externalIds')}</dt>
              <dd className="break">
                {s.external_ids.length > 0 ? (
                  <ul className="plain-list">
                    {s.external_ids.map((e) => (
                      <li key={`${e.system}:${e.id}`}>
                        {e.system}: {e.id}
                      </li>
                    ))}
                  </ul>
                ) : (
                  none
                )}
              </dd>
            </div>
          </dl>
          {s.interests ? (
            <>
              <h3>{t('stakeholders.interests')}</h3>
              <p className="prose pre-line">{s.interests}</p>
            </>
          ) : null}
          {s.notes ? (
            <>
              <h3>{t('stakeholders.notes')}</h3>
              <p className="prose pre-line">{s.notes}</p>
            </>
          ) : null}
          <h3>{t('stakeholders.contacts')}</h3>
          {s.contacts.length === 0 ? <p className="muted">{t('stakeholders.noContacts')}</p> : null}
          {s.contacts.length > 0 ? (
            <ul className="item-list">
              {s.contacts.map((c, index) => (
                <li key={`${c.name}-${index}`} className="item-list__item">
                  <div className="item-list__main">
                    <span className="item-list__title">{c.name || none}</span>
                    {c.role ? <span className="item-list__meta">{c.role}</span> : null}
                    {c.email ? (
                      <a className="item-list__meta break" href={`mailto:${c.email}`}>
                        {c.email}
                      </a>
                    ) : null}
                    {c.phone ? (
                      <a className="item-list__meta" href={`tel:${c.phone.replace(/\s+/g, '')}`}>
                        {c.phone}
                      </a>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

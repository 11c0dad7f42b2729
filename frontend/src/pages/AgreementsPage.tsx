import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreements, useCreateAgreement } from '../api/agreements';
import { useCoalitionPartners } from '../api/partners';
import type { AgreementSummary, AgreementType } from '../client/types.gen';
import { FoundingPanel } from '../components/agreements/FoundingPanel';
import { AGREEMENT_TYPES, statusTone } from '../components/agreements/labels';
import { defaultParties, PartyChecklist } from '../components/agreements/PartyChecklist';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { SelectInput, TextAreaInput, TextInput } from '../components/ui/fields';
import { FormAlert, Loading, SubmitButton } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { currentLocale } from '../i18n';
import { formatDate } from '../lib/format';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required } from '../lib/validation';
import '../styles/agreements.css';

/** /coalitions/:id/agreements — the coalition's agreements and its founding. */
export function AgreementsPage() {
  const { coalitionId = '' } = useParams();
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const list = useAgreements(coalitionId);

  const title = t('agreements.title');
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <CoalitionSectionHeader coalition={c} title={title} shows={['agreements']}>
        <p className="lead">{t('agreements.intro')}</p>
      </CoalitionSectionHeader>
      <div className="grid grid--two">
        <div className="stack">
          <section className="panel stack" aria-labelledby="agreements-heading">
            <h2 id="agreements-heading">{t('agreements.listHeading')}</h2>
            {list.isPending ? <Loading /> : null}
            {list.isError ? <QueryError error={list.error} /> : null}
            {list.data && items.length === 0 ? (
              <p className="empty">
                {t('agreements.empty')} {c.can_manage ? t('agreements.emptyManage') : null}
              </p>
            ) : null}
            {items.length > 0 ? <AgreementList coalitionId={c.id} items={items} /> : null}
            {list.hasNextPage ? (
              <div>
                <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
                  {t('agreements.loadMore')}
                </Button>
              </div>
            ) : null}
          </section>
          {c.can_manage ? <NewAgreement coalitionId={c.id} /> : null}
        </div>
        {list.data ? <FoundingPanel coalitionId={c.id} agreements={items} rule={c.founding_signatories} canManage={c.can_manage} /> : null}
      </div>
    </>
  );
}

function AgreementList({ coalitionId, items }: { coalitionId: string; items: AgreementSummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className="item-list">
      {items.map((a) => (
        <li key={a.id} className="item-list__item" data-agreement={a.title}>
          <div className="item-list__main">
            <Link className="item-list__title" to={`/coalitions/${coalitionId}/agreements/${a.id}`}>
              {a.title}
            </Link>
            <span className="item-list__meta">
              {t(`agreements.types.${a.type}`)} · {t('agreements.version', { number: a.current_version })} ·{' '}
              {formatDate(a.updated_at, locale)}
            </span>
          </div>
          <p className="card__badges agreement-badges">
            <Badge tone={statusTone(a.status)}>{t(`agreements.statuses.${a.status}`)}</Badge>
            {a.signing_parties > 0 ? (
              <Badge tone="muted">{t('agreements.signedCount', { signed: a.signed, total: a.signing_parties })}</Badge>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

function NewAgreement({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement(coalitionId);
  const partners = useCoalitionPartners(coalitionId);
  // Null until the user changes the ticks: then the default follows the partner list.
  const [parties, setParties] = useState<Set<string> | null>(null);
  const errors = useFormErrors(create.error, ['type', 'title', 'content', 'party_ids']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const types = AGREEMENT_TYPES.map((type) => ({ id: type, label: t(`agreements.types.${type}`) }));
  return (
    <section className="panel" aria-labelledby="new-agreement-heading">
      <h2 id="new-agreement-heading">{t('agreements.newHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values) =>
          create.mutate(
            {
              type: (values.type || 'intent_declaration') as AgreementType,
              title: (values.title ?? '').trim(),
              content: values.content ?? '',
              party_ids: partners.data ? [...(parties ?? defaultParties(partners.data))] : null,
            },
            { onSuccess: (agreement) => navigate(`/coalitions/${coalitionId}/agreements/${agreement.id}`) },
          )
        }
      >
        <FormAlert message={errors.general ?? errors.fields.party_ids ?? null} />
        <SelectInput name="type" label={t('agreements.type')} options={types} defaultSelectedKey="intent_declaration" />
        <TextInput name="title" label={t('agreements.docTitle')} required />
        <TextAreaInput
          name="content"
          label={t('agreements.firstText')}
          description={t('agreements.firstTextHint')}
          rows={8}
          defaultValue={t('agreements.template')}
        />
        {partners.isError ? <QueryError error={partners.error} /> : null}
        {partners.data ? (
          <PartyChecklist partners={partners.data} selected={parties ?? defaultParties(partners.data)} onChange={setParties} />
        ) : null}
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('agreements.create')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}

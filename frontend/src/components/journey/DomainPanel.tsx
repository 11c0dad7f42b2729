import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateInterest, useDeleteInterest, useDomain, useInterests } from '../../api/journey';
import type { CoalitionRead, DomainRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { NumberInput, SelectInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { DomainDecisions } from './DomainDecisions';
import { domainRows, topicLabels } from './journey';
import { RemovableList } from './RemovableList';
import { WorkPanel } from './WorkPanel';

/** Step 2: the partners' interests as candidate topics × partners, and what the coalition decided its domain is. */
export function DomainPanel({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const coalitionId = coalition.id;
  const canManage = coalition.can_manage;
  const query = useDomain(coalitionId);
  return (
    <WorkPanel
      id="domain-heading"
      title={t('journey.domain.heading')}
      intro={t('journey.domain.intro')}
      coalition={coalition}
      piece="domain"
      query={query}
      hasPartners={(domain) => domain.partners.length > 0}
    >
      {(domain) => (
        <>
          {canManage ? <InterestForm coalitionId={coalitionId} domain={domain} /> : null}
          <DomainMatrix domain={domain} />
          <DomainDecisions coalitionId={coalitionId} domain={domain} canManage={canManage} />
          <DomainSummary domain={domain} />
          {canManage ? <ManageInterests coalitionId={coalitionId} domain={domain} /> : null}
        </>
      )}
    </WorkPanel>
  );
}

const INTEREST_FIELDS = ['partner_id', 'topic', 'weight', 'reason_to_join'];

function InterestForm({ coalitionId, domain }: { coalitionId: string; domain: DomainRead }) {
  const { t } = useTranslation();
  const create = useCreateInterest(coalitionId);
  const server = useFormErrors(create.error, INTEREST_FIELDS);
  const checks = useMemo(
    () => ({ partner_id: required(t('journey.conversations.pickPartner')), topic: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, server);
  const [saved, setSaved] = useState<string | null>(null);
  // A fresh form after each interest, keeping the partner: the next topic is often the same partner's.
  const [added, setAdded] = useState<{ count: number; partnerId?: string }>({ count: 0 });

  function submit(values: Record<string, string>) {
    setSaved(null);
    const partnerId = values.partner_id ?? '';
    const partner = domain.partners.find((p) => p.id === partnerId);
    create.mutate(
      {
        partnerId,
        body: {
          topic: (values.topic ?? '').trim(),
          weight: Number(values.weight || 3),
          reason_to_join: values.reason_to_join === 'on',
        },
      },
      {
        onSuccess: (interest) => {
          setAdded((current) => ({ count: current.count + 1, partnerId }));
          setSaved(t('journey.domain.saved', { topic: interest.topic, name: partner?.name ?? '' }));
        },
      },
    );
  }

  return (
    <section className="journey-subsection" aria-labelledby="interest-form-heading">
      <h3 id="interest-form-heading">{t('journey.domain.formHeading')}</h3>
      <ValidatedForm key={added.count} form={form} onValid={submit}>
        <FormAlert message={server.general} />
        <div className="form__row">
          <SelectInput
            name="partner_id"
            label={t('journey.conversations.partner')}
            placeholder={t('journey.conversations.pickPartner')}
            defaultSelectedKey={added.partnerId}
            options={domain.partners.map((p) => ({ id: p.id, label: p.name }))}
          />
          <TextInput name="topic" label={t('journey.domain.topic')} description={t('journey.domain.topicHint')} required autoFocus={added.count > 0} />
        </div>
        <div className="form__row">
          <NumberInput name="weight" label={t('journey.domain.weight')} description={t('journey.domain.weightHint')} minValue={1} maxValue={5} step={1} defaultValue={3} />
          <label className="journey-check">
            <input type="checkbox" name="reason_to_join" />
            <span>{t('journey.domain.reasonToJoin')}</span>
          </label>
        </div>
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('journey.domain.add')}</SubmitButton>
        </div>
      </ValidatedForm>
      {saved ? <Notice tone="success">{saved}</Notice> : null}
    </section>
  );
}

function DomainMatrix({ domain }: { domain: DomainRead }) {
  const { t } = useTranslation();
  const rows = domainRows(domain);
  if (rows.length === 0) return <p className="empty">{t('journey.domain.empty')}</p>;
  return (
    <section className="journey-subsection" aria-labelledby="domain-matrix-heading">
      <h3 id="domain-matrix-heading">{t('journey.domain.matrixHeading')}</h3>
      <p className="muted">{t('journey.domain.legend')}</p>
      <div className="table-wrap journey-domain-wrap" role="region" aria-label={t('journey.domain.caption')} tabIndex={0}>
        <table className="data-table journey-domain">
          <caption className="visually-hidden">{t('journey.domain.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journey.domain.topic')}</th>
              <th scope="col">{t('journey.domain.sharedBy')}</th>
              <th scope="col">{t('journey.domain.inDomain')}</th>
              {domain.partners.map((p) => (
                <th key={p.id} scope="col" className="journey-domain__partner">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`journey-domain__row--${row.sharing}`} data-topic={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <span className={`badge journey-sharing journey-sharing--${row.sharing}`}>{t(`journey.domain.sharing.${row.sharing}`)}</span>
                </td>
                <td>
                  <span className={`badge journey-decided journey-decided--${row.decision}`}>{t(`journey.domain.decisions.values.${row.decision}`)}</span>
                </td>
                {row.cells.map((cell, index) => (
                  <td key={domain.partners[index]?.id ?? index} className="num">
                    {cell ? (
                      <>
                        <span className="visually-hidden">{t('journey.domain.weightOf')} </span>
                        {cell.weight}
                        {cell.reasonToJoin ? (
                          <span className="journey-domain__reason" title={t('journey.domain.reasonToJoin')}>
                            <span aria-hidden="true"> ★</span>
                            <span className="visually-hidden">, {t('journey.domain.reasonToJoin')}</span>
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{t('journey.domain.notHeld')}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DomainSummary({ domain }: { domain: DomainRead }) {
  const { t } = useTranslation();
  const labels = topicLabels(domain);
  const names = new Map(domain.partners.map((p) => [p.id, p.name]));
  const summary = domain.summary;
  const groups = [
    ['all', summary.shared_by_all],
    ['several', summary.shared_by_several],
    ['one', summary.single_partner],
  ] as const;
  const decided = [
    ['in_domain', summary.in_domain],
    ['not_in_domain', summary.not_in_domain],
    ['undecided', summary.undecided],
  ] as const;
  return (
    <section className="journey-subsection" aria-labelledby="domain-summary-heading">
      <h3 id="domain-summary-heading">{t('journey.domain.summaryHeading')}</h3>
      {summary.reasons_to_join.length > 0 ? (
        <div className="alert alert--info" data-testid="domain-reasons-to-join">
          <p className="alert__title">{t('journey.domain.reasonsTitle')}</p>
          <p>{t('journey.domain.reasonsIntro')}</p>
          <ul className="journey-reasons">
            {summary.reasons_to_join.map((reason) => (
              <li key={reason.partner_id}>
                {t('journey.domain.reasonOf', {
                  name: reason.partner_name,
                  topics: reason.topics.map((key) => labels.get(key) ?? key).join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="journey-groups">
        {groups.map(([sharing, keys]) => (
          <div key={sharing} className="journey-groups__group" data-testid={`domain-${sharing}`}>
            <dt>
              <span className={`badge journey-sharing journey-sharing--${sharing}`}>{t(`journey.domain.sharing.${sharing}`)}</span>
            </dt>
            <dd>{keys.length > 0 ? keys.map((key) => labels.get(key) ?? key).join(', ') : t('journey.domain.none')}</dd>
          </div>
        ))}
      </dl>
      <dl className="journey-groups">
        {decided.map(([decision, keys]) => (
          <div key={decision} className="journey-groups__group" data-testid={`domain-${decision}`}>
            <dt>
              <span className={`badge journey-decided journey-decided--${decision}`}>{t(`journey.domain.decisions.values.${decision}`)}</span>
            </dt>
            <dd>{keys.length > 0 ? keys.map((key) => labels.get(key) ?? key).join(', ') : t('journey.domain.none')}</dd>
          </div>
        ))}
      </dl>
      {summary.without_interests.length > 0 ? (
        <p className="muted">
          {t('journey.domain.withoutInterests', { names: summary.without_interests.map((id) => names.get(id) ?? id).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}

/** Every recorded interest, to remove a mistake; the domain follows at once. */
function ManageInterests({ coalitionId, domain }: { coalitionId: string; domain: DomainRead }) {
  const { t } = useTranslation();
  const interests = useInterests(coalitionId);
  const remove = useDeleteInterest(coalitionId);
  const names = new Map(domain.partners.map((p) => [p.id, p.name]));
  const items = [...(interests.data?.items ?? [])]
    .sort((a, b) => (names.get(a.partner_id) ?? '').localeCompare(names.get(b.partner_id) ?? '') || a.topic.localeCompare(b.topic))
    .map((i) => {
      const name = names.get(i.partner_id) ?? '';
      return {
        id: i.id,
        title: i.topic,
        meta: [name, `${t('journey.domain.weight')} ${i.weight}`, i.reason_to_join ? t('journey.domain.reasonToJoin') : ''].filter(Boolean).join(' · '),
        removeLabel: t('journey.domain.remove', { topic: i.topic, name }),
      };
    });
  return (
    <RemovableList
      summary={t('journey.domain.manage', { count: items.length })}
      items={items}
      loadError={interests.error}
      removeError={remove.error}
      removing={remove.isPending ? (remove.variables ?? null) : null}
      onRemove={(id) => remove.mutate(id)}
    />
  );
}

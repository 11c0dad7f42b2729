import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreement, useFoundCoalition, useFounding } from '../../api/agreements';
import type { AgreementSummary, FoundingRead, FoundingSignatories, PartyRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { canFoundOn, founderCandidates } from './founding';

interface Props {
  coalitionId: string;
  agreements: AgreementSummary[];
  /** The coalition's founding rule now (a founded coalition shows the rule it was founded under). */
  rule: FoundingSignatories;
  canManage: boolean;
}

/** Step 9: the founding record, or for a coordinator the form that founds the coalition. */
export function FoundingPanel({ coalitionId, agreements, rule, canManage }: Props) {
  const { t } = useTranslation();
  const founding = useFounding(coalitionId);
  // Held here, not in the form: the form is gone as soon as the founding is stored.
  const found = useFoundCoalition(coalitionId);
  const eligible = agreements.filter((a) => canFoundOn(a, rule));
  return (
    <section className="panel stack" aria-labelledby="founding-heading">
      <div>
        <h2 id="founding-heading">{t('agreements.foundingHeading')}</h2>
        <p className="muted">{t('agreements.foundingIntro')}</p>
      </div>
      {founding.isPending ? <Loading /> : null}
      {founding.isError ? <QueryError error={founding.error} /> : null}
      {found.isSuccess ? <Notice tone="success">{t('agreements.foundedNotice')}</Notice> : null}
      {founding.data?.founding ? (
        <FoundingRecord coalitionId={coalitionId} founding={founding.data.founding} />
      ) : founding.data ? (
        <>
          <p>{t('agreements.notFounded')}</p>
          <RuleNote rule={rule} />
          {eligible.length === 0 ? (
            <p className="muted">{t(`agreements.needsSigned.${rule}`)}</p>
          ) : canManage ? (
            <FoundingForm coalitionId={coalitionId} eligible={eligible} found={found} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function RuleNote({ rule }: { rule: FoundingSignatories }) {
  const { t } = useTranslation();
  return (
    <p className="founding-rule" data-testid="founding-rule">
      <strong>{t('agreements.foundingRule.current', { rule: t(`agreements.foundingRule.rules.${rule}`) })}</strong>{' '}
      {t(`agreements.foundingRule.explain.${rule}`)}
    </p>
  );
}

function FoundingRecord({ coalitionId, founding }: { coalitionId: string; founding: FoundingRead }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="stack stack--tight founding-record">
      <p className="founding-record__date">{t('agreements.foundedOn', { date: formatDate(founding.founded_on, locale) })}</p>
      <p>
        <Link to={`/coalitions/${coalitionId}/agreements/${founding.agreement_id}`}>
          {t('agreements.foundedWith', { title: founding.agreement_title, number: founding.version_number })}
        </Link>
      </p>
      <RuleNote rule={founding.signatories} />
      <h3 id="founders-heading">{t('agreements.founders')}</h3>
      <ul aria-labelledby="founders-heading">
        {founding.founding_partners.map((p, i) => (
          <li key={p.partner_id ?? i}>{p.name}</li>
        ))}
      </ul>
      {founding.potential_partners.length > 0 ? (
        <>
          <h3 id="potential-heading">{t('agreements.potentialPartners')}</h3>
          <p className="field__description">{t('agreements.potentialIntro')}</p>
          <ul aria-labelledby="potential-heading" className="party-list">
            {founding.potential_partners.map((p) => (
              <li key={p.partner_id ?? p.name} className="party-list__item" data-potential={p.name}>
                <div className="party-list__main">
                  <span className="party-list__name">{p.name}</span>
                  <span className={p.signed_later ? 'party-list__state party-list__state--signed' : 'party-list__state'}>
                    {p.signed_later
                      ? t('agreements.signedLater', {
                          number: p.signed_later.version_number,
                          name: p.signed_later.user_name,
                          date: formatDate(p.signed_later.signed_at, locale),
                        })
                      : t('agreements.canStillSign')}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {founding.note ? <p className="prose">{founding.note}</p> : null}
    </div>
  );
}

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

interface FormProps {
  coalitionId: string;
  eligible: AgreementSummary[];
  found: ReturnType<typeof useFoundCoalition>;
}

function FoundingForm({ coalitionId, eligible, found }: FormProps) {
  const { t } = useTranslation();
  const [agreementId, setAgreementId] = useState(eligible[0]?.id ?? '');
  const agreement = useAgreement(coalitionId, agreementId);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const errors = useFormErrors(found.error, ['founded_on', 'agreement_id', 'partner_ids', 'note']);
  const checks = useMemo(() => ({ founded_on: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const { founders, potential } = founderCandidates(agreement.data?.parties ?? []);
  const options = eligible.map((a) => ({ id: a.id, label: `${a.title} (${t('agreements.version', { number: a.current_version })})` }));
  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        found.mutate({
          founded_on: values.founded_on ?? '',
          agreement_id: agreementId,
          partner_ids: founders.filter((p) => !excluded.has(p.partner_id)).map((p) => p.partner_id),
          note: (values.note ?? '').trim(),
        })
      }
    >
      <FormAlert message={errors.general ?? errors.fields.partner_ids ?? null} />
      <TextInput name="founded_on" type="date" label={t('agreements.foundingDate')} defaultValue={today()} required />
      <SelectInput
        name="agreement_id"
        label={t('agreements.foundingAgreement')}
        options={options}
        selectedKey={agreementId}
        onSelectionChange={(key) => {
          setAgreementId(key);
          setExcluded(new Set());
        }}
      />
      {founders.length > 0 ? (
        <fieldset className="checkbox-group">
          <legend className="field__label">{t('agreements.founders')}</legend>
          <p className="field__description">{t('agreements.foundingPartnersHint')}</p>
          {founders.map((party) => (
            <label key={party.partner_id} className="checkbox">
              <input
                type="checkbox"
                checked={!excluded.has(party.partner_id)}
                onChange={(event) => {
                  const next = new Set(excluded);
                  if (event.target.checked) next.delete(party.partner_id);
                  else next.add(party.partner_id);
                  setExcluded(next);
                }}
              />
              <span>{party.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {potential.length > 0 ? <PotentialList parties={potential} /> : null}
      <TextAreaInput name="note" label={t('agreements.foundingNote')} description={t('agreements.foundingNoteHint')} rows={3} />
      <div className="form__actions">
        <SubmitButton isPending={found.isPending}>{t('agreements.found')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

/** The parties that have not signed yet: under the rule `signed_parties` they stay potential partners. */
function PotentialList({ parties }: { parties: PartyRead[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <p className="field__label" id="potential-form-heading">
        {t('agreements.potentialPartners')}
      </p>
      <p className="field__description">{t('agreements.potentialFormHint')}</p>
      <ul aria-labelledby="potential-form-heading">
        {parties.map((party) => (
          <li key={party.partner_id}>{party.name}</li>
        ))}
      </ul>
    </div>
  );
}

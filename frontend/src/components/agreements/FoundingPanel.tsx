import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreement, useFoundCoalition, useFounding } from '../../api/agreements';
import type { AgreementSummary, FoundingRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';

interface Props {
  coalitionId: string;
  agreements: AgreementSummary[];
  canManage: boolean;
}

/** Step 9: the founding record, or for a coordinator the form that founds the coalition. */
export function FoundingPanel({ coalitionId, agreements, canManage }: Props) {
  const { t } = useTranslation();
  const founding = useFounding(coalitionId);
  // Held here, not in the form: the form is gone as soon as the founding is stored.
  const found = useFoundCoalition(coalitionId);
  const signed = agreements.filter((a) => a.status === 'signed');
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
          {signed.length === 0 ? (
            <p className="muted">{t('agreements.needsSigned')}</p>
          ) : canManage ? (
            <FoundingForm coalitionId={coalitionId} signed={signed} found={found} />
          ) : null}
        </>
      ) : null}
    </section>
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
      <h3>{t('agreements.founders')}</h3>
      <ul>
        {founding.founding_partners.map((p, i) => (
          <li key={p.partner_id ?? i}>{p.name}</li>
        ))}
      </ul>
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
  signed: AgreementSummary[];
  found: ReturnType<typeof useFoundCoalition>;
}

function FoundingForm({ coalitionId, signed, found }: FormProps) {
  const { t } = useTranslation();
  const [agreementId, setAgreementId] = useState(signed[0]?.id ?? '');
  const agreement = useAgreement(coalitionId, agreementId);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const errors = useFormErrors(found.error, ['founded_on', 'agreement_id', 'partner_ids', 'note']);
  const checks = useMemo(() => ({ founded_on: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const parties = agreement.data?.parties ?? [];
  const options = signed.map((a) => ({ id: a.id, label: `${a.title} (${t('agreements.version', { number: a.current_version })})` }));
  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        found.mutate({
          founded_on: values.founded_on ?? '',
          agreement_id: agreementId,
          partner_ids: parties.filter((p) => !excluded.has(p.partner_id)).map((p) => p.partner_id),
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
      {parties.length > 0 ? (
        <fieldset className="checkbox-group">
          <legend className="field__label">{t('agreements.founders')}</legend>
          <p className="field__description">{t('agreements.foundingPartnersHint')}</p>
          {parties.map((party) => (
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
      <TextAreaInput name="note" label={t('agreements.foundingNote')} description={t('agreements.foundingNoteHint')} rows={3} />
      <div className="form__actions">
        <SubmitButton isPending={found.isPending}>{t('agreements.found')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

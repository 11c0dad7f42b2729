import { useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIssueCoalitions, useOrganisationCoalitions, useStartCoalition } from '../../api/approach';
import type { StartCoalitionResult } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required, type Check } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';

interface Props {
  organisationId: string;
  issueId: string;
  issueTitle: string;
}

/** The decision to seek partners: start a coalition from the issue, or link one. */
export function CoalitionPanel({ organisationId, issueId, issueTitle }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const linked = useIssueCoalitions(organisationId, issueId);
  const [result, setResult] = useState<StartCoalitionResult | null>(null);
  return (
    <section className="panel stack approach-panel" aria-labelledby="coalition-heading">
      <div>
        <h2 id="coalition-heading">{t('approach.coalitionHeading')}</h2>
        <p className="muted">{t('approach.coalitionIntro')}</p>
      </div>
      {linked.isError ? <QueryError error={linked.error} /> : null}
      {linked.data && linked.data.items.length > 0 ? (
        <ul className="item-list">
          {linked.data.items.map((c) => (
            <li key={c.coalition_id} className="item-list__item">
              <div className="item-list__main">
                <Link className="item-list__title" to={`/coalitions/${c.coalition_id}`}>
                  {c.name}
                </Link>
                <span className="item-list__meta">
                  {t(c.started ? 'approach.startedOn' : 'approach.linkedOn', { date: formatDate(c.linked_at, locale), name: c.linked_by_name })}
                </span>
              </div>
              <Link className="button button--secondary button--small" to={`/coalitions/${c.coalition_id}/partners`}>
                {t('approach.toPartners')}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {result ? (
        <Notice tone="success">
          {result.added_partners.length > 0
            ? t('approach.partnersAdded', { count: result.added_partners.length, names: result.added_partners.map((p) => p.name).join(', '), coalition: result.coalition.name })
            : t('approach.noPartnersAdded', { coalition: result.coalition.name })}
        </Notice>
      ) : null}
      <StartForm organisationId={organisationId} issueId={issueId} issueTitle={issueTitle} onDone={setResult} />
    </section>
  );
}

function StartForm({ organisationId, issueId, issueTitle, onDone }: Props & { onDone: (result: StartCoalitionResult) => void }) {
  const { t } = useTranslation();
  const start = useStartCoalition(organisationId, issueId);
  const coalitions = useOrganisationCoalitions(organisationId);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const options = (coalitions.data?.items ?? []).map((c) => ({ id: c.id, label: c.name }));
  const errors = useFormErrors(start.error, ['name', 'societal_goal', 'description', 'coalition_id']);
  const checks = useMemo(
    () => {
      const filled = required(t('errors.required'));
      const checks: Record<string, Check> = mode === 'new' ? { name: filled, societal_goal: filled } : { coalition_id: filled };
      return checks;
    },
    [mode, t],
  );
  const form = useValidatedForm(checks, errors);
  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        start.mutate(
          mode === 'new'
            ? { name: values.name ?? '', societal_goal: values.societal_goal ?? '', description: values.description ?? '' }
            : { coalition_id: values.coalition_id ?? '' },
          { onSuccess: onDone },
        )
      }
    >
      <FormAlert message={errors.general} />
      <RadioGroup className="radio-group" value={mode} onChange={(value) => setMode(value as 'new' | 'existing')}>
        <Label className="field__label">{t('approach.seekPartners')}</Label>
        <Radio value="new" className="radio">
          {t('approach.startNew')}
        </Radio>
        <Radio value="existing" className="radio" isDisabled={options.length === 0}>
          {t('approach.linkExisting')}
        </Radio>
      </RadioGroup>
      {mode === 'new' ? (
        <>
          <TextInput name="name" label={t('approach.coalitionName')} defaultValue={issueTitle} required />
          <TextAreaInput name="societal_goal" label={t('approach.societalGoal')} rows={2} required />
          <TextAreaInput name="description" label={`${t('approach.coalitionDescription')} ${t('common.optional')}`} rows={2} />
        </>
      ) : (
        <SelectInput name="coalition_id" label={t('approach.coalition')} options={options} placeholder={t('approach.chooseCoalition')} />
      )}
      <p className="muted">{t('approach.stakeholdersCarried')}</p>
      <div className="form__actions">
        <SubmitButton isPending={start.isPending}>{mode === 'new' ? t('approach.startSubmit') : t('approach.linkSubmit')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateCoalition } from '../../api/coalitions';
import type { CoalitionRead, FoundingSignatories } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

export const FOUNDING_RULES: readonly FoundingSignatories[] = ['all_parties', 'signed_parties'];
const NO_CHECKS = {};

/**
 * Who must have signed the agreement the coalition is founded on (step 9), with the method's
 * reason: a coalition can start when a relevant part of the task can be tackled, so the parties
 * that signed may found it and the others stay potential partners.
 */
export function FoundingRuleForm({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const mutation = useUpdateCoalition(coalition.id);
  const errors = useFormErrors(mutation.error, ['founding_signatories']);
  const form = useValidatedForm(NO_CHECKS, errors);
  const [rule, setRule] = useState<FoundingSignatories>(coalition.founding_signatories);
  return (
    <section className="panel" aria-labelledby="founding-rule-heading">
      <h2 id="founding-rule-heading">{t('agreements.foundingRule.heading')}</h2>
      <p>{t('agreements.foundingRule.intro')}</p>
      <ValidatedForm form={form} onValid={() => mutation.mutate({ founding_signatories: rule })}>
        <FormAlert message={errors.general ?? errors.fields.founding_signatories ?? null} />
        <RadioGroup className="field radio-group" value={rule} onChange={(value) => setRule(value as FoundingSignatories)}>
          <Label className="field__label">{t('agreements.foundingRule.label')}</Label>
          {FOUNDING_RULES.map((id) => (
            <Radio key={id} value={id} className="radio radio--described">
              <span className="radio__text">
                <span className="radio__title">{t(`agreements.foundingRule.rules.${id}`)}</span>
                <span className="field__description">{t(`agreements.foundingRule.explain.${id}`)}</span>
              </span>
            </Radio>
          ))}
        </RadioGroup>
        {coalition.status !== 'forming' ? <p className="muted">{t('agreements.foundingRule.founded')}</p> : null}
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('settings.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.isSuccess ? <Notice tone="success">{t('settings.saved')}</Notice> : null}
    </section>
  );
}

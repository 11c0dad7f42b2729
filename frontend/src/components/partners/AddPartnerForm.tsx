import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatePartner } from '../../api/hooks';
import type { NewPartner } from '../../api/types';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { RELATIONSHIP_FIELDS, RelationshipFields, relationshipChecks, relationshipFrom } from './RelationshipFields';
import { StakeholderPicker, type PickedStakeholder } from './StakeholderPicker';

const FIELDS = ['name', 'stakeholder_id', ...RELATIONSHIP_FIELDS] as const;

interface Props {
  coalitionId: string;
  /** The organisation through which the user takes part: its register offers the stakeholders. */
  organisationId: string;
}

/**
 * Adds a current or potential partner — by name, or linked to a stakeholder from the
 * organisation's register — with the form of the relationship and, optionally, a target.
 */
export function AddPartnerForm({ coalitionId, organisationId }: Props) {
  const { t } = useTranslation();
  const mutation = useCreatePartner(coalitionId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const [added, setAdded] = useState<string | null>(null);
  const [stakeholder, setStakeholder] = useState<PickedStakeholder | null>(null);
  // A fresh picker after each partner added (its text is its own state).
  const [round, setRound] = useState(0);
  const checks = useMemo(
    () => ({
      // With a stakeholder picked, the name is taken from the register unless one is typed.
      ...(stakeholder ? {} : { name: required(t('partners.nameOrStakeholder')) }),
      ...relationshipChecks(t),
    }),
    [t, stakeholder],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setAdded(null);
    const name = (values.name ?? '').trim();
    const body: NewPartner = {
      ...relationshipFrom(values),
      ...(name ? { name } : {}),
      ...(stakeholder ? { stakeholder_id: stakeholder.id } : {}),
    };
    mutation.mutate(body, {
      onSuccess: (partner) => {
        element.reset();
        setStakeholder(null);
        setRound((r) => r + 1);
        setAdded(partner.name);
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="add-partner-heading">
      <h2 id="add-partner-heading">{t('partners.addHeading')}</h2>
      <p>{t('partners.addIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <StakeholderPicker
          key={round}
          organisationId={organisationId}
          label={`${t('partners.fromRegister')} ${t('common.optional')}`}
          description={t('partners.fromRegisterHint')}
          selected={stakeholder}
          onSelect={setStakeholder}
        />
        <TextInput
          name="name"
          label={stakeholder ? `${t('partners.name')} ${t('common.optional')}` : t('partners.name')}
          description={stakeholder ? t('partners.nameFromStakeholder', { name: stakeholder.name }) : undefined}
          required={!stakeholder}
        />
        <RelationshipFields />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('partners.addSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {added ? <Notice tone="success">{t('partners.added', { name: added })}</Notice> : null}
    </section>
  );
}

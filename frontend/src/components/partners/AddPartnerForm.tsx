import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoalitionMembers } from '../../api/coalitions';
import { useCoalitionPartners, useCreatePartner } from '../../api/partners';
import type { NewPartner } from '../../api/types';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { RELATIONSHIP_FIELDS, RelationshipFields, relationshipChecks, relationshipFrom } from './RelationshipFields';
import { StakeholderPicker, type PickedStakeholder } from './StakeholderPicker';

const FIELDS = ['name', 'stakeholder_id', 'organisation_id', ...RELATIONSHIP_FIELDS] as const;
const NO_MEMBER = 'none';

interface Props {
  coalitionId: string;
  /** The organisation through which the user takes part: its register offers the stakeholders. */
  organisationId: string;
}

/**
 * Adds a current or potential partner — by name, linked to a stakeholder from the
 * organisation's register, or linked to a member organisation of the coalition — with the form of the relationship and, optionally, a target.
 */
export function AddPartnerForm({ coalitionId, organisationId }: Props) {
  const { t } = useTranslation();
  const mutation = useCreatePartner(coalitionId);
  const errors = useFormErrors(mutation.error, FIELDS);
  const [added, setAdded] = useState<string | null>(null);
  const [stakeholder, setStakeholder] = useState<PickedStakeholder | null>(null);
  const [memberId, setMemberId] = useState<string | null>(null);
  const members = useCoalitionMembers(coalitionId);
  const partners = useCoalitionPartners(coalitionId);
  // Member organisations that are not a partner yet (a member is linked at most once).
  const linkable = useMemo(() => {
    const linked = new Set((partners.data ?? []).map((p) => p.member_organisation_id).filter(Boolean));
    return (members.data?.items ?? []).filter((m) => !linked.has(m.organisation_id));
  }, [members.data, partners.data]);
  const member = linkable.find((m) => m.organisation_id === memberId) ?? null;
  const source = stakeholder?.name ?? member?.organisation_name ?? null;
  // A fresh picker after each partner added (its text is its own state).
  const [round, setRound] = useState(0);
  const checks = useMemo(
    () => ({
      // With a stakeholder picked, the name is taken from the register unless one is typed.
      ...(source ? {} : { name: required(t('partners.nameOrStakeholder')) }),
      ...relationshipChecks(t),
    }),
    [t, source],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setAdded(null);
    const name = (values.name ?? '').trim();
    const body: NewPartner = {
      ...relationshipFrom(values),
      ...(name ? { name } : {}),
      ...(stakeholder ? { stakeholder_id: stakeholder.id } : {}),
      ...(member ? { organisation_id: member.organisation_id } : {}),
    };
    mutation.mutate(body, {
      onSuccess: (partner) => {
        element.reset();
        setStakeholder(null);
        setMemberId(null);
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
        {member ? null : (
          <StakeholderPicker
            key={round}
            organisationId={organisationId}
            label={`${t('partners.fromRegister')} ${t('common.optional')}`}
            description={t('partners.fromRegisterHint')}
            selected={stakeholder}
            onSelect={setStakeholder}
          />
        )}
        {stakeholder || linkable.length === 0 ? null : (
          <SelectInput
            key={`member-${round}`}
            name="organisation_id"
            label={`${t('partners.fromMembers')} ${t('common.optional')}`}
            description={t('partners.fromMembersHint')}
            selectedKey={memberId ?? NO_MEMBER}
            onSelectionChange={(key) => setMemberId(key === NO_MEMBER ? null : key)}
            options={[
              { id: NO_MEMBER, label: t('partners.noMember') },
              ...linkable.map((m) => ({ id: m.organisation_id, label: m.organisation_name })),
            ]}
          />
        )}
        <TextInput
          name="name"
          label={source ? `${t('partners.name')} ${t('common.optional')}` : t('partners.name')}
          description={stakeholder ? t('partners.nameFromStakeholder', { name: stakeholder.name }) : member ? t('partners.nameFromMember', { name: member.organisation_name }) : undefined}
          required={!source}
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

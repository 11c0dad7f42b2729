import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { useRemoveOrganisationMember, useUpdateOrganisationMember } from '../../api/organisations';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../api/types';
import type { MemberRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { SelectInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';

const NO_CHECKS = {};

/** Change a member's role or remove the member; the server enforces who may do what
 * (only owners touch owners, an organisation keeps at least one owner) and says why not. */
export function MemberControls({ organisationId, member }: { organisationId: string; member: MemberRead }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisationMember(organisationId);
  const remove = useRemoveOrganisationMember(organisationId);
  const errors = useFormErrors(update.error ?? remove.error, ['role']);
  // 409 here always means the organisation would be left without an owner.
  const conflict = [update.error, remove.error].some((e) => e instanceof ApiError && e.status === 409);
  const form = useValidatedForm(NO_CHECKS, errors);
  return (
    <div className="member-controls">
      <ValidatedForm
        form={form}
        onValid={(values) => update.mutate({ userId: member.user_id, role: (values.role || member.role) as OrganisationRole })}
      >
        <FormAlert message={conflict ? t('settings.lastOwner') : errors.general} />
        <div className="member-controls__row">
          <SelectInput
            name="role"
            label={t('settings.roleOf', { name: member.name })}
            defaultSelectedKey={member.role}
            options={ORGANISATION_ROLES.map((role) => ({ id: role, label: t(`organisation.roles.${role}`) }))}
          />
          <SubmitButton isPending={update.isPending}>{t('settings.changeRole')}</SubmitButton>
          <Button
            className="button button--secondary"
            onPress={() => remove.mutate(member.user_id)}
            isDisabled={remove.isPending}
            aria-label={t('settings.removeMember', { name: member.name })}
          >
            {t('settings.remove')}
          </Button>
        </div>
      </ValidatedForm>
    </div>
  );
}

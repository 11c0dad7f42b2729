import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { useTranslation } from 'react-i18next';
import { useInviteColleague, useOrganisationInvitations, useOrganisationMembers, useRevokeOrganisationInvitation } from '../api/organisations';
import { ORGANISATION_ROLES, type OrganisationRole } from '../api/types';
import { SelectInput, TextInput } from '../components/ui/fields';
import { CopyLink, FormAlert, Loading, PageTitle, SubmitButton } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { formatDate } from '../lib/format';
import { currentLocale } from '../i18n';
import { MemberControls } from '../components/settings/MemberControls';
import { MethodSettingsLink } from '../components/settings/MethodSettingsLink';
import { OrganisationDetailsForm } from '../components/settings/OrganisationDetailsForm';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationWorkspace } from '../components/organisations/OrganisationWorkspace';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { email as emailCheck } from '../lib/validation';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisation: org, canManage } = useOrganisationWorkspace();

  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">{t(`organisation.kinds.${org.kind}`)}</p>
        <PageTitle title={org.name}>{org.name}</PageTitle>
        <p className="page-header__meta">{t('organisation.yourRole', { role: t(`organisation.roles.${org.my_role}`) })}</p>
      </div>
      <OrganisationWorkspace organisationId={org.id} />
      <MethodSettingsLink organisationId={org.id} />
      <div className="grid grid--two">
        <Members organisationId={org.id} canManage={canManage} />
        <div className="stack">
          {canManage ? (
            <>
              <OrganisationDetailsForm organisation={org} />
              <InviteColleague organisationId={org.id} />
              <PendingInvitations organisationId={org.id} />
            </>
          ) : (
            <section className="panel" aria-labelledby="invite-heading">
              <h2 id="invite-heading">{t('organisation.invite')}</h2>
              <p>{t('organisation.onlyAdmins')}</p>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function Members({ organisationId, canManage }: { organisationId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const members = useOrganisationMembers(organisationId);
  const locale = currentLocale();
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('organisation.members')}</h2>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <QueryError error={members.error} /> : null}
      {members.data ? (
        <ul className="item-list">
          {members.data.items.map((member) => (
            <li key={member.user_id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">{member.name}</span>
                <span className="item-list__meta">{member.email}</span>
                <span className="item-list__meta">{t('common.joined', { date: formatDate(member.joined_at, locale) })}</span>
              </div>
              <Badge tone={member.role === 'member' ? 'neutral' : 'accent'}>{t(`organisation.roles.${member.role}`)}</Badge>
              {canManage ? <MemberControls organisationId={organisationId} member={member} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InviteColleague({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const mutation = useInviteColleague(organisationId);
  const errors = useFormErrors(mutation.error, ['email', 'role']);
  const checks = useMemo(() => ({ email: emailCheck(t('errors.required'), t('errors.email')) }), [t]);
  const validated = useValidatedForm(checks, errors);
  function submit(values: Record<string, string>, form: HTMLFormElement) {
    mutation.mutate(
      { email: (values.email ?? '').trim(), role: (values.role || 'member') as OrganisationRole },
      { onSuccess: () => form.reset() },
    );
  }
  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('organisation.invite')}</h2>
      <p>{t('organisation.inviteIntro')}</p>
      <ValidatedForm form={validated} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="email" type="email" label={t('organisation.inviteEmail')} required />
        <SelectInput
          name="role"
          label={t('organisation.inviteRole')}
          defaultSelectedKey="member"
          options={ORGANISATION_ROLES.map((role) => ({ id: role, label: t(`organisation.roles.${role}`) }))}
        />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('organisation.inviteSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.data ? (
        <div className="result" role="status">
          <p>{t('organisation.inviteCreated', { email: mutation.data.email })}</p>
          <CopyLink link={mutation.data.link} label={t('organisation.inviteLink')} />
        </div>
      ) : null}
    </section>
  );
}

function PendingInvitations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invitations = useOrganisationInvitations(organisationId, true);
  const revoke = useRevokeOrganisationInvitation(organisationId);
  const locale = currentLocale();
  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('organisation.pending')}</h2>
      {invitations.isPending ? <Loading /> : null}
      {invitations.isError ? <QueryError error={invitations.error} /> : null}
      {revoke.isError ? <QueryError error={revoke.error} /> : null}
      {invitations.data && invitations.data.items.length === 0 ? <p>{t('organisation.noPending')}</p> : null}
      {invitations.data && invitations.data.items.length > 0 ? (
        <ul className="item-list">
          {invitations.data.items.map((invitation) => (
            <li key={invitation.id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">{invitation.email}</span>
                <span className="item-list__meta">
                  {t(`organisation.roles.${invitation.role}`)} · {t('common.expires', { date: formatDate(invitation.expires_at, locale) })}
                </span>
              </div>
              <Button
                className="button button--secondary button--small"
                onPress={() => revoke.mutate(invitation.id)}
                isDisabled={revoke.isPending}
                aria-label={`${t('common.revoke')}: ${invitation.email}`}
              >
                {t('common.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

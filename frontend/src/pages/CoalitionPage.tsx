import { Button } from 'react-aria-components';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { useTranslation } from 'react-i18next';
import { useCoalitionInvitations, useInvitePartner, useRevokeCoalitionInvitation } from '../api/coalitions';
import { useMe } from '../api/me';
import { COALITION_ROLES, type CoalitionRole } from '../api/types';
import { SelectInput, TextAreaInput, TextInput } from '../components/ui/fields';
import { CopyLink, FormAlert, Loading, SubmitButton } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { formatDate } from '../lib/format';
import { currentLocale } from '../i18n';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { MembersPanel } from '../components/coalitions/MembersPanel';
import { CoalitionDetailsForm } from '../components/settings/CoalitionDetailsForm';
import { FoundingRuleForm } from '../components/settings/FoundingRuleForm';
import { VisibilityHistory } from '../components/settings/VisibilityHistory';
import { WorkSharingPanel } from '../components/settings/WorkSharingPanel';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';

/** /coalitions/:id — the overview of one coalition, and for the coordinator its settings. */
export function CoalitionPage() {
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const me = useMe();
  const isCoordinator = c.can_manage;
  // The role is that of the organisation through which the user takes part.
  const via = me.data?.organisations.find((o) => o.id === c.my_organisation_id)?.name;
  const locale = currentLocale();

  return (
    <>
      <CoalitionSectionHeader coalition={c} title={c.name} shows={[]} eyebrow={t('header.coalition')}>
        <p className="card__badges">
          <Badge tone={c.status === 'active' ? 'success' : c.status === 'closed' ? 'muted' : 'neutral'}>
            {t(`coalition.statuses.${c.status}`)}
          </Badge>
          {c.in_core_team ? <Badge tone="success">{t('visibility.coreTeam.badge')}</Badge> : null}
        </p>
      </CoalitionSectionHeader>
      <div className="grid grid--two">
        <div className="stack">
          <section className="panel" aria-labelledby="goal-heading">
            <h2 id="goal-heading">{t('coalition.goal')}</h2>
            <p className="goal">{c.societal_goal}</p>
            {c.description ? (
              <>
                <h3>{t('coalition.description')}</h3>
                <p className="prose">{c.description}</p>
              </>
            ) : null}
            <dl className="facts">
              <div>
                <dt>{t('coalition.status')}</dt>
                <dd>{t(`coalition.statuses.${c.status}`)}</dd>
              </div>
              <div>
                <dt>{t('coalition.yourRole')}</dt>
                <dd>
                  {t(`coalition.roles.${c.my_role}`)}
                  {via ? <span className="facts__via">{t('coalition.via', { organisation: via })}</span> : null}
                </dd>
              </div>
              <div>
                <dt>{t('coalition.createdOn')}</dt>
                <dd>{formatDate(c.created_at, locale)}</dd>
              </div>
            </dl>
          </section>
          <MembersPanel coalition={c} />
          <WorkSharingPanel coalition={c} />
          {c.in_core_team ? <VisibilityHistory coalitionId={c.id} /> : null}
        </div>
        <div className="stack">
          {isCoordinator ? (
            <>
              <InvitePartner coalitionId={c.id} />
              <PendingInvitations coalitionId={c.id} />
              <CoalitionDetailsForm coalition={c} />
              <FoundingRuleForm coalition={c} />
            </>
          ) : (
            <section className="panel" aria-labelledby="invite-heading">
              <h2 id="invite-heading">{t('coalition.invite')}</h2>
              <p>{t('coalition.onlyCoordinator')}</p>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

const NO_CHECKS = {};

function InvitePartner({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const mutation = useInvitePartner(coalitionId);
  const errors = useFormErrors(mutation.error, ['role', 'note', 'organisation_name_hint']);
  // Nothing to check before sending: the server's limits arrive translated.
  const validated = useValidatedForm(NO_CHECKS, errors);
  function submit(values: Record<string, string>, form: HTMLFormElement) {
    mutation.mutate(
      {
        role: (values.role || 'partner') as CoalitionRole,
        note: values.note?.trim() || undefined,
        organisation_name_hint: values.organisation_name_hint?.trim() || undefined,
      },
      { onSuccess: () => form.reset() },
    );
  }
  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('coalition.invite')}</h2>
      <p>{t('coalition.inviteIntro')}</p>
      <ValidatedForm form={validated} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="organisation_name_hint" label={`${t('coalition.inviteHint')} ${t('common.optional')}`} />
        <SelectInput
          name="role"
          label={t('coalition.inviteRole')}
          defaultSelectedKey="partner"
          options={COALITION_ROLES.map((role) => ({ id: role, label: t(`coalition.roles.${role}`) }))}
        />
        <TextAreaInput name="note" label={`${t('coalition.inviteNote')} ${t('common.optional')}`} rows={3} />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('coalition.inviteSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.data ? (
        <div className="result" role="status">
          <p>{t('coalition.inviteCreated')}</p>
          <CopyLink link={mutation.data.link} label={t('coalition.inviteLink')} />
        </div>
      ) : null}
    </section>
  );
}

function PendingInvitations({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const invitations = useCoalitionInvitations(coalitionId, true);
  const revoke = useRevokeCoalitionInvitation(coalitionId);
  const locale = currentLocale();
  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('coalition.pending')}</h2>
      {invitations.isPending ? <Loading /> : null}
      {invitations.isError ? <QueryError error={invitations.error} /> : null}
      {revoke.isError ? <QueryError error={revoke.error} /> : null}
      {invitations.data && invitations.data.items.length === 0 ? <p>{t('coalition.noPending')}</p> : null}
      {invitations.data && invitations.data.items.length > 0 ? (
        <ul className="item-list">
          {invitations.data.items.map((invitation) => {
            const label = invitation.organisation_name_hint || t(`coalition.roles.${invitation.role}`);
            return (
              <li key={invitation.id} className="item-list__item">
                <div className="item-list__main">
                  <span className="item-list__title">{label}</span>
                  <span className="item-list__meta">
                    {t(`coalition.roles.${invitation.role}`)} · {t('common.expires', { date: formatDate(invitation.expires_at, locale) })}
                  </span>
                </div>
                <Button
                  className="button button--secondary button--small"
                  onPress={() => revoke.mutate(invitation.id)}
                  isDisabled={revoke.isPending}
                  aria-label={`${t('common.revoke')}: ${label}`}
                >
                  {t('common.revoke')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

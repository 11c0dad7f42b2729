import { useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAcceptCoalitionInvitation, useCoalitionInvitation } from '../api/coalitions';
import { useMe } from '../api/me';
import { FormAlert, Loading, PageTitle, SubmitButton } from '../components/ui/misc';
import { formatDate } from '../lib/format';
import { currentLocale } from '../i18n';
import { useSelection } from '../lib/selectionContext';
import { useFormErrors } from '../lib/useFormErrors';

/** /join/:token — accept a coalition invitation on behalf of one of my organisations. */
export function JoinPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selection = useSelection();
  const me = useMe();
  const invitation = useCoalitionInvitation(token);
  const accept = useAcceptCoalitionInvitation(token);
  const eligible = (me.data?.organisations ?? []).filter((o) => o.role === 'owner' || o.role === 'admin');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const chosen = organisationId ?? eligible[0]?.id ?? null;
  const errors = useFormErrors(accept.error, ['organisation_id']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    accept.mutate(chosen, {
      onSuccess: (coalition) => {
        selection.choose('coalition', coalition.id);
        navigate(`/coalitions/${coalition.id}`);
      },
    });
  }

  return (
    <section className="panel panel--narrow">
      <PageTitle title={t('join.title')}>{t('join.title')}</PageTitle>
      {invitation.isPending || me.isPending ? <Loading /> : null}
      {invitation.isError ? (
        <div className="alert alert--error" role="alert">
          {t('join.invalid')}
        </div>
      ) : null}
      {invitation.data ? (
        <>
          <p className="lead">
            {t('join.body', {
              organisation: invitation.data.inviting_organisation_name,
              coalition: invitation.data.coalition_name,
              role: t(`coalition.roles.${invitation.data.role}`).toLowerCase(),
            })}
          </p>
          <h2>{t('join.goal')}</h2>
          <p className="goal">{invitation.data.societal_goal}</p>
          <p className="muted">{t('common.expires', { date: formatDate(invitation.data.expires_at, currentLocale()) })}</p>
          {me.data && eligible.length === 0 ? (
            <>
              <p className="alert alert--info">{t('join.noEligible')}</p>
              <Link className="button button--secondary" to="/organisations/new">
                {t('header.newOrganisation')}
              </Link>
            </>
          ) : null}
          {eligible.length > 0 ? (
            <Form className="form" validationBehavior="aria" onSubmit={onSubmit} validationErrors={errors.fields}>
              <FormAlert message={errors.general} />
              <RadioGroup
                name="organisation_id"
                className="field radio-group"
                value={chosen}
                onChange={setOrganisationId}
              >
                <Label className="field__label">{t('join.pick')}</Label>
                {eligible.map((organisation) => (
                  <Radio key={organisation.id} value={organisation.id} className="radio">
                    {organisation.name}
                  </Radio>
                ))}
              </RadioGroup>
              <div className="form__actions">
                <SubmitButton isPending={accept.isPending}>{t('join.submit')}</SubmitButton>
              </div>
            </Form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAcceptInvitation, usePublicInvitation } from '../api/organisations';
import { useAuth } from '../auth/AuthContext';
import { FormAlert, Loading, PageTitle } from '../components/ui/misc';
import { formatDate } from '../lib/format';
import { currentLocale } from '../i18n';
import { useSelection } from '../lib/selectionContext';
import { useFormErrors } from '../lib/useFormErrors';

/** /invite/:token — a colleague's invitation to join an organisation. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { isAuthenticated } = useAuth();
  const invitation = usePublicInvitation(token);
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const selection = useSelection();
  const errors = useFormErrors(accept.error, []);
  const next = encodeURIComponent(`/invite/${token}`);

  return (
    <section className="panel">
      <PageTitle title={t('invitation.title')}>{t('invitation.title')}</PageTitle>
      {invitation.isPending ? <Loading /> : null}
      {invitation.isError ? (
        <div className="alert alert--error" role="alert">
          {t('invitation.invalid')}
        </div>
      ) : null}
      {invitation.data ? (
        <>
          <p className="lead">
            {t('invitation.body', {
              organisation: invitation.data.organisation_name,
              role: t(`organisation.roles.${invitation.data.role}`).toLowerCase(),
            })}
          </p>
          <p>{t('invitation.forEmail', { email: invitation.data.email })}</p>
          <p className="muted">{t('common.expires', { date: formatDate(invitation.data.expires_at, currentLocale()) })}</p>
          <FormAlert message={errors.general} />
          {isAuthenticated ? (
            <Button
              className="button button--primary"
              isPending={accept.isPending}
              onPress={() =>
                accept.mutate(undefined, {
                  onSuccess: (organisation) => {
                    selection.choose('organisation', organisation.id);
                    navigate(`/organisations/${organisation.id}`);
                  },
                })
              }
            >
              {t('invitation.accept')}
            </Button>
          ) : (
            <>
              <p>{t('invitation.loginFirst')}</p>
              <div className="button-row">
                <Link className="button button--primary" to={`/login?next=${next}&email=${encodeURIComponent(invitation.data.email)}`}>
                  {t('auth.toLogin')}
                </Link>
                <Link className="button button--secondary" to={`/signup?next=${next}`}>
                  {t('auth.toSignup')}
                </Link>
              </div>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

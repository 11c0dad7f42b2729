import { useMemo, useState } from 'react';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { ApiError } from '../api/problem';
import { TextInput } from '../components/ui/fields';
import { FormAlert, Notice, PageTitle, SubmitButton } from '../components/ui/misc';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { safeNextPath } from '../lib/selection';
import { email as emailCheck, required } from '../lib/validation';

export function LoginPage() {
  const { t } = useTranslation();
  const { login, isAuthenticated, sessionEnded } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = useFormErrors(error, ['username', 'password']);
  const justSignedUp = params.get('registered') === '1';
  const checks = useMemo(
    () => ({ username: emailCheck(t('errors.required'), t('errors.email')), password: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, errors);

  async function submit(values: Record<string, string>) {
    setPending(true);
    setError(null);
    try {
      await login(values.username ?? '', values.password ?? '');
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  if (isAuthenticated && !pending) return <Navigate to={next} replace />;

  const general =
    error instanceof ApiError && error.status === 401 ? t('errors.badCredentials') : errors.general;

  return (
    <section className="panel">
      <PageTitle title={t('auth.loginTitle')}>{t('auth.loginTitle')}</PageTitle>
      {sessionEnded ? <Notice>{t('auth.sessionEnded')}</Notice> : null}
      {params.get('loggedOut') === '1' ? <Notice tone="success">{t('auth.loggedOut')}</Notice> : null}
      {justSignedUp ? <Notice tone="success">{t('auth.signedUp')}</Notice> : null}
      <p className="lead">{t('auth.loginIntro')}</p>
      <ValidatedForm form={form} onValid={(values) => void submit(values)}>
        <FormAlert message={general} />
        <TextInput
          name="username"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          defaultValue={params.get('email') ?? undefined}
        />
        <TextInput
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
        />
        <div className="form__actions">
          <SubmitButton isPending={pending}>{t('auth.loginSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      <p className="form__aside">
        {t('auth.noAccount')}{' '}
        <Link to={`/signup${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.toSignup')}</Link>
      </p>
    </section>
  );
}

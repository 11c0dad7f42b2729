import { useMemo } from 'react';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useAuth } from '../auth/AuthContext';
import { ApiError } from '../api/problem';
import { TextInput } from '../components/ui/fields';
import { FormAlert, PageTitle, SubmitButton } from '../components/ui/misc';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { safeNextPath } from '../lib/selection';
import { email as emailCheck, MIN_PASSWORD_LENGTH, minLength, required } from '../lib/validation';

export function SignupPage() {
  const { t } = useTranslation();
  const { signup } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const mutation = useMutation({ mutationFn: signup });
  const serverErrors = useFormErrors(mutation.error, ['name', 'email', 'password']);
  // An existing account is about the e-mail field, in the user's language.
  const errors = useMemo(
    () =>
      mutation.error instanceof ApiError && mutation.error.status === 409
        ? { fields: { ...serverErrors.fields, email: t('errors.emailTaken') }, general: null }
        : serverErrors,
    [mutation.error, serverErrors, t],
  );
  const checks = useMemo(
    () => ({
      name: required(t('errors.required')),
      email: emailCheck(t('errors.required'), t('errors.email')),
      password: minLength(MIN_PASSWORD_LENGTH, t('errors.required'), t('errors.passwordLength')),
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>) {
    const input = { name: (values.name ?? '').trim(), email: (values.email ?? '').trim(), password: values.password ?? '' };
    mutation.mutate(input, {
      onSuccess: () => {
        const query = new URLSearchParams({ registered: '1', email: input.email });
        if (next) query.set('next', safeNextPath(next));
        navigate(`/login?${query.toString()}`);
      },
    });
  }

  return (
    <section className="panel">
      <PageTitle title={t('auth.signupTitle')}>{t('auth.signupTitle')}</PageTitle>
      <p className="lead">{t('auth.signupIntro')}</p>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('auth.name')} autoComplete="name" required />
        <TextInput
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          required
        />
        <TextInput
          name="password"
          type="password"
          label={t('auth.password')}
          description={t('auth.passwordHint')}
          autoComplete="new-password"
          required
        />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('auth.signupSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      <p className="form__aside">
        {t('auth.haveAccount')} <Link to={`/login${next ? `?next=${encodeURIComponent(safeNextPath(next))}` : ''}`}>{t('auth.toLogin')}</Link>
      </p>
    </section>
  );
}

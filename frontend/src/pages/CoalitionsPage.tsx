import { useMemo } from 'react';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCoalitions, useCreateCoalition } from '../api/coalitions';
import { useMe } from '../api/me';
import { SelectInput, TextAreaInput, TextInput } from '../components/ui/fields';
import { FormAlert, Loading, PageTitle, SubmitButton } from '../components/ui/misc';
import { PageError, QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { pickCurrent } from '../lib/selection';
import { useSelection } from '../lib/selectionContext';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required } from '../lib/validation';
import type { Coalition, MyOrganisation } from '../api/types';

export function CoalitionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const coalitions = useCoalitions();
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageError error={me.error} />;
  if (me.data.organisations.length === 0) return <Navigate to="/welcome" replace />;
  return (
    <>
      <div className="page-header">
        <PageTitle title={t('coalition.listTitle')}>{t('coalition.listTitle')}</PageTitle>
        <p className="lead">{t('coalition.listIntro')}</p>
      </div>
      <div className="grid grid--two">
        <section aria-labelledby="list-heading" className="stack">
          <h2 id="list-heading" className="visually-hidden">
            {t('coalition.listTitle')}
          </h2>
          {coalitions.isPending ? <Loading /> : null}
          {coalitions.isError ? <QueryError error={coalitions.error} /> : null}
          {coalitions.data && coalitions.data.items.length === 0 ? <p className="empty">{t('coalition.empty')}</p> : null}
          {coalitions.data && coalitions.data.items.length > 0 ? (
            <ul className="card-list">
              {coalitions.data.items.map((coalition) => (
                <CoalitionCard key={coalition.id} coalition={coalition} />
              ))}
            </ul>
          ) : null}
        </section>
        <CreateCoalition organisations={me.data.organisations} />
      </div>
    </>
  );
}

function CoalitionCard({ coalition }: { coalition: Coalition }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={`/coalitions/${coalition.id}`}>{coalition.name}</Link>
      </h3>
      <p className="card__text">{coalition.societal_goal}</p>
      <p className="card__badges">
        <Badge tone={coalition.status === 'active' ? 'success' : coalition.status === 'closed' ? 'muted' : 'neutral'}>
          {t(`coalition.statuses.${coalition.status}`)}
        </Badge>
        <Badge tone="accent">{t(`coalition.roles.${coalition.my_role}`)}</Badge>
      </p>
    </li>
  );
}

function CreateCoalition({ organisations }: { organisations: MyOrganisation[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selection = useSelection();
  const mutation = useCreateCoalition();
  const errors = useFormErrors(mutation.error, ['name', 'societal_goal', 'description', 'organisation_id']);
  const current = pickCurrent(organisations, selection.organisationId);
  const checks = useMemo(
    () => ({
      name: required(t('errors.required')),
      societal_goal: required(t('errors.required')),
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);

  function submit(values: Record<string, string>) {
    mutation.mutate(
      {
        name: (values.name ?? '').trim(),
        societal_goal: (values.societal_goal ?? '').trim(),
        description: (values.description ?? '').trim(),
        organisation_id: values.organisation_id || current?.id || '',
      },
      {
        onSuccess: (coalition) => {
          selection.choose('coalition', coalition.id);
          navigate(`/coalitions/${coalition.id}`);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('coalition.createTitle')}</h2>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={errors.general} />
        <TextInput name="name" label={t('coalition.name')} required />
        <TextAreaInput
          name="societal_goal"
          label={t('coalition.goal')}
          description={t('coalition.goalHint')}
          rows={3}
          required
        />
        <TextAreaInput name="description" label={t('coalition.description')} description={t('coalition.descriptionHint')} rows={4} />
        <SelectInput
          name="organisation_id"
          label={t('coalition.organisation')}
          defaultSelectedKey={current?.id}
          options={organisations.map((o) => ({ id: o.id, label: o.name }))}
        />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('coalition.create')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}

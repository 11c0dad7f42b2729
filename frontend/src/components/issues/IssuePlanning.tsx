import { useMemo, useState } from 'react';
import { Button, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useActivities, useCreateActivity, useDeleteActivity, useUpdateActivity } from '../../api/issues';
import type { ActivityRead, FundingSource } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { all, required, type Check } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { formatEuro, FUNDING_SOURCES, parseEuro } from './issues';

/** Issue-driven planning: the activities of one issue, what they cost, and where the money comes from. */
export function IssuePlanning({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const activities = useActivities(organisationId, issueId);
  const update = useUpdateActivity(organisationId, issueId);
  const remove = useDeleteActivity(organisationId, issueId);
  const items = activities.data?.items ?? [];
  const planned = items.reduce((sum, a) => sum + a.cost_estimate, 0);
  const funded = items.filter((a) => a.funded).reduce((sum, a) => sum + a.cost_estimate, 0);
  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="activities-heading">
        <div>
          <h2 id="activities-heading">{t('issues.activitiesHeading')}</h2>
          <p className="muted">{t('issues.planningIntro')}</p>
        </div>
        {activities.isPending ? <Loading /> : null}
        {activities.isError ? <QueryError error={activities.error} /> : null}
        {update.isError ? <QueryError error={update.error} /> : null}
        {remove.isError ? <QueryError error={remove.error} /> : null}
        {activities.data ? (
          <dl className="facts facts--compact" aria-label={t('issues.issueBudget')}>
            <div>
              <dt>{t('issues.planned')}</dt>
              <dd data-testid="issue-planned">{formatEuro(planned, locale)}</dd>
            </div>
            <div>
              <dt>{t('issues.funded')}</dt>
              <dd data-testid="issue-funded">{formatEuro(funded, locale)}</dd>
            </div>
            <div>
              <dt>{t('issues.unfunded')}</dt>
              <dd data-testid="issue-unfunded">{formatEuro(planned - funded, locale)}</dd>
            </div>
          </dl>
        ) : null}
        {activities.data && items.length === 0 ? <p className="empty">{t('issues.noActivities')}</p> : null}
        {items.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table stakeholder-table activity-table">
              <caption className="visually-hidden">{t('issues.activitiesHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('issues.activity')}</th>
                  <th scope="col">{t('issues.period')}</th>
                  <th scope="col" className="num">
                    {t('issues.cost')}
                  </th>
                  <th scope="col">{t('issues.fundingSource')}</th>
                  <th scope="col">{t('issues.fundedColumn')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('issues.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((activity) => (
                  <tr key={activity.id} data-activity={activity.title}>
                    <th scope="row" className="stakeholder-table__name">
                      {activity.title}
                      {activity.description ? <span className="partner-table__meta">{activity.description}</span> : null}
                    </th>
                    <td data-label={t('issues.period')}>{period(activity, locale, t('issues.none'))}</td>
                    <td data-label={t('issues.cost')} className="num">
                      {formatEuro(activity.cost_estimate, locale)}
                    </td>
                    <td data-label={t('issues.fundingSource')}>{t(`issues.sources.${activity.funding_source}`)}</td>
                    <td data-label={t('issues.fundedColumn')}>
                      <Badge tone={activity.funded ? 'success' : 'muted'}>{activity.funded ? t('issues.isFunded') : t('issues.notFunded')}</Badge>
                    </td>
                    <td>
                      <div className="row-actions">
                        <Button
                          className="button button--secondary button--small"
                          isDisabled={update.isPending}
                          onPress={() => update.mutate({ activityId: activity.id, body: { funded: !activity.funded } })}
                        >
                          {activity.funded ? t('issues.markUnfunded') : t('issues.markFunded')}
                        </Button>
                        <Button
                          className="button button--quiet button--small"
                          aria-label={t('issues.deleteActivity', { title: activity.title })}
                          isDisabled={remove.isPending}
                          onPress={() => remove.mutate(activity.id)}
                        >
                          {t('issues.remove')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <AddActivity organisationId={organisationId} issueId={issueId} />
    </div>
  );
}

function period(activity: ActivityRead, locale: ReturnType<typeof currentLocale>, none: string): string {
  if (!activity.starts_on && !activity.ends_on) return none;
  const from = activity.starts_on ? formatDate(activity.starts_on, locale) : '…';
  const to = activity.ends_on ? formatDate(activity.ends_on, locale) : '…';
  return `${from} – ${to}`;
}

function AddActivity({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const mutation = useCreateActivity(organisationId, issueId);
  const errors = useFormErrors(mutation.error, ['title', 'description', 'starts_on', 'ends_on', 'cost_estimate', 'funding_source', 'funded']);
  const checks = useMemo<Record<string, Check>>(
    () => ({
      title: required(t('errors.required')),
      cost_estimate: all(required(t('errors.required')), (value) => (parseEuro(value) === null ? t('issues.costInvalid') : null)),
      ends_on: (value, values) => (value && values?.starts_on && value < values.starts_on ? t('issues.endsBeforeStart') : null),
    }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  const [funded, setFunded] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="panel panel--form" aria-labelledby="add-activity-heading">
      <h2 id="add-activity-heading">{t('issues.addActivity')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          setAdded(null);
          const title = (values.title ?? '').trim();
          mutation.mutate(
            {
              title,
              description: (values.description ?? '').trim(),
              starts_on: values.starts_on || null,
              ends_on: values.ends_on || null,
              cost_estimate: parseEuro(values.cost_estimate ?? '') ?? 0,
              funding_source: (values.funding_source || 'own_budget') as FundingSource,
              funded,
            },
            {
              onSuccess: () => {
                element.reset();
                setFunded(false);
                setAdded(title);
              },
            },
          );
        }}
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('issues.activityTitle')} required />
        <TextAreaInput name="description" label={`${t('issues.description')} ${t('common.optional')}`} rows={2} />
        <div className="form__row">
          <TextInput name="starts_on" type="date" label={`${t('issues.startsOn')} ${t('common.optional')}`} />
          <TextInput name="ends_on" type="date" label={`${t('issues.endsOn')} ${t('common.optional')}`} />
        </div>
        <div className="form__row">
          <TextInput name="cost_estimate" label={t('issues.costEstimate')} description={t('issues.costHint')} required />
          <SelectInput
            name="funding_source"
            label={t('issues.fundingSource')}
            defaultSelectedKey="own_budget"
            options={FUNDING_SOURCES.map((id) => ({ id, label: t(`issues.sources.${id}`) }))}
          />
        </div>
        <Switch className="switch" isSelected={funded} onChange={setFunded}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          {t('issues.fundedSwitch')}
        </Switch>
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('issues.addActivitySubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {added ? <Notice tone="success">{t('issues.activityAdded', { title: added })}</Notice> : null}
    </section>
  );
}

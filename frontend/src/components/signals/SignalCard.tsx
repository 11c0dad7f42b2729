import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIssues } from '../../api/issues';
import { useAttachSignal, useConvertSignal, useDismissSignal, useReopenSignal } from '../../api/signals';
import type { SignalRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { issueQuery, NO_FILTERS } from '../issues/issues';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';

type Mode = 'dismiss' | 'attach' | 'convert' | null;

/** One signal in the inbox, with its triage: dismiss, attach to an issue, make a new issue. */
export function SignalCard({ organisationId, signal }: { organisationId: string; signal: SignalRead }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [mode, setMode] = useState<Mode>(null);
  const reopen = useReopenSignal(organisationId);
  const headingId = `signal-${signal.id}`;
  return (
    <li className="card signal-card" aria-labelledby={headingId} data-signal={signal.title}>
      <div className="card__badges">
        <Badge tone={signal.side === 'inside' ? 'accent' : 'neutral'}>{t(`signals.sides.${signal.side}`)}</Badge>
        <Badge tone="muted">{t(`signals.sources.${signal.source_type}`)}</Badge>
        {signal.status !== 'new' ? <Badge tone="success">{t(`signals.statuses.${signal.status}`)}</Badge> : null}
      </div>
      <h3 id={headingId} className="card__title">
        {signal.title}
      </h3>
      <p className="item-list__meta">
        {t('signals.observed', { date: formatDate(signal.observed_on, locale) })}
        {signal.entered_by ? ` · ${t('signals.enteredBy', { name: signal.entered_by.name })}` : ` · ${t(`signals.origins.${signal.origin}`)}`}
      </p>
      {signal.summary ? <p className="card__text">{signal.summary}</p> : null}
      {signal.tags.length > 0 ? (
        <p className="tag-list">
          {signal.tags.map((tag) => (
            <Badge key={tag} tone="muted">
              {tag}
            </Badge>
          ))}
        </p>
      ) : null}
      {signal.link ? (
        <p>
          <a href={signal.link} target="_blank" rel="noopener noreferrer">
            {t('signals.openLink')}
          </a>
        </p>
      ) : null}
      {signal.status === 'dismissed' && signal.dismiss_reason ? (
        <p className="muted">{t('signals.reasonShown', { reason: signal.dismiss_reason })}</p>
      ) : null}
      {signal.issue_id ? (
        <p>
          <Link to={`/organisations/${organisationId}/issues/${signal.issue_id}`}>{t('signals.issueLink')}</Link>
        </p>
      ) : null}
      {signal.status === 'new' ? (
        <>
          <div className="button-row" role="group" aria-label={t('signals.triageActions', { title: signal.title })}>
            {(['dismiss', 'attach', 'convert'] as const).map((action) => (
              <Button
                key={action}
                className={`button button--small ${mode === action ? 'button--primary' : 'button--secondary'}`}
                aria-expanded={mode === action}
                onPress={() => setMode(mode === action ? null : action)}
              >
                {t(`signals.${action}`)}
              </Button>
            ))}
          </div>
          {mode === 'dismiss' ? <DismissForm organisationId={organisationId} signal={signal} /> : null}
          {mode === 'attach' ? <AttachForm organisationId={organisationId} signal={signal} /> : null}
          {mode === 'convert' ? <ConvertForm organisationId={organisationId} signal={signal} /> : null}
        </>
      ) : (
        <div className="button-row">
          <Button className="button button--quiet button--small" onPress={() => reopen.mutate(signal.id)} isPending={reopen.isPending}>
            {t('signals.reopen')}
          </Button>
          {reopen.isError ? <QueryError error={reopen.error} /> : null}
        </div>
      )}
    </li>
  );
}

function DismissForm({ organisationId, signal }: { organisationId: string; signal: SignalRead }) {
  const { t } = useTranslation();
  const mutation = useDismissSignal(organisationId);
  const errors = useFormErrors(mutation.error, ['reason']);
  const checks = useMemo(() => ({ reason: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <ValidatedForm form={form} onValid={(values) => mutation.mutate({ signalId: signal.id, reason: (values.reason ?? '').trim() })}>
      <FormAlert message={errors.general} />
      <TextAreaInput name="reason" label={t('signals.dismissReason')} rows={2} required />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('signals.dismissSubmit')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

function AttachForm({ organisationId, signal }: { organisationId: string; signal: SignalRead }) {
  const { t } = useTranslation();
  const issues = useIssues(organisationId, issueQuery(NO_FILTERS), 200);
  const mutation = useAttachSignal(organisationId);
  const errors = useFormErrors(mutation.error, ['issue_id']);
  const checks = useMemo(() => ({ issue_id: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const options = (issues.data?.pages.flatMap((page) => page.items) ?? []).map((issue) => ({ id: issue.id, label: issue.title }));
  if (issues.isError) return <QueryError error={issues.error} />;
  if (issues.data && options.length === 0) return <p className="empty">{t('signals.noIssues')}</p>;
  return (
    <ValidatedForm form={form} onValid={(values) => mutation.mutate({ signalId: signal.id, issueId: values.issue_id ?? '' })}>
      <FormAlert message={errors.general} />
      <SelectInput name="issue_id" label={t('signals.attachIssue')} options={options} placeholder="—" />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('signals.attachSubmit')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

function ConvertForm({ organisationId, signal }: { organisationId: string; signal: SignalRead }) {
  const { t } = useTranslation();
  const mutation = useConvertSignal(organisationId);
  const errors = useFormErrors(mutation.error, ['title', 'description']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <ValidatedForm
      form={form}
      onValid={(values) =>
        mutation.mutate({
          signalId: signal.id,
          body: { title: (values.title ?? '').trim(), description: (values.description ?? '').trim(), tags: signal.tags },
        })
      }
    >
      <FormAlert message={errors.general} />
      <TextInput name="title" label={t('signals.convertTitle')} defaultValue={signal.title.slice(0, 200)} required />
      <TextAreaInput name="description" label={t('signals.convertDescription')} rows={3} defaultValue={signal.summary} />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('signals.convertSubmit')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

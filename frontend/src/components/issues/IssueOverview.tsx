import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useChangeStatus, useUpdateIssue } from '../../api/issues';
import type { IssueRead, IssueStatus } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { SelectInput, TextAreaInput } from '../ui/fields';
import { MethodRule } from '../ui/MethodRule';
import { useAudience } from '../organisations/audience';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { GOAL_HASH, IssueFrame } from './IssueFrame';
import { IssueForm } from './IssueForm';
import { IssueHistory } from './IssueHistory';
import { STATUSES } from './issues';
import { PhaseDialog } from './PhaseDialog';
import { PriorityBadge, StatusBadge } from './IssueTable';

/** The issue at a glance, its workable frame, its phase and status with their history, and the edit form. */
export function IssueOverview({ organisationId, issue }: { organisationId: string; issue: IssueRead }) {
  const { t } = useTranslation();
  const context = useAudience();
  const locale = currentLocale();
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="visually-hidden">
          {t('issues.summary')}
        </h2>
        {issue.description ? <p className="prose issue-description">{issue.description}</p> : <p className="muted">{t('issues.noDescription')}</p>}
        {/* What the issue is, then what it is meant to achieve, then its particulars. */}
        <IssueFrame issue={issue} />
        <dl className="facts issue-facts">
          <div>
            <dt>{t('issues.phase')}</dt>
            <dd>
              {t(`issues.phases.${issue.phase}`)}
              <span className="facts__via">{t('issues.since', { date: formatDate(issue.phase_since, locale) })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('issues.status')}</dt>
            <dd>
              <StatusBadge status={issue.status} />
            </dd>
          </div>
          <div>
            <dt>{t('issues.priority')}</dt>
            <dd>
              <PriorityBadge issue={issue} />
              <span className="facts__via">{t('issues.priorityWhy', { impact: issue.impact, urgency: issue.urgency, score: issue.priority.score })}</span>
              <MethodRule />
            </dd>
          </div>
          <div>
            <dt>{t('issues.scope')}</dt>
            <dd>
              {t(`issues.scopes.${issue.scope}`, { context })}
              {issue.scope_note ? <span className="facts__via">{issue.scope_note}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t('issues.owner')}</dt>
            <dd>{issue.owner?.name ?? t('issues.noOwner')}</dd>
          </div>
          {issue.tags.length > 0 ? (
            <div>
              <dt>{t('issues.tags')}</dt>
              <dd className="tag-list">
                {issue.tags.map((tag) => (
                  <Badge key={tag} tone="muted">
                    {tag}
                  </Badge>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
        <div className="button-row form__aside">
          <Button
            className="button button--primary"
            onPress={() => {
              setNotice(null);
              setMoving(true);
            }}
          >
            {t('issues.changePhase')}
          </Button>
        </div>
        {notice ? <Notice tone="success">{notice}</Notice> : null}
      </section>
      <PhaseDialog
        organisationId={organisationId}
        issue={moving ? issue : null}
        onClose={() => setMoving(false)}
        onMoved={(moved) => setNotice(t('issues.moved', { title: moved.title, phase: t(`issues.phases.${moved.phase}`) }))}
      />
      <div className="grid grid--two">
        <IssueHistory organisationId={organisationId} issueId={issue.id} />
        <StatusForm organisationId={organisationId} issue={issue} />
      </div>
      <EditIssue organisationId={organisationId} issue={issue} />
    </div>
  );
}

function StatusForm({ organisationId, issue }: { organisationId: string; issue: IssueRead }) {
  const { t } = useTranslation();
  const mutation = useChangeStatus(organisationId);
  const errors = useFormErrors(mutation.error, ['status', 'reason']);
  const checks = useMemo(() => ({}), []);
  const form = useValidatedForm(checks, errors);
  const [saved, setSaved] = useState(false);
  const others = STATUSES.filter((s) => s !== issue.status);
  return (
    <section className="panel panel--form" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('issues.statusHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          setSaved(false);
          mutation.mutate(
            { issueId: issue.id, body: { status: (values.status || others[0]) as IssueStatus, reason: (values.reason ?? '').trim() } },
            {
              onSuccess: () => {
                element.reset();
                setSaved(true);
              },
            },
          );
        }}
      >
        <FormAlert message={errors.general} />
        <SelectInput
          key={issue.status}
          name="status"
          label={t('issues.newStatus')}
          defaultSelectedKey={others[0]}
          options={others.map((id) => ({ id, label: t(`issues.statuses.${id}`) }))}
        />
        <TextAreaInput name="reason" label={`${t('issues.reason')} ${t('common.optional')}`} rows={2} />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('issues.statusSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {saved ? <Notice tone="success">{t('issues.statusSaved', { status: t(`issues.statuses.${issue.status}`) })}</Notice> : null}
    </section>
  );
}

function EditIssue({ organisationId, issue }: { organisationId: string; issue: IssueRead }) {
  const { t } = useTranslation();
  const mutation = useUpdateIssue(organisationId);
  const [saved, setSaved] = useState(false);
  const section = useRef<HTMLElement>(null);
  const location = useLocation();
  // "Write the goal" (from the frame or an evaluation) lands here with the cursor in the goal.
  useEffect(() => {
    if (location.hash !== GOAL_HASH) return;
    const goal = section.current?.querySelector<HTMLElement>('textarea[name="goal"]');
    goal?.scrollIntoView({ block: 'center' });
    goal?.focus({ preventScroll: true });
  }, [location.key, location.hash]);
  return (
    <section className="panel panel--form" aria-labelledby="edit-heading" ref={section}>
      <h2 id="edit-heading">{t('issues.editHeading')}</h2>
      <IssueForm
        organisationId={organisationId}
        issue={issue}
        error={mutation.error}
        isPending={mutation.isPending}
        submitLabel={t('issues.save')}
        onSubmit={(body) => {
          setSaved(false);
          const { status: _status, phase: _phase, ...changes } = body;
          mutation.mutate({ issueId: issue.id, body: changes }, { onSuccess: () => setSaved(true) });
        }}
      />
      {saved ? <Notice tone="success">{t('issues.saved')}</Notice> : null}
    </section>
  );
}

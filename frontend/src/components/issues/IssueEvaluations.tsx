import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDeleteEvaluation, useEvaluations, usePlanEvaluation, useRecordOutcome } from '../../api/issues';
import type { EvaluationOutcome, EvaluationRead, IssueRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { WriteGoalLink } from './IssueFrame';
import { OUTCOMES } from './issues';

/** Evaluation moments: planned with a date; the outcome continues, adjusts, or closes the issue
 * once its goal is reached, judged against the goal as it then stands. */
export function IssueEvaluations({ organisationId, issue }: { organisationId: string; issue: IssueRead }) {
  const { t } = useTranslation();
  const issueId = issue.id;
  const evaluations = useEvaluations(organisationId, issueId);
  const items = evaluations.data?.items ?? [];
  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="evaluations-heading">
        <div>
          <h2 id="evaluations-heading">{t('issues.evaluationsHeading')}</h2>
          <p className="muted">{t('issues.evaluationsIntro')}</p>
        </div>
        {evaluations.isPending ? <Loading /> : null}
        {evaluations.isError ? <QueryError error={evaluations.error} /> : null}
        {evaluations.data && items.length === 0 ? <p className="empty">{t('issues.noEvaluations')}</p> : null}
        {items.length > 0 ? (
          <ul className="card-list">
            {items.map((evaluation) => (
              <EvaluationCard key={evaluation.id} organisationId={organisationId} issue={issue} evaluation={evaluation} />
            ))}
          </ul>
        ) : null}
      </section>
      <PlanEvaluation organisationId={organisationId} issueId={issueId} />
    </div>
  );
}

interface CardProps {
  organisationId: string;
  issue: IssueRead;
  evaluation: EvaluationRead;
}

function EvaluationCard({ organisationId, issue, evaluation }: CardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const remove = useDeleteEvaluation(organisationId, issue.id);
  const headingId = `evaluation-${evaluation.id}`;
  return (
    <li className="card evaluation-card" aria-labelledby={headingId} data-evaluation={evaluation.planned_on}>
      <h3 id={headingId} className="card__title">
        {formatDate(evaluation.planned_on, locale)}
      </h3>
      {evaluation.focus ? <p className="card__text">{evaluation.focus}</p> : null}
      {evaluation.outcome ? (
        <div className="evaluation-card__outcome">
          <Badge tone={evaluation.outcome === 'goal_reached' ? 'success' : 'neutral'}>{t(`issues.outcomes.${evaluation.outcome}`)}</Badge>
          {evaluation.outcome_note ? <p>{evaluation.outcome_note}</p> : null}
          <JudgedAgainst goal={evaluation.goal} current={issue.goal} />
          <p className="muted">
            {t('issues.recordedBy', {
              name: evaluation.recorded_by?.name ?? '',
              date: evaluation.recorded_at ? formatDateTime(evaluation.recorded_at, locale) : '',
            })}
          </p>
        </div>
      ) : (
        <>
          {issue.goal ? (
            <p className="evaluation-card__goal">
              <span className="evaluation-card__goal-label">{t('issues.goalToJudge')}</span> {issue.goal}
            </p>
          ) : null}
          <OutcomeForm organisationId={organisationId} issue={issue} evaluation={evaluation} />
          {remove.isError ? <QueryError error={remove.error} /> : null}
          <Button
            className="button button--quiet button--small"
            isDisabled={remove.isPending}
            aria-label={t('issues.cancelEvaluation', { date: formatDate(evaluation.planned_on, locale) })}
            onPress={() => remove.mutate(evaluation.id)}
          >
            {t('issues.cancelEvaluationShort')}
          </Button>
        </>
      )}
    </li>
  );
}

/** The goal a recorded outcome was judged against, and whether it has changed since. */
function JudgedAgainst({ goal, current }: { goal: string | null; current: string | null }) {
  const { t } = useTranslation();
  if (goal === null) return <p className="muted">{t('issues.judgedWithoutGoal')}</p>;
  return (
    <p className="evaluation-card__goal">
      <span className="evaluation-card__goal-label">{t('issues.judgedAgainst')}</span> {goal}
      {goal !== current ? <span className="evaluation-card__goal-changed"> {t('issues.goalChangedSince')}</span> : null}
    </p>
  );
}

function OutcomeForm({ organisationId, issue, evaluation }: CardProps) {
  const { t } = useTranslation();
  const mutation = useRecordOutcome(organisationId, issue.id);
  const errors = useFormErrors(mutation.error, ['outcome', 'note']);
  const [outcome, setOutcome] = useState<EvaluationOutcome>('continue');
  const noGoal = outcome === 'goal_reached' && !issue.goal;
  // The server refuses "goal reached" without a goal (code no_goal); say so before sending.
  const checks = useMemo(() => ({ outcome: () => (noGoal ? t('errors.noGoal') : null) }), [noGoal, t]);
  const form = useValidatedForm(checks, errors);
  return (
    <ValidatedForm
      form={form}
      onValid={(values) => mutation.mutate({ evaluationId: evaluation.id, body: { outcome, note: (values.note ?? '').trim() } })}
    >
      <FormAlert message={errors.general} />
      <SelectInput
        name="outcome"
        label={t('issues.outcome')}
        selectedKey={outcome}
        onSelectionChange={(key) => setOutcome(key as EvaluationOutcome)}
        options={OUTCOMES.map((id) => ({ id, label: t(`issues.outcomes.${id}`) }))}
      />
      {outcome === 'goal_reached' ? (
        <p className="preview-note">
          {noGoal ? (
            <>
              {t('issues.goalReachedNeedsGoal')} <WriteGoalLink>{t('issues.frame.writeGoal')}</WriteGoalLink>
            </>
          ) : (
            t('issues.goalReachedCloses')
          )}
        </p>
      ) : null}
      <TextAreaInput name="note" label={`${t('issues.outcomeNote')} ${t('common.optional')}`} rows={2} />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('issues.recordOutcome')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

function PlanEvaluation({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const mutation = usePlanEvaluation(organisationId, issueId);
  const errors = useFormErrors(mutation.error, ['planned_on', 'focus']);
  const checks = useMemo(() => ({ planned_on: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const [planned, setPlanned] = useState(false);
  return (
    <section className="panel panel--form" aria-labelledby="plan-evaluation-heading">
      <h2 id="plan-evaluation-heading">{t('issues.planEvaluation')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values, element) => {
          setPlanned(false);
          mutation.mutate(
            { planned_on: values.planned_on ?? '', focus: (values.focus ?? '').trim() },
            {
              onSuccess: () => {
                element.reset();
                setPlanned(true);
              },
            },
          );
        }}
      >
        <FormAlert message={errors.general} />
        <TextInput name="planned_on" type="date" label={t('issues.plannedOn')} required />
        <TextAreaInput name="focus" label={`${t('issues.focus')} ${t('common.optional')}`} description={t('issues.focusHint')} rows={2} />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('issues.planSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
      {planned ? <Notice tone="success">{t('issues.evaluationPlanned')}</Notice> : null}
    </section>
  );
}

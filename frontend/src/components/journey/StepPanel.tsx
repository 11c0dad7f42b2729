import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRepeatRound, useStepHistory, useUpdateStep } from '../../api/journey';
import type { JourneyRead, JourneyStepRead, StepUpdate } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { TextAreaInput } from '../ui/fields';
import { MethodRule } from '../ui/MethodRule';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { actionsFor, localised, stepByNumber, tickedKeys, toggled, workPlaces } from './journey';

interface Props {
  coalitionId: string;
  journey: JourneyRead;
  step: JourneyStepRead;
  canManage: boolean;
  onSelect: (step: number) => void;
}

type Asking = 'skip' | 'reopen' | 'repeat' | null;

/** One step: what it is for, its status and the actions on it, checklist, notes and history. */
export function StepPanel({ coalitionId, journey, step, canManage, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateStep(coalitionId, step.number);
  const [asking, setAsking] = useState<Asking>(null);
  const [finished, setFinished] = useState(false);
  const current = stepByNumber(journey, journey.position.current_step);
  // After finishing this step: where the coalition goes on (the new current step).
  const onward = current && current.number !== step.number ? current : stepByNumber(journey, journey.position.next_step);
  const heading = `step-heading-${step.number}`;

  function change(body: StepUpdate, after?: () => void) {
    setFinished(false);
    update.mutate(body, { onSuccess: () => after?.() });
  }

  return (
    <section className="panel journey-step-panel" aria-labelledby={heading}>
      <h2 id={heading}>
        {t('journey.stepN', { n: step.number })}: {localised(step.title, i18n.language)}
      </h2>
      <p className="journey-step-panel__context">
        <span className="badge badge--muted">{t('journey.round', { n: step.round })}</span>{' '}
        <span className="badge badge--muted">{t(`journey.questions.${step.question}`)}</span>
      </p>
      <MethodRule />
      <p>{localised(step.purpose, i18n.language)}</p>
      {step.number <= 3 ? <p className="muted">{t('journey.workBelow')}</p> : null}
      {workPlaces(step.number).length > 0 ? (
        <p className="journey-work">
          <span>{t('journey.workAt')}</span>{' '}
          {workPlaces(step.number).map((place, index) => (
            <span key={place}>
              {index > 0 ? ', ' : null}
              <Link to={`/coalitions/${coalitionId}/${place}`}>{t(`journey.places.${place}`)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('journey.status')}</dt>
          <dd data-testid="step-status">{t(`journey.statuses.${step.status}`)}</dd>
        </div>
        <div>
          <dt>{t('journey.startedOn')}</dt>
          <dd>{step.started_on ? formatDate(step.started_on, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('journey.doneOn')}</dt>
          <dd>{step.done_on ? formatDate(step.done_on, locale) : '–'}</dd>
        </div>
      </dl>
      {step.status === 'skipped' ? (
        <p>
          <strong>{t('journey.skipReason')}:</strong> {step.skip_reason}
        </p>
      ) : null}

      {finished && step.status === 'done' ? (
        <Notice tone="success">
          {onward ? t('journey.finishedNext', { n: onward.number, title: localised(onward.title, i18n.language) }) : t('journey.finishedAll')}{' '}
          {onward ? (
            <Button className="link-button" onPress={() => onSelect(onward.number)}>
              {t('journey.goToStep', { n: onward.number })}
            </Button>
          ) : null}
        </Notice>
      ) : null}
      {current && current.number !== step.number && step.status !== 'done' && step.status !== 'skipped' && step.number > current.number ? (
        <p className="muted">{t('journey.aheadOfCurrent', { n: current.number })}</p>
      ) : null}

      {canManage ? (
        <div className="journey-actions">
          <FormAlert message={asking === null && update.error ? update.error.message : null} />
          <div className="button-row">
            {actionsFor(step.status).map((action) => {
              if (action === 'start')
                return (
                  <Button key={action} className="button button--primary" isPending={update.isPending} onPress={() => change({ status: 'in_progress' })}>
                    {t('journey.actions.start')}
                  </Button>
                );
              if (action === 'finish')
                return (
                  <Button key={action} className="button button--primary" isPending={update.isPending} onPress={() => change({ status: 'done' }, () => setFinished(true))}>
                    {t('journey.actions.finish')}
                  </Button>
                );
              return (
                <Button key={action} className="button button--secondary" onPress={() => setAsking(action)}>
                  {t(`journey.actions.${action}`)}
                </Button>
              );
            })}
            <Button className="button button--quiet" onPress={() => setAsking('repeat')}>
              {t('journey.actions.repeat', { n: step.round })}
            </Button>
          </div>
          {asking === 'skip' || asking === 'reopen' ? (
            <ReasonForm
              key={asking}
              field={asking === 'skip' ? 'skip_reason' : 'reason'}
              label={t(asking === 'skip' ? 'journey.skipReasonLabel' : 'journey.reopenReasonLabel')}
              submit={t(asking === 'skip' ? 'journey.actions.confirmSkip' : 'journey.actions.confirmReopen')}
              error={update.error}
              isPending={update.isPending}
              onCancel={() => setAsking(null)}
              onReason={(reason) =>
                change(asking === 'skip' ? { status: 'skipped', skip_reason: reason } : { status: 'in_progress', reason }, () => setAsking(null))
              }
            />
          ) : null}
          {asking === 'repeat' ? <RepeatRound coalitionId={coalitionId} round={step.round} onDone={() => setAsking(null)} /> : null}
        </div>
      ) : null}

      <Checklist step={step} canManage={canManage} failed={update.isError} onChange={(checklist) => change({ checklist })} />
      <Notes key={`${step.number}-${step.notes}`} step={step} canManage={canManage} error={update.error} isPending={update.isPending} onSave={(notes) => change({ notes })} />
      <StepHistory coalitionId={coalitionId} step={step.number} locale={locale} />
    </section>
  );
}

/** Ticks show at once; the server's answer replaces them (or, on an error, the server's state returns). */
function Checklist({ step, canManage, failed, onChange }: { step: JourneyStepRead; canManage: boolean; failed: boolean; onChange: (checklist: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const server = tickedKeys(step);
  const serverKey = server.join('|');
  const [local, setLocal] = useState<{ from: string; keys: string[] } | null>(null);
  const shown = local && local.from === serverKey && !failed ? local.keys : server;
  return (
    <fieldset className="fieldset journey-checklist">
      <legend className="field__label">{t('journey.checklist')}</legend>
      <ul className="journey-checklist__list">
        {step.checklist.map((item) => (
          <li key={item.key}>
            <label className="journey-checklist__item">
              <input
                type="checkbox"
                checked={shown.includes(item.key)}
                disabled={!canManage}
                onChange={(event) => {
                  const next = toggled(step, shown, item.key, event.currentTarget.checked);
                  setLocal({ from: serverKey, keys: next });
                  onChange(next);
                }}
              />
              <span>{localised(item.label, i18n.language)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Notes({ step, canManage, error, isPending, onSave }: { step: JourneyStepRead; canManage: boolean; error: unknown; isPending: boolean; onSave: (notes: string) => void }) {
  const { t } = useTranslation();
  const server = useFormErrors(error, ['notes']);
  const form = useValidatedForm({}, server);
  if (!canManage) {
    return step.notes ? (
      <div>
        <h3>{t('journey.notes')}</h3>
        <p className="journey-notes">{step.notes}</p>
      </div>
    ) : null;
  }
  return (
    <ValidatedForm form={form} onValid={(values) => onSave(values.notes ?? '')}>
      <TextAreaInput name="notes" label={t('journey.notes')} defaultValue={step.notes} rows={3} />
      <div className="form__actions">
        <SubmitButton isPending={isPending}>{t('journey.saveNotes')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

interface ReasonFormProps {
  field: 'reason' | 'skip_reason';
  label: string;
  submit: string;
  error: unknown;
  isPending: boolean;
  onReason: (reason: string) => void;
  onCancel: () => void;
}

function ReasonForm({ field, label, submit, error, isPending, onReason, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const server = useFormErrors(error, [field]);
  const checks = useMemo(() => ({ [field]: required(t('journey.reasonRequired')) }), [field, t]);
  const form = useValidatedForm(checks, server);
  return (
    <div className="journey-reason">
      <ValidatedForm form={form} onValid={(values) => onReason((values[field] ?? '').trim())}>
        <FormAlert message={server.general} />
        <TextAreaInput name={field} label={label} rows={2} required />
        <div className="form__actions">
          <SubmitButton isPending={isPending}>{submit}</SubmitButton>
          <Button className="button button--quiet" onPress={onCancel}>
            {t('journey.actions.cancel')}
          </Button>
        </div>
      </ValidatedForm>
    </div>
  );
}

function RepeatRound({ coalitionId, round, onDone }: { coalitionId: string; round: number; onDone: () => void }) {
  const { t } = useTranslation();
  const repeat = useRepeatRound(coalitionId, round);
  return (
    <div>
      <p className="muted">{t('journey.repeatExplained', { n: round })}</p>
      <ReasonForm
        field="reason"
        label={t('journey.repeatReasonLabel')}
        submit={t('journey.actions.confirmRepeat', { n: round })}
        error={repeat.error}
        isPending={repeat.isPending}
        onCancel={onDone}
        onReason={(reason) => repeat.mutate({ reason }, { onSuccess: onDone })}
      />
    </div>
  );
}

function StepHistory({ coalitionId, step, locale }: { coalitionId: string; step: number; locale: ReturnType<typeof currentLocale> }) {
  const { t } = useTranslation();
  const history = useStepHistory(coalitionId, step);
  if (history.isError) return <QueryError error={history.error} />;
  const items = history.data?.items ?? [];
  return (
    <details className="journey-history">
      <summary>{t('journey.history', { count: items.length })}</summary>
      {items.length === 0 ? (
        <p className="muted">{t('journey.historyEmpty')}</p>
      ) : (
        <ol className="item-list">
          {items.map((change) => (
            <li key={change.id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">
                  {t(`journey.kinds.${change.kind}`)}: {t(`journey.statuses.${change.from_status}`)} → {t(`journey.statuses.${change.to_status}`)}
                </span>
                <span className="item-list__meta">
                  {formatDateTime(change.changed_at, locale)} · {change.changed_by_name}
                </span>
                {change.reason ? <span>{change.reason}</span> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

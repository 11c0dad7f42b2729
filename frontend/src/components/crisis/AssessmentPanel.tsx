import { useMemo, useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCreateAssessment, useCrisisRule, useEscalate } from '../../api/crisis';
import type { CrisisAnswers, CrisisAssessmentRead, RuleOutcome, ThreatLevel, ThreatSubject } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { useAudience } from '../organisations/audience';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { TextAreaInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';

const LEVELS: ThreatLevel[] = ['none', 'real', 'acute'];
const SUBJECTS: ThreatSubject[] = ['association', 'sector', 'both'];

export const NO_THREAT: CrisisAnswers = {
  reputation: 'none',
  continuity: 'none',
  subject: 'association',
  several_members: false,
  member_affects_whole: false,
};

interface Props {
  organisationId: string;
  issueId: string;
  latest: CrisisAssessmentRead | null;
}

/** The questions of the escalation rule, its live outcome with the reasons, and escalating. */
export function AssessmentPanel({ organisationId, issueId, latest }: Props) {
  const { t } = useTranslation();
  const context = useAudience();
  const [answers, setAnswers] = useState<CrisisAnswers>(() =>
    latest
      ? {
          reputation: latest.reputation,
          continuity: latest.continuity,
          subject: latest.subject ?? 'association',
          several_members: latest.several_members,
          member_affects_whole: latest.member_affects_whole,
        }
      : NO_THREAT,
  );
  const rule = useCrisisRule(organisationId, issueId, answers);
  const assess = useCreateAssessment(organisationId, issueId);
  const [note, setNote] = useState('');
  const set = <K extends keyof CrisisAnswers>(key: K, value: CrisisAnswers[K]) => setAnswers((current) => ({ ...current, [key]: value }));

  return (
    <section className="panel stack" aria-labelledby="assessment-heading">
      <div>
        <h2 id="assessment-heading">{t('crisis.assessHeading')}</h2>
        <p className="muted">{t('crisis.assessIntro', { context })}</p>
      </div>
      <div className="crisis-questions">
        <LevelQuestion label={t('crisis.questions.reputation')} value={answers.reputation} onChange={(v) => set('reputation', v)} />
        <LevelQuestion label={t('crisis.questions.continuity')} value={answers.continuity} onChange={(v) => set('continuity', v)} />
        <RadioGroup className="radio-group crisis-question" value={answers.subject ?? 'association'} onChange={(v) => set('subject', v as ThreatSubject)}>
          <Label className="field__label">{t('crisis.questions.subject')}</Label>
          <div className="crisis-choices">
            {SUBJECTS.map((s) => (
              <Radio key={s} value={s} className="radio">
                {t(`crisis.subjects.${s}`, { context })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <fieldset className="crisis-question crisis-involvement">
          <legend className="field__label">{t('crisis.questions.involvement', { context })}</legend>
          <Checkbox className="crisis-check" isSelected={answers.several_members} onChange={(v) => set('several_members', v)}>
            <span className="crisis-check__box" aria-hidden="true">
              {answers.several_members ? '✓' : ''}
            </span>
            {t('crisis.questions.several_members', { context })}
          </Checkbox>
          <Checkbox className="crisis-check" isSelected={answers.member_affects_whole} onChange={(v) => set('member_affects_whole', v)}>
            <span className="crisis-check__box" aria-hidden="true">
              {answers.member_affects_whole ? '✓' : ''}
            </span>
            {t('crisis.questions.member_affects_whole', { context })}
          </Checkbox>
        </fieldset>
      </div>
      <div aria-live="polite" className="crisis-outcome-region" data-testid="crisis-live-outcome">
        {rule.data ? <OutcomeExplanation outcome={rule.data} /> : null}
        {rule.isError ? <QueryError error={rule.error} /> : null}
      </div>
      <div className="stack crisis-save">
        <label className="field">
          <span className="field__label">
            {t('crisis.note')} {t('common.optional')}
          </span>
          <textarea className="field__input field__input--area" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {assess.isError ? <QueryError error={assess.error} /> : null}
        <div className="button-row">
          <Button className="button button--secondary" isPending={assess.isPending} onPress={() => assess.mutate({ ...answers, note }, { onSuccess: () => setNote('') })}>
            {t('crisis.saveAssessment')}
          </Button>
        </div>
      </div>
      <EscalateSection organisationId={organisationId} issueId={issueId} latest={assess.data ?? latest} />
    </section>
  );
}

function LevelQuestion({ label, value, onChange }: { label: string; value: ThreatLevel; onChange: (value: ThreatLevel) => void }) {
  const { t } = useTranslation();
  return (
    <RadioGroup className="radio-group crisis-question" value={value} onChange={(v) => onChange(v as ThreatLevel)}>
      <Label className="field__label">{label}</Label>
      <div className="crisis-choices">
        {LEVELS.map((level) => (
          <Radio key={level} value={level} className="radio">
            {t(`crisis.levels.${level}`)}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** Crisis or not, and why: the conditions that held and the half of the rule that was missing. */
export function OutcomeExplanation({ outcome, heading = true }: { outcome: RuleOutcome; heading?: boolean }) {
  const { t } = useTranslation();
  const context = useAudience();
  return (
    <div className={`crisis-outcome crisis-outcome--${outcome.is_crisis ? 'crisis' : 'issue'}`}>
      {heading ? (
        <p className="crisis-outcome__verdict">
          <strong>{outcome.is_crisis ? t('crisis.verdict.crisis') : t('crisis.verdict.issue')}</strong>
          {outcome.is_crisis && outcome.acute ? ` · ${t('crisis.verdict.acute')}` : ''}
        </p>
      ) : null}
      <ul className="crisis-outcome__reasons">
        {outcome.held.map((code) => (
          <li key={code}>
            <span aria-hidden="true">✓ </span>
            {t(`crisis.codes.${code}`, { context })}
          </li>
        ))}
        {outcome.missing.map((code) => (
          <li key={code} className="crisis-outcome__missing">
            <span aria-hidden="true">✗ </span>
            {t(`crisis.codes.${code}`, { context })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function EscalateSection({ organisationId, issueId, latest }: Props) {
  const { t } = useTranslation();
  const escalate = useEscalate(organisationId, issueId);
  const errors = useFormErrors(escalate.error, ['override_reason', 'assessment_id']);
  const checks = useMemo(() => ({ override_reason: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const lang = currentLocale();
  if (latest?.outcome.is_crisis) {
    return (
      <div className="crisis-escalate stack">
        <p>{t('crisis.escalateOnAssessment')}</p>
        <FormAlert message={errors.general} />
        <div className="button-row">
          <Button className="button button--danger" isPending={escalate.isPending} onPress={() => escalate.mutate({ assessment_id: latest.id, lang })}>
            {t('crisis.escalate')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <details className="crisis-override">
      <summary>{t('crisis.overrideSummary')}</summary>
      <ValidatedForm
        form={form}
        onValid={(values) => escalate.mutate({ assessment_id: latest?.id ?? null, override_reason: values.override_reason ?? '', lang })}
      >
        <FormAlert message={errors.general} />
        <TextAreaInput name="override_reason" label={t('crisis.overrideReason')} description={t('crisis.overrideHint')} rows={2} required />
        <div className="form__actions">
          <SubmitButton isPending={escalate.isPending}>{t('crisis.escalateAnyway')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}

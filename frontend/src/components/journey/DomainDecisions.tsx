import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideDomainTopic } from '../../api/journey';
import type { DomainRead, TopicDecision } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import type { Check } from '../../lib/validation';
import { SelectInput, TextAreaInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { decisionRows, needsDecisionReason, TOPIC_DECISIONS, type DecisionRow } from './journey';

// A refused topic (nobody holds it any more) shows above the form: it has no field of its own.
const DECISION_FIELDS = ['decision', 'reason'];

/**
 * Step 2: the partners' interests are the candidates; the coalition decides per topic whether it
 * belongs to the domain, and why. Everyone reads the decisions; the coordinators take them.
 */
export function DomainDecisions({ coalitionId, domain, canManage }: { coalitionId: string; domain: DomainRead; canManage: boolean }) {
  const { t } = useTranslation();
  const rows = decisionRows(domain);
  if (rows.length === 0) return null;
  return (
    <section className="journey-subsection" aria-labelledby="domain-decisions-heading">
      <h3 id="domain-decisions-heading">{t('journey.domain.decisions.heading')}</h3>
      <p className="muted">{t('journey.domain.decisions.intro')}</p>
      <ul className="journey-decisions">
        {rows.map((row) => (
          <li key={row.key} className="journey-decision" data-topic={row.label}>
            <DecisionItem coalitionId={coalitionId} row={row} canManage={canManage} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionItem({ coalitionId, row, canManage }: { coalitionId: string; row: DecisionRow; canManage: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <p className="journey-decision__topic">
        <span className="journey-decision__label">{row.label}</span>{' '}
        <span className={`badge journey-decided journey-decided--${row.decision}`} data-testid="topic-decision">
          {t(`journey.domain.decisions.values.${row.decision}`)}
        </span>
      </p>
      {row.reasonToJoinOf ? <p className="journey-decision__reason-to-join">{t('journey.domain.decisions.legitimateReason', { name: row.reasonToJoinOf })}</p> : null}
      {row.reason ? <p className="journey-notes">{row.reason}</p> : null}
      {row.decidedBy && row.decidedAt ? (
        <p className="muted">{t('journey.domain.decisions.decidedBy', { name: row.decidedBy, date: formatDate(row.decidedAt, locale) })}</p>
      ) : null}
      {canManage ? (
        <details className="journey-decision__edit">
          <summary>{t('journey.domain.decisions.decide', { topic: row.label })}</summary>
          <DecisionForm coalitionId={coalitionId} row={row} />
        </details>
      ) : null}
    </>
  );
}

function DecisionForm({ coalitionId, row }: { coalitionId: string; row: DecisionRow }) {
  const { t } = useTranslation();
  const decide = useDecideDomainTopic(coalitionId);
  const server = useFormErrors(decide.error, DECISION_FIELDS);
  const [decision, setDecision] = useState<TopicDecision>(row.decision);
  const [saved, setSaved] = useState(false);
  const reasonNeeded = needsDecisionReason(decision);
  const checks = useMemo((): Record<string, Check> => {
    if (!reasonNeeded) return {};
    return { reason: (value) => (value.trim() === '' ? t('journey.domain.decisions.reasonRequired') : null) };
  }, [t, reasonNeeded]);
  const form = useValidatedForm(checks, server);

  return (
    <ValidatedForm
      form={form}
      onValid={(values) => {
        setSaved(false);
        decide.mutate({ topic: row.label, decision, reason: (values.reason ?? '').trim() }, { onSuccess: () => setSaved(true) });
      }}
    >
      <FormAlert message={server.general} />
      <SelectInput
        name="decision"
        label={t('journey.domain.decisions.decision')}
        selectedKey={decision}
        onSelectionChange={(key) => {
          setSaved(false);
          setDecision(key as TopicDecision);
        }}
        options={TOPIC_DECISIONS.map((id) => ({ id, label: t(`journey.domain.decisions.values.${id}`) }))}
      />
      <TextAreaInput
        name="reason"
        label={reasonNeeded ? t('journey.domain.decisions.reason') : `${t('journey.domain.decisions.reason')} ${t('common.optional')}`}
        description={t('journey.domain.decisions.reasonHint')}
        required={reasonNeeded}
        rows={2}
        defaultValue={row.reason}
      />
      <div className="form__actions">
        <SubmitButton isPending={decide.isPending}>{t('journey.domain.decisions.save')}</SubmitButton>
      </div>
      {saved ? <Notice tone="success">{t('journey.domain.decisions.saved', { topic: row.label })}</Notice> : null}
    </ValidatedForm>
  );
}

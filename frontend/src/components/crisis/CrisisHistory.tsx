import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAssessments, useProtocol, useProtocols } from '../../api/crisis';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { OutcomeExplanation } from './AssessmentPanel';
import { ProtocolHistoryView, ProtocolSummaryLine } from './ProtocolPanel';

interface Props {
  organisationId: string;
  issueId: string;
}

/** Every assessment with its outcome, newest first. */
export function AssessmentHistory({ organisationId, issueId }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const assessments = useAssessments(organisationId, issueId);
  const items = [...(assessments.data?.items ?? [])].reverse();
  return (
    <section className="panel stack" aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{t('crisis.assessmentsHeading')}</h2>
      {assessments.isPending ? <Loading /> : null}
      {assessments.isError ? <QueryError error={assessments.error} /> : null}
      {assessments.data && items.length === 0 ? <p className="empty">{t('crisis.noAssessments')}</p> : null}
      <ul className="card-list">
        {items.map((a) => (
          <li key={a.id} className="card crisis-assessment">
            <p className="card__title">
              <strong>{a.outcome.is_crisis ? t('crisis.verdict.crisis') : t('crisis.verdict.issue')}</strong>
              {' · '}
              {t('crisis.assessedLine', { date: formatDateTime(a.assessed_at, locale), name: a.assessed_by_name })}
            </p>
            {a.note ? <p>{a.note}</p> : null}
            <OutcomeExplanation outcome={a.outcome} heading={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Protocols of earlier crises, kept as history. */
export function ProtocolHistory({ organisationId, issueId }: Props) {
  const { t } = useTranslation();
  const protocols = useProtocols(organisationId, issueId);
  const past = [...(protocols.data?.items ?? [])].filter((p) => !p.active).reverse();
  const [open, setOpen] = useState<string | null>(null);
  const protocol = useProtocol(organisationId, issueId, open);
  if (protocols.isError) return <QueryError error={protocols.error} />;
  if (past.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="past-protocols-heading">
      <h2 id="past-protocols-heading">{t('crisis.pastHeading')}</h2>
      <ul className="card-list">
        {past.map((p) => (
          <li key={p.id} className="card stack">
            <h3 className="card__title">{t('crisis.protocolHeading', { number: p.number })}</h3>
            <ProtocolSummaryLine protocol={p} />
            <div>
              <Button className="button button--secondary button--small" aria-expanded={open === p.id} onPress={() => setOpen(open === p.id ? null : p.id)}>
                {open === p.id ? t('crisis.hideProtocol') : t('crisis.showProtocol')}
              </Button>
            </div>
            {open === p.id && protocol.isPending ? <Loading /> : null}
            {open === p.id && protocol.data ? <ProtocolHistoryView organisationId={organisationId} issueId={issueId} protocol={protocol.data} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useIssueHistory } from '../../api/issues';
import type { IssueChangeRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { objectivesChange } from './issues';

/** Every change of phase, status and frame, newest first, with who, when and why. */
export function IssueHistory({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const history = useIssueHistory(organisationId, issueId);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('issues.history')}</h2>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <QueryError error={history.error} /> : null}
      {history.data ? (
        <ol className="timeline issue-history" reversed>
          {[...history.data.items].reverse().map((change) => (
            <li key={change.id} className="timeline__item" data-change={change.kind}>
              <p className="timeline__date">{formatDateTime(change.changed_at, locale)}</p>
              <p className="timeline__title">{changeTitle(change, t)}</p>
              <p className="timeline__meta">
                {change.changed_by.name}
                {change.evaluation_id ? ` · ${t('issues.byEvaluation')}` : ''}
              </p>
              {change.reason && change.old_value !== null ? <p className="timeline__summary">{change.reason}</p> : null}
              {change.kind === 'objectives' ? <ObjectivesDetail change={change} /> : null}
              {change.kind === 'goal' || change.kind === 'added_value' ? <TextDetail change={change} /> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** How a change was made: written down for the first time, changed, or cleared. */
function frameHow(change: IssueChangeRead): 'set' | 'changed' | 'cleared' {
  if (change.kind === 'objectives') {
    if (change.old_objectives == null) return 'set';
    return (change.new_objectives ?? []).length === 0 ? 'cleared' : 'changed';
  }
  if (change.old_value === null) return 'set';
  return change.new_value === null ? 'cleared' : 'changed';
}

function changeTitle(change: IssueChangeRead, t: TFunction): string {
  const { kind } = change;
  if (kind === 'phase' || kind === 'status') {
    const label = (value: string | null) => (value === null ? '' : t(kind === 'phase' ? `issues.phases.${value}` : `issues.statuses.${value}`));
    return change.old_value === null
      ? t(`issues.registeredIn.${kind}`, { value: label(change.new_value) })
      : t(`issues.changed.${kind}`, { from: label(change.old_value), to: label(change.new_value) });
  }
  return t(`issues.frameHistory.${frameHow(change)}.${kind}`);
}

/** The goal or the added value: the text written down, or what it was and what it became. */
function TextDetail({ change }: { change: IssueChangeRead }) {
  const { t } = useTranslation();
  if (frameHow(change) === 'set') return <p className="timeline__summary">{change.new_value}</p>;
  return (
    <dl className="change-diff">
      <Diff term={t('issues.frameHistory.was')} className="change-diff__old">
        {change.old_value}
      </Diff>
      {change.new_value !== null ? <Diff term={t('issues.frameHistory.now')}>{change.new_value}</Diff> : null}
    </dl>
  );
}

/** The objectives after the change, the new ones marked, the ones taken out, a new order. */
function ObjectivesDetail({ change }: { change: IssueChangeRead }) {
  const { t } = useTranslation();
  const diff = objectivesChange(change.old_objectives, change.new_objectives ?? []);
  const changed = frameHow(change) === 'changed';
  return (
    <>
      {diff.after.length > 0 ? (
        <ol className="change-diff__objectives">
          {diff.after.map(({ text, added }, index) => (
            <li key={index}>
              {text}
              {added && changed ? <span className="change-diff__new"> ({t('issues.frameHistory.new')})</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {diff.removed.length > 0 ? (
        <dl className="change-diff">
          <Diff term={t('issues.frameHistory.removed')} className="change-diff__old">
            <ul className="change-diff__removed">
              {diff.removed.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          </Diff>
        </dl>
      ) : null}
      {diff.reordered ? <p className="timeline__meta">{t('issues.frameHistory.reordered')}</p> : null}
    </>
  );
}

function Diff({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

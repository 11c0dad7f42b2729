import { useTranslation } from 'react-i18next';
import { useCommitmentSummary } from '../../api/meetings';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { CommitmentScale } from './CommitmentScale';
import { COMMITMENT_LEVELS, levelText } from './meetings';

/** Where every partner stands: the chair's latest determination across all meetings. */
export function CommitmentSummary({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const summary = useCommitmentSummary(coalitionId);
  return (
    <section className="panel" aria-labelledby="commitment-summary-heading">
      <h2 id="commitment-summary-heading">{t('meetings.summaryHeading')}</h2>
      <CommitmentScale scale={summary.data?.scale} />
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <QueryError error={summary.error} /> : null}
      {summary.data ? (
        summary.data.partners.length === 0 ? (
          <p className="empty">{t('meetings.noPartners')}</p>
        ) : (
          <>
            <dl className="facts facts--compact">
              {COMMITMENT_LEVELS.slice()
                .reverse()
                .map((level) => (
                  <div key={level}>
                    <dt>{levelText(summary.data.scale, level, t).name}</dt>
                    <dd>{summary.data.by_level[level] ?? 0}</dd>
                  </div>
                ))}
              <div>
                <dt>{t('meetings.undetermined')}</dt>
                <dd>{summary.data.undetermined}</dd>
              </div>
            </dl>
            <p>{t('meetings.committedCount', { count: summary.data.committed, total: summary.data.partners.length })}</p>
            <ul className="item-list">
              {summary.data.partners.map((partner) => (
                <li key={partner.partner_id} className="item-list__item" data-partner={partner.partner_name}>
                  <div className="item-list__main">
                    <span className="item-list__title">{partner.partner_name}</span>
                    {partner.points_to_discuss ? <span className="item-list__meta">{t('meetings.stillToDiscuss', { points: partner.points_to_discuss })}</span> : null}
                    {partner.recorded_at ? (
                      <span className="item-list__meta">{t('meetings.determinedOn', { date: formatDate(partner.recorded_at, locale), count: partner.determinations })}</span>
                    ) : null}
                  </div>
                  <span className={`badge commitment-badge commitment-badge--${partner.level ?? 'none'}`}>
                    {partner.level ? levelText(summary.data.scale, partner.level, t).name : t('meetings.undetermined')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}

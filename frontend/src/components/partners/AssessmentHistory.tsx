import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePartnerAssessments } from '../../api/partners';
import type { AssessmentRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { PreparationNotice } from '../coalitions/Visibility';
import { hiddenBy } from '../coalitions/visibilityRule';
import { Badge } from '../ui/RoleBadge';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

const PAGE = 10;

/**
 * The ids of each assessor's latest assessment (the ones the matrix's median uses), given the
 * assessments newest first. An assessor whose account is gone is known by the name kept.
 */
export function latestPerAssessor(newestFirst: readonly Pick<AssessmentRead, 'id' | 'assessor_id' | 'assessor_name'>[]): Set<string> {
  const seen = new Set<string>();
  const latest = new Set<string>();
  for (const a of newestFirst) {
    const who = a.assessor_id ?? `name:${a.assessor_name}`;
    if (!seen.has(who)) latest.add(a.id);
    seen.add(who);
  }
  return latest;
}

interface Props {
  coalitionId: string;
  partnerId: string;
  partnerName: string;
}

/** Each assessor's assessments of one partner, newest first; the one the matrix counts is marked. */
export function AssessmentHistory({ coalitionId, partnerId, partnerName }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const history = usePartnerAssessments(coalitionId, partnerId);
  const [shown, setShown] = useState(PAGE);
  if (history.isPending) return <Loading />;
  if (history.isError) {
    // No longer shared since the page was loaded: explained like any preparation.
    return hiddenBy(history.error) ? <PreparationNotice piece="assessment_rationales" /> : <QueryError error={history.error} />;
  }
  const items = history.data;
  const latest = latestPerAssessor(items);
  return (
    <section aria-labelledby="history-heading" className="assessment-history">
      <h3 id="history-heading">{t('partners.historyHeading')}</h3>
      <p className="muted">{t('partners.historyIntro')}</p>
      {items.length === 0 ? <p className="empty">{t('partners.historyEmpty')}</p> : null}
      {items.length > 0 ? (
        <ol className="item-list" aria-label={t('partners.historyCaption', { name: partnerName })}>
          {items.slice(0, shown).map((a) => (
            <li key={a.id} className="item-list__item" data-assessment={a.id}>
              <div className="item-list__main">
                <span className="item-list__title">
                  {a.assessor_name || t('partners.historyFormerAssessor')}{' '}
                  {latest.has(a.id) ? <Badge tone="accent">{t('partners.historyLatest')}</Badge> : null}
                </span>
                <span className="item-list__meta">
                  <time dateTime={a.assessed_at}>{formatDateTime(a.assessed_at, locale)}</time>
                </span>
                <span>
                  {t('partners.influence')} {formatNumber(a.influence, locale)} · {t('partners.dependency')} {formatNumber(a.dependency, locale)}
                </span>
                {a.rationale ? (
                  <p className="pre-line">{a.rationale}</p>
                ) : (
                  <span className="item-list__meta">{t('partners.historyNoRationale')}</span>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {items.length > shown ? (
        <Button className="button button--secondary button--small" onPress={() => setShown((n) => n + PAGE)}>
          {t('partners.historyMore')}
        </Button>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../api/types';
import { currentLocale } from '../../i18n';
import { intlLocale } from '../../i18n/locale';
import { formatNumber } from '../../lib/format';
import { STRATEGIES, type AttentionItem } from './matrix';

export interface SummaryView {
  count: number;
  sufficient: number;
  share_sufficient: number;
  by_strategy: Partial<Record<Strategy, number>>;
  attention: readonly AttentionItem[];
  unassessed: number;
}

interface Props {
  summary: SummaryView;
  names: ReadonlyMap<string, string>;
  /** The numbers follow a line that is being tried, not the saved one. */
  preview: boolean;
}

export function MatrixSummary({ summary, names, preview }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const share = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(summary.share_sufficient);
  return (
    <section className="panel matrix-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('partners.summaryHeading')}</h2>
      {preview ? <p className="preview-note">{t('partners.preview')}</p> : null}
      <div className="matrix-summary__body">
        <dl className="facts facts--compact" data-testid="matrix-summary">
          <div>
            <dt>{t('partners.count')}</dt>
            <dd data-testid="summary-count">{summary.count}</dd>
          </div>
          <div>
            <dt>{t('partners.shareSufficient')}</dt>
            <dd data-testid="summary-sufficient">
              {t('partners.shareValue', { sufficient: summary.sufficient, count: summary.count, share })}
            </dd>
          </div>
          <div>
            <dt>{t('partners.unassessed')}</dt>
            <dd data-testid="summary-unassessed">{summary.unassessed}</dd>
          </div>
        </dl>
        <div>
          <h3>{t('partners.byStrategy')}</h3>
          <ul className="strategy-list">
            {STRATEGIES.map((strategy) => (
              <li key={strategy} className="strategy-list__item" data-strategy={strategy}>
                <span className="strategy-list__name">{t(`partners.strategies.${strategy}`)}</span>
                <span className="strategy-list__count">{summary.by_strategy[strategy] ?? 0}</span>
                <span className="strategy-list__hint">{t(`partners.strategyHints.${strategy}`)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('partners.attention')}</h3>
          {summary.attention.length === 0 ? (
            <p className="muted">{t('partners.noAttention')}</p>
          ) : (
            <>
              <p className="field__description">{t('partners.attentionHint')}</p>
              <ol className="attention-list">
                {summary.attention.map((item) => (
                  <li key={item.id}>
                    <span className="attention-list__name">{names.get(item.id) ?? item.id}</span>{' '}
                    <span className="attention-list__gap">{t('partners.attentionItem', { gap: formatNumber(item.gap, locale) })}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

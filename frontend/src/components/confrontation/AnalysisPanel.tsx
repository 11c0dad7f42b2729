import { useTranslation } from 'react-i18next';
import type { AnalysisRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { MethodRule } from '../ui/MethodRule';
import { quadrantCode, type Grid } from './grid';

const SHOWN_OPTIONS = 8;

/** The ranked strategies (SO, ST, WO, WT) and the strongest pairings to act on. */
export function AnalysisPanel({ analysis, grid }: { analysis: AnalysisRead; grid: Grid }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const strongestRows = analysis.rows.filter((row) => row.rank === 1 && row.total > 0);
  const strongestColumns = analysis.columns.filter((column) => column.rank === 1 && column.total > 0);
  const name = (id: string) => {
    const item = grid.byId.get(id);
    return item ? `${item.code} ${item.label}` : '';
  };

  return (
    <section className="panel stack" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t('confrontation.analysisHeading')}</h2>
      {analysis.total === 0 ? <p className="empty">{t('confrontation.noScores')}</p> : null}
      <ol className="quadrant-list">
        {analysis.quadrants.map((quadrant) => (
          <li key={quadrant.quadrant} className={`quadrant-list__item quadrant-list__item--${quadrant.quadrant}`}>
            <span className="quadrant-list__rank">{quadrant.rank}</span>
            <span className="quadrant-list__name">
              {quadrantCode(quadrant.quadrant)} · {t(`confrontation.quadrants.${quadrant.quadrant}.name`)}
            </span>
            <span className="quadrant-list__figures">
              {t('confrontation.quadrantFigures', { total: quadrant.total, cells: quadrant.cells, mean: formatNumber(quadrant.mean, locale) })}
            </span>
            <span className="quadrant-list__hint muted">{t(`confrontation.quadrants.${quadrant.quadrant}.hint`)}</span>
          </li>
        ))}
      </ol>
      <MethodRule>{t('confrontation.rankRule')}</MethodRule>
      {strongestRows.length > 0 || strongestColumns.length > 0 ? (
        <dl className="facts">
          <dt>{t('confrontation.mattersMostInside')}</dt>
          <dd>{strongestRows.map((row) => name(row.item_id)).join(', ') || '–'}</dd>
          <dt>{t('confrontation.mattersMostOutside')}</dt>
          <dd>{strongestColumns.map((column) => name(column.item_id)).join(', ') || '–'}</dd>
        </dl>
      ) : null}
      {analysis.options.length > 0 ? (
        <>
          <h3>{t('confrontation.optionsHeading')}</h3>
          <ol className="option-list">
            {analysis.options.slice(0, SHOWN_OPTIONS).map((option) => (
              <li key={`${option.internal_item_id}|${option.external_item_id}`}>
                <span className="badge badge--neutral">{quadrantCode(option.quadrant)}</span>{' '}
                {t(`confrontation.optionText.${option.quadrant}`, { inside: name(option.internal_item_id), outside: name(option.external_item_id) })}{' '}
                <span className="muted">({t('confrontation.scoreValue', { score: option.score })})</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

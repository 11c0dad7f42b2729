import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { HeatMap } from '../../client/types.gen';
import { MethodRule } from '../ui/MethodRule';
import { heatRows, SCORES } from './issues';

interface Props {
  heatMap: HeatMap;
  selected: { impact: number; urgency: number } | null;
  onSelect: (cell: { impact: number; urgency: number }) => void;
}

/**
 * Impact (rows, 5 at the top) against urgency (columns): a real table whose cells hold the
 * number of issues, coloured by priority band; a cell with issues is a button that filters
 * the list to them.
 */
export function HeatMapTable({ heatMap, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="heat-map">
        <caption className="visually-hidden">{t('issues.heatCaption', { count: heatMap.total })}</caption>
        <thead>
          <tr>
            <th scope="col" className="heat-map__corner">
              <span className="heat-map__axis">{t('issues.impact')}</span> ↓ / <span className="heat-map__axis">{t('issues.urgency')}</span> →
            </th>
            {SCORES.map((u) => (
              <th key={u} scope="col" className="heat-map__head">
                <abbr title={t(`issues.urgencyScale.${u}`)}>{u}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatRows(heatMap.cells).map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row" className="heat-map__head">
                <abbr title={t(`issues.impactScale.${row[0]!.impact}`)}>{row[0]!.impact}</abbr>
              </th>
              {row.map((cell) => {
                const label = t('issues.heatCell', {
                  count: cell.count,
                  impact: cell.impact,
                  urgency: cell.urgency,
                  band: t(`issues.bands.${cell.priority.band}`),
                });
                const isSelected = selected?.impact === cell.impact && selected.urgency === cell.urgency;
                return (
                  <td key={cell.urgency} className={`heat-map__cell heat-map__cell--${cell.priority.band}${isSelected ? ' heat-map__cell--selected' : ''}`}>
                    {cell.count > 0 ? (
                      <Button
                        className="heat-map__button"
                        aria-label={label}
                        aria-pressed={isSelected}
                        onPress={() => onSelect({ impact: cell.impact, urgency: cell.urgency })}
                      >
                        {cell.count}
                      </Button>
                    ) : (
                      <span className="heat-map__zero" aria-label={label} role="img">
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="heat-legend" aria-label={t('issues.legend')}>
        {(['low', 'medium', 'high', 'critical'] as const).map((band) => (
          <li key={band} className="heat-legend__item">
            <span className={`heat-legend__swatch heat-map__cell--${band}`} aria-hidden="true" />
            {t(`issues.bandRange.${band}`)}
          </li>
        ))}
      </ul>
      <MethodRule>{t('method.rules.priorityBands')}</MethodRule>
    </div>
  );
}

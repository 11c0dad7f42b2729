import { useTranslation } from 'react-i18next';
import { useSetScores } from '../../api/confrontation';
import { QueryError } from '../ui/QueryError';
import { EXTERNAL_KINDS, INTERNAL_KINDS, SCORES, quadrantOf, type Grid } from './grid';

interface Props {
  organisationId: string;
  matrixId: string;
  grid: Grid;
  total: number;
}

/**
 * Strengths and weaknesses against opportunities and threats, one score 0–3 per
 * cell, with row and column totals. Native selects keep a 30 × 30 grid light
 * and work the same with a keyboard, a screen reader and a thumb.
 */
export function ScoreGrid({ organisationId, matrixId, grid, total }: Props) {
  const { t } = useTranslation();
  const setScores = useSetScores(organisationId, matrixId);
  if (grid.rows.length === 0 || grid.columns.length === 0) {
    return <p className="empty">{t('confrontation.gridEmpty')}</p>;
  }
  const columnGroups = EXTERNAL_KINDS.map((kind) => ({ kind, count: grid.columns.filter((c) => c.kind === kind).length })).filter((g) => g.count > 0);

  return (
    <>
      {setScores.isError ? <QueryError error={setScores.error} title={t('confrontation.scoreFailed')} /> : null}
      <p className="chart-scroll-hint muted">{t('confrontation.scrollHint')}</p>
      <div className="confrontation-scroll" tabIndex={0} role="region" aria-label={t('confrontation.gridLabel')}>
        <table className="confrontation-grid">
          <caption className="visually-hidden">{t('confrontation.gridCaption')}</caption>
          <thead>
            <tr>
              <td />
              {columnGroups.map((group) => (
                <th key={group.kind} scope="colgroup" colSpan={group.count} className={`confrontation-grid__group confrontation-grid__group--${group.kind}`}>
                  {t(`confrontation.kinds.${group.kind}`)}
                </th>
              ))}
              <td />
            </tr>
            <tr>
              <td />
              {grid.columns.map((column) => (
                <th key={column.id} scope="col" className="confrontation-grid__column">
                  <span className="confrontation-code">{column.code}</span>
                  <span className="confrontation-grid__label">{column.label}</span>
                </th>
              ))}
              <th scope="col" className="confrontation-grid__total">{t('confrontation.total')}</th>
            </tr>
          </thead>
          {INTERNAL_KINDS.map((kind) => {
            const rows = grid.rows.filter((row) => row.kind === kind);
            if (rows.length === 0) return null;
            return (
              <tbody key={kind}>
                <tr>
                  <th scope="rowgroup" colSpan={grid.columns.length + 2} className={`confrontation-grid__group confrontation-grid__group--${kind}`}>
                    {t(`confrontation.kinds.${kind}`)}
                  </th>
                </tr>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className="confrontation-grid__row">
                      <span className="confrontation-code">{row.code}</span> {row.label}
                    </th>
                    {grid.columns.map((column) => {
                      const score = grid.score(row.id, column.id);
                      return (
                        <td key={column.id} className={`confrontation-grid__cell confrontation-grid__cell--${quadrantOf(row.kind, column.kind)} confrontation-grid__cell--score-${score}`}>
                          <select
                            className="confrontation-grid__select"
                            aria-label={t('confrontation.cellLabel', { row: `${row.code} ${row.label}`, column: `${column.code} ${column.label}` })}
                            value={score}
                            onChange={(event) =>
                              setScores.mutate([{ internal_item_id: row.id, external_item_id: column.id, score: Number(event.target.value) }])
                            }
                          >
                            {SCORES.map((value) => (
                              <option key={value} value={value}>
                                {value === 0 ? '–' : value}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                    <td className="confrontation-grid__total">{grid.rowTotal(row.id)}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row">{t('confrontation.total')}</th>
              {grid.columns.map((column) => (
                <td key={column.id} className="confrontation-grid__total">
                  {grid.columnTotal(column.id)}
                </td>
              ))}
              <td className="confrontation-grid__total confrontation-grid__grand">{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted">{t('confrontation.scale')}</p>
    </>
  );
}

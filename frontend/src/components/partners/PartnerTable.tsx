import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PartnerMatrixEntry } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { Outcome } from './matrix';

export interface TableRow {
  entry: PartnerMatrixEntry;
  /** The outcome under the line on screen (the saved one, or the one being tried). */
  outcome: Outcome | null;
}

interface Props {
  rows: readonly TableRow[];
  onAssess?: (partnerId: string) => void;
  /** Opens the partner's strategy (and, for the coordinator, its relationship); absent when the caller sees neither. */
  onOpen?: (partnerId: string) => void;
  canManage: boolean;
  /** Whether the caller sees the target positions: without them there is no movement to show. */
  targets: boolean;
}

/** The chart's data as a table; a row (or its name) opens the assessment. */
export function PartnerTable({ rows, onAssess, onOpen, canManage, targets }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="table-wrap">
      <table className="data-table partner-table">
        <caption className="visually-hidden">{t('partners.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partners.partner')}</th>
            <th scope="col" className="num">{t('partners.influence')}</th>
            <th scope="col" className="num">{t('partners.dependencyHeader')}</th>
            <th scope="col" className="num">{t('partners.required')}</th>
            <th scope="col" className="num">{t('partners.gap')}</th>
            <th scope="col">{t('partners.sufficient')}</th>
            <th scope="col">{t('partners.quadrant')}</th>
            <th scope="col">{t('partners.strategy')}</th>
            {targets ? <th scope="col">{t('partners.movement')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, outcome }) => {
            const { partner, position } = entry;
            return (
              <tr
                key={partner.id}
                className={onAssess ? 'partner-table__row partner-table__row--action' : 'partner-table__row'}
                data-partner={partner.name}
                onClick={
                  onAssess
                    ? (event) => {
                        // The row's own buttons do something else than assessing.
                        if (event.target instanceof Element && event.target.closest('[data-row-action]')) return;
                        onAssess(partner.id);
                      }
                    : undefined
                }
              >
                <th scope="row" className="partner-table__name">
                  {onAssess ? (
                    <Button
                      className="link-button"
                      onPress={() => onAssess(partner.id)}
                      aria-label={t('partners.assessLabel', { name: partner.name })}
                    >
                      {partner.name}
                    </Button>
                  ) : (
                    <span className="partner-table__title">{partner.name}</span>
                  )}
                  <span className="partner-table__meta">
                    {t(`partners.statuses.${partner.status}`)}
                    {position ? ` · ${t('partners.assessors')}: ${position.assessors}` : ''}
                    {position?.disagreement ? (
                      <>
                        {' · '}
                        <span className="partner-table__disagreement">{t('partners.disagreement')}</span>
                      </>
                    ) : null}
                  </span>
                  {onOpen ? (
                    <span className="partner-table__open" data-row-action>
                      <Button
                        className="button button--secondary button--small"
                        onPress={() => onOpen(partner.id)}
                        aria-label={t(canManage ? 'partners.openManageLabel' : 'partners.openLabel', { name: partner.name })}
                      >
                        {t(canManage ? 'partners.openManage' : 'partners.open')}
                      </Button>
                    </span>
                  ) : null}
                </th>
                {position && outcome ? (
                  <>
                    <td className="num" data-label={t('partners.influence')}>{n(position.influence)}</td>
                    <td className="num" data-label={t('partners.dependency')}>{n(position.dependency)}</td>
                    <td className="num" data-label={t('partners.required')}>{n(outcome.required_influence)}</td>
                    <td className="num" data-label={t('partners.gap')}>{n(outcome.gap)}</td>
                    <td data-label={t('partners.sufficient')}>
                      <span className={outcome.sufficient ? 'verdict verdict--ok' : 'verdict verdict--short'}>
                        <span aria-hidden="true">{outcome.sufficient ? '● ' : '◆ '}</span>
                        {outcome.sufficient ? t('partners.sufficientYes') : t('partners.sufficientNo')}
                      </span>
                    </td>
                    <td className="partner-table__quadrant" data-label={t('partners.quadrant')}>{t(`partners.quadrants.${outcome.quadrant}`)}</td>
                    <td data-label={t('partners.strategy')}>
                      <span className="partner-table__strategy">
                      <strong>{t(`partners.strategies.${outcome.strategy}`)}</strong>
                      {entry.chosen_strategy ? (
                        <span className="partner-table__chosen" data-testid="chosen-strategy">
                          {t('partners.chosenShort', {
                            strategy: t(`partners.strategies.${entry.chosen_strategy.strategy}`),
                          })}
                          {entry.chosen_strategy.direction ? ` (${t(`partners.directionsShort.${entry.chosen_strategy.direction}`)})` : ''}
                        </span>
                      ) : null}
                      </span>
                    </td>
                    {targets ? (
                      <td className="partner-table__movement" data-label={t('partners.movement')}>
                        {outcome.movement ? t(`partners.movements.${outcome.movement}`) : <span className="muted">{t('partners.noTarget')}</span>}
                      </td>
                    ) : null}
                  </>
                ) : (
                  <td colSpan={targets ? 8 : 7} className="partner-table__pending">
                    {t('partners.notAssessed')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

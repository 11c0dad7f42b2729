import { useTranslation } from 'react-i18next';
import type { PlanCoverage } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { intlLocale } from '../../i18n/locale';
import { formatNumber } from '../../lib/format';
import { formatEuros, percent } from './plan';

interface BarProps {
  label: string;
  /** The figures in words: what a screen reader reads; the bar only repeats it. */
  text: string;
  part: number;
  whole: number;
  testId?: string;
}

/** One labelled bar; the text carries the numbers, the bar is decoration. */
function Bar({ label, text, part, whole, testId }: BarProps) {
  const share = percent(part, whole);
  return (
    <div className="coverage-bar" data-testid={testId}>
      <div className="coverage-bar__label">
        <span className="coverage-bar__name">{label}</span>
        <span className="coverage-bar__text">{text}</span>
      </div>
      <div className="coverage-bar__track" aria-hidden="true">
        <div className="coverage-bar__fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

/** The seed's figure 4: how much of the plan is owned and financed, and what is not yet. */
export function CoveragePanel({ coverage }: { coverage: PlanCoverage }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const intl = intlLocale(locale);
  const euros = (amount: number) => formatEuros(amount, intl);
  const number = (value: number) => formatNumber(value, locale);
  const lines = coverage.by_financing.filter((line) => line.actions > 0);

  return (
    <section className="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('plan.coverageHeading')}</h2>
      {coverage.actions === 0 ? <p className="empty">{t('plan.coverageEmpty')}</p> : null}
      <div className="coverage-bars">
        <Bar
          label={t('plan.ownedActions')}
          text={t('plan.ownedText', { owned: coverage.owned, count: coverage.actions, percent: percent(coverage.owned, coverage.actions) })}
          part={coverage.owned}
          whole={coverage.actions}
          testId="coverage-owned"
        />
        <Bar
          label={t('plan.financedMoney')}
          text={t('plan.financedText', {
            financed: euros(coverage.money_financed),
            needed: euros(coverage.money_needed),
            percent: percent(coverage.money_financed, coverage.money_needed),
          })}
          part={coverage.money_financed}
          whole={coverage.money_needed}
          testId="coverage-financed"
        />
        <Bar
          label={t('plan.ownedHours')}
          text={t('plan.hoursText', { owned: number(coverage.hours_owned), total: number(coverage.hours_total) })}
          part={coverage.hours_owned}
          whole={coverage.hours_total}
        />
      </div>
      {lines.length > 0 ? (
        <>
          <h3>{t('plan.byFinancing')}</h3>
          <div className="coverage-bars">
            {lines.map((line) => (
              <Bar
                key={line.financing ?? 'none'}
                label={line.financing ? t(`plan.financing.${line.financing}`) : t('plan.financingNone')}
                text={t('plan.financingText', {
                  financed: euros(line.money_financed),
                  needed: euros(line.money_needed),
                  count: line.actions,
                })}
                part={line.money_financed}
                whole={line.money_needed}
                testId={`coverage-financing-${line.financing ?? 'none'}`}
              />
            ))}
          </div>
        </>
      ) : null}
      {coverage.by_owner.length > 0 ? (
        <>
          <h3>{t('plan.byOwner')}</h3>
          <ul className="item-list">
            {coverage.by_owner.map((owner) => (
              <li key={owner.partner_id} className="item-list__item">
                <span className="item-list__title">{owner.partner_name}</span>
                <span className="item-list__meta">
                  {t('plan.ownerText', { count: owner.actions, hours: number(owner.hours), money: euros(owner.money) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {coverage.unowned.length > 0 ? (
        <>
          <h3>{t('plan.unownedHeading', { count: coverage.unowned.length })}</h3>
          <p className="muted">{t('plan.unownedIntro')}</p>
          <ul className="item-list" data-testid="unowned-actions">
            {coverage.unowned.map((action) => (
              <li key={action.id} className="item-list__item">
                <span className="item-list__title">{action.title}</span>
                <span className="item-list__meta">
                  {euros(action.money)}
                  {action.hours !== null && action.hours !== undefined ? ` · ${t('plan.hours', { hours: number(action.hours) })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {coverage.dropped > 0 ? <p className="muted">{t('plan.droppedNote', { count: coverage.dropped })}</p> : null}
    </section>
  );
}

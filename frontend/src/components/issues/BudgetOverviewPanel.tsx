import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useBudget } from '../../api/issues';
import { currentLocale } from '../../i18n';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { formatEuro } from './issues';

/** Planned, funded and unfunded money across the open issues, per issue and per source. */
export function BudgetOverviewPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const budget = useBudget(organisationId);
  const locale = currentLocale();
  const euro = (n: number) => formatEuro(n, locale);
  return (
    <section className="panel stack" aria-labelledby="budget-heading">
      <div>
        <h2 id="budget-heading">{t('issues.budgetHeading')}</h2>
        <p className="muted">{t('issues.budgetIntro')}</p>
      </div>
      {budget.isPending ? <Loading /> : null}
      {budget.isError ? <QueryError error={budget.error} /> : null}
      {budget.data ? (
        <>
          <dl className="facts facts--compact budget-facts">
            <div>
              <dt>{t('issues.planned')}</dt>
              <dd data-testid="budget-planned">{euro(budget.data.total.planned)}</dd>
            </div>
            <div>
              <dt>{t('issues.funded')}</dt>
              <dd data-testid="budget-funded">{euro(budget.data.total.funded)}</dd>
            </div>
            <div>
              <dt>{t('issues.unfunded')}</dt>
              <dd data-testid="budget-unfunded">{euro(budget.data.total.unfunded)}</dd>
            </div>
          </dl>
          {budget.data.issues.length === 0 ? (
            <p className="empty">{t('issues.budgetEmpty')}</p>
          ) : (
            // Focusable, so the table can be scrolled sideways by keyboard on a narrow screen.
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('issues.budgetCaption')}>
              <table className="data-table budget-table">
                <caption className="visually-hidden">{t('issues.budgetCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('issues.issue')}</th>
                    <th scope="col" className="num budget-table__count">
                      {t('issues.activitiesCount')}
                    </th>
                    <th scope="col" className="num">
                      {t('issues.planned')}
                    </th>
                    <th scope="col" className="num">
                      {t('issues.funded')}
                    </th>
                    <th scope="col" className="num">
                      {t('issues.unfunded')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {budget.data.issues.map((line) => (
                    <tr key={line.issue_id}>
                      <th scope="row">
                        <Link to={`/organisations/${organisationId}/issues/${line.issue_id}?tab=planning`}>{line.title}</Link>
                      </th>
                      <td className="num budget-table__count">{line.activities}</td>
                      <td className="num">{euro(line.planned)}</td>
                      <td className="num">{euro(line.funded)}</td>
                      <td className="num">{euro(line.unfunded)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('issues.total')}</th>
                    <td className="num budget-table__count">{budget.data.issues.reduce((sum, line) => sum + line.activities, 0)}</td>
                    <td className="num">{euro(budget.data.total.planned)}</td>
                    <td className="num">{euro(budget.data.total.funded)}</td>
                    <td className="num">{euro(budget.data.total.unfunded)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {budget.data.total.planned > 0 ? (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('issues.bySource')}>
              <table className="data-table budget-table">
                <caption className="budget-table__caption">{t('issues.bySource')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('issues.fundingSource')}</th>
                    <th scope="col" className="num">
                      {t('issues.planned')}
                    </th>
                    <th scope="col" className="num">
                      {t('issues.funded')}
                    </th>
                    <th scope="col" className="num">
                      {t('issues.unfunded')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {budget.data.by_source
                    .filter((line) => line.planned > 0)
                    .map((line) => (
                      <tr key={line.funding_source}>
                        <th scope="row">{t(`issues.sources.${line.funding_source}`)}</th>
                        <td className="num">{euro(line.planned)}</td>
                        <td className="num">{euro(line.funded)}</td>
                        <td className="num">{euro(line.unfunded)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

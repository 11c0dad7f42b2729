import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useStrategyReviews } from '../../api/partners';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { CoalitionRead } from '../../client/types.gen';
import { PartMark } from '../coalitions/Visibility';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { dayAfter } from './strategy';

/** How far ahead the list looks: reviews due in the coming four weeks, and overdue ones. */
export const REVIEW_HORIZON_DAYS = 28;

interface Props {
  coalition: CoalitionRead;
  onOpen: (partnerId: string) => void;
}

/** Partners whose strategy is due for review, soonest first; overdue ones are marked. */
export function StrategyReviews({ coalition, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = new Date();
  const today = dayAfter(now, 0);
  const reviews = useStrategyReviews(coalition.id, dayAfter(now, REVIEW_HORIZON_DAYS));
  return (
    <section className="panel" aria-labelledby="reviews-heading">
      <div className="panel__title">
        <h2 id="reviews-heading">{t('partners.reviewsHeading')}</h2>
        <PartMark coalition={coalition} piece="partner_strategies" />
      </div>
      <p className="field__description">{t('partners.reviewsIntro', { days: REVIEW_HORIZON_DAYS })}</p>
      {reviews.isPending ? <Loading /> : null}
      {reviews.isError ? <QueryError error={reviews.error} /> : null}
      {reviews.data && reviews.data.items.length === 0 ? <p className="muted">{t('partners.noReviews')}</p> : null}
      {reviews.data && reviews.data.items.length > 0 ? (
        <ul className="item-list review-list">
          {reviews.data.items.map((item) => {
            const overdue = item.review_on < today;
            return (
              <li key={item.partner_id} className="item-list__item">
                <div className="item-list__main">
                  <Button className="link-button item-list__title" onPress={() => onOpen(item.partner_id)}>
                    {item.partner_name}
                  </Button>
                  <span className="item-list__meta">
                    {t(`partners.strategies.${item.strategy}`)}
                    {item.direction ? ` — ${t(`partners.directions.${item.direction}`)}` : ''}
                    {' · '}
                    {t('partners.openActions', { count: item.open_actions })}
                  </span>
                </div>
                <span className="review-list__when">
                  <time dateTime={item.review_on}>{formatDate(item.review_on, locale)}</time>{' '}
                  {overdue ? <Badge tone="accent">{t('partners.overdue')}</Badge> : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

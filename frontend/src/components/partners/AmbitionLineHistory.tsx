import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAmbitionLineHistory } from '../../api/partners';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

/** Every saved change of the ambition line, newest first, behind a button. */
export function AmbitionLineHistory({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState(false);
  const history = useAmbitionLineHistory(coalitionId, open);
  const changes = (history.data?.pages.flatMap((page) => page.items) ?? []).slice().reverse();
  const n = (value: number | undefined) => formatNumber(value ?? 0, locale);
  return (
    <div className="line-history">
      <Button className="button button--quiet button--small" aria-expanded={open} aria-controls="line-history" onPress={() => setOpen((o) => !o)}>
        {open ? t('partners.hideLineHistory') : t('partners.showLineHistory')}
      </Button>
      <div id="line-history" hidden={!open}>
        {open && history.isPending ? <Loading /> : null}
        {history.isError ? <QueryError error={history.error} /> : null}
        {open && history.data && changes.length === 0 ? <p className="muted">{t('partners.noLineHistory')}</p> : null}
        {changes.length > 0 ? (
          <ol className="timeline line-history__list">
            {changes.map((c, index) => (
              <li key={`${c.changed_at ?? ''}-${index}`} className="timeline__item">
                <p className="timeline__date">
                  {c.changed_at ? <time dateTime={c.changed_at}>{formatDateTime(c.changed_at, locale)}</time> : null}
                  {c.changed_by_name ? ` · ${c.changed_by_name}` : ''}
                </p>
                <p className="timeline__title">
                  {t('partners.lineHistoryValues', { base: n(c.base), slope: n(c.slope), midpoint: n(c.midpoint) })}
                </p>
                {c.reason ? <p className="timeline__summary">{c.reason}</p> : null}
              </li>
            ))}
          </ol>
        ) : null}
        {history.hasNextPage ? (
          <Button className="button button--secondary button--small" onPress={() => history.fetchNextPage()} isPending={history.isFetchingNextPage}>
            {t('partners.moreLineHistory')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

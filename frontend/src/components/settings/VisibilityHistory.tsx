import { useTranslation } from 'react-i18next';
import { useCoalitionMembers, useVisibilityChanges } from '../../api/coalitions';
import type { VisibilityChangeRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

/** Every change of what the coalition shares and of its core team, newest first (the core team's). */
export function VisibilityHistory({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const changes = useVisibilityChanges(coalitionId);
  const members = useCoalitionMembers(coalitionId);
  const names = new Map(members.data?.items.map((m) => [m.organisation_id, m.organisation_name]) ?? []);
  function what(change: VisibilityChangeRead): string {
    return t(`visibility.history.kinds.${change.kind}`, {
      piece: change.piece ? t(`visibility.pieces.${change.piece}`) : '',
      organisation: (change.member_organisation_id && names.get(change.member_organisation_id)) || t('visibility.history.formerMember'),
    });
  }
  return (
    <section className="panel" aria-labelledby="visibility-history-heading">
      <h2 id="visibility-history-heading">{t('visibility.history.heading')}</h2>
      <p className="field__description">{t('visibility.history.intro')}</p>
      {changes.isPending ? <Loading /> : null}
      {changes.isError ? <QueryError error={changes.error} /> : null}
      {changes.data && changes.data.items.length === 0 ? <p className="muted">{t('visibility.history.empty')}</p> : null}
      {changes.data && changes.data.items.length > 0 ? (
        <ul className="item-list">
          {changes.data.items.map((change) => (
            <li key={change.id} className="item-list__item">
              <div className="item-list__main">
                <span className="item-list__title">{what(change)}</span>
                <span className="item-list__meta">
                  <time dateTime={change.changed_at}>{formatDateTime(change.changed_at, locale)}</time>
                </span>
                {change.reason ? <span className="prose">{change.reason}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

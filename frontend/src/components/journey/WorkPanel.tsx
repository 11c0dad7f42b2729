import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

interface Props<T> {
  id: string;
  title: string;
  intro: string;
  coalitionId: string;
  query: UseQueryResult<T>;
  /** False when the coalition has no partners yet: the panel then points to the partner page. */
  hasPartners?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** The work of one step (conversations, domain, own plan): heading, intro, loading and errors. */
export function WorkPanel<T>({ id, title, intro, coalitionId, query, hasPartners, children }: Props<T>) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <QueryError error={query.error} /> : null}
      {query.data !== undefined ? (
        hasPartners && !hasPartners(query.data) ? (
          <p className="empty">
            {t('journey.noPartners')} <Link to={`/coalitions/${coalitionId}/partners`}>{t('journey.toPartners')}</Link>
          </p>
        ) : (
          children(query.data)
        )
      ) : null}
    </section>
  );
}

import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CoalitionRead, WorkPiece } from '../../client/types.gen';
import { PartMark } from '../coalitions/Visibility';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

interface Props<T> {
  id: string;
  title: string;
  intro: string;
  coalition: CoalitionRead;
  /** The work the panel holds, marked as shared or preparation. */
  piece: WorkPiece;
  /** Null when the caller does not see the work: the panel then shows only `notice`. */
  query: UseQueryResult<T> | null;
  /** Above the work: why (part of) it is not shown. */
  notice?: ReactNode;
  /** False when the coalition has no partners yet: the panel then points to the partner page. */
  hasPartners?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** The work of one step (conversations, domain, own plan): heading, mark, intro, loading and errors. */
export function WorkPanel<T>({ id, title, intro, coalition, piece, query, notice, hasPartners, children }: Props<T>) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel__title">
        <h2 id={id}>{title}</h2>
        <PartMark coalition={coalition} piece={piece} />
      </div>
      <p>{intro}</p>
      {notice}
      {query?.isPending ? <Loading /> : null}
      {query?.isError ? <QueryError error={query.error} /> : null}
      {query?.data !== undefined ? (
        hasPartners && !hasPartners(query.data) ? (
          <p className="empty">
            {t('journey.noPartners')} <Link to={`/coalitions/${coalition.id}/partners`}>{t('journey.toPartners')}</Link>
          </p>
        ) : (
          children(query.data)
        )
      ) : null}
    </section>
  );
}

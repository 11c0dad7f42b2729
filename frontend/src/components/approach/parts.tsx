import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../ui/QueryError';

/** Small pieces shared by the approach and crisis screens. */

export function RemoveButton({ label, onPress, isPending }: { label: string; onPress: () => void; isPending?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button className="button button--quiet button--small" aria-label={label} isDisabled={isPending} onPress={onPress}>
      {t('approach.remove')}
    </Button>
  );
}

/** A panel with a heading, an intro, the list's loading/error/empty states and the list. */
export function ListPanel({
  id,
  title,
  intro,
  query,
  empty,
  children,
  form,
}: {
  id: string;
  title: string;
  intro?: string;
  query: { isPending: boolean; isError: boolean; error: unknown; data?: { items: unknown[] } };
  empty: string;
  children: ReactNode;
  form?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel stack approach-panel" aria-labelledby={`${id}-heading`}>
      <div>
        <h2 id={`${id}-heading`}>{title}</h2>
        {intro ? <p className="muted">{intro}</p> : null}
      </div>
      {query.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {query.isError ? <QueryError error={query.error} /> : null}
      {query.data && query.data.items.length === 0 ? <p className="empty">{empty}</p> : null}
      {query.data && query.data.items.length > 0 ? children : null}
      {form}
    </section>
  );
}

/** A `<details>` that holds an add form, so lists stay short on a phone. */
export function AddDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="approach-add">
      <summary className="button button--secondary button--small">{summary}</summary>
      <div className="approach-add__body">{children}</div>
    </details>
  );
}

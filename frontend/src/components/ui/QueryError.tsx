import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, generalMessage } from '../../api/problem';
import { PageTitle } from './misc';

/** An error inside a page section. */
export function QueryError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <p>{generalMessage(error, t)}</p>
    </div>
  );
}

/** A whole page that could not be loaded: still one h1, and a way on. */
export function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 403);
  const title = notFound ? t('notFound.title') : t('errors.pageTitle');
  return (
    <section className="panel panel--narrow">
      <PageTitle title={title}>{title}</PageTitle>
      <QueryError error={error} />
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}

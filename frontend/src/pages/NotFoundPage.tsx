import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/ui/misc';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <PageTitle title={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}

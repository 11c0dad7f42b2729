import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand, Footer, SkipLink } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** Pages for people who are not signed in: login, signup, invitations. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__bar">
          <Brand />
          <p className="site-header__tagline">{t('app.tagline')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container container--narrow main">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}

import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand, Footer, SkipLink } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { PageTitle } from '../ui/misc';

// The messages browsers give when a lazy screen's chunk cannot be fetched: after a deploy the
// old chunk names are gone from the server.
const CHUNK_LOAD = [
  'Failed to fetch dynamically imported module', // Chromium
  'error loading dynamically imported module', // Firefox
  'Importing a module script failed', // Safari
  'Unable to preload CSS', // Vite's preload of a chunk's stylesheet
];

/** Whether the error is a screen that could not be loaded (a new version went live), not a fault in it. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_LOAD.some((text) => message.includes(text));
}

/**
 * What went wrong and the way on: reload (which fetches the new version) or the start page. As a
 * screen's error it shows inside its layout, so the header and navigation stay.
 */
export function ScreenError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const newVersion = isChunkLoadError(error);
  const title = t(newVersion ? 'routeError.newVersionTitle' : 'routeError.title');
  return (
    <section className="panel panel--narrow" data-testid="route-error">
      <PageTitle title={title}>{title}</PageTitle>
      <p>{t(newVersion ? 'routeError.newVersionBody' : 'routeError.body')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <Link to="/" className="button button--secondary" reloadDocument>
          {t('routeError.home')}
        </Link>
      </div>
    </section>
  );
}

/** The app itself failed (a layout or a provider): a page of its own, needing nothing that failed. */
export function RootError() {
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
        <ScreenError />
      </main>
      <Footer />
    </>
  );
}

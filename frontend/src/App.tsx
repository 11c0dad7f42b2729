import type { ComponentType } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider, useHref, useNavigate, Outlet, type NavigateOptions, type RouteObject } from 'react-router';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/problem';
import { AuthProvider } from './auth/AuthContext';
import { SelectionProvider } from './lib/selectionContext';
import { PublicLayout } from './components/layout/PublicLayout';
import { RequireAuth } from './components/layout/AppShell';
import { OrganisationLayout } from './components/organisations/OrganisationLayout';
import { CoalitionLayout } from './components/coalitions/CoalitionLayout';
import { RootError, ScreenError } from './components/layout/RouteError';
import { Loading } from './components/ui/misc';
import { intlLocale, isLocale } from './i18n/locale';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (4xx) will not change by retrying.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

const queryClient = makeQueryClient();

/** Providers that need the router (links in react-aria components use it). */
function Root() {
  const navigate = useNavigate();
  const { i18n } = useTranslation();
  // react-aria formats numbers (5,5 or 5.5) and names its buttons in the app's language.
  const locale = intlLocale(isLocale(i18n.language) ? i18n.language : 'nl');
  return (
    <AriaRouterProvider navigate={navigate} useHref={useHref}>
      <I18nProvider locale={locale}>
        <AuthProvider>
          <SelectionProvider>
            <Outlet />
          </SelectionProvider>
        </AuthProvider>
      </I18nProvider>
    </AriaRouterProvider>
  );
}

/**
 * The screens of a layout. While the first screen's chunk loads, the layout is
 * already there (skip link, header) with a loading line in it; later the old
 * screen stays until the next one has loaded. A screen that fails to load or to
 * render shows its error inside the layout.
 */
function screens(children: RouteObject[]): RouteObject[] {
  return [{ hydrateFallbackElement: <Loading />, errorElement: <ScreenError />, children }];
}

/** The exports of a module that are components. */
type ScreenName<M> = { [K in keyof M]: M[K] extends ComponentType ? K : never }[keyof M];

/** A screen as its own chunk, loaded when it is first visited: the component `name` of the module. */
function screen<M, K extends ScreenName<M>>(load: () => Promise<M>, name: K): () => Promise<{ Component: ComponentType }> {
  // The key picks a component (ScreenName); TypeScript cannot follow that into M[K].
  return async () => ({ Component: (await load())[name] as ComponentType });
}

// Every screen is its own chunk, loaded when it is first visited (react-router's
// `lazy`); the layouts stay in the entry. The organisation and coalition
// workspaces are layout routes that load their organisation or coalition once.
const router = createBrowserRouter([
  {
    element: <Root />,
    // A layout or provider that fails: a page of its own with a way to reload.
    errorElement: <RootError />,
    children: [
      {
        element: <PublicLayout />,
        children: screens([
          { path: '/login', lazy: screen(() => import('./pages/LoginPage'), 'LoginPage') },
          { path: '/signup', lazy: screen(() => import('./pages/SignupPage'), 'SignupPage') },
          { path: '/invite/:token', lazy: screen(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage') },
          // A member without an account answers a Tob-3 round through its link.
          { path: '/t/:token', lazy: screen(() => import('./pages/Tob3AnswerPage'), 'Tob3AnswerPage') },
        ]),
      },
      {
        element: <RequireAuth />,
        children: screens([
          { path: '/', lazy: screen(() => import('./pages/HomePage'), 'HomePage') },
          { path: '/welcome', lazy: screen(() => import('./pages/OnboardingPage'), 'OnboardingPage') },
          { path: '/organisations/new', lazy: screen(() => import('./pages/OnboardingPage'), 'NewOrganisationPage') },
          {
            path: '/organisations/:organisationId',
            element: <OrganisationLayout />,
            children: [
              { index: true, lazy: screen(() => import('./pages/OrganisationPage'), 'OrganisationPage') },
              { path: 'stakeholders', lazy: screen(() => import('./pages/StakeholdersPage'), 'StakeholdersPage') },
              { path: 'stakeholders/:stakeholderId', lazy: screen(() => import('./pages/StakeholderPage'), 'StakeholderPage') },
              { path: 'portfolio', lazy: screen(() => import('./pages/PortfolioPage'), 'PortfolioPage') },
              { path: 'issues', lazy: screen(() => import('./pages/IssuesPage'), 'IssuesPage') },
              { path: 'issues/:issueId', lazy: screen(() => import('./pages/IssuePage'), 'IssuePage') },
              { path: 'issues/:issueId/crisis', lazy: screen(() => import('./pages/IssueCrisisPage'), 'IssueCrisisPage') },
              { path: 'issues/:issueId/approach', lazy: screen(() => import('./pages/IssueApproachPage'), 'IssueApproachPage') },
              { path: 'confrontation', lazy: screen(() => import('./pages/ConfrontationMatricesPage'), 'ConfrontationMatricesPage') },
              { path: 'confrontation/:matrixId', lazy: screen(() => import('./pages/ConfrontationMatrixPage'), 'ConfrontationMatrixPage') },
              { path: 'signals', lazy: screen(() => import('./pages/SignalsPage'), 'SignalsPage') },
              { path: 'tob3', lazy: screen(() => import('./pages/Tob3Page'), 'Tob3Page') },
              { path: 'tob3/:roundId', lazy: screen(() => import('./pages/Tob3RoundPage'), 'Tob3RoundPage') },
              { path: 'method', lazy: screen(() => import('./pages/MethodSettingsPage'), 'MethodSettingsPage') },
            ],
          },
          { path: '/coalitions', lazy: screen(() => import('./pages/CoalitionsPage'), 'CoalitionsPage') },
          {
            path: '/coalitions/:coalitionId',
            element: <CoalitionLayout />,
            children: [
              { index: true, lazy: screen(() => import('./pages/CoalitionPage'), 'CoalitionPage') },
              { path: 'partners', lazy: screen(() => import('./pages/PartnerMatrixPage'), 'PartnerMatrixPage') },
              { path: 'journey', lazy: screen(() => import('./pages/JourneyPage'), 'JourneyPage') },
              { path: 'agreements', lazy: screen(() => import('./pages/AgreementsPage'), 'AgreementsPage') },
              { path: 'agreements/:agreementId', lazy: screen(() => import('./pages/AgreementPage'), 'AgreementPage') },
              { path: 'meetings', lazy: screen(() => import('./pages/MeetingsPage'), 'MeetingsPage') },
              { path: 'meetings/:meetingId', lazy: screen(() => import('./pages/MeetingPage'), 'MeetingPage') },
              { path: 'plan', lazy: screen(() => import('./pages/PlanPage'), 'PlanPage') },
            ],
          },
          { path: '/join/:token', lazy: screen(() => import('./pages/JoinPage'), 'JoinPage') },
          { path: '*', lazy: screen(() => import('./pages/NotFoundPage'), 'NotFoundPage') },
        ]),
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

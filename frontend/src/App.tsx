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
 * screen stays until the next one has loaded.
 */
function screens(children: RouteObject[]): RouteObject[] {
  return [{ hydrateFallbackElement: <Loading />, children }];
}

// Every screen is its own chunk, loaded when it is first visited (react-router's
// `lazy`); the layouts stay in the entry. The organisation and coalition
// workspaces are layout routes that load their organisation or coalition once.
const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <PublicLayout />,
        children: screens([
          { path: '/login', lazy: () => import('./pages/LoginPage').then((m) => ({ Component: m.LoginPage })) },
          { path: '/signup', lazy: () => import('./pages/SignupPage').then((m) => ({ Component: m.SignupPage })) },
          { path: '/invite/:token', lazy: () => import('./pages/AcceptInvitationPage').then((m) => ({ Component: m.AcceptInvitationPage })) },
        ]),
      },
      {
        element: <RequireAuth />,
        children: screens([
          { path: '/', lazy: () => import('./pages/HomePage').then((m) => ({ Component: m.HomePage })) },
          { path: '/welcome', lazy: () => import('./pages/OnboardingPage').then((m) => ({ element: <m.OnboardingPage first /> })) },
          { path: '/organisations/new', lazy: () => import('./pages/OnboardingPage').then((m) => ({ element: <m.OnboardingPage first={false} /> })) },
          {
            path: '/organisations/:organisationId',
            element: <OrganisationLayout />,
            children: [
              { index: true, lazy: () => import('./pages/OrganisationPage').then((m) => ({ Component: m.OrganisationPage })) },
              { path: 'stakeholders', lazy: () => import('./pages/StakeholdersPage').then((m) => ({ Component: m.StakeholdersPage })) },
              { path: 'stakeholders/:stakeholderId', lazy: () => import('./pages/StakeholderPage').then((m) => ({ Component: m.StakeholderPage })) },
              { path: 'portfolio', lazy: () => import('./pages/PortfolioPage').then((m) => ({ Component: m.PortfolioPage })) },
              { path: 'issues', lazy: () => import('./pages/IssuesPage').then((m) => ({ Component: m.IssuesPage })) },
              { path: 'issues/:issueId', lazy: () => import('./pages/IssuePage').then((m) => ({ Component: m.IssuePage })) },
              { path: 'issues/:issueId/crisis', lazy: () => import('./pages/IssueCrisisPage').then((m) => ({ Component: m.IssueCrisisPage })) },
              { path: 'issues/:issueId/approach', lazy: () => import('./pages/IssueApproachPage').then((m) => ({ Component: m.IssueApproachPage })) },
              { path: 'confrontation', lazy: () => import('./pages/ConfrontationMatricesPage').then((m) => ({ Component: m.ConfrontationMatricesPage })) },
              { path: 'confrontation/:matrixId', lazy: () => import('./pages/ConfrontationMatrixPage').then((m) => ({ Component: m.ConfrontationMatrixPage })) },
              { path: 'signals', lazy: () => import('./pages/SignalsPage').then((m) => ({ Component: m.SignalsPage })) },
              { path: 'tob3', lazy: () => import('./pages/Tob3Page').then((m) => ({ Component: m.Tob3Page })) },
              { path: 'tob3/:roundId', lazy: () => import('./pages/Tob3RoundPage').then((m) => ({ Component: m.Tob3RoundPage })) },
            ],
          },
          { path: '/coalitions', lazy: () => import('./pages/CoalitionsPage').then((m) => ({ Component: m.CoalitionsPage })) },
          {
            path: '/coalitions/:coalitionId',
            element: <CoalitionLayout />,
            children: [
              { index: true, lazy: () => import('./pages/CoalitionPage').then((m) => ({ Component: m.CoalitionPage })) },
              { path: 'partners', lazy: () => import('./pages/PartnerMatrixPage').then((m) => ({ Component: m.PartnerMatrixPage })) },
              { path: 'journey', lazy: () => import('./pages/JourneyPage').then((m) => ({ Component: m.JourneyPage })) },
              { path: 'agreements', lazy: () => import('./pages/AgreementsPage').then((m) => ({ Component: m.AgreementsPage })) },
              { path: 'agreements/:agreementId', lazy: () => import('./pages/AgreementPage').then((m) => ({ Component: m.AgreementPage })) },
              { path: 'meetings', lazy: () => import('./pages/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })) },
              { path: 'meetings/:meetingId', lazy: () => import('./pages/MeetingPage').then((m) => ({ Component: m.MeetingPage })) },
              { path: 'plan', lazy: () => import('./pages/PlanPage').then((m) => ({ Component: m.PlanPage })) },
            ],
          },
          { path: '/join/:token', lazy: () => import('./pages/JoinPage').then((m) => ({ Component: m.JoinPage })) },
          { path: '*', lazy: () => import('./pages/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
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

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider, useHref, useNavigate, Outlet, type NavigateOptions } from 'react-router';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/problem';
import { AuthProvider } from './auth/AuthContext';
import { SelectionProvider } from './lib/selectionContext';
import { PublicLayout } from './components/layout/PublicLayout';
import { RequireAuth } from './components/layout/AppShell';
import { LoginPage } from './pages/LoginPage';
import { SignupPage } from './pages/SignupPage';
import { HomePage } from './pages/HomePage';
import { OnboardingPage } from './pages/OnboardingPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { CoalitionsPage } from './pages/CoalitionsPage';
import { CoalitionPage } from './pages/CoalitionPage';
import { JoinPage } from './pages/JoinPage';
import { PartnerMatrixPage } from './pages/PartnerMatrixPage';
import { JourneyPage } from './pages/JourneyPage';
import { ConfrontationMatricesPage } from './pages/ConfrontationMatricesPage';
import { ConfrontationMatrixPage } from './pages/ConfrontationMatrixPage';
import { intlLocale, isLocale } from './i18n/locale';
import { IssueApproachPage } from './pages/IssueApproachPage';
import { IssueCrisisPage } from './pages/IssueCrisisPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { MeetingPage } from './pages/MeetingPage';
import { PlanPage } from './pages/PlanPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { IssuesPage } from './pages/IssuesPage';
import { SignalsPage } from './pages/SignalsPage';
import { Tob3Page } from './pages/Tob3Page';
import { Tob3RoundPage } from './pages/Tob3RoundPage';
import { IssuePage } from './pages/IssuePage';
import { StakeholderPage } from './pages/StakeholderPage';
import { PortfolioPage } from './pages/PortfolioPage';
import { AgreementPage } from './pages/AgreementPage';
import { AgreementsPage } from './pages/AgreementsPage';

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

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/signup', element: <SignupPage /> },
          { path: '/invite/:token', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/welcome', element: <OnboardingPage first /> },
          { path: '/organisations/new', element: <OnboardingPage first={false} /> },
          { path: '/organisations/:organisationId', element: <OrganisationPage /> },
          { path: '/organisations/:organisationId/stakeholders', element: <StakeholdersPage /> },
          { path: '/organisations/:organisationId/stakeholders/:stakeholderId', element: <StakeholderPage /> },
          { path: '/organisations/:organisationId/portfolio', element: <PortfolioPage /> },
          { path: '/organisations/:organisationId/issues', element: <IssuesPage /> },
          { path: '/organisations/:organisationId/issues/:issueId', element: <IssuePage /> },
          { path: '/organisations/:organisationId/confrontation', element: <ConfrontationMatricesPage /> },
          { path: '/organisations/:organisationId/signals', element: <SignalsPage /> },
          { path: '/organisations/:organisationId/tob3', element: <Tob3Page /> },
          { path: '/organisations/:organisationId/tob3/:roundId', element: <Tob3RoundPage /> },
          { path: '/organisations/:organisationId/confrontation/:matrixId', element: <ConfrontationMatrixPage /> },
          { path: '/organisations/:organisationId/issues/:issueId/crisis', element: <IssueCrisisPage /> },
          { path: '/organisations/:organisationId/issues/:issueId/approach', element: <IssueApproachPage /> },
          { path: '/coalitions', element: <CoalitionsPage /> },
          { path: '/coalitions/:coalitionId', element: <CoalitionPage /> },
          { path: '/coalitions/:coalitionId/partners', element: <PartnerMatrixPage /> },
          { path: '/coalitions/:coalitionId/journey', element: <JourneyPage /> },
          { path: '/coalitions/:coalitionId/agreements', element: <AgreementsPage /> },
          { path: '/coalitions/:coalitionId/agreements/:agreementId', element: <AgreementPage /> },
          { path: '/coalitions/:coalitionId/meetings', element: <MeetingsPage /> },
          { path: '/coalitions/:coalitionId/meetings/:meetingId', element: <MeetingPage /> },
          { path: '/coalitions/:coalitionId/plan', element: <PlanPage /> },
          { path: '/join/:token', element: <JoinPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
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

import { Navigate } from 'react-router';
import { useMe } from '../api/me';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';

/** Sends the user where they can start: onboarding without organisation, else the coalitions. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageError error={me.error} />;
  return <Navigate to={me.data.organisations.length === 0 ? '/welcome' : '/coalitions'} replace />;
}

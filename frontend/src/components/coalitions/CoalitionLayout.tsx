import { useEffect } from 'react';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { useCoalition } from '../../api/coalitions';
import type { CoalitionRead } from '../../client/types.gen';
import { useSelection } from '../../lib/selectionContext';
import { Loading } from '../ui/misc';
import { PageError } from '../ui/QueryError';

/** What every page inside a coalition is given. */
export interface CoalitionWorkspaceContext {
  coalition: CoalitionRead;
}

/**
 * The layout route of /coalitions/:coalitionId/*: loads the coalition once for
 * all its pages, shows its loading and error states, and makes it the selected
 * coalition.
 */
export function CoalitionLayout() {
  const { coalitionId = '' } = useParams();
  const coalition = useCoalition(coalitionId);
  const { choose } = useSelection();
  useEffect(() => {
    if (coalition.data) choose('coalition', coalition.data.id);
  }, [coalition.data, choose]);

  if (coalition.isPending) return <Loading />;
  if (coalition.isError) return <PageError error={coalition.error} />;
  const workspace: CoalitionWorkspaceContext = { coalition: coalition.data };
  return <Outlet context={workspace} />;
}

/** The loaded coalition, for a page under CoalitionLayout. */
export function useCoalitionWorkspace(): CoalitionWorkspaceContext {
  return useOutletContext<CoalitionWorkspaceContext>();
}

import { useEffect } from 'react';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { useOrganisation } from '../../api/organisations';
import type { OrganisationRead } from '../../client/types.gen';
import { useSelection } from '../../lib/selectionContext';
import { Loading } from '../ui/misc';
import { PageError } from '../ui/QueryError';

/** What every page inside an organisation's workspace is given. */
export interface OrganisationWorkspaceContext {
  organisation: OrganisationRead;
  /** Admins and owners manage the workspace (settings, feeds, rounds). */
  canManage: boolean;
}

/**
 * The layout route of /organisations/:organisationId/*: loads the organisation
 * once for all its pages, shows its loading and error states, and makes it the
 * selected organisation.
 */
export function OrganisationLayout() {
  const { organisationId = '' } = useParams();
  const organisation = useOrganisation(organisationId);
  const { choose } = useSelection();
  useEffect(() => {
    if (organisation.data) choose('organisation', organisation.data.id);
  }, [organisation.data, choose]);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageError error={organisation.error} />;
  const workspace: OrganisationWorkspaceContext = {
    organisation: organisation.data,
    canManage: organisation.data.my_role === 'owner' || organisation.data.my_role === 'admin',
  };
  return <Outlet context={workspace} />;
}

/** The loaded organisation, for a page under OrganisationLayout. */
export function useOrganisationWorkspace(): OrganisationWorkspaceContext {
  return useOutletContext<OrganisationWorkspaceContext>();
}

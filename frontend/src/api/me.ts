import { useQuery } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import { useAuth } from '../auth/AuthContext';

// The signed-in user and the organisations they belong to. Creating or joining
// an organisation, or renaming one, invalidates this.

export const meKeys = {
  me: ['me'] as const,
};

export function useMe() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: meKeys.me,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) => (await sdk.meReadMe({ signal })).data,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as sdk from '../client/sdk.gen';
import type { PlanActionCreate, PlanActionRead, PlanActionUpdate, StructureMemberIn, PagePlanActionRead, WorkingStructureCreate } from '../client/types.gen';

// The plan of approach and the working structures of one coalition. A change to an action
// refreshes the action list and the coverage together (both under the plan key).

export const planKeys = {
  all: (coalitionId: string) => ['coalitions', coalitionId, 'plan'] as const,
  actions: (coalitionId: string) => ['coalitions', coalitionId, 'plan', 'actions'] as const,
  coverage: (coalitionId: string) => ['coalitions', coalitionId, 'plan', 'coverage'] as const,
  structures: (coalitionId: string) => ['coalitions', coalitionId, 'working-structures'] as const,
};

/** The actions of the plan (pages of 200, fetched one after the other). */
export function usePlanActions(coalitionId: string) {
  return useQuery({
    queryKey: planKeys.actions(coalitionId),
    queryFn: async ({ signal }) => {
      const items: PlanActionRead[] = [];
      let cursor: string | null = null;
      do {
        const page: PagePlanActionRead = (
          await sdk.planListPlanActions({ path: { coalition_id: coalitionId }, query: { limit: 200, cursor }, signal })
        ).data;
        items.push(...page.items);
        cursor = page.next_cursor ?? null;
      } while (cursor);
      return items;
    },
  });
}

export function usePlanCoverage(coalitionId: string) {
  return useQuery({
    queryKey: planKeys.coverage(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.planGetPlanCoverage({ path: { coalition_id: coalitionId }, signal })).data,
  });
}

export function useWorkingStructures(coalitionId: string) {
  return useQuery({
    queryKey: planKeys.structures(coalitionId),
    queryFn: async ({ signal }) =>
      (await sdk.planListWorkingStructures({ path: { coalition_id: coalitionId }, query: { limit: 200 }, signal })).data
        .items,
  });
}

function usePlanChange<T, R>(coalitionId: string, key: readonly string[], call: (path: { coalition_id: string }, value: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: T) => call({ coalition_id: coalitionId }, value),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCreateAction(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.all(coalitionId), async (path, body: PlanActionCreate) =>
    (await sdk.planCreatePlanAction({ path, body })).data,
  );
}

export function useUpdateAction(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.all(coalitionId), async (path, { id, body }: { id: string; body: PlanActionUpdate }) =>
    (await sdk.planUpdatePlanAction({ path: { ...path, action_id: id }, body })).data,
  );
}

export function useDeleteAction(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.all(coalitionId), async (path, id: string) => {
    await sdk.planDeletePlanAction({ path: { ...path, action_id: id } });
  });
}

export function useCreateStructure(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.structures(coalitionId), async (path, body: WorkingStructureCreate) =>
    (await sdk.planCreateWorkingStructure({ path, body })).data,
  );
}

export function useDeleteStructure(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.structures(coalitionId), async (path, id: string) => {
    await sdk.planDeleteWorkingStructure({ path: { ...path, structure_id: id } });
  });
}

export function useAddStructureMember(coalitionId: string) {
  return usePlanChange(coalitionId, planKeys.structures(coalitionId), async (path, { id, body }: { id: string; body: StructureMemberIn }) =>
    (await sdk.planCreateWorkingStructureMember({ path: { ...path, structure_id: id }, body })).data,
  );
}

export function useRemoveStructureMember(coalitionId: string) {
  return usePlanChange(
    coalitionId,
    planKeys.structures(coalitionId),
    async (path, { structureId, memberId }: { structureId: string; memberId: string }) => {
      await sdk.planDeleteWorkingStructureMember({ path: { ...path, structure_id: structureId, member_id: memberId } });
    },
  );
}

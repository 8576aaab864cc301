/** The using-units domain's slice of the unit context: memberships (P-UU-*, O-03) and the authorized builder's flow data (E-AUTH-4, O-27). */
import type { MembershipState } from '../../membership/state.js';
import type { FlowDuty } from '../../membership/flowData.js';

export interface UsingUnitsSlice {
  /** the using units' memberships, by USCC (P-UU-*, O-03); kept after they end */
  memberships: Record<string, MembershipState>;
  /** E-AUTH-4, O-27: a B-rated builder's flow-data duties */
  builderFlow: FlowDuty[];
}

export function initialUsingUnits(): UsingUnitsSlice {
  return { memberships: {}, builderFlow: [] };
}

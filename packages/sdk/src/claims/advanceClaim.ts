import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { getClaimRandomness } from '../keeper/getClaimRandomness.js';
import { getClaimStepContext } from '../keeper/getClaimStepContext.js';
import { type ClaimStepKind, nextClaimStep } from '../keeper/nextClaimStep.js';
import { approveClaim } from './approveClaim.js';
import { drawWitnesses } from './drawWitnesses.js';
import { expireClaim } from './expireClaim.js';
import { getClaim, type ClaimState } from './getClaim.js';
import { markClaimPaid } from './markClaimPaid.js';
import { releaseStakes } from './releaseStakes.js';
import { replaceWitness } from './replaceWitness.js';

/** Parameters of {@link advanceClaim}. */
export type AdvanceClaimParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
/** What was done (`none` with the reason when nothing can move yet), and the state after. */
export type AdvanceClaimReturnType = {
  action: 'draw' | 'replace' | 'approve' | 'markPaid' | 'releaseStakes' | 'expire' | 'none';
  detail: string;
  state: ClaimState;
  result: WriteResult | undefined;
};

const ACTIONS: Record<ClaimStepKind, AdvanceClaimReturnType['action']> = {
  fulfilRandomness: 'draw', drawWitnesses: 'draw', replaceWitness: 'replace', approveClaim: 'approve',
  markClaimPaid: 'markPaid', releaseStakes: 'releaseStakes', expireClaim: 'expire',
};

/**
 * Takes the one permissionless step a claim allows now (anyone may), as decided by `nextClaimStep`: draws
 * witnesses once the randomness can be had (recording a prevrandao value first), replaces a witness past its
 * deadline, approves after the announcement window, marks paid once settled, releases stakes after the report
 * window, or closes a claim whose deadline passed.
 * @example
 * const { action, state } = await advanceClaim(anyClient, { claims, claimId })
 */
export async function advanceClaim(client: LashouClient, parameters: AdvanceClaimParameters): Promise<AdvanceClaimReturnType> {
  const { claims, claimId, account } = parameters;
  const [c, context] = await Promise.all([getClaim(client, { claims, claimId }), getClaimStepContext(client, { claims })]);
  const randomness = c.randomnessRequest === 0n ? undefined : await getClaimRandomness(client, { source: context.randomnessSource, requestId: c.randomnessRequest, blockNumber: context.blockNumber });
  const next = nextClaimStep({ claim: c, now: context.now, blockNumber: context.blockNumber, honourUntil: context.honourUntil, randomness });
  if (!next.due || !next.kind) return { action: 'none', detail: next.detail, state: c.state, result: undefined };
  const action = ACTIONS[next.kind];
  let result: WriteResult;
  let detail = next.detail;
  switch (next.kind) {
    case 'fulfilRandomness':
    case 'drawWitnesses': {
      const drawn = await drawWitnesses(client, { claims, claimId, account });
      detail = `drew ${drawn.assigned.map((a) => `slot ${a.slot}: ${a.witness}`).join(', ') || 'nobody (randomness re-requested)'}`;
      result = drawn;
      break;
    }
    case 'replaceWitness':
      result = await replaceWitness(client, { claims, claimId, slot: next.slot ?? 0, account });
      break;
    case 'approveClaim':
      result = await approveClaim(client, { claims, claimId, account });
      break;
    case 'markClaimPaid':
      result = await markClaimPaid(client, { claims, claimId, account });
      break;
    case 'releaseStakes':
      result = await releaseStakes(client, { claims, claimId, account });
      break;
    case 'expireClaim':
      result = await expireClaim(client, { claims, claimId, account });
      break;
  }
  return { action, detail, result, state: (await getClaim(client, { claims, claimId })).state };
}

import type { Account, Address } from 'viem';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { getClaimRandomness } from '../keeper/getClaimRandomness.js';
import { getClaimStepContext } from '../keeper/getClaimStepContext.js';
import { type ClaimStepKind, nextClaimStep } from '../keeper/nextClaimStep.js';
import { claimsManagerAbi, mutualPoolAbi } from '@lashou/abi';
import { readContract } from 'viem/actions';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { formatAmount } from '../amounts/formatAmount.js';
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

/** Formats token units of the claims manager's pool token (base units if it cannot be read). */
async function poolToken(client: LashouClient, claims: Address): Promise<(value: bigint) => string> {
  try {
    const pool = await readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'pool' });
    const token = await readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' });
    const info = await getTokenInfo(client, { token });
    return (value) => formatAmount(value, info);
  } catch {
    return (value) => `${value} base units`;
  }
}

/**
 * Takes the one permissionless step a claim allows now (anyone may), as decided by `nextClaimStep`: draws
 * witnesses once the randomness can be had (recording a prevrandao value first; also under arbitration, for slots
 * that waited for a draw), replaces a witness past its deadline, approves after the announcement window, marks paid
 * once settled or closes it paid in part after its payment window, releases stakes after the report window, or
 * closes a claim whose deadline passed.
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
    case 'markClaimPaid': {
      const paid = await markClaimPaid(client, { claims, claimId, account });
      if (paid.paidInPart) {
        const token = await poolToken(client, claims);
        detail = `${next.detail}: ${token(paid.paidInPart.paid)} paid, ${token(paid.paidInPart.shortfall)} short`;
      }
      result = paid;
      break;
    }
    case 'releaseStakes':
      result = await releaseStakes(client, { claims, claimId, account });
      break;
    case 'expireClaim':
      result = await expireClaim(client, { claims, claimId, account });
      break;
  }
  return { action, detail, result, state: (await getClaim(client, { claims, claimId })).state };
}

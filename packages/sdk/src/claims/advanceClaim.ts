import type { Account, Address } from 'viem';
import { getBlock } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { approveClaim } from './approveClaim.js';
import { drawWitnesses } from './drawWitnesses.js';
import { expireClaim } from './expireClaim.js';
import { getClaim, type ClaimState } from './getClaim.js';
import { read } from './internal.js';
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

/**
 * Takes the one permissionless step a claim allows now (anyone may): draws witnesses when randomness is
 * ready, replaces a witness past its deadline, approves after the announcement window, marks paid once
 * settled, releases stakes after the report window, or closes a claim whose deadline passed.
 * @example
 * const { action, state } = await advanceClaim(anyClient, { claims, claimId })
 */
export async function advanceClaim(client: LashouClient, parameters: AdvanceClaimParameters): Promise<AdvanceClaimReturnType> {
  const { claims, claimId, account } = parameters;
  const c = await getClaim(client, { claims, claimId });
  const now = (await read(client, () => getBlock(client))).timestamp;
  const done = async (action: AdvanceClaimReturnType['action'], detail: string, result: WriteResult) =>
    ({ action, detail, result, state: (await getClaim(client, { claims, claimId })).state }) as AdvanceClaimReturnType;
  const none = (detail: string): AdvanceClaimReturnType => ({ action: 'none', detail, state: c.state, result: undefined });
  const late = c.witnesses.find((s) => (s.status === 'Drawn' || s.status === 'Accepted') && now > s.deadline);
  switch (c.state) {
    case 'Filed':
    case 'UnderArbitration':
      if (now > c.deadline) return done('expire', 'deadline passed: closed', (await expireClaim(client, { claims, claimId, account })));
      return none(c.state === 'Filed' ? 'waiting for the operator review' : 'waiting for the operator arbitration');
    case 'Reviewed':
    case 'WitnessesDrawn': {
      if (c.state === 'WitnessesDrawn' && late) {
        return done('replace', `slot ${late.slot} (${late.witness}) missed its deadline: replaced`, await replaceWitness(client, { claims, claimId, slot: late.slot, account }));
      }
      if (c.randomnessRequest !== 0n) {
        const drawn = await drawWitnesses(client, { claims, claimId, account });
        return done('draw', `drew ${drawn.assigned.map((a) => `slot ${a.slot}: ${a.witness}`).join(', ') || 'nobody (randomness re-requested)'}`, drawn);
      }
      const empty = c.witnesses.find((s) => s.status === 'Empty' && s.deadline !== 0n && now > s.deadline);
      if (empty) return done('expire', 'no witnesses in time: closed', await expireClaim(client, { claims, claimId, account }));
      return none('waiting for the witnesses to accept and attest');
    }
    case 'Announced':
      if (now > c.deadline) return done('approve', 'announcement window over: approved', await approveClaim(client, { claims, claimId, account }));
      return none(`announced until ${new Date(Number(c.deadline) * 1000).toISOString()}`);
    case 'Approved':
      if (c.fullyPaid) return done('markPaid', 'paid at settlement: marked paid', await markClaimPaid(client, { claims, claimId, account }));
      return none('waiting for its epoch to be settled (lashou pool settle)');
    case 'Paid':
      if (!c.stakesSettled && now > c.deadline) return done('releaseStakes', 'report window over: stakes released', await releaseStakes(client, { claims, claimId, account }));
      return none(c.stakesSettled ? 'closed' : 'in the fraud-report window');
    default:
      return none(`claim is ${c.state}`);
  }
}

import { claimsManagerAbi } from '@lashou/abi';
import { type Address, type BlockNumber, isAddressEqual } from 'viem';
import { getBlock, getContractEvents } from 'viem/actions';
import type { LashouClient } from '../internal/client.js';
import { read } from '../claims/internal.js';
import { getClaim, type ClaimState, type SlotStatus } from '../claims/getClaim.js';

/** Parameters of {@link getWitnessAssignments}. */
export type GetWitnessAssignmentsParameters = {
  claims: Address;
  witness: Address;
  /** First block to search (default 0; `deployment.blockNumber` is always safe). */
  fromBlock?: BlockNumber | undefined;
};

/**
 * What a witness should do about one slot it was drawn for:
 * - `accept` / `attest`: by `deadline` (`lashou witness accept|attest`);
 * - `late`: its deadline passed: anyone may replace it now, and its no-show slice is slashed;
 * - `done`: it attested (the slot is `Approved` or `Rejected`);
 * - `released`: the slot went to another witness (it declined, was replaced, or its rejection was overruled);
 * - `closed`: the claim ended before the witness acted (nothing to do).
 */
export type WitnessTodo = 'accept' | 'attest' | 'late' | 'done' | 'released' | 'closed';

/** One claim slot a witness was drawn for, as it stands now. */
export type WitnessAssignment = {
  claimId: bigint;
  slot: number;
  /** The claim's state now. */
  claimState: ClaimState;
  /** The slot's status while the witness still holds it; `Released` once the slot went to someone else. */
  status: SlotStatus | 'Released';
  /** The slot's deadline (accept or attest; unix seconds), 0 when none or released. */
  deadline: bigint;
  next: WitnessTodo;
};

/** The witness's assignments (oldest claim first) and the chain time they were judged at. */
export type GetWitnessAssignmentsReturnType = { witness: Address; now: bigint; assignments: WitnessAssignment[] };

const ENDED: readonly ClaimState[] = ['Rejected', 'FraudConfirmed', 'None'];

/**
 * The claims and slots a witness was drawn for (its `WitnessAssigned` events), each with the claim's state and what the
 * witness should do next: accept or attest by the slot's deadline, nothing (done, released, the claim closed), or —
 * past the deadline — nothing it can still do (anyone may replace it).
 * @example
 * const { assignments } = await getWitnessAssignments(publicClient, { claims, witness, fromBlock })
 * for (const a of assignments) if (a.next === 'accept') console.log(`accept claim ${a.claimId} slot ${a.slot} by ${a.deadline}`)
 */
export async function getWitnessAssignments(client: LashouClient, parameters: GetWitnessAssignmentsParameters): Promise<GetWitnessAssignmentsReturnType> {
  const { claims, witness } = parameters;
  const [logs, block] = await read(client, () =>
    Promise.all([
      getContractEvents(client, { address: claims, abi: claimsManagerAbi, eventName: 'WitnessAssigned', args: { witness }, fromBlock: parameters.fromBlock ?? 0n, toBlock: 'latest' }),
      getBlock(client, { blockTag: 'latest' }),
    ]),
  );
  const seen = new Map<string, { claimId: bigint; slot: number }>();
  for (const log of logs) {
    const { claimId, slot } = log.args;
    if (claimId === undefined || slot === undefined) continue;
    seen.set(`${claimId}/${slot}`, { claimId, slot: Number(slot) });
  }
  const pairs = [...seen.values()].sort((a, b) => (a.claimId === b.claimId ? a.slot - b.slot : a.claimId < b.claimId ? -1 : 1));
  const ids = [...new Set(pairs.map((p) => p.claimId))];
  const claimsById = new Map((await Promise.all(ids.map((claimId) => getClaim(client, { claims, claimId })))).map((c) => [c.claimId, c]));
  const now = block.timestamp;
  const assignments = pairs.map(({ claimId, slot }): WitnessAssignment => {
    const c = claimsById.get(claimId)!;
    const s = c.witnesses[slot];
    if (!s || !isAddressEqual(s.witness, witness) || s.status === 'Empty') return { claimId, slot, claimState: c.state, status: 'Released', deadline: 0n, next: 'released' };
    if (s.status === 'Approved' || s.status === 'Rejected') return { claimId, slot, claimState: c.state, status: s.status, deadline: s.deadline, next: 'done' };
    const next: WitnessTodo = ENDED.includes(c.state) ? 'closed' : now > s.deadline ? 'late' : s.status === 'Drawn' ? 'accept' : 'attest';
    return { claimId, slot, claimState: c.state, status: s.status, deadline: s.deadline, next };
  });
  return { witness, now, assignments };
}

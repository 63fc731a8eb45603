import { type Deployment } from '@lashou/abi';
import { getWitness, listClaims, type LashouClient } from '@lashou/sdk';
import { anvilDevKey, demoWitnessKey } from '@lashou/sdk/node';
import { type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { DEMO_WITNESSES } from './seedDemo.js';

/** A claim as the banner lists it: its state now, read from the chain. */
export type DemoClaimNow = { claimId: bigint; stage: string; claimant: Address; amount: bigint; deadline: bigint };
/** `index`: the n of `demoWitnessKey(n)`, so the account name `dev:witness-<n>`. */
export type DemoWitnessNow = { index: number; address: Address; privateKey: Hex; region: number; stake: bigint; eligible: boolean };

/**
 * What the banner shows of the demo, read from the chain as it is now (a resumed chain, or one the keeper and
 * people have moved on since the seed): the demo witnesses (deterministic keys) that are registered, with their
 * regions, and every claim with its current state. The demo's member roles are anvil's dev accounts #3–#5.
 */
export async function readDemoState(client: LashouClient, deployment: Deployment) {
  const witnesses: DemoWitnessNow[] = [];
  if (deployment.registry) {
    const registry = deployment.registry as Address;
    const found = await Promise.all(
      Array.from({ length: DEMO_WITNESSES }, async (_, i) => {
        const privateKey = demoWitnessKey(i);
        const w = await getWitness(client, { registry, witness: privateKeyToAccount(privateKey).address });
        return w.registered ? { index: i, address: w.witness, privateKey, region: w.region, stake: w.stake, eligible: w.eligible } : null;
      }),
    );
    for (const w of found) if (w) witnesses.push(w);
  }
  const claims: DemoClaimNow[] = deployment.claims
    ? (await listClaims(client, { claims: deployment.claims as Address })).claims.map((c) => ({ claimId: c.claimId, stage: c.state, claimant: c.claimant, amount: c.approvedAmount > 0n ? c.approvedAmount : c.requestedAmount, deadline: c.deadline }))
    : [];
  const role = (i: number) => privateKeyToAccount(anvilDevKey(i)).address;
  return { patient: role(3), exited: role(4), lapsed: role(5), witnesses, claims };
}

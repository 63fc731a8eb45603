// The readers the CLI's claim commands use: claim count, the claimant's commitment, a witness's assignments, a claim's
// reports, the report bond and refunds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { claimParametersAbi } from '@lashou/abi';
import { type Address, keccak256, toHex } from 'viem';
import {
  CLAIM_PARAMETER_NAMES, acceptWitness, defaultClaimParameters, activateWitness, createIdentity, declineWitness, drawWitnesses, fileClaim, getClaim, getClaimCount, getClaimantCommitment, getReportBond, getReportRefund,
  getWitnessAssignments, joinPool, listClaimReports, requestTestTokens, reviewClaim, setNotary, signDiagnosis, stakeWitness, type DeployLashouReturnType,
} from '../index.js';
import { deployLashou, startTestChain, type TestChain } from '../node/index.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
let chain: TestChain;
let d: DeployLashouReturnType;
let claims: Address;
const identity = createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:E50000001', name: 'Reader Patient' });

before(async () => {
  chain = await startTestChain({ accounts: 10 });
  d = await deployLashou(chain.dev(0), { claimParameters: { Commission: 1n * UNIT }, minRegionWitnesses: 1n });
  claims = d.claims as Address;
  await requestTestTokens(chain.dev(6), { token: d.token, amount: 1_000n * UNIT });
  await joinPool(chain.dev(6), { pool: d.pool, identityCommitment: identity.commitment, deposit: 500n * UNIT });
  for (const k of [2, 3, 4, 5]) {
    await requestTestTokens(chain.dev(k), { token: d.token, amount: 6_000n * UNIT });
    await stakeWitness(chain.dev(k), { registry: d.registry as Address, amount: 5_000n * UNIT, region: 7 });
  }
  await requestTestTokens(chain.dev(8), { token: d.token, amount: 1_000n * UNIT });
  await setNotary(chain.dev(0), { claims, notary: chain.dev(1).account.address, listed: true });
  await chain.increaseTime(91 * DAY);
  for (const k of [2, 3, 4, 5]) await activateWitness(chain.dev(0), { registry: d.registry as Address, witness: chain.dev(k).account.address });
});
after(async () => {
  await chain?.stop();
});

test('claim count, the claimant commitment, a witness’s assignments, a claim’s reports, the bond and refunds', async () => {
  assert.equal(await getClaimCount(chain.dev(0), { claims }), 0n);
  const claimant = chain.dev(6).account.address;
  const joined = await getClaimantCommitment(chain.dev(0), { claims, claimant, fromBlock: BigInt(d.blockNumber) });
  assert.deepEqual([joined.pool, joined.identityCommitment, joined.memberId], [d.pool, identity.commitment, 1n]);
  assert.equal((await getClaimantCommitment(chain.dev(0), { claims, claimant: chain.dev(7).account.address })).identityCommitment, undefined);

  const documentHash = keccak256(toHex('reader diagnosis'));
  const diagnosedAt = (await chain.dev(0).getBlock()).timestamp - BigInt(DAY);
  const { signature, notary } = await signDiagnosis(chain.dev(1), { claims, claimant, documentHash, diagnosedAt, region: 7 });
  const { claimId } = await fileClaim(chain.dev(6), { claims, documentHash, diagnosedAt, amount: 10n * UNIT, region: 7, notary, signature });
  assert.equal(await getClaimCount(chain.dev(0), { claims }), 1n);
  await reviewClaim(chain.dev(0), { claims, claimId, approve: true, amount: 10n * UNIT, nullifier: keccak256(toHex('reader nullifier')) });
  await chain.mine(3);
  await drawWitnesses(chain.dev(0), { claims, claimId });
  const c = await getClaim(chain.dev(0), { claims, claimId });
  const client = (witness: Address) => chain.dev([2, 3, 4, 5].find((k) => chain.dev(k).account.address === witness)!);
  const [first, second] = c.witnesses;
  let drawn = await getWitnessAssignments(chain.dev(0), { claims, witness: first!.witness, fromBlock: BigInt(d.blockNumber) });
  assert.deepEqual(drawn.assignments, [{ claimId, slot: 0, claimState: 'WitnessesDrawn', status: 'Drawn', deadline: first!.deadline, next: 'accept' }]);
  await acceptWitness(client(first!.witness), { claims, claimId, slot: 0 });
  drawn = await getWitnessAssignments(chain.dev(0), { claims, witness: first!.witness });
  assert.deepEqual([drawn.assignments[0]!.status, drawn.assignments[0]!.next], ['Accepted', 'attest']);
  await declineWitness(client(second!.witness), { claims, claimId, slot: 1 });
  drawn = await getWitnessAssignments(chain.dev(0), { claims, witness: second!.witness });
  assert.deepEqual([drawn.assignments[0]!.status, drawn.assignments[0]!.next, drawn.assignments[0]!.deadline], ['Released', 'released', 0n]);
  // Past the attest deadline: late.
  await chain.increaseTime(30 * DAY);
  drawn = await getWitnessAssignments(chain.dev(0), { claims, witness: first!.witness });
  assert.equal(drawn.assignments[0]!.next, 'late');
  assert.deepEqual((await getWitnessAssignments(chain.dev(0), { claims, witness: chain.dev(9).account.address })).assignments, []);

  const reports = d.reports as Address;
  // The bond the deployment's ClaimParameters holds (read straight from it): the default for a 6-decimal token.
  const bond = await chain.dev(0).readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETER_NAMES.indexOf('ReportBond')] });
  assert.equal(bond, defaultClaimParameters(6).ReportBond);
  assert.equal(await getReportBond(chain.dev(0), { reports }), bond);
  assert.equal(await getReportRefund(chain.dev(0), { reports, reporter: chain.dev(8).account.address }), 0n);
  assert.deepEqual(await listClaimReports(chain.dev(0), { reports, claimId }), []);
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimsManagerAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Address, type TransactionReceipt, createPublicClient, custom, isAddressEqual, keccak256, parseEventLogs, toHex } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import {
  activateWitness, computeNullifier, createIdentity, declineWitness, deployLashou, drawWitnesses, fileClaim, getClaim, getWitness, joinPool, requestTestTokens,
  reviewClaim, setNotary, signDiagnosis, stakeWitness, type DeployLashouReturnType,
  personKey, residentIdCheckCharacter,
} from '../index.js';
import { startTestChain, type TestChain, type TestWalletClient } from '../node/index.js';
import { recomputeDraw } from './recomputeDraw.js';
import { getDrawInputs } from './getDrawInputs.js';
import { type VerifyDrawParameters, verifyDraw } from './verifyDraw.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
const REGION = 4401; // four witnesses here, in tiers 0, 3, 4 and 5
const THIN_REGION = 310; // one witness here: a claim from here falls back to all regions
const MIN_STAKE = 100n * UNIT; // tier t holds stakes from MIN_STAKE << t
/** Stakes of the witnesses (dev accounts 2–6): tiers 0, 3, 4, 5 in REGION, tier 0 in THIN_REGION. */
const STAKES: Record<number, bigint> = { 2: 150n * UNIT, 3: 1_000n * UNIT, 4: 2_500n * UNIT, 5: 5_000n * UNIT, 6: 150n * UNIT };
const operatorSecret = `0x${'cd'.repeat(32)}` as const;

test('verifyDraw refuses a draw of 0 or of more than 16, or with more than 32 exclusions, before reading anything', async () => {
  const requests: string[] = [];
  const client = createPublicClient({ transport: custom({ request: async ({ method }) => { requests.push(method); throw new Error('no node here'); } }) });
  const witness = (i: number) => `0x${(i + 1).toString(16).padStart(40, '0')}` as Address;
  const inputs: VerifyDrawParameters = {
    registry: witness(100), claimId: 1n, drawNumber: 1n, value: 1n, requestedRegion: 0n, exclude: [], count: 0n, snapshotBlock: 1n, lockAmount: 1n,
    expected: { seed: 0n, region: 0n, firstTier: 0n, eligible: 0n, witnesses: [] },
  };
  // A count of 0 with no witnesses expected would otherwise pass every check.
  for (const [bad, code] of [[{ count: 0n }, 'draw.countInvalid'], [{ count: 17n }, 'draw.countInvalid'], [{ count: 1n, exclude: Array.from({ length: 33 }, (_, i) => witness(i)) }, 'draw.tooManyExcluded']] as const) {
    await assert.rejects(verifyDraw(client, { ...inputs, ...bad }), (error: unknown) => error instanceof InvalidInputError && error.code === code);
  }
  assert.deepEqual(requests, []);
});

describe('verifyDraw against real draws on anvil', () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let claims: Address;
  let registry: Address;
  let minRegionWitnesses: bigint;
  // Roles: 0 deployer + operator, 1 notary, 2–5 witnesses in REGION, 6 witness in THIN_REGION, 7–9 members.
  const operator = () => chain.dev(0);
  const notary = () => chain.dev(1);
  const member = (i: number) => chain.dev(7 + i);
  const byAddress = (address: Address): TestWalletClient => {
    for (let i = 0; i < 12; i++) if (isAddressEqual(chain.dev(i).account.address, address)) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };
  const identityOf = (i: number) => ({ docType: 'PASSPORT' as const, idNumber: `CHN:E3000000${i}`, name: `Patient ${i}` });
  // A passport issued by CHN: the person key is the holder's resident ID number (docs/identity.md).
  const residentIdOf = (i: number) => { const first17 = `110105199001013${String(i).padStart(2, '0')}`; return `${first17}${residentIdCheckCharacter(first17)}`; };

  /** Files and approves a claim of member `i` in `region` for `amount`, and waits past the randomness target block. */
  async function reviewedClaim(i: number, region: number, amount = 10n * UNIT): Promise<bigint> {
    const claimant = member(i).account.address;
    const documentHash = keccak256(toHex(`diagnosis of patient ${i} in ${region} for ${amount}`));
    const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
    const { signature, notary: notaryAddress } = await signDiagnosis(notary(), { claims, claimant, documentHash, diagnosedAt, region });
    const { claimId } = await fileClaim(member(i), { claims, documentHash, diagnosedAt, amount, region, notary: notaryAddress, signature });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount, nullifier: computeNullifier({ person: personKey(identityOf(i), { residentId: residentIdOf(i) }), operatorSecret }) });
    await chain.mine(5);
    return claimId;
  }

  /** verifyDraw's inputs, taken from the draw transaction's events and the randomness source's log, as an auditor would. */
  async function inputsFromEvents(receipt: TransactionReceipt): Promise<VerifyDrawParameters> {
    const client = operator();
    const [made] = parseEventLogs({ abi: claimsManagerAbi, logs: receipt.logs.filter((l) => isAddressEqual(l.address, claims)), eventName: 'DrawMade' });
    const fromRegistry = receipt.logs.filter((l) => isAddressEqual(l.address, registry));
    const [requested] = parseEventLogs({ abi: witnessRegistryAbi, logs: fromRegistry, eventName: 'WitnessDrawRequested' });
    const [drawn] = parseEventLogs({ abi: witnessRegistryAbi, logs: fromRegistry, eventName: 'WitnessesDrawn' });
    assert.ok(made && requested && drawn, 'the draw transaction logs DrawMade, WitnessDrawRequested and WitnessesDrawn');
    const claimId = drawn.args.claimId;
    const [fulfilled] = await client.getContractEvents({
      address: d.randomness as Address, abi: prevrandaoSourceAbi, eventName: 'RandomnessFulfilled', args: { requestId: made.args.requestId }, fromBlock: 0n,
    });
    assert.ok(fulfilled, 'the request was fulfilled');
    // The draw number counts the claim's draws from 1, this one included.
    const draws = await client.getContractEvents({ address: claims, abi: claimsManagerAbi, eventName: 'DrawMade', args: { claimId }, fromBlock: 0n, toBlock: receipt.blockNumber });
    return {
      registry,
      claimId,
      drawNumber: BigInt(draws.length),
      value: fulfilled.args.value!,
      requestedRegion: requested.args.requestedRegion,
      exclude: requested.args.exclude,
      count: requested.args.count,
      snapshotBlock: requested.args.snapshotBlock,
      lockAmount: requested.args.lockAmount,
      expected: { seed: drawn.args.seed, region: drawn.args.drawnRegion, firstTier: drawn.args.firstTier, eligible: drawn.args.setSize, witnesses: drawn.args.witnesses },
    };
  }

  /** The whole union of tiers `firstTier..7` of `region` at `block`, tiers concatenated in increasing order, read
   *  slot by slot (an independent path to the same picks). */
  async function wholeUnion(region: bigint, firstTier: bigint, block: bigint): Promise<Address[]> {
    const union: Address[] = [];
    for (let tier = firstTier; tier < 8n; tier++) {
      const size = await operator().readContract({ address: registry, abi: witnessRegistryAbi, functionName: 'eligibleCountAt', args: [region, tier, block] });
      for (let i = 0n; i < size; i++) union.push(await operator().readContract({ address: registry, abi: witnessRegistryAbi, functionName: 'eligibleAtBlock', args: [region, tier, i, block] }));
    }
    return union;
  }

  const failed = (result: Awaited<ReturnType<typeof verifyDraw>>) => result.checks.filter((c) => !c.ok).map((c) => c.name);

  before(async () => {
    chain = await startTestChain({ accounts: 12 });
    // A small minimum stake with a 10× stake cover, so a claim's lock reaches the upper tiers: a claim of A locks
    // max(StakeLock, ceil(A × 100,000 / 30,000)) per witness. Three witnesses make a region's draw on their own.
    d = await deployLashou(operator(), {
      witnessMinimumStake: MIN_STAKE, minRegionWitnesses: 3n,
      claimParameters: { Commission: 1n * UNIT, StakeLock: MIN_STAKE, StakeCoverBps: 100_000n, ClaimCap: 3_000n * UNIT },
    });
    claims = d.claims as Address;
    registry = d.registry as Address;
    for (let i = 0; i < 3; i++) {
      await requestTestTokens(member(i), { token: d.token, amount: 1_000n * UNIT });
      await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity(identityOf(i)).commitment, deposit: 500n * UNIT });
    }
    for (const k of [2, 3, 4, 5, 6]) {
      await requestTestTokens(chain.dev(k), { token: d.token, amount: 20_000n * UNIT });
      await stakeWitness(chain.dev(k), { registry, amount: STAKES[k]!, region: k < 6 ? REGION : THIN_REGION });
    }
    await setNotary(operator(), { claims, notary: notary().account.address, listed: true });
    // Seasoning (30 days by default): nobody is drawable yet, and activating early is refused.
    const seasoning = await getWitness(operator(), { registry, witness: chain.dev(2).account.address });
    assert.equal(seasoning.eligible, false);
    assert.equal(seasoning.seasoned, false);
    assert.equal(seasoning.awaitingActivation, false);
    await assert.rejects(activateWitness(operator(), { registry, witness: chain.dev(2).account.address }), /is in its seasoning period until/);
    await chain.increaseTime(91 * DAY);
    // Past the seasoning: anyone puts the witnesses in the draw arrays of their region and stake tier.
    for (const k of [2, 3, 4, 5, 6]) {
      const witness = chain.dev(k).account.address;
      assert.equal((await getWitness(operator(), { registry, witness })).awaitingActivation, true);
      const activated = await activateWitness(operator(), { registry, witness });
      assert.deepEqual([activated.entered, activated.eligible, activated.tier, activated.region], [true, true, BigInt({ 2: 0, 3: 3, 4: 4, 5: 5, 6: 0 }[k]!), BigInt(k < 6 ? REGION : THIN_REGION)]);
      const after = await getWitness(operator(), { registry, witness });
      assert.deepEqual([after.eligible, after.awaitingActivation, after.tier], [true, false, Number(activated.tier)]);
    }
    // A second activation changes nothing.
    const again = await activateWitness(operator(), { registry, witness: chain.dev(2).account.address });
    assert.deepEqual([again.entered, again.eligible, again.tier], [false, true, 0n]);
    minRegionWitnesses = await operator().readContract({ address: registry, abi: witnessRegistryAbi, functionName: 'minRegionWitnesses' });
    assert.equal(minRegionWitnesses, 3n);
  });
  after(async () => {
    await chain?.stop();
  });

  test('a first draw in a region: every check passes, from a few reads; a wrong seed or swapped witnesses fail exactly their check', async () => {
    const claimId = await reviewedClaim(0, REGION);
    const { receipt } = await drawWitnesses(operator(), { claims, claimId });
    const inputs = await inputsFromEvents(receipt);
    assert.equal(inputs.drawNumber, 1n);
    assert.equal(inputs.expected.region, BigInt(REGION));
    assert.equal(inputs.expected.witnesses.length, 3);

    const result = await verifyDraw(operator(), inputs);
    assert.deepEqual(failed(result), [], JSON.stringify(result.checks, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
    assert.equal(result.ok, true);
    assert.deepEqual(result.checks.map((c) => c.name), ['seed', 'firstTier', 'region', 'eligible', 'available', 'witnesses']);
    assert.equal(result.firstTier, inputs.expected.firstTier);
    assert.equal(result.seed, inputs.expected.seed);
    assert.deepEqual(result.witnesses, inputs.expected.witnesses);
    // Only the proposals' slots are read (3 picks from 4: a rejected proposal or two at most here), never more than the array.
    assert.ok(result.reads >= 3 && result.reads <= 4, `read ${result.reads} slots`);
    // The same picks from the whole union read independently.
    const array = await wholeUnion(inputs.expected.region, inputs.expected.firstTier, inputs.snapshotBlock);
    assert.deepEqual(recomputeDraw({ seed: result.seed, claimId, exclude: inputs.exclude, count: inputs.count, array }), inputs.expected.witnesses);

    // A wrong seed: only the seed check fails (the picks are recomputed from the inputs).
    const wrongSeed = await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, seed: inputs.expected.seed ^ 1n } });
    assert.equal(wrongSeed.ok, false);
    assert.deepEqual(failed(wrongSeed), ['seed']);
    // Two witnesses swapped (the order is part of the draw), or one replaced by another eligible witness.
    const [w0, w1, w2] = inputs.expected.witnesses as [Address, Address, Address];
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, witnesses: [w1, w0, w2] } })), ['witnesses']);
    const outsider = array.find((a) => !inputs.expected.witnesses.includes(a))!;
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, witnesses: [w0, w1, outsider] } })), ['witnesses']);
    // A wrong region or array size in the log: only that check.
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, region: 0n } })), ['region']);
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, eligible: inputs.expected.eligible + 1n } })), ['eligible']);
    // A wrong lowest tier in the log: only that check (the picks use the tier the lock gives).
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, firstTier: inputs.expected.firstTier + 1n } })), ['firstTier']);
    // A wrong randomness value changes the seed, and so the picks.
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, value: inputs.value + 1n })).slice(0, 1), ['seed']);
    // A later draw number is another seed.
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, drawNumber: 2n }))[0], 'seed');

    // The redraw after a decline: draw 2, one place, the claimant and all three drawn witnesses excluded, so only
    // one witness of the region is left: the excluded members are counted from their placements at the snapshot.
    // One is enough for the count but below minRegionWitnesses (3): the draw uses all regions, where the region's
    // last witness and the thin region's one are left.
    await declineWitness(byAddress(w0), { claims, claimId, slot: 0 });
    await chain.mine(5);
    const redraw = await inputsFromEvents((await drawWitnesses(operator(), { claims, claimId })).receipt);
    assert.equal(redraw.drawNumber, 2n);
    assert.equal(redraw.count, 1n);
    assert.ok(redraw.exclude.length >= 4, 'the claimant and the three drawn witnesses');
    const second = await verifyDraw(operator(), redraw);
    assert.deepEqual(failed(second), []);
    assert.equal(redraw.expected.region, 0n);
    assert.equal(second.eligible, 5n);
    assert.ok(second.witnesses.length === 1 && [outsider, chain.dev(6).account.address].includes(second.witnesses[0]!));
    // Claiming it stayed in the region (as the rule before minRegionWitnesses would have) is caught.
    assert.deepEqual(failed(await verifyDraw(operator(), { ...redraw, expected: { ...redraw.expected, region: BigInt(REGION) } })), ['region']);
    assert.ok(second.reads >= 1 && second.reads <= 5, `read ${second.reads} slots: proposals only, never a whole array`);

    // getDrawInputs finds the same inputs for both draws from the logs alone.
    const found = await getDrawInputs(operator(), { claims, claimId, fromBlock: BigInt(d.blockNumber) });
    assert.equal(found.length, 2);
    for (const [k, wanted] of [inputs, redraw].entries()) {
      const { requestId, transactionHash, blockNumber, ...asInputs } = found[k]!;
      assert.deepEqual(asInputs, wanted);
      assert.ok(requestId > 0n && transactionHash.startsWith('0x') && blockNumber > inputs.snapshotBlock);
      assert.equal((await verifyDraw(operator(), found[k]!)).ok, true);
    }
    assert.deepEqual(await getDrawInputs(operator(), { claims, claimId: 999n }), []);
    // Only the DrawMade query spans the whole range: the registry's are limited to the draws' blocks, the
    // randomness source's ends at the last draw.
    const logQueries: { address: Address; fromBlock: string; toBlock: string }[] = [];
    const watched = createPublicClient({
      chain: chain.chain,
      transport: custom({
        request: async (args: { method: string; params?: unknown }) => {
          if (args.method === 'eth_getLogs') logQueries.push((args.params as [(typeof logQueries)[number]])[0]);
          return operator().request(args as never);
        },
      }),
    });
    assert.deepEqual(await getDrawInputs(watched, { claims, claimId, fromBlock: BigInt(d.blockNumber) }), found);
    assert.equal(logQueries.length, 4);
    const span = (q: (typeof logQueries)[number]) => [BigInt(q.fromBlock), BigInt(q.toBlock)];
    const fromRegistry = logQueries.filter((q) => isAddressEqual(q.address, registry));
    assert.equal(fromRegistry.length, 2);
    for (const q of fromRegistry) assert.deepEqual(span(q), [found[0]!.blockNumber, found[1]!.blockNumber]);
    const fromSource = logQueries.filter((q) => isAddressEqual(q.address, d.randomness as Address));
    assert.deepEqual(fromSource.map(span), [[BigInt(d.blockNumber), found[1]!.blockNumber]]);
  });

  test('a draw that falls back to all regions (the claimant region has one witness)', async () => {
    const claimId = await reviewedClaim(1, THIN_REGION);
    const inputs = await inputsFromEvents((await drawWitnesses(operator(), { claims, claimId })).receipt);
    assert.equal(inputs.requestedRegion, BigInt(THIN_REGION));
    assert.equal(inputs.expected.region, 0n, 'the registry fell back to all regions');
    const result = await verifyDraw(operator(), inputs);
    assert.deepEqual(failed(result), []);
    assert.equal(result.region, 0n);
    assert.equal(result.eligible, 5n);
    assert.ok(result.reads <= 5, `read ${result.reads} slots`);
    // Claiming the draw stayed in the region is caught by the rule.
    assert.deepEqual(failed(await verifyDraw(operator(), { ...inputs, expected: { ...inputs.expected, region: BigInt(THIN_REGION) } })), ['region']);
  });

  test('a claim whose lock needs the upper tiers draws from their union only, in tier order; a wrong lock is caught', async () => {
    // 120 units at a 10× cover lock 400 per witness: tier 2 (400 = MIN_STAKE << 2) and up, i.e. REGION's witnesses of
    // tiers 3, 4 and 5; the tier-0 witness (150) cannot carry it.
    const claimId = await reviewedClaim(2, REGION, 120n * UNIT);
    const c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.stakeLock, 400n * UNIT);
    const inputs = await inputsFromEvents((await drawWitnesses(operator(), { claims, claimId })).receipt);
    assert.equal(inputs.lockAmount, 400n * UNIT);
    assert.equal(inputs.expected.firstTier, 2n);
    assert.equal(inputs.expected.region, BigInt(REGION), 'three witnesses who can carry the lock are enough for the region');
    assert.equal(inputs.expected.eligible, 3n);
    const result = await verifyDraw(operator(), inputs);
    assert.deepEqual(failed(result), []);
    assert.deepEqual([...result.witnesses].sort(), [3, 4, 5].map((k) => chain.dev(k).account.address).sort(), 'exactly the three upper-tier witnesses');
    // The same picks from the union read slot by slot: tiers 2..7 concatenated.
    const union = await wholeUnion(BigInt(REGION), 2n, inputs.snapshotBlock);
    assert.deepEqual(union, [3, 4, 5].map((k) => chain.dev(k).account.address), 'tier 3, then 4, then 5');
    assert.deepEqual(recomputeDraw({ seed: result.seed, claimId, exclude: inputs.exclude, count: inputs.count, array: union }), inputs.expected.witnesses);
    // A lock the log does not match: another first tier, another union (all four of the region: the rule and the picks differ).
    const wrongLock = await verifyDraw(operator(), { ...inputs, lockAmount: MIN_STAKE });
    assert.ok(failed(wrongLock).includes('firstTier') && failed(wrongLock).includes('eligible'), failed(wrongLock).join(', '));
    // A lock above the top tier's floor is refused as the registry refuses it.
    await assert.rejects(verifyDraw(operator(), { ...inputs, lockAmount: (MIN_STAKE << 7n) + 1n }), (e: unknown) => e instanceof InvalidInputError && e.code === 'draw.lockTooLarge');
    // Each drawn witness's stake is locked for the claim's lock.
    for (const s of (await getClaim(operator(), { claims, claimId })).witnesses) {
      assert.equal((await getWitness(operator(), { registry, witness: s.witness })).locked >= 400n * UNIT, true);
    }
  });
});

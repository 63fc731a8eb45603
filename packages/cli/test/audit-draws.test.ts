// `lashou audit`, the witness draws (src/audit/draws.ts): the picking rule against hand-worked cases, and every draw
// of a protocol run on a real local chain recomputed from its logs alone — then the same logs forged three ways
// (a witness swapped, a seed altered, two eligibility events in the wrong order), each caught and named.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import {
  type DeployLashouReturnType, createIdentity, declineWitness, drawWitnesses, fileClaim, getClaim, joinPool, requestTestTokens, requestUnstake, reviewClaim,
  setNotary, signDiagnosis, stakeWitness,
} from '@lashou/sdk';
import { deployLashou, startTestChain, type TestChain, type TestWalletClient } from '@lashou/sdk/node';
import { type Abi, type Address, type PublicClient, createPublicClient, encodeAbiParameters, getAddress, http, keccak256, parseEventLogs, toFunctionSelector, toHex } from 'viem';
import { EligibleArrays } from '../src/audit/drawArrays.js';
import { DrawImpossibleError, drawSeedOf, firstTierFor, pickWitnesses, unionOf } from '../src/audit/drawPicks.js';
import { auditDraws } from '../src/audit/draws.js';
import type { AuditContract, AuditLog, Section, Wiring } from '../src/audit/types.js';

// ─── The rule, by hand ────────────────────────────────────────────────────────────────────────────────────────

/** A proposal computed the long way (ABI encoding, then keccak256), not with the audit's own word packing. */
const proposal = (seed: bigint, claimId: bigint, attempt: bigint, n: number) =>
  Number(BigInt(keccak256(encodeAbiParameters([{ type: 'uint256' }, { type: 'uint256' }, { type: 'uint256' }], [seed, claimId, attempt]))) % BigInt(n));

const names = (n: number) => Array.from({ length: n }, (_, i) => getAddress(`0x${(i + 1).toString(16).padStart(40, '0')}`));

describe('the picking rule (docs/witness-draw.md §2.2) by hand', () => {
  test('the lock\'s tier: the smallest t with minimumStake << t at least the lock, none above 128 × the minimum', () => {
    assert.equal(firstTierFor(20n, 1n), 0);
    assert.equal(firstTierFor(20n, 20n), 0);
    assert.equal(firstTierFor(20n, 21n), 1);
    assert.equal(firstTierFor(20n, 40n), 1);
    assert.equal(firstTierFor(20n, 41n), 2);
    assert.equal(firstTierFor(20n, 2_560n), 7);
    assert.equal(firstTierFor(20n, 2_561n), undefined);
  });

  test('without rejections the picks are the members at proposals 0, 1, 2', () => {
    const union = names(10);
    // Find a seed whose first three proposals are distinct: then the picks are exactly those members, in order.
    let seed = 0n;
    while (new Set([0n, 1n, 2n].map((k) => proposal(seed, 7n, k, 10))).size !== 3) seed++;
    const expected = [0n, 1n, 2n].map((k) => union[proposal(seed, 7n, k, 10)]!);
    const result = pickWitnesses({ union: unionOf([union], 0), seed, claimId: 7n, exclude: new Set(), count: 3 });
    assert.deepEqual(result.picks, expected);
    assert.equal(result.proposals, 3);
    assert.equal(result.scans, 0);
  });

  test('a rejected proposal (excluded, or already picked) costs an attempt: the next proposal decides', () => {
    const union = names(6);
    // A seed whose proposal 0 lands on an excluded member and proposal 1 on an acceptable one.
    const excluded = new Set([union[0]!, union[1]!].map((a) => a.toLowerCase()));
    let seed = 0n;
    while (!(proposal(seed, 3n, 0n, 6) <= 1 && proposal(seed, 3n, 1n, 6) >= 2)) seed++;
    const result = pickWitnesses({ union: unionOf([union], 0), seed, claimId: 3n, exclude: excluded, count: 1 });
    assert.deepEqual(result.picks, [union[proposal(seed, 3n, 1n, 6)]]);
    assert.equal(result.proposals, 2);
  });

  test('attempt is not reset between picks: the second pick\'s eight proposals start where the first pick stopped', () => {
    // Union x0..x5, x0–x2 excluded. A seed whose proposals 0 and 1 are rejected, 2 is accepted (first pick), 3–7 are
    // rejected (excluded or the first pick) and 8 is accepted: the second pick is x[p8], found by its sixth proposal
    // (attempts 3..10). Had attempt restarted at 0, attempts 0–7 would all be rejected and a forward scan from p7
    // would pick — the seed is chosen so that this is another member.
    const union = names(6);
    const excludedIdx = new Set([0, 1, 2]);
    let seed = 0n;
    let ps: number[] = [];
    for (;; seed++) {
      ps = Array.from({ length: 9 }, (_, k) => proposal(seed, 5n, BigInt(k), 6));
      const first = ps[2]!;
      const rejected = (p: number) => excludedIdx.has(p) || p === first;
      if (!excludedIdx.has(ps[0]!) || !excludedIdx.has(ps[1]!) || excludedIdx.has(first)) continue;
      if (!ps.slice(3, 8).every(rejected) || rejected(ps[8]!)) continue;
      let scan = (ps[7]! + 1) % 6;
      while (rejected(scan)) scan = (scan + 1) % 6;
      if (scan !== ps[8]) break;
    }
    const exclude = new Set([...excludedIdx].map((i) => union[i]!.toLowerCase()));
    const result = pickWitnesses({ union: unionOf([union], 0), seed, claimId: 5n, exclude, count: 2 });
    assert.deepEqual(result.picks, [union[ps[2]!], union[ps[8]!]]);
    assert.equal(result.proposals, 9);
    assert.equal(result.scans, 0);
  });

  test('after 8 rejected proposals the scan goes forward from the eighth and wraps round the union', () => {
    // Union x0..x5; only x0 and x3 are acceptable. A seed whose 8 proposals all hit 1, 2, 4 or 5 and whose eighth
    // is 4 or 5: scanning forward from it passes 5 (if needed), wraps, and stops at x0 — not at x3.
    const union = names(6);
    const excluded = new Set([1, 2, 4, 5].map((i) => union[i]!.toLowerCase()));
    const rejected = (p: number) => p === 1 || p === 2 || p === 4 || p === 5;
    let seed = 0n;
    for (;; seed++) {
      const ps = Array.from({ length: 8 }, (_, k) => proposal(seed, 11n, BigInt(k), 6));
      if (ps.every(rejected) && ps[7]! >= 4) break;
    }
    const result = pickWitnesses({ union: unionOf([union], 0), seed, claimId: 11n, exclude: excluded, count: 1 });
    assert.deepEqual(result.picks, [union[0]]);
    assert.equal(result.scans, 1);
    assert.equal(result.proposals, 8);
    // And a seed whose eighth proposal is 1 or 2 scans to x3.
    for (seed = 0n; ; seed++) {
      const ps = Array.from({ length: 8 }, (_, k) => proposal(seed, 11n, BigInt(k), 6));
      if (ps.every(rejected) && ps[7]! <= 2) break;
    }
    assert.deepEqual(pickWitnesses({ union: unionOf([union], 0), seed, claimId: 11n, exclude: excluded, count: 1 }).picks, [union[3]]);
  });

  test('the union concatenates the tiers from the lock\'s tier up, each in its own order', () => {
    const [a, b, c, d, e] = names(5);
    const union = unionOf([[a!], [b!, c!], [], [d!], [], [], [], [e!]], 1);
    assert.equal(union.size, 4);
    assert.deepEqual([0, 1, 2, 3].map(union.at), [b, c, d, e]);
  });

  test('swap-and-pop and tier moves, as the documentation\'s example', () => {
    const [alice, bob, carol, dave] = names(4) as [string, string, string, string];
    const arrays = new EligibleArrays();
    for (const [who, region] of [[alice, 310], [bob, 21], [carol, 310], [dave, 310]] as const) assert.equal(arrays.apply(who, region, 0, true), undefined);
    assert.deepEqual(arrays.arrays(310)[0], [alice, carol, dave]);
    const moved = new EligibleArrays();
    for (const [who, region] of [[alice, 310], [bob, 21], [carol, 310], [dave, 310]] as const) moved.apply(who, region, 0, true);
    assert.equal(arrays.apply(alice, 310, 0, false), undefined);
    assert.deepEqual(arrays.arrays(310)[0], [dave, carol]);
    assert.deepEqual(arrays.arrays(0)[0], [dave, bob, carol]);
    // dave tops up to twice the minimum: a move, leave then enter.
    moved.apply(dave, 310, 0, false);
    moved.apply(dave, 310, 1, true);
    assert.deepEqual(moved.arrays(310)[0], [alice, carol]);
    assert.deepEqual(moved.arrays(0)[0], [alice, bob, carol]);
    assert.deepEqual(moved.arrays(310)[1], [dave]);
    // Events that contradict each other are named.
    assert.match(arrays.apply(alice, 310, 0, false)!, /while in no array/);
    assert.match(arrays.apply(bob, 21, 1, false)!, /while in \(region 21, tier 0\)/);
    assert.match(arrays.apply(carol, 310, 0, true)!, /while still in/);
  });

  test('the region rule: a region with fewer than max(count, minRegionWitnesses) available falls back to all regions', () => {
    const [a, b, c, d, e] = names(5) as [string, string, string, string, string];
    const arrays = new EligibleArrays();
    arrays.apply(a, 310, 0, true);
    arrays.apply(b, 310, 0, true);
    arrays.apply(c, 110, 0, true);
    arrays.apply(d, 110, 0, true);
    arrays.apply(e, 110, 1, true);
    const rule = (region: number, exclude: string[], count: number, firstTier = 0) =>
      arrays.chooseUnion({ region, firstTier, exclude: new Set(exclude.map((x) => x.toLowerCase())), count, minRegionWitnesses: 3n });
    assert.equal(rule(110, [], 1).drawnRegion, 110);
    assert.equal(rule(110, [], 1).union.size, 3);
    // Two of the region's three are outside the exclusions: below 3, so every region (size 5, before exclusions).
    assert.equal(rule(110, [c], 1).drawnRegion, 0);
    assert.equal(rule(110, [c], 1).union.size, 5);
    // An excluded address counts once however often listed, and not at all outside the union.
    assert.equal(rule(110, [a, a, b], 1).drawnRegion, 110);
    assert.equal(rule(310, [], 1).drawnRegion, 0);
    // count above minRegionWitnesses raises the threshold.
    assert.equal(rule(110, [], 4).drawnRegion, 0);
    // The lock's tier narrows both unions: tier 1 and up holds e alone.
    assert.equal(rule(110, [], 1, 1).union.size, 1);
    assert.throws(() => rule(110, [e], 1, 1), DrawImpossibleError);
  });
});

// ─── A protocol on a real chain ────────────────────────────────────────────────────────────────────────────────

const UNIT = 1_000_000n;
const DAY = 86_400;
const R1 = 310;
const R2 = 110;
const R3 = 999;
// Roles: 0 operator, 1 notary, 2–7 members (claimants), 10–21 witnesses W1–W12.
const W = (k: number) => 9 + k;

/** The ABI of each kind of contract, for decoding. */
const ABIS: Record<AuditContract, Abi> = {
  pool: mutualPoolAbi as Abi,
  claims: claimsManagerAbi as Abi,
  reports: fraudReportsAbi as Abi,
  registry: witnessRegistryAbi as Abi,
  parameters: claimParametersAbi as Abi,
  source: prevrandaoSourceAbi as Abi,
};

/** This test's own small log collector: eth_getLogs per contract, decoded, in chain order. */
async function collectLogs(client: PublicClient, contracts: { contract: AuditContract; address: Address }[], toBlock: bigint): Promise<AuditLog[]> {
  const out: AuditLog[] = [];
  for (const { contract, address } of contracts) {
    const raw = await client.getLogs({ address, fromBlock: 0n, toBlock });
    for (const l of parseEventLogs({ abi: ABIS[contract], logs: raw })) {
      out.push({
        contract,
        address: getAddress(l.address),
        eventName: l.eventName as string,
        args: l.args as unknown as Record<string, unknown>,
        blockNumber: l.blockNumber,
        logIndex: l.logIndex,
        transactionIndex: l.transactionIndex,
        transactionHash: l.transactionHash,
      });
    }
  }
  return out.sort((x, y) => (x.blockNumber === y.blockNumber ? x.logIndex - y.logIndex : x.blockNumber < y.blockNumber ? -1 : 1));
}

/** The deployment as its logs announce it, starting from the claims module's address alone. */
async function wiringFromChain(client: PublicClient, claims: Address, reports: Address): Promise<{ wiring: Wiring; logs: AuditLog[] }> {
  const toBlock = await client.getBlockNumber();
  const [wired] = await collectLogs(client, [{ contract: 'claims', address: claims }], toBlock).then((l) => l.filter((x) => x.eventName === 'ClaimsModuleWired'));
  assert.ok(wired, 'the claims module announces its wiring (ClaimsModuleWired)');
  const pool = wired.args.pool as Address;
  const registry = wired.args.registry as Address;
  const source = wired.args.randomnessSource as Address;
  const parameters = wired.args.parameters as Address;
  const contracts: { contract: AuditContract; address: Address }[] = [
    { contract: 'pool', address: pool },
    { contract: 'claims', address: claims },
    { contract: 'registry', address: registry },
    { contract: 'parameters', address: parameters },
    { contract: 'source', address: source },
  ];
  const logs = await collectLogs(client, contracts, toBlock);
  const configured = logs.find((l) => l.contract === 'source' && l.eventName === 'PrevrandaoSourceConfigured');
  assert.ok(configured, 'the randomness source announces its kind and delay (PrevrandaoSourceConfigured)');
  const registryConfigured = logs.find((l) => l.contract === 'registry' && l.eventName === 'WitnessRegistryConfigured');
  assert.ok(registryConfigured, 'the registry announces its settings (WitnessRegistryConfigured)');
  const wiring: Wiring = {
    chainId: await client.getChainId(),
    pool,
    claims,
    reports, // not announced by the claims module; named by the deployment file (not read by the draws' audit)
    registry,
    parameters,
    token: registryConfigured.args.token as Address,
    randomnessSource: source,
    randomness: { kind: 'prevrandao', delay: configured.args.delay as bigint },
    toBlock,
    fromBlock: logs[0]!.blockNumber,
  };
  return { wiring, logs };
}

describe('every draw of a protocol run, recomputed from the chain\'s logs alone', () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let claims: Address;
  let registry: Address;
  let client: PublicClient;
  let logs: AuditLog[];
  let wiring: Wiring;
  let section: Section;
  let auditMs = 0;
  const claimIds: Record<'A' | 'B' | 'C' | 'D', bigint> = { A: 0n, B: 0n, C: 0n, D: 0n };
  const operator = () => chain.dev(0);
  const byAddress = (address: string): TestWalletClient => {
    for (let i = 0; i < 24; i++) if (chain.dev(i).account.address.toLowerCase() === address.toLowerCase()) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };

  async function file(member: number, amount: bigint, region: number): Promise<bigint> {
    const claimant = chain.dev(member).account.address;
    const documentHash = keccak256(toHex(`diagnosis of member ${member}`));
    const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
    const { signature, notary } = await signDiagnosis(chain.dev(1), { claims, claimant, documentHash, diagnosedAt, region });
    const { claimId } = await fileClaim(chain.dev(member), { claims, documentHash, diagnosedAt, amount, region, notary, signature });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount, nullifier: keccak256(toHex(`person ${member}`)) });
    return claimId;
  }
  const stake = async (k: number, amount: bigint, region: number) => {
    await requestTestTokens(chain.dev(W(k)), { token: d.token, amount: 200n * UNIT });
    await stakeWitness(chain.dev(W(k)), { registry, amount, region });
  };
  const draw = async (claimId: bigint) => {
    await chain.mine(3);
    return drawWitnesses(operator(), { claims, claimId });
  };
  const slotsOf = async (claimId: bigint) => (await getClaim(operator(), { claims, claimId })).witnesses;

  before(async () => {
    chain = await startTestChain({ accounts: 24 });
    client = createPublicClient({ chain: chain.chain, transport: http(chain.rpcUrl) }) as PublicClient;
    // Witnesses enter the draw at once (no seasoning); a tier is 20 tUSD wide at the bottom, and the lock of a
    // small claim is exactly the minimum stake, so a witness staked at the minimum carries one claim at a time.
    d = await deployLashou(operator(), {
      witnessMinimumStake: 20n * UNIT,
      witnessSeasoning: 0n,
      minRegionWitnesses: 3n,
      renounceAdmin: false, // to let a helper call the registry's draws directly below
      // k = 1 (StakeCoverBps 10,000), not the deployment default: the scenario's locks (20 at the floor, 30 for claim C)
      // are chosen to land in tiers 0 and 1 of a 20-unit minimum, which the default k would push up a tier.
      claimParameters: { Commission: 1n * UNIT, StakeLock: 20n * UNIT, ClaimCap: 1_000n * UNIT, StakeCoverBps: 10_000n },
    });
    claims = d.claims as Address;
    registry = d.registry as Address;
    await setNotary(operator(), { claims, notary: chain.dev(1).account.address, listed: true });
    for (const m of [2, 3, 4, 5, 6, 7]) {
      await requestTestTokens(chain.dev(m), { token: d.token, amount: 1_000n * UNIT });
      await joinPool(chain.dev(m), { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `CHN:E3000000${m}`, name: `Member ${m}` }).commitment, deposit: 500n * UNIT });
    }
    // W1–W3: the only witnesses at first, all in R1 at the minimum.
    for (const k of [1, 2, 3]) await stake(k, 20n * UNIT, R1);
    await chain.increaseTime(92 * DAY);

    // Claim A (R1): draws W1–W3, whose whole stakes are then locked.
    claimIds.A = await file(2, 15n * UNIT, R1);
    assert.equal((await draw(claimIds.A)).assigned.length, 3);

    // Claim B (R1): its snapshot holds only W1–W3, all busy: draw 1 skips all three (it still counts as a draw)
    // and asks again. Witnesses staked meanwhile are in the new request's snapshot, not in draw 1's.
    claimIds.B = await file(3, 15n * UNIT, R1);
    for (const k of [4, 5]) await stake(k, 20n * UNIT, R1);
    await stake(6, 50n * UNIT, R1); // tier 1
    for (const k of [7, 8]) await stake(k, 20n * UNIT, R2);
    await stake(9, 100n * UNIT, R2); // tier 2
    for (const k of [10, 11]) await stake(k, 45n * UNIT, R2); // tier 1
    await stake(12, 20n * UNIT, R3);
    assert.equal((await draw(claimIds.B)).assigned.length, 0);
    // Nobody fulfils the new request: past its target + 256 blocks it expires, and the next drawWitnesses renews it
    // (a re-roll, which does not count as a draw). Meanwhile W7 leaves and W8 moves up a tier (swap-and-pop).
    await chain.mine(300);
    await requestUnstake(chain.dev(W(7)), { registry });
    await stakeWitness(chain.dev(W(8)), { registry, amount: 20n * UNIT, region: R2 });
    const renewal = await operator().writeContract({ address: claims, abi: claimsManagerAbi, functionName: 'drawWitnesses', args: [claimIds.B] });
    assert.equal((await operator().waitForTransactionReceipt({ hash: renewal })).status, 'success');
    assert.equal((await draw(claimIds.B)).assigned.length, 3);

    // Claim C (R2, 90 tUSD: lock 30, so tiers 1 and up): R2's union W10, W11, W8, W9 serves it; then a decline, and
    // the redraw of one falls back to every region (R2 has one left outside the exclusions, fewer than 3).
    claimIds.C = await file(4, 90n * UNIT, R2);
    assert.equal((await draw(claimIds.C)).assigned.length, 3);
    const slot0 = (await slotsOf(claimIds.C))[0]!;
    await declineWitness(byAddress(slot0.witness), { claims, claimId: claimIds.C, slot: 0 });
    assert.equal((await draw(claimIds.C)).assigned.length, 1);

    // Claim D (R3, whose one witness is below the threshold): every draw from all regions, with skips of busy
    // witnesses until three with free stake are found (W12, W9 and one more always have it).
    claimIds.D = await file(5, 15n * UNIT, R3);
    for (let round = 0; round < 12; round++) {
      await draw(claimIds.D);
      if ((await slotsOf(claimIds.D)).every((s) => s.status === 'Drawn')) break;
    }
    assert.ok((await slotsOf(claimIds.D)).every((s) => s.status === 'Drawn'), 'claim D found three witnesses');

    // Two draws the claims module did not make: drawAt at a past snapshot and draw (the current arrays).
    const helper = chain.dev(22);
    const grant = await operator().writeContract({ address: registry, abi: witnessRegistryAbi, functionName: 'grantRole', args: [keccak256(toHex('CLAIMS_ROLE')), helper.account.address] });
    await operator().waitForTransactionReceipt({ hash: grant });
    const head = await helper.getBlockNumber();
    for (const [functionName, args] of [
      ['drawAt', [900n, 12_345n, BigInt(R2), [], 2n, head - 1n, 20n * UNIT]],
      ['draw', [901n, 67_890n, BigInt(R3), [chain.dev(W(12)).account.address], 2n, 20n * UNIT]],
    ] as const) {
      const hash = await helper.writeContract({ address: registry, abi: witnessRegistryAbi, functionName, args } as never);
      assert.equal((await helper.waitForTransactionReceipt({ hash })).status, 'success');
    }

    ({ wiring, logs } = await wiringFromChain(client, claims, d.reports as Address));
    const progress: [number, number][] = [];
    const started = performance.now();
    section = await auditDraws({ logs, wiring, client, onProgress: (done, total) => progress.push([done, total]) });
    auditMs = performance.now() - started;
    assert.deepEqual(progress.at(-1), [progress.at(-1)![1], progress.at(-1)![1]]);
  });
  after(async () => {
    await chain?.stop();
  });

  const drawsOf = (all: AuditLog[]) => all.filter((l) => l.contract === 'claims' && l.eventName === 'DrawMade');
  const itemOf = (claimId: bigint, n: number) => `claim ${claimId}, draw ${n}`;

  test('every draw matches: zero differences, one item per draw', () => {
    const draws = drawsOf(logs);
    console.log(`audited ${section.items} draws (${section.comparisons} comparisons, ${logs.length} logs) in ${auditMs.toFixed(0)} ms`);
    assert.deepEqual(section.differences, []);
    // One item per WitnessesDrawn: the claims module's draws and the two made directly on the registry.
    assert.equal(section.items, draws.length + 2);
    assert.equal(logs.filter((l) => l.eventName === 'WitnessesDrawn').length, draws.length + 2);
    assert.equal(section.notes.filter((n) => /^registry draw for claim 90[01] at block \d+ was not made by the claims module/.test(n)).length, 2);
    assert.ok(draws.length >= 6, `a run with several draws (${draws.length})`);
    assert.ok(section.comparisons > section.items * 10);
    // The run has what the audit must handle: regions drawn alone and the fallback, a tier above 0, skips, a redraw.
    const drawn = logs.filter((l) => l.eventName === 'WitnessesDrawn');
    assert.ok(drawn.some((l) => l.args.drawnRegion === BigInt(R1)) && drawn.some((l) => l.args.drawnRegion === BigInt(R2)));
    assert.ok(drawn.some((l) => l.args.drawnRegion === 0n));
    assert.ok(drawn.some((l) => l.args.firstTier === 1n));
    assert.ok(logs.some((l) => l.eventName === 'WitnessSkipped'));
    assert.ok(logs.some((l) => l.eventName === 'WitnessDeclined'));
    assert.ok(logs.some((l) => l.eventName === 'WitnessEligibilityChanged' && l.args.eligible === false));
  });

  test('drawNumber: an all-skipped draw counts, an expiry re-request does not (the seeds prove it)', () => {
    const B = claimIds.B;
    const made = drawsOf(logs).filter((l) => l.args.claimId === B);
    assert.equal(made.length, 2);
    const valueOf = (requestId: bigint) => logs.find((l) => l.contract === 'source' && l.eventName === 'RandomnessFulfilled' && l.args.requestId === requestId)!.args.value as bigint;
    const [first, second] = made as [AuditLog, AuditLog];
    // Draw 1 skipped everyone…
    const skipped = logs.filter((l) => l.eventName === 'WitnessSkipped' && l.transactionHash === first.transactionHash);
    assert.equal(skipped.length, 3);
    assert.equal(first.args.seed, drawSeedOf(valueOf(first.args.requestId as bigint), B, 1n));
    // …a request expired and was renewed between the two…
    const renewals = logs.filter((l) => l.eventName === 'DrawRandomnessRequested' && l.args.claimId === B && (l.args.expiredRequestId as bigint) !== 0n);
    assert.equal(renewals.length, 1);
    assert.ok(renewals[0]!.blockNumber > first.blockNumber && renewals[0]!.blockNumber < second.blockNumber);
    // …and the next draw is number 2: not 1 (were the skipped draw not counted), not 3 (were the renewal counted).
    const value = valueOf(second.args.requestId as bigint);
    assert.equal(second.args.seed, drawSeedOf(value, B, 2n));
    assert.notEqual(second.args.seed, drawSeedOf(value, B, 1n));
    assert.notEqual(second.args.seed, drawSeedOf(value, B, 3n));
  });

  test('the expired request is noted with the draw its value would have made', () => {
    const note = section.notes.find((n) => n.startsWith(`claim ${claimIds.B}: randomness request`));
    assert.ok(note, `a note on claim B's expired request among ${JSON.stringify(section.notes)}`);
    assert.match(note, /expired unfulfilled and request \d+ replaced it at block \d+, a re-roll of draw 2/);
    assert.match(note, /its value would have drawn 0x[0-9a-fA-F]{40}, 0x[0-9a-fA-F]{40}, 0x[0-9a-fA-F]{40} from region 310; the draw made instead picked/);
  });

  const forged = (mutate: (copy: AuditLog[]) => void) => {
    const copy = logs.map((l) => ({ ...l, args: { ...l.args } }));
    mutate(copy);
    return auditDraws({ logs: copy, wiring, client });
  };

  test('a forged draw (one witness swapped for another eligible one) is caught and named', async () => {
    // Claim C's first draw took three of R2's four tier-1+ witnesses: put the fourth in place of the second pick.
    const C = claimIds.C;
    const target = logs.findIndex((l) => l.eventName === 'WitnessesDrawn' && l.args.claimId === C);
    const original = logs[target]!.args.witnesses as Address[];
    const candidates = [W(8), W(9), W(10), W(11)].map((k) => chain.dev(k).account.address);
    const other = candidates.find((a) => !original.some((o) => o.toLowerCase() === a.toLowerCase()))!;
    const swapped = [original[0]!, other, original[2]!];
    const result = await forged((copy) => {
      copy[target]!.args.witnesses = swapped;
    });
    const named = result.differences.find((x) => x.item === itemOf(C, 1) && x.field === 'witnesses');
    assert.ok(named, `a difference on claim ${C}, draw 1, witnesses among ${JSON.stringify(result.differences)}`);
    assert.equal(named.recomputed, original.map((a) => getAddress(a)).join(', '));
    assert.equal(named.reported, swapped.map((a) => getAddress(a)).join(', '));
    assert.equal(named.area, 'draw');
  });

  test('an altered seed is caught and named, with both values', async () => {
    const B = claimIds.B;
    const target = logs.map((l, i) => [l, i] as const).filter(([l]) => l.eventName === 'DrawMade' && l.args.claimId === B)[1]![1];
    const seed = logs[target]!.args.seed as bigint;
    const result = await forged((copy) => {
      copy[target]!.args.seed = seed + 1n;
    });
    const named = result.differences.find((x) => x.item === itemOf(B, 2) && x.field === 'seed');
    assert.ok(named, `a difference on claim ${B}, draw 2, seed among ${JSON.stringify(result.differences)}`);
    assert.equal(named.recomputed, String(seed));
    assert.equal(named.reported, String(seed + 1n));
    // The registry's own log of the seed, altered alone, is caught too.
    const drawnAt = logs.findIndex((l, i) => i > target && l.eventName === 'WitnessesDrawn');
    const registrySide = await forged((copy) => {
      copy[drawnAt]!.args.seed = 42n;
    });
    assert.ok(registrySide.differences.some((x) => x.item === itemOf(B, 2) && x.field === 'registry seed' && x.reported === '42' && x.recomputed === String(seed)));
  });

  test('two eligibility events in swapped order are caught (the arrays, and so the picks, differ)', async () => {
    // W1 and W2 entered R1 in that order; claim A drew all three of R1 in an order that depends on the arrays.
    const w1 = chain.dev(W(1)).account.address;
    const w2 = chain.dev(W(2)).account.address;
    const i1 = logs.findIndex((l) => l.eventName === 'WitnessEligibilityChanged' && l.args.witness === w1);
    const i2 = logs.findIndex((l) => l.eventName === 'WitnessEligibilityChanged' && l.args.witness === w2);
    const result = await forged((copy) => {
      const [first, second] = [copy[i1]!, copy[i2]!];
      [first.args, second.args] = [second.args, first.args];
    });
    const named = result.differences.find((x) => x.item === itemOf(claimIds.A, 1) && x.field === 'witnesses');
    assert.ok(named, `a difference on claim A's draw among ${JSON.stringify(result.differences)}`);
    assert.notEqual(named.recomputed, named.reported);
  });

  test('a value that is not the target block\'s prevrandao is caught', async () => {
    const target = logs.findIndex((l) => l.contract === 'source' && l.eventName === 'RandomnessFulfilled');
    const result = await forged((copy) => {
      copy[target]!.args.value = 7n;
    });
    const requestId = logs[target]!.args.requestId as bigint;
    assert.ok(result.differences.some((x) => x.item === `request ${requestId}` && x.field === 'value' && x.reported === '7'));
  });

  test('a wrong delay in the wiring is caught, at the source and at every request\'s target block', async () => {
    const delay = (wiring.randomness as { delay: bigint }).delay;
    const result = await auditDraws({ logs, wiring: { ...wiring, randomness: { kind: 'prevrandao', delay: delay + 1n } }, client });
    assert.ok(result.differences.some((x) => x.field === 'delay' && x.recomputed === String(delay) && x.reported === String(delay + 1n)));
    assert.ok(result.differences.some((x) => x.field === 'targetBlock'));
  });

  test('a skip for another reason than the registry\'s two refusals, or one the stakes do not justify, is caught', async () => {
    const skip = logs.findIndex((l) => l.eventName === 'WitnessSkipped');
    const claimId = logs[skip]!.args.claimId as bigint;
    const otherReason = await forged((copy) => {
      copy[skip]!.args.registryError = '0xdeadbeef';
    });
    assert.ok(otherReason.differences.some((x) => x.item.startsWith(`claim ${claimId}, draw`) && x.field === 'skip' && x.reported === 'selector 0xdeadbeef'));
    // WitnessNotRegistered for a witness that is registered (it was skipped for its locked stake).
    const notRegistered = await forged((copy) => {
      copy[skip]!.args.registryError = toFunctionSelector('WitnessNotRegistered(address)');
    });
    const named = notRegistered.differences.find((x) => x.field === 'skip');
    assert.ok(named, `a skip difference among ${JSON.stringify(notRegistered.differences)}`);
    assert.match(named.recomputed, /registered \(stake \d+\): lockable/);
  });

  test('without the registry\'s configuration event the audit says what is missing', async () => {
    await assert.rejects(
      auditDraws({ logs: logs.filter((l) => l.eventName !== 'WitnessRegistryConfigured'), wiring, client }),
      /no WitnessRegistryConfigured event from the registry .* read the logs from the registry's deployment block on/,
    );
  });
});


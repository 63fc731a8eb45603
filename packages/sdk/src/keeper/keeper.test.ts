import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimsManagerAbi, mutualPoolAbi } from '@lashou/abi';
import { type Address, type Hash, type Hex, erc20Abi, keccak256, parseEventLogs, toHex } from 'viem';
import {
  acceptWitness, attestClaim, computeNullifier, createIdentity, createKeeper, createKeeperScanMemo, declineWitness, deployLashou, fileClaim, findKeeperSteps, formatKeeperLog, getClaim,
  getKeeperSpending, getReport, getWitness, joinPool, reportFraud, requestExit, requestTestTokens, resolveReport, reviewClaim, setNotary, settleEpoch, signDiagnosis,
  stakeWitness, takeKeeperStep, type DeployLashouReturnType, type KeeperDeployment, type KeeperLogEntry, type KeeperStep, type KeeperStepGroup, type KeeperStepKind,
  personKey, residentIdCheckCharacter,
} from '../index.js';
import { anvilDevKey, demoMemberKey, startTcpProxy, startTestChain, walletFor, type TestChain, type TestWalletClient } from '../node/index.js';

const UNIT = 1_000_000n;
const DAY = 86_400;
const EPOCH = 14n * 86_400n;
const REGION = 21;
const THIN_MEMBERS = 50;
const operatorSecret = `0x${'cd'.repeat(32)}` as Hex;

/** Polls `check` until it returns true (or throws with what it last returned). */
async function until(what: string, check: () => Promise<boolean | string>, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  let last: boolean | string = false;
  while (Date.now() - start < timeoutMs) {
    last = await check();
    if (last === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

describe('the keeper, on anvil', { timeout: 300_000 }, () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let claims: Address;
  // Roles: 0 deployer + operator, 1 notary, 2–5 witnesses, 6–8 members, 10 and 11 keepers.
  const operator = () => chain.dev(0);
  const notary = () => chain.dev(1);
  const witnessClients = () => [2, 3, 4, 5].map((i) => chain.dev(i));
  const member = (i: number) => chain.dev(6 + i);
  const keeperA = () => chain.dev(10);
  const keeperB = () => chain.dev(11);
  const identityOf = (i: number) => ({ docType: 'PASSPORT' as const, idNumber: `CHN:K3000000${i}`, name: `Keeper patient ${i}` });
  // A passport issued by CHN: the person key is the holder's resident ID number (docs/identity.md).
  const residentIdOf = (i: number) => { const first17 = `110105199001012${String(i).padStart(2, '0')}`; return `${first17}${residentIdCheckCharacter(first17)}`; };
  const byAddress = (address: Address): TestWalletClient => {
    for (let i = 0; i < 12; i++) if (chain.dev(i).account.address.toLowerCase() === address.toLowerCase()) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };
  const deployment = () => ({
    pool: d.pool, claims, reports: d.reports as Address, randomness: d.randomness as Address, randomnessKind: d.randomnessKind, registry: d.registry as Address, fromBlock: d.blockNumber,
  });
  const state = async (claimId: bigint) => (await getClaim(operator(), { claims, claimId })).state;
  const pool = (functionName: 'currentEpoch' | 'nextEpochToSettle' | 'genesis') => operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName });

  /** Files and reviews a claim for member `i`: what only the member and the operator can do. */
  async function fileAndReview(i: number, amount: bigint): Promise<bigint> {
    const documentHash = keccak256(toHex(`keeper diagnosis ${i} ${Date.now()}`));
    const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
    const { signature, notary: notaryAddress } = await signDiagnosis(notary(), { claims, claimant: member(i).account.address, documentHash, diagnosedAt, region: REGION });
    const { claimId } = await fileClaim(member(i), { claims, documentHash, diagnosedAt, amount, region: REGION, notary: notaryAddress, signature });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount, nullifier: computeNullifier({ person: personKey(identityOf(i), { residentId: residentIdOf(i) }), operatorSecret }) });
    return claimId;
  }

  /** What only the drawn witnesses can do: accept and attest. */
  async function witnessesAttest(claimId: bigint) {
    const c = await getClaim(operator(), { claims, claimId });
    for (const s of c.witnesses) {
      await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
      await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${claimId} ${s.slot}`)) });
    }
  }

  function startKeeper(client: TestWalletClient, options: Partial<Parameters<typeof createKeeper>[1]> = {}) {
    const lines: KeeperLogEntry[] = [];
    const keeper = createKeeper(client, { deployment: deployment(), intervalMs: 100, mineLocalBlocks: true, onLog: (entry) => lines.push(entry), ...options });
    const running = keeper.run();
    return { keeper, lines, stop: async () => { keeper.stop(); await running; } };
  }

  before(async () => {
    chain = await startTestChain({ accounts: 12 });
    d = await deployLashou(operator(), { claimParameters: { Commission: 1n * UNIT } });
    claims = d.claims as Address;
    for (let i = 0; i < 3; i++) {
      await requestTestTokens(member(i), { token: d.token, amount: 1_000n * UNIT });
      await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity(identityOf(i)).commitment, deposit: 500n * UNIT });
    }
    for (const w of witnessClients()) {
      await requestTestTokens(w, { token: d.token, amount: 20_000n * UNIT });
      await stakeWitness(w, { registry: d.registry as Address, amount: 10_000n * UNIT, region: REGION });
    }
    await setNotary(operator(), { claims, notary: notary().account.address, listed: true });
    // 50 thin members at exactly the minimum balance: the first share charged lapses them all.
    for (let i = 0; i < THIN_MEMBERS; i++) {
      const thin = walletFor(chain.rpcUrl, demoMemberKey(1_000 + i), chain.chain);
      await operator().request({ method: 'anvil_setBalance' as never, params: [thin.account.address, '0x56bc75e2d63100000'] as never });
      await requestTestTokens(thin, { token: d.token, amount: 10n * UNIT });
      await joinPool(thin, { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `CHN:T${String(i).padStart(8, '0')}`, name: `Thin ${i}` }).commitment, deposit: 10n * UNIT });
    }
    await chain.increaseTime(91 * DAY);
  });
  after(async () => {
    await chain?.stop();
  });

  test('with two keepers running and time moved on, a reviewed claim is drawn, approved, paid and released, and the members it lapsed are processed, with no other call; no call of theirs fails on chain', async () => {
    const firstBlock = await operator().getBlockNumber();
    // 600,000 gas per call: every step fits but processing 50 lapses at once does not, so the keepers halve the
    // lapse steps per call until it fits.
    const a = startKeeper(keeperA(), { maxGas: 600_000n });
    const b = startKeeper(keeperB(), { maxGas: 600_000n });
    try {
      // The witnesses' seasoning ended while time moved on: the keepers put them in the draw first.
      await until('the witnesses to be activated', async () => {
        const eligible = await Promise.all(witnessClients().map(async (w) => (await getWitness(operator(), { registry: d.registry as Address, witness: w.account.address })).eligible));
        return eligible.every(Boolean) || `${eligible.filter(Boolean).length} of 4 in the draw`;
      });
      const patient = member(0).account.address;
      const before = await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [patient] });
      const claimId = await fileAndReview(0, 15n * UNIT);
      // Nothing else makes blocks on anvil: the keepers mine to the randomness target, record it and draw.
      await until('the witnesses to be drawn', async () => (await state(claimId)) === 'WitnessesDrawn' || (await state(claimId)));
      await witnessesAttest(claimId);
      assert.equal(await state(claimId), 'Announced');
      await chain.increaseTime(7 * DAY + 1);
      await until('the claim to be approved', async () => (await state(claimId)) === 'Approved' || (await state(claimId)));
      const epochEnd = (await pool('genesis')) + ((await pool('currentEpoch')) + 1n) * EPOCH;
      await chain.setTime(epochEnd + 1n);
      await until('the claim to be paid', async () => (await state(claimId)) === 'Paid' || (await state(claimId)));
      assert.equal(await operator().readContract({ address: d.token, abi: erc20Abi, functionName: 'balanceOf', args: [patient] }), before + 15n * UNIT, 'the patient got the claim');
      await chain.increaseTime(181 * DAY);
      await until('the stakes to be released and every ended epoch settled', async () => {
        const c = await getClaim(operator(), { claims, claimId });
        return (c.stakesSettled && (await pool('nextEpochToSettle')) === (await pool('currentEpoch'))) || `${c.state}, stakes settled ${c.stakesSettled}`;
      });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const actions = [...a.lines, ...b.lines].filter((l) => l.event === 'action');
    const kinds = new Set(actions.map((l) => l.kind));
    for (const kind of ['activateWitness', 'fulfilRandomness', 'drawWitnesses', 'approveClaim', 'settleEpoch', 'markClaimPaid', 'releaseStakes'] as const) assert.ok(kinds.has(kind), `a keeper took ${kind}`);
    for (const line of actions) assert.match(formatKeeperLog(line), /^\d{4}-\d\d-\d\dT.* action +\w+ \(.+\): .+ — tx 0x[0-9a-f]{64}, \d+ gas, block \d+$/);
    // Each witness was activated once, by one keeper or the other. (Both may send the same activation in one block:
    // the second is a no-op that says so, never a failure.)
    const activations = actions.filter((l) => l.kind === 'activateWitness');
    const activated = activations.map((l) => /→ activated witness (0x[0-9a-fA-F]{40}) \(tier 1, region 21\)$/.exec(l.message)?.[1]).filter(Boolean);
    assert.deepEqual(activated.map((w) => w!.toLowerCase()).sort(), witnessClients().map((w) => w.account.address.toLowerCase()).sort(), activations.map((l) => l.message).join('\n'));
    for (const line of activations) assert.match(line.message, /→ (activated witness 0x[0-9a-fA-F]{40} \(tier 1, region 21\)|witness 0x[0-9a-fA-F]{40} was already in the draw)$/);
    // Each claim step was taken once: the other keeper's attempt failed its estimate, before anything was signed.
    // (Recording randomness twice is a no-op; each settlement settles the next epoch and each lapse call takes the
    // next members: those are counted below.)
    const keys = actions.filter((l) => l.kind !== 'fulfilRandomness' && l.kind !== 'settleEpoch' && l.kind !== 'processLapses' && l.kind !== 'activateWitness').map((l) => l.step);
    assert.equal(new Set(keys).size, keys.length, `no claim step taken twice: ${keys.join(', ')}`);
    // A transaction may revert when both keepers sent the same step in one block: then it is a keeper's, it
    // changed nothing, and the loser logged the step as skipped, not failed.
    const last = await operator().getBlockNumber();
    const keepers = new Set([keeperA(), keeperB()].map((k) => k.account.address.toLowerCase()));
    let reverted = 0;
    for (let n = firstBlock + 1n; n <= last; n++) {
      const block = await operator().getBlock({ blockNumber: n });
      for (const hash of block.transactions) {
        if ((await operator().getTransactionReceipt({ hash })).status === 'success') continue;
        reverted++;
        assert.ok(keepers.has((await operator().getTransaction({ hash })).from.toLowerCase()), `reverted transaction ${hash} was a keeper's`);
      }
    }
    const skipped = [...a.lines, ...b.lines].filter((l) => l.event === 'skipped').length;
    assert.ok(skipped >= reverted, `${reverted} reverted transaction(s), each logged as skipped (${skipped})`);
    assert.deepEqual([...a.lines, ...b.lines].filter((l) => l.event === 'failed').map((l) => l.message), [], 'no step failed');
    // The money is exactly right: the claim (15) and three commissions (1 each) shared once by the 53 members.
    const charged = parseEventLogs({ abi: mutualPoolAbi, eventName: 'EpochSettled', logs: await operator().getLogs({ address: d.pool, fromBlock: firstBlock, toBlock: last }) }).filter((e) => e.args.collected !== 0n);
    assert.equal(charged.length, 1, 'one settlement charged the members');
    assert.equal(charged[0]!.args.members, 3n + BigInt(THIN_MEMBERS));
    assert.equal(charged[0]!.args.collected, 18n * UNIT);
    const share = charged[0]!.args.share;
    assert.equal(share, (18n * UNIT + 52n) / 53n, 'the share rounds up (in favour of the pool)');
    for (let i = 0; i < 3; i++) {
      assert.equal(await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'balanceOf', args: [member(i).account.address] }), 500n * UNIT - share, `member ${i} paid one share`);
    }
    // That share took every thin member below the minimum: all lapsed, in calls halved to fit the gas limit.
    const lapses = actions.filter((l) => l.kind === 'processLapses').map((l) => /→ (\d+) lapsed in (\d+) steps(, more pending)?$/.exec(l.message));
    assert.ok(lapses.every(Boolean), 'every processLapses line says what it did');
    assert.equal(lapses.reduce((sum, m) => sum + Number(m![1]), 0), THIN_MEMBERS, 'every thin member lapsed');
    assert.ok(lapses.some((m) => m![3] !== undefined && Number(m![2]) < THIN_MEMBERS), `a call lapsed fewer than all, leaving more pending: ${lapses.map((m) => m![0]).join('; ')}`);
    assert.equal(await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'activeMembers' }), 3n);
    const approved = parseEventLogs({ abi: claimsManagerAbi, eventName: 'ClaimApproved', logs: await operator().getLogs({ address: claims, fromBlock: firstBlock, toBlock: last }) });
    assert.equal(approved.length, 1, 'approved once');
    // Each epoch settled exactly once, in order.
    const settled = parseEventLogs({ abi: mutualPoolAbi, eventName: 'EpochSettled', logs: await operator().getLogs({ address: d.pool, fromBlock: firstBlock, toBlock: last }) }).map((e) => e.args.epoch);
    assert.deepEqual(settled, [...settled].sort((x, y) => (x < y ? -1 : 1)), 'epochs settled in order');
    assert.equal(new Set(settled).size, settled.length, 'no epoch settled twice');
    assert.equal(actions.filter((l) => l.kind === 'settleEpoch').length, settled.length, 'every settlement a keeper sent settled an epoch');
    for (const line of actions.filter((l) => l.kind === 'settleEpoch')) assert.match(line.message, /→ settled epoch \d+ \((53|3) members, share \d+ base units each\)$/);
    // Its spending, recounted from the chain, is what its receipts say.
    for (const [keeper, lines] of [[keeperA(), a.lines], [keeperB(), b.lines]] as const) {
      let sum = 0n;
      // A recording of randomness or an activation someone else had just made changes nothing and emits no event: it is
      // not recounted after a restart (docs/keeper.md), so it is left out here too.
      for (const line of lines.filter((l) => l.event === 'action' && !/(was already recorded|was already in the draw)$/.test(l.message))) {
        const receipt = await operator().getTransactionReceipt({ hash: line.hash as Hash });
        sum += receipt.gasUsed * receipt.effectiveGasPrice;
      }
      const since = (await operator().getBlock({ blockNumber: firstBlock })).timestamp;
      // The whole run spans 190 days of chain time: count from its first block.
      const { spent } = await getKeeperSpending(operator(), { deployment: deployment(), account: keeper.account.address, since });
      assert.equal(spent, sum, `${keeper.account.address} spending recounted from the chain`);
    }
  });

  test('a keeper stopped mid-claim and started again (nothing kept) picks up where the chain is', async () => {
    const first = startKeeper(keeperA());
    let claimId: bigint;
    try {
      claimId = await fileAndReview(1, 12n * UNIT);
      await until('the witnesses to be drawn', async () => (await state(claimId)) === 'WitnessesDrawn' || (await state(claimId)));
    } finally {
      await first.stop();
    }
    await witnessesAttest(claimId);
    await chain.increaseTime(7 * DAY + 1);
    assert.equal(await state(claimId), 'Announced', 'nobody approved it while no keeper ran');
    const second = startKeeper(keeperA());
    try {
      await until('the claim to be approved by the new keeper', async () => (await state(claimId)) === 'Approved' || (await state(claimId)));
    } finally {
      await second.stop();
    }
    assert.ok(second.lines.some((l) => l.event === 'action' && l.kind === 'approveClaim' && l.step === `claim ${claimId} approveClaim`));
  });

  test('through an RPC outage the keeper logs its retries, reports itself degraded, and moves on once the chain is back', async () => {
    const proxy = await startTcpProxy({ targetPort: chain.port });
    const client = walletFor(proxy.url, anvilDevKey(11), chain.chain);
    const k = startKeeper(client, { intervalMs: 200 });
    try {
      await until('the keeper to be healthy', async () => k.keeper.metrics().healthy || k.keeper.metrics().status);
      proxy.cut();
      await until('a retry to be logged', async () => k.lines.some((l) => l.event === 'retry') || 'no retry yet', 20_000);
      assert.equal(k.keeper.metrics().status, 'degraded');
      assert.equal(k.keeper.metrics().healthy, false);
      assert.match(k.keeper.metrics().lastError?.message ?? '', /cannot read the chain/);
      // Meanwhile an epoch ends: the keeper must settle it once it can reach the chain again.
      const epochEnd = (await pool('genesis')) + ((await pool('currentEpoch')) + 1n) * EPOCH;
      await chain.setTime(epochEnd + 1n);
      const next = await pool('nextEpochToSettle');
      proxy.restore();
      await until('the keeper to recover', async () => k.lines.some((l) => l.event === 'recovered') || 'not yet', 30_000);
      await until('the ended epoch to be settled', async () => (await pool('nextEpochToSettle')) > next || `next to settle ${await pool('nextEpochToSettle')}`, 30_000);
      assert.equal(k.keeper.metrics().status, 'ok');
    } finally {
      await k.stop();
      await proxy.close();
    }
  });

  test('limits: a dry run sends nothing, and the gas limit, the gas price ceiling and the daily budget each hold steps back with a reason', async () => {
    const epochEnd = (await pool('genesis')) + ((await pool('currentEpoch')) + 1n) * EPOCH;
    await chain.setTime(epochEnd + 1n);
    const { due } = await findKeeperSteps(operator(), { deployment: deployment() });
    assert.ok(due.some((s) => s.kind === 'settleEpoch'), 'an epoch is due for settlement');
    const nonce = await operator().getTransactionCount({ address: keeperA().account.address });
    const next = await pool('nextEpochToSettle');

    const lines: KeeperLogEntry[] = [];
    const dry = createKeeper(keeperA(), { deployment: deployment(), dryRun: true, onLog: (l) => lines.push(l) });
    await dry.tick();
    await dry.tick({ force: true });
    assert.equal(lines.filter((l) => l.event === 'dry-run' && l.kind === 'settleEpoch').length, 1, 'a dry run says each step once');
    assert.ok(lines.some((l) => l.event === 'dry-run' && /would settleEpoch \(pool settleEpoch\): .*about \d+ gas/.test(l.message)), lines.map((l) => l.message).join('\n'));

    const capped: KeeperLogEntry[] = [];
    const gasCapped = createKeeper(keeperA(), { deployment: deployment(), maxGas: 30_000n, onLog: (l) => capped.push(l) });
    const result = await gasCapped.tick();
    assert.ok(result.failed >= 1);
    assert.match(capped.find((l) => l.event === 'failed')?.message ?? '', /needs \d+ gas, above the keeper's limit of 30000 per call: raise --max-gas/);
    assert.ok(gasCapped.metrics().due.some((s) => s.failures === 1 && s.retryAt !== undefined), 'the failed step shows its retry time');

    const pricey: KeeperLogEntry[] = [];
    await createKeeper(keeperA(), { deployment: deployment(), maxFeePerGas: 1n, onLog: (l) => pricey.push(l) }).tick();
    assert.match(pricey.find((l) => l.event === 'waiting')?.message ?? '', /above the ceiling of 0\.000000001 gwei: \d+ step\(s\) wait/);

    const broke: KeeperLogEntry[] = [];
    await createKeeper(keeperA(), { deployment: deployment(), dailyBudget: 1_000n, onLog: (l) => broke.push(l) }).tick();
    assert.match(broke.find((l) => l.event === 'waiting')?.message ?? '', /daily budget of 0\.000000000000001 ETH is reached \(0 spent in the last 24 h of chain time/);

    assert.equal(await operator().getTransactionCount({ address: keeperA().account.address }), nonce, 'nothing was sent');
    assert.equal(await pool('nextEpochToSettle'), next, 'nothing was settled');
    await chain.mine(1);
  });
});

describe('the keeper’s steps for seasoning, payment windows, several reports and arbitration, one at a time on anvil', { timeout: 300_000 }, () => {
  let chain: TestChain;
  let d: DeployLashouReturnType;
  let claims: Address;
  let registry: Address;
  let reports: Address;
  // Roles: 0 deployer + operator, 1 notary, 2–5 witnesses, 6–9 members, 10 and 11 reporters, 12 the keeper.
  const operator = () => chain.dev(0);
  const notary = () => chain.dev(1);
  const witnessClients = () => [2, 3, 4, 5].map((i) => chain.dev(i));
  const member = (i: number) => chain.dev(6 + i);
  const keeper = () => chain.dev(12);
  const identityOf = (i: number) => ({ docType: 'PASSPORT' as const, idNumber: `CHN:S4000000${i}`, name: `Step patient ${i}` });
  // A passport issued by CHN: the person key is the holder's resident ID number (docs/identity.md).
  const residentIdOf = (i: number) => { const first17 = `110105199001012${String(i).padStart(2, '0')}`; return `${first17}${residentIdCheckCharacter(first17)}`; };
  const byAddress = (address: Address): TestWalletClient => {
    for (let i = 0; i < 13; i++) if (chain.dev(i).account.address.toLowerCase() === address.toLowerCase()) return chain.dev(i);
    throw new Error(`no dev account ${address}`);
  };
  const deployment = (): KeeperDeployment => ({
    pool: d.pool, claims, reports, randomness: d.randomness as Address, randomnessKind: d.randomnessKind, registry, fromBlock: d.blockNumber,
  });
  const memo = createKeeperScanMemo();
  /** Every step of `groups`, as the keeper sees them now. */
  const steps = (groups: KeeperStepGroup[]) => findKeeperSteps(operator(), { deployment: deployment(), groups, memo });
  /** Takes the due steps of `kind` in `groups` one by one, as a keeper does, and returns what each did. */
  async function takeDue(groups: KeeperStepGroup[], kind: KeeperStepKind): Promise<{ step: KeeperStep; outcome: string }[]> {
    const done: { step: KeeperStep; outcome: string }[] = [];
    for (const step of (await steps(groups)).due.filter((s) => s.kind === kind)) {
      const result = await takeKeeperStep(keeper(), { deployment: deployment(), step });
      done.push({ step, outcome: result.outcome ?? '' });
    }
    return done;
  }
  async function fileAndReview(i: number, amount: bigint): Promise<bigint> {
    const documentHash = keccak256(toHex(`step diagnosis ${i} ${amount}`));
    const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
    const { signature, notary: signer } = await signDiagnosis(notary(), { claims, claimant: member(i).account.address, documentHash, diagnosedAt, region: REGION });
    const { claimId } = await fileClaim(member(i), { claims, documentHash, diagnosedAt, amount, region: REGION, notary: signer, signature });
    await reviewClaim(operator(), { claims, claimId, approve: true, amount, nullifier: computeNullifier({ person: personKey(identityOf(i), { residentId: residentIdOf(i) }), operatorSecret }) });
    return claimId;
  }
  /** Records the randomness and draws, through the keeper's own steps. */
  async function keeperDraws(claimId: bigint) {
    await chain.mine(3);
    assert.equal((await takeDue(['randomness'], 'fulfilRandomness')).length, 1, 'the randomness is recorded');
    const drawn = await takeDue(['randomness'], 'drawWitnesses');
    assert.equal(drawn.length, 1);
    assert.equal(drawn[0]!.step.claimId, claimId);
    return drawn[0]!.outcome;
  }
  const state = async (claimId: bigint) => (await getClaim(operator(), { claims, claimId })).state;

  before(async () => {
    chain = await startTestChain({ accounts: 13 });
    // A one-day exit notice (the claim windows shortened under it) and a payment window of two epochs, no commission.
    d = await deployLashou(operator(), {
      exitNotice: BigInt(DAY), minRegionWitnesses: 1n,
      claimParameters: { AnnouncementWindow: BigInt(DAY / 2), InvestigationWindow: BigInt(DAY / 2), PaymentWindow: 2n * EPOCH, Commission: 0n },
    });
    claims = d.claims as Address;
    registry = d.registry as Address;
    reports = d.reports as Address;
    for (let i = 0; i < 4; i++) {
      await requestTestTokens(member(i), { token: d.token, amount: 1_000n * UNIT });
      await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity(identityOf(i)).commitment, deposit: 100n * UNIT });
    }
    for (const w of witnessClients()) {
      await requestTestTokens(w, { token: d.token, amount: 20_000n * UNIT });
      await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: REGION });
    }
    for (const r of [10, 11]) await requestTestTokens(chain.dev(r), { token: d.token, amount: 1_000n * UNIT });
    await setNotary(operator(), { claims, notary: notary().account.address, listed: true });
  });
  after(async () => {
    await chain?.stop();
  });

  test('witnesses wait out their seasoning, then the keeper activates each once', async () => {
    const seasoning = await steps(['witnesses']);
    assert.equal(seasoning.due.length, 0);
    assert.equal(seasoning.waiting.length, 4);
    for (const step of seasoning.waiting) {
      assert.equal(step.kind, 'activateWitness');
      assert.equal(step.waitingFor, 'seasoning');
      assert.equal(step.allowedAt, (await getWitness(operator(), { registry, witness: step.witness! })).seasonedAt);
      assert.match(step.detail, /is seasoning until .*, then it enters the draw/);
    }
    await chain.increaseTime(91 * DAY);
    const taken = await takeDue(['witnesses'], 'activateWitness');
    assert.equal(taken.length, 4);
    for (const { step, outcome } of taken) assert.equal(outcome, `activated witness ${step.witness} (tier 1, region ${REGION})`);
    const after = await steps(['witnesses']);
    assert.deepEqual([after.due.length, after.waiting.length], [0, 0], 'nothing left to activate');
    assert.equal(memo.seasoning.size, 0, 'activated witnesses are not read again');
    // A fresh keeper (nothing remembered) finds nothing either.
    assert.equal((await findKeeperSteps(operator(), { deployment: deployment(), groups: ['witnesses'] })).due.length, 0);
  });

  test('an approved claim the pool cannot pay in full within its payment window is closed paid in part once the window is over', async () => {
    // Start at the beginning of an epoch, so the exits below fall in this epoch.
    const genesis = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'genesis' });
    const epoch = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'currentEpoch' });
    await chain.setTime(genesis + (epoch + 1n) * EPOCH + 3_600n);
    const claimId = await fileAndReview(0, 70n * UNIT);
    assert.match(await keeperDraws(claimId), /^drew slot 0: 0x[0-9a-fA-F]{40}, slot 1: 0x[0-9a-fA-F]{40}, slot 2: 0x[0-9a-fA-F]{40}$/);
    for (const s of (await getClaim(operator(), { claims, claimId })).witnesses) {
      await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
      await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${s.slot}`)) });
    }
    await chain.increaseTime(DAY / 2 + 1);
    assert.equal((await takeDue(['claims'], 'approveClaim')).length, 1);
    const approved = await getClaim(operator(), { claims, claimId });
    assert.equal(approved.state, 'Approved');
    // Two of the four members leave at the end of this epoch: its settlement pays 4 × 10, the next one 2 × 10, and
    // the window ends before a third: 60 of the 70 are paid.
    for (const i of [1, 2]) assert.equal((await requestExit(member(i), { pool: d.pool })).exitEpoch, epoch + 1n);
    const waiting = (await steps(['claims'])).waiting.find((s) => s.claimId === claimId)!;
    assert.deepEqual([waiting.kind, waiting.waitingFor, waiting.allowedAt], ['markClaimPaid', 'settlement', approved.deadline + 1n]);
    await chain.setTime(genesis + (epoch + 3n) * EPOCH + 60n);
    while ((await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'nextEpochToSettle' })) <= epoch + 2n) await settleEpoch(operator(), { pool: d.pool });
    assert.equal((await steps(['claims'])).due.some((s) => s.claimId === claimId), false, 'unpaid, and the window is still open');
    await chain.setTime(approved.deadline + 1n);
    const [closed, ...rest] = await takeDue(['claims'], 'markClaimPaid');
    assert.equal(rest.length, 0);
    assert.match(closed!.step.detail, /the payment window ended at .*: what the pool could not pay is cancelled and the claim closes paid in part/);
    assert.equal(closed!.outcome, `closed claim ${claimId} paid in part: 60.00 tUSD paid, 10.00 tUSD short`);
    assert.equal(await state(claimId), 'Paid');
    const logs = parseEventLogs({ abi: claimsManagerAbi, eventName: 'ClaimPaidInPart', logs: await operator().getLogs({ address: claims, fromBlock: 0n }) });
    assert.deepEqual([logs.length, logs[0]!.args.paid, logs[0]!.args.shortfall], [1, 60n * UNIT, 10n * UNIT]);
  });

  test('a report left open when another report ends the claim is closed by the keeper as superseded; one still investigated waits for its deadline', async () => {
    const claimId = 1n; // paid in part above: inside its fraud-report window
    const first = await reportFraud(chain.dev(10), { reports, claimId, evidenceHash: keccak256(toHex('first evidence')) });
    const second = await reportFraud(chain.dev(11), { reports, claimId, evidenceHash: keccak256(toHex('second evidence')) });
    const investigating = await steps(['reports']);
    assert.deepEqual(investigating.due, []);
    assert.deepEqual(investigating.waiting.map((s) => [s.key, s.waitingFor]), [[`report ${first.reportId} expireReport`, 'investigation'], [`report ${second.reportId} expireReport`, 'investigation']]);
    await resolveReport(operator(), { reports, reportId: first.reportId, confirmed: true });
    assert.equal(await state(claimId), 'FraudConfirmed');
    const { due } = await steps(['reports']);
    assert.deepEqual(due.map((s) => s.key), [`report ${second.reportId} expireReport`]);
    assert.match(due[0]!.detail, new RegExp(`claim ${claimId} ended through another report \\(it is FraudConfirmed\\): report ${second.reportId} is closed as superseded and its bond goes back`));
    const result = await takeKeeperStep(keeper(), { deployment: deployment(), step: due[0]! });
    assert.equal(result.outcome, `report ${second.reportId} closed as superseded (claim ${claimId} ended through another report); bond back to ${chain.dev(11).account.address}`);
    assert.equal((await getReport(operator(), { reports, reportId: second.reportId })).outcome, 'Superseded');
    assert.deepEqual((await steps(['reports'])).due, []);
  });

  test('under arbitration, a slot that waited for a draw is drawn by the keeper; the arbitration itself waits for the operator', async () => {
    // Fresh stake: the three witnesses of claim 1 were slashed to the minimum.
    for (const w of witnessClients()) await stakeWitness(w, { registry, amount: 10_000n * UNIT, region: REGION });
    const claimId = await fileAndReview(3, 5n * UNIT);
    await keeperDraws(claimId);
    let c = await getClaim(operator(), { claims, claimId });
    // Slot 0 declines (a redraw is requested); slot 1 accepts and rejects the claim before that redraw.
    await declineWitness(byAddress(c.witnesses[0]!.witness), { claims, claimId, slot: 0 });
    await acceptWitness(byAddress(c.witnesses[1]!.witness), { claims, claimId, slot: 1 });
    await attestClaim(byAddress(c.witnesses[1]!.witness), { claims, claimId, slot: 1, reportHash: keccak256(toHex('not as claimed')), approve: false });
    c = await getClaim(operator(), { claims, claimId });
    assert.equal(c.state, 'UnderArbitration');
    assert.equal(c.witnesses[0]!.status, 'Empty');
    const outcome = await keeperDraws(claimId);
    assert.match(outcome, /^drew slot 0: 0x[0-9a-fA-F]{40}$/);
    c = await getClaim(operator(), { claims, claimId });
    assert.deepEqual([c.state, c.witnesses[0]!.status], ['UnderArbitration', 'Drawn']);
    const next = (await steps(['claims', 'randomness'])).waiting.find((s) => s.claimId === claimId)!;
    assert.deepEqual([next.kind, next.waitingFor], ['expireClaim', 'operator']);
  });
});

// Builds a long, realistic history on anvil through the real contracts: members joining over seven epochs
// (deposits rising with the member number, so every join lands at the tail of the sorted list and keys all
// differ), an epoch settled every 14 days, witnesses staking in regions, and claims taken through their whole
// lifecycle in waves (file → review → prevrandao fulfil → draw → accept → attest → announce → approve → paid
// at settlement → stakes released after the report window). Every transaction is a real one from its own
// sender; many go into each block.
import { claimsManagerAbi, mutualPoolAbi, prevrandaoSourceAbi, testStablecoinAbi, witnessRegistryAbi } from '@lashou/abi';
import { diagnosisTypes, getBlockHeaderRlp } from '@lashou/sdk';
import { anvilDevKey, deployLashou, walletFor } from '@lashou/sdk/node';
import { type Address, type Hex, createPublicClient, http, keccak256, maxUint256, parseEventLogs, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { type Chain, type Receipt, type Tx, call } from './chain.ts';

const UNIT = 1_000_000n; // tUSD has 6 decimals
const BLOCK_TIME = 12;
const DAY = 86_400;
const EPOCH = 14 * DAY;
/** Members per join chunk (chunks are spread evenly over the join period). */
const CHUNK = 2_000;
/** Joins are spread over this many epochs (the 90-day waiting period is 6.4 epochs). */
const JOIN_EPOCHS = 7;
/** Claims per wave: 4 payments each (claimant + 3 witness commissions) and 64 payments per settlement. */
const WAVE = 64;
export const REGIONS = 8;
const WITNESSES_PER_REGION = 30;
/** Each witness stakes this much (3 faucet drips): 60 concurrent 5,000-unit locks. */
const WITNESS_STAKE = 300_000n * UNIT;

/** Gas limits given explicitly (measured gas in bench/results/gas.json, with room). */
const GAS = {
  faucet: 75_000n,
  approve: 50_000n,
  join: 170_000n,
  stake: 600_000n,
  activate: 400_000n,
  settle: 3_000_000n,
  file: 400_000n,
  review: 450_000n,
  fulfil: 150_000n,
  draw: 900_000n,
  accept: 100_000n,
  attest: 150_000n,
  approveClaim: 600_000n,
  markPaid: 150_000n,
  release: 300_000n,
  operator: 200_000n,
};

/** Deterministic bench addresses (nobody holds their keys: anvil impersonates them). */
export function benchAddress(kind: string, i: number): Address {
  return `0x${keccak256(toHex(`lashou-bench-${kind}-${i}`)).slice(26)}` as Address;
}

export type HistoryOptions = {
  chain: Chain;
  rpcUrl: string;
  label: string;
  members: number;
  claims: number;
  /** Accounts funded and approved but not joined, for the measurements that join later. */
  spareJoiners: number;
  deploymentsDir: string;
  log: (message: string) => void;
};

export type History = {
  deployment: Awaited<ReturnType<typeof deployLashou>>;
  /** Joined members in member-id order (members[i] has id i + 1). */
  members: Address[];
  deposits: bigint[];
  spare: Address[];
  witnesses: Address[];
  claimIds: bigint[];
  operator: Address;
  claimsOperator: Address;
  firstBlock: number;
  lastBlock: number;
  stats: {
    buildMs: number;
    blocks: number;
    transactions: number;
    joinBlocks: number;
    joinsPerJoinBlock: number;
    epochsSettled: number;
    claimWaves: number;
    chainDays: number;
    phasesMs: Record<string, number>;
  };
};

/** Builds the history and returns what the measurements need. */
export async function buildHistory(options: HistoryOptions): Promise<History> {
  const { chain, rpcUrl, members: memberCount, claims: claimCount, log } = options;
  const started = Date.now();
  const phasesMs: Record<string, number> = {};
  let phaseStart = Date.now();
  const phase = (name: string) => {
    phasesMs[name] = Date.now() - phaseStart;
    phaseStart = Date.now();
  };
  const blocksBefore = chain.blocksMined;
  const txsBefore = chain.txsMined;

  // ── deploy (automine on: deployLashou waits for each receipt) ──
  const operatorWallet = walletFor(rpcUrl, anvilDevKey(0));
  const operator = operatorWallet.account.address;
  const notary = privateKeyToAccount(anvilDevKey(1));
  const claimsOperator = privateKeyToAccount(anvilDevKey(9)).address;
  await chain.setAutomine(true);
  const deployment = await deployLashou(operatorWallet, { deploymentsDir: options.deploymentsDir, claimsOperator });
  await chain.setAutomine(false);
  const firstBlock = deployment.blockNumber;
  const { pool, token } = deployment;
  const claims = deployment.claims as Address;
  const registry = deployment.registry as Address;
  const randomness = deployment.randomness as Address;
  const readGenesis = await createPublicClient({ transport: http(rpcUrl) }).readContract({ address: pool, abi: mutualPoolAbi, functionName: 'genesis' });
  log(`${options.label}: deployed at block ${firstBlock} (pool ${pool})`);
  phase('deploy');

  let nextToSettle = 0n;
  const currentEpoch = () => (chain.now - readGenesis) / BigInt(EPOCH);
  /** Queues a settlement for every epoch that has ended by `at` (default now); `logs` when known (no payments). */
  const settleEnded = (at: bigint = chain.now, logs?: number) => {
    let n = 0;
    while (nextToSettle < (at - readGenesis) / BigInt(EPOCH)) {
      chain.add({ from: operator, to: pool, data: call(mutualPoolAbi, 'settleEpoch'), gas: GAS.settle, label: 'settleEpoch', logs });
      nextToSettle += 1n;
      n++;
    }
    return n;
  };

  // ── witnesses: funded, staked in regions; the notary listed ──
  const witnesses = Array.from({ length: REGIONS * WITNESSES_PER_REGION }, (_, i) => benchAddress(`${options.label}-witness`, i));
  const members = Array.from({ length: memberCount }, (_, i) => benchAddress(`${options.label}-member`, i));
  const spare = Array.from({ length: options.spareJoiners }, (_, i) => benchAddress(`${options.label}-spare`, i));
  await chain.fund([...witnesses, ...members, ...spare], 10n ** 20n);
  const faucetMax = 100_000n * UNIT;
  const witnessTxs: Tx[] = [];
  witnesses.forEach((w, i) => {
    for (let k = 0n; k < WITNESS_STAKE / faucetMax; k++) witnessTxs.push({ from: w, to: token, data: call(testStablecoinAbi, 'faucet', [w, faucetMax]), gas: GAS.faucet, label: 'faucet', logs: 2 });
    witnessTxs.push({ from: w, to: token, data: call(testStablecoinAbi, 'approve', [registry, maxUint256]), gas: GAS.approve, label: 'approve', logs: 1 });
    witnessTxs.push({ from: w, to: registry, data: call(witnessRegistryAbi, 'stake', [WITNESS_STAKE, BigInt(1 + (i % REGIONS))]), gas: GAS.stake, label: 'stake' });
  });
  witnessTxs.push({ from: operator, to: claims, data: call(claimsManagerAbi, 'setNotary', [notary.address, true]), gas: GAS.operator, label: 'setNotary' });
  await chain.pump(witnessTxs);
  log(`${options.label}: ${witnesses.length} witnesses staked in ${REGIONS} regions; notary listed`);
  phase('witnesses');

  // ── members: chunks spread over the join period; deposits rise with the member number ──
  const chunks = Math.max(JOIN_EPOCHS, Math.ceil(memberCount / CHUNK));
  const chunkSize = Math.ceil(memberCount / chunks);
  const gap = Math.floor((JOIN_EPOCHS * EPOCH) / chunks);
  // 100.00 … 1,000.00 units: distinct keys, ascending with the id (key = deposit + index, and the index does
  // not move while nobody is paid), so a join with hint 0 always inserts at the tail.
  const step = memberCount > 1 ? (900n * UNIT) / BigInt(memberCount - 1) : 0n;
  const deposits = members.map((_, i) => 100n * UNIT + BigInt(i) * step);
  let joinBlocks = 0;
  let joined = 0;
  /** Time of the last block of each member's join chunk (coverage starts 90 days after the join). */
  const joinedBy: bigint[] = [];
  const joinStarted = Date.now();
  for (let c = 0; c < chunks; c++) {
    const from = c * chunkSize;
    const to = Math.min(memberCount, from + chunkSize);
    if (from >= to) break;
    // Tokens and the pool's allowance go straight into the test token's storage (see dealTokens): a real
    // faucet + approve per member would add ~420 token-only blocks, the indexer never reads them, and anvil
    // spends up to a second hashing 100,000 accounts' state for every block it mines.
    await chain.dealTokens(token, pool, members.slice(from, to).map((m, k) => [m, deposits[from + k]! + 50n * UNIT]));
    // The chunk's first block comes `gap` later; epochs that ended meanwhile are settled in it.
    settleEnded(chain.now + BigInt(c > 0 ? gap : 0), 1);
    const joins: Tx[] = [];
    for (let i = from; i < to; i++) {
      joins.push({
        from: members[i]!,
        to: pool,
        data: call(mutualPoolAbi, 'join', [keccak256(toHex(`lashou-bench-identity-${options.label}-${i}`)), deposits[i]!, 0]),
        gas: GAS.join,
        label: 'join',
        logs: 2, // MemberJoined, and the token's Transfer
        // Earlier members first: anvil orders its pool by fee, so a falling price keeps joins in id order.
        priority: BigInt(memberCount - i),
      });
    }
    const mined = await chain.pump(joins, { advance: c > 0 ? gap : undefined });
    joinBlocks += mined.blocks.length;
    for (let i = from; i < to; i++) joinedBy[i] = chain.now;
    joined = to;
    const elapsed = (Date.now() - joinStarted) / 1000;
    log(`${options.label}: joined ${joined.toLocaleString('en-US')}/${memberCount.toLocaleString('en-US')} members (${elapsed.toFixed(0)} s, ${Math.round(joined / elapsed)}/s, block ${chain.head})`);
  }
  // Spare joiners: tokens and approval now, joins during the measurements.
  const spareTxs: Tx[] = [];
  for (const s of spare) {
    spareTxs.push({ from: s, to: token, data: call(testStablecoinAbi, 'faucet', [s, 5_000n * UNIT]), gas: GAS.faucet, label: 'faucet', logs: 2 });
    spareTxs.push({ from: s, to: token, data: call(testStablecoinAbi, 'approve', [pool, maxUint256]), gas: GAS.approve, label: 'approve', logs: 1 });
  }
  await chain.pump(spareTxs);
  // Every member got the id of its number (the order the tail inserts relied on).
  const reader = createPublicClient({ transport: http(rpcUrl) });
  const [, , size] = await reader.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'sortedMembers' });
  if (Number(size) !== memberCount) throw new Error(`${options.label}: the sorted list holds ${size} members, expected ${memberCount}`);
  for (const i of [0, Math.floor(memberCount / 2), memberCount - 1]) {
    const id = await reader.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'memberIdOf', args: [members[i]!] });
    if (id !== i + 1) throw new Error(`${options.label}: member ${i} got id ${id}, expected ${i + 1} (joins were not mined in order)`);
  }
  phase('members');

  const WAITING = 90n * BigInt(DAY);

  // ── witnesses enter the draw once their seasoning is over (the joins took longer; a keeper does this live) ──
  const seasonedBy = await reader.readContract({ address: registry, abi: witnessRegistryAbi, functionName: 'seasonedAt', args: [witnesses[witnesses.length - 1]!] });
  const seasonAdvance = chain.now < seasonedBy ? seasonedBy - chain.now : 0n;
  settleEnded(chain.now + seasonAdvance);
  for (const w of witnesses) {
    chain.add({ from: operator, to: registry, data: call(witnessRegistryAbi, 'activate', [w]), gas: GAS.activate, label: 'activate' });
  }
  await chain.pump([], seasonAdvance > 0n ? { advance: Number(seasonAdvance) } : {});
  phase('activate');

  // ── claims in waves ──
  const claimIds: bigint[] = [];
  const paidAt = new Map<bigint, bigint>();
  const released = new Set<bigint>();
  const publicClient = createPublicClient({ transport: http(rpcUrl) });
  const chainId = deployment.chainId;
  const waves = Math.ceil(claimCount / WAVE);
  let claimsPaid = 0;
  const events = (receipts: Receipt[]) => receipts.flatMap((r) => r.logs) as never[];
  for (let w = 0; w < waves; w++) {
    const wave = Array.from({ length: Math.min(WAVE, claimCount - w * WAVE) }, (_, k) => w * WAVE + k);
    // Stakes of claims whose fraud-report window (180 days from markPaid; a day of margin) has ended go back to
    // their witnesses.
    const releasable = [...paidAt].filter(([id, at]) => !released.has(id) && chain.now > at + 181n * BigInt(DAY));
    for (const [id] of releasable) {
      chain.add({ from: operator, to: claims, data: call(claimsManagerAbi, 'releaseStakes', [id]), gas: GAS.release, label: 'releaseStakes' });
      released.add(id);
    }
    // File: the first members (covered longest) claim, one claim each; the notary signs each diagnosis, dated a
    // day back, when every claimant of the wave was already covered.
    const coveredFrom = joinedBy[wave[wave.length - 1]!]! + WAITING;
    const fileAdvance = chain.now < coveredFrom + 2n * BigInt(DAY) ? coveredFrom + 2n * BigInt(DAY) - chain.now : BigInt(BLOCK_TIME);
    settleEnded(chain.now + fileAdvance);
    const diagnosedAt = chain.now + fileAdvance - BigInt(DAY);
    for (const k of wave) {
      const claimant = members[k]!;
      const documentHash = keccak256(toHex(`lashou-bench diagnosis ${options.label} ${k}`));
      const signature = await notary.signTypedData({
        domain: { name: 'Lashou Claims', version: '1', chainId, verifyingContract: claims },
        types: diagnosisTypes,
        primaryType: 'Diagnosis',
        // The notary attests the region too: the claimant cannot choose where its witnesses are drawn.
        message: { claimant, documentHash, diagnosedAt, region: BigInt(1 + (k % REGIONS)) },
      });
      const amount = (BigInt(memberCount) * UNIT) / 50n + BigInt(k % 97) * UNIT;
      chain.add({
        from: claimant,
        to: claims,
        data: call(claimsManagerAbi, 'fileClaim', [documentHash, diagnosedAt, amount, BigInt(1 + (k % REGIONS)), notary.address, signature]),
        gas: GAS.file,
        label: 'fileClaim',
      });
    }
    const filed = parseEventLogs({ abi: claimsManagerAbi, logs: events((await chain.pump([], { advance: fileAdvance })).receipts), eventName: 'ClaimFiled' });
    const ids = filed.map((e) => e.args.claimId);
    const amountOf = new Map(filed.map((e) => [e.args.claimId, e.args.amount]));
    if (ids.length !== wave.length) throw new Error(`wave ${w}: ${ids.length} claims filed, expected ${wave.length}`);
    claimIds.push(...ids);
    // Review, an hour later: approve in full with the claimant's nullifier (one person per claim).
    for (const id of ids) {
      const nullifier = keccak256(toHex(`lashou-bench nullifier ${options.label} ${id}`));
      chain.add({ from: operator, to: claims, data: call(claimsManagerAbi, 'review', [id, true, amountOf.get(id)!, 0, nullifier]), gas: GAS.review, label: 'review' });
    }
    const reviewed = events((await chain.pump([], { advance: 3600 })).receipts);
    const requests = parseEventLogs({ abi: prevrandaoSourceAbi, logs: reviewed, eventName: 'RandomnessRequested' });
    const drawRequests = parseEventLogs({ abi: claimsManagerAbi, logs: reviewed, eventName: 'DrawRandomnessRequested' });
    const target = new Map(requests.map((r) => [r.args.requestId, r.args.commitment]));
    const lastTarget = Math.max(...requests.map((r) => Number(r.args.commitment)));
    while (chain.head < lastTarget) await chain.mine();
    // Fulfil each request with its target block's header (prevrandao), then draw three witnesses.
    const headers = new Map<bigint, Hex>();
    for (const d of drawRequests) {
      const t = target.get(d.args.requestId)!;
      if (!headers.has(t)) headers.set(t, await getBlockHeaderRlp(publicClient, { blockNumber: t }));
      chain.add({ from: operator, to: randomness, data: call(prevrandaoSourceAbi, 'fulfill', [d.args.requestId, headers.get(t)!]), gas: GAS.fulfil, label: 'fulfill' });
      chain.add({ from: operator, to: claims, data: call(claimsManagerAbi, 'drawWitnesses', [d.args.claimId]), gas: GAS.draw, label: 'drawWitnesses' });
    }
    const assigned = parseEventLogs({ abi: claimsManagerAbi, logs: events((await chain.pump([])).receipts), eventName: 'WitnessAssigned' });
    if (assigned.length !== ids.length * 3) throw new Error(`wave ${w}: ${assigned.length} witnesses assigned, expected ${ids.length * 3} (a stake could not be locked)`);
    // A day later each witness accepts, visits and attests (the third attestation announces the claim).
    for (const a of assigned) {
      const { claimId, slot, witness } = a.args;
      chain.add({ from: witness, to: claims, data: call(claimsManagerAbi, 'acceptWitness', [claimId, slot]), gas: GAS.accept, label: 'acceptWitness' });
      chain.add({
        from: witness,
        to: claims,
        data: call(claimsManagerAbi, 'attest', [claimId, slot, keccak256(toHex(`visit report ${options.label} ${claimId}/${slot}`)), true]),
        gas: GAS.attest,
        label: 'attest',
      });
    }
    const states = parseEventLogs({ abi: claimsManagerAbi, logs: events((await chain.pump([], { advance: DAY })).receipts), eventName: 'ClaimStateChanged' });
    const announced = states.filter((s) => s.args.to === 5).length;
    if (announced !== ids.length) throw new Error(`wave ${w}: ${announced} claims announced, expected ${ids.length}`);
    // After the 7-day announcement, anyone approves: the claim and the commissions are queued in the pool.
    const announcementEnds = 7 * DAY + 60;
    settleEnded(chain.now + BigInt(announcementEnds));
    for (const id of ids) chain.add({ from: operator, to: claims, data: call(claimsManagerAbi, 'approveClaim', [id]), gas: GAS.approveClaim, label: 'approveClaim' });
    await chain.pump([], { advance: announcementEnds });
    // Settlements pay 64 payments each: settle epoch after epoch until the wave is paid, then mark it paid.
    let queued = await publicClient.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'queuedPayments' });
    while (queued > 0n) {
      // The settlement goes into the first block after the epoch's end.
      const advance = readGenesis + (currentEpoch() + 1n) * BigInt(EPOCH) - chain.now + 60n;
      settleEnded(chain.now + advance);
      await chain.pump([], { advance });
      queued = await publicClient.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'queuedPayments' });
    }
    // Marked paid in the next block that is mined (the next wave's filings, or the last block below).
    for (const id of ids) {
      chain.add({ from: operator, to: claims, data: call(claimsManagerAbi, 'markPaid', [id]), gas: GAS.markPaid, label: 'markPaid' });
      paidAt.set(id, chain.now + BigInt(BLOCK_TIME));
    }
    claimsPaid += ids.length;
    log(`${options.label}: claims paid ${claimsPaid}/${claimCount} (wave ${w + 1}/${waves}, epoch ${currentEpoch()}, block ${chain.head})`);
  }
  await chain.pump([]);
  phase('claims');

  return {
    deployment,
    members,
    deposits,
    spare,
    witnesses,
    claimIds,
    operator,
    claimsOperator,
    firstBlock,
    lastBlock: chain.head,
    stats: {
      buildMs: Date.now() - started,
      blocks: chain.blocksMined - blocksBefore,
      transactions: chain.txsMined - txsBefore,
      joinBlocks,
      joinsPerJoinBlock: Math.round(memberCount / Math.max(1, joinBlocks)),
      epochsSettled: Number(nextToSettle),
      claimWaves: waves,
      chainDays: Math.round(Number(chain.now - readGenesis) / DAY),
      phasesMs,
    },
  };
}

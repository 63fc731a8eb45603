// `lashou audit`, the witness draws: every draw recomputed from the chain's logs alone (docs/witness-draw.md §3), by
// an implementation of its own (drawPicks.ts, drawArrays.ts) that shares no code with the SDK or the indexer.
//
// Two passes. The first walks every log in chain order and, claim by claim, keeps what the claims module itself
// keeps: the pending randomness request and its snapshot, the empty slots, the exclusions, the number of draws made,
// and each witness's stake and locks (to judge a skip); it checks every draw's inputs against them and collects the
// draws. The second replays `WitnessEligibilityChanged` forward once, stopping at each draw's snapshot block (draws
// taken in snapshot order), and recomputes the union and the picks there.
import { InvalidInputError } from '@lashou/sdk';
import { type Hex, type PublicClient, getAddress, toFunctionSelector } from 'viem';
import { EligibleArrays } from './drawArrays.js';
import { rpcBatch } from './logs.js';
import { DrawImpossibleError, drawSeedOf, firstTierFor, pickWitnesses, prevrandaoValueOf } from './drawPicks.js';
import type { AuditLog, Difference, Section, Wiring } from './types.js';

/** Witness slots per claim (`ClaimsManager.WITNESSES`). */
const WITNESSES = 3;
/** Most exclusions the registry takes (`WitnessRegistry.MAX_EXCLUDED`). */
const MAX_EXCLUDED = 32;
/** `blockhash` history of the PrevrandaoSource: an unfulfilled request expires after `target + 256`. */
const BLOCKHASH_HISTORY = 256n;
/** The only two registry refusals that skip a drawn witness (docs/witness-draw.md §6, Lock). */
const SKIP_SELECTORS: Record<string, string> = {
  [toFunctionSelector('WitnessNotRegistered(address)')]: 'WitnessNotRegistered',
  [toFunctionSelector('WitnessStakeInsufficient(address,uint256,uint256)')]: 'WitnessStakeInsufficient',
};
/** Blocks per JSON-RPC batch when reading target blocks' headers. */
const HEADER_BATCH = 200;

/** Parameters of {@link auditDraws}. */
export type AuditDrawsParameters = {
  /** Every decoded log of the deployment, in chain order. */
  logs: AuditLog[];
  wiring: Wiring;
  /** Reads the target blocks' headers (PrevrandaoSource only). */
  client: PublicClient;
  onProgress?: (done: number, total: number) => void;
};

type Outcome = { witness: string; kind: 'assigned'; slot: number; lock: bigint } | { witness: string; kind: 'skipped'; selector: string; justified: string | undefined };

/** A draw to recompute: a real one (its logs), or the one an expired request's value would have made. */
type DrawJob = {
  item: string;
  claimId: bigint;
  /** 0 for a registry draw the claims module did not make. */
  drawNumber: bigint;
  /** The snapshot the picks are recomputed at. */
  snapshot: bigint;
  /** For a draw without snapshot (`draw`: the snapshot is its own block), the log index it ran at: only the events
   *  of that block before it count. */
  cutoff?: number;
  /** Chain position of the draw (for a stable order among equal snapshots). */
  order: number;
  region: number;
  exclude: string[];
  count: number;
  lockAmount: bigint;
  /** The seed to pick with: the recomputed one when the value is known, else the logged one. */
  seed: bigint | undefined;
  /** What the registry logged (absent for an expired request's draw). */
  drawn?: { seed: bigint; drawnRegion: bigint; firstTier: bigint; setSize: bigint; witnesses: string[] };
  /** For an expired request: the note to write once the picks are known. */
  expired?: { requestId: bigint; replacedBy: bigint; block: bigint; target: bigint | undefined };
};

type RequestRecord = {
  requestId: bigint;
  block: bigint;
  tx: Hex;
  consumer: string;
  commitment: bigint;
  value?: bigint;
};

type ClaimTrack = {
  claimId: bigint;
  claimant: string;
  region: number;
  stakeLock: bigint | undefined;
  /** Everyone ever excluded: the claimant, then every witness drawn, in order (`ClaimsManager.excludedOf`). */
  exclusions: string[];
  /** Slot holders; `undefined` = empty. */
  slots: (string | undefined)[];
  draws: number;
  pending: { requestId: bigint; snapshot: bigint; block: bigint } | undefined;
};

/** A draw being read: its logs arrive one by one within its transaction. */
type OpenDraw = {
  tx: Hex;
  claim: ClaimTrack;
  job: DrawJob;
  requested: boolean;
  drawnSeen: boolean;
  outcomes: Outcome[];
  rerequested: boolean;
};

type WitnessBook = { registered: boolean; stake: bigint; locked: bigint };

const lower = (a: unknown) => String(a).toLowerCase();
const list = (addresses: readonly string[]) => (addresses.length === 0 ? '(none)' : addresses.map((a) => getAddress(a)).join(', '));
const big = (v: unknown) => BigInt(v as bigint);

/**
 * Recomputes every witness draw of the deployment from its logs and names each difference (area `draw`, item
 * `claim 7, draw 2`): the request and snapshot, the randomness value (PrevrandaoSource: from the target block's
 * `mixHash`), the seed, the draw's inputs (region, exclusions, count, lock), the union (first tier, region rule,
 * size) and the picks, then the assignments and skips. An expired request that was replaced gets a note with the
 * draw its value would have made.
 * @example
 * const section = await auditDraws({ logs, wiring, client })
 * section.differences // [] when every draw is what its inputs give
 */
export async function auditDraws(input: AuditDrawsParameters): Promise<Section> {
  const { logs, wiring } = input;
  const differences: Difference[] = [];
  const notes: string[] = [];
  let comparisons = 0;
  const compare = (item: string, field: string, recomputed: string, reported: string) => {
    comparisons++;
    if (recomputed !== reported) differences.push({ area: 'draw', item, field, source: 'events', recomputed, reported });
  };
  // Address lists are compared lower-case and checksummed only for a difference (checksums cost a keccak each).
  const compareList = (item: string, field: string, recomputed: readonly string[], reported: readonly string[]) => {
    comparisons++;
    if (recomputed.join() !== reported.join()) differences.push({ area: 'draw', item, field, source: 'events', recomputed: list(recomputed), reported: list(reported) });
  };
  const fault = (item: string, field: string, recomputed: string, reported: string) => {
    differences.push({ area: 'draw', item, field, source: 'events', recomputed, reported });
  };
  const claimsAddress = lower(wiring.claims);

  // ── Configuration from the registry's own announcement ──
  const configured = logs.find((l) => l.contract === 'registry' && l.eventName === 'WitnessRegistryConfigured');
  if (!configured) {
    throw new InvalidInputError(
      `no WitnessRegistryConfigured event from the registry ${wiring.registry} between blocks ${wiring.fromBlock} and ${wiring.toBlock}: ` +
        'the draws cannot be recomputed without its minimumStake and minRegionWitnesses; read the logs from the registry\'s deployment block on',
      { code: 'audit.registryNotConfigured', params: { registry: wiring.registry } },
    );
  }
  const minimumStake = big(configured.args.minimumStake);
  const minRegionWitnesses = big(configured.args.minRegionWitnesses);
  // The source's kind and delay, as the wiring states them, against the source's own announcement.
  const sourceConfigured = logs.find((l) => l.contract === 'source' && (l.eventName === 'PrevrandaoSourceConfigured' || l.eventName === 'VrfSourceConfigured'));
  const announcedKind = sourceConfigured?.eventName === 'PrevrandaoSourceConfigured' ? 'prevrandao' : sourceConfigured ? 'vrf' : '(no configuration event)';
  compare(`randomness source ${wiring.randomnessSource}`, 'kind', announcedKind, wiring.randomness.kind);
  if (sourceConfigured && wiring.randomness.kind === 'prevrandao' && announcedKind === 'prevrandao') {
    compare(`randomness source ${wiring.randomnessSource}`, 'delay', String(big(sourceConfigured.args.delay)), String(wiring.randomness.delay));
  }
  if (wiring.randomness.kind === 'vrf') {
    notes.push('the randomness source is Chainlink VRF: each value is the oracle\'s, verified on chain by the coordinator; the audit checks that every draw used its own request\'s fulfilled value');
  }

  // ── Pass 1: chain order ──
  const claims = new Map<bigint, ClaimTrack>();
  const requests = new Map<bigint, RequestRecord>();
  const book = new Map<string, WitnessBook>();
  const eligibility: AuditLog[] = [];
  const jobs: DrawJob[] = [];
  const open: OpenDraw[] = [];
  const registryOnly: { tx: Hex; requested?: AuditLog; order: number }[] = [];
  let expiredReplacements = 0;
  let previous: AuditLog | undefined;
  // Transactions in which a decision emptied a slot of a claim (a decline, a replacement, an overrule): a request
  // replaced there is not a re-roll.
  const decisions = new Set<string>();
  for (const l of logs) {
    if (l.contract !== 'claims') continue;
    if (l.eventName === 'WitnessDeclined' || l.eventName === 'WitnessReplaced' || (l.eventName === 'ClaimArbitrated' && l.args.upheld === false) || l.eventName === 'ClaimStateChanged') {
      decisions.add(`${l.transactionHash}:${big(l.args.claimId)}`);
    }
  }

  const claimOf = (claimId: bigint, log: AuditLog): ClaimTrack | undefined => {
    const claim = claims.get(claimId);
    if (!claim) fault(`claim ${claimId}`, 'claim', 'a ClaimFiled event before its draws', `${log.eventName} at block ${log.blockNumber} with no filing`);
    return claim;
  };
  const witnessBook = (witness: string) => {
    let entry = book.get(witness);
    if (!entry) book.set(witness, (entry = { registered: false, stake: 0n, locked: 0n }));
    return entry;
  };

  const exclusionWindow = (claim: ClaimTrack): string[] => {
    const all = claim.exclusions;
    if (all.length <= MAX_EXCLUDED) return [...all];
    const window = [all[0]!];
    const holders = claim.slots.filter((s): s is string => s !== undefined);
    for (const h of holders) window.push(h);
    for (let j = all.length - 1; window.length < MAX_EXCLUDED && j !== 0; j--) {
      if (!holders.includes(all[j]!)) window.push(all[j]!);
    }
    return window;
  };

  const closeDraw = (d: OpenDraw) => {
    const { item } = d.job;
    if (!d.requested) fault(item, 'WitnessDrawRequested', 'the registry\'s WitnessDrawRequested in the draw\'s transaction', 'missing');
    if (!d.drawnSeen) fault(item, 'WitnessesDrawn', 'the registry\'s WitnessesDrawn in the draw\'s transaction', 'missing');
    const drawn = d.job.drawn?.witnesses ?? [];
    // Each witness drawn, in pick order, is either locked into the next empty slot or skipped (§6, Lock).
    const slots = [...d.claim.slots];
    let filled = 0;
    let skipped = 0;
    for (let k = 0; k < Math.max(drawn.length, d.outcomes.length); k++) {
      const witness = drawn[k];
      const outcome = d.outcomes[k];
      comparisons++;
      if (!outcome || !witness || outcome.witness !== witness) {
        fault(
          item,
          'assignments',
          `pick ${k + 1}: ${witness ? getAddress(witness) : '(none)'} assigned or skipped`,
          outcome ? `${outcome.kind} ${getAddress(outcome.witness)}` : '(no WitnessAssigned or WitnessSkipped)',
        );
      }
      if (!outcome) continue;
      // The slots follow what the claims module did, so one wrong entry is not repeated in every later check.
      const who = () => getAddress(outcome.witness);
      if (outcome.kind === 'assigned') {
        const next = slots.findIndex((s) => s === undefined);
        comparisons++;
        if (next !== outcome.slot) fault(item, 'slot', `${who()} in slot ${next}`, `${who()} in slot ${outcome.slot}`);
        slots[outcome.slot] = outcome.witness;
        if (d.claim.stakeLock !== undefined) compare(item, 'stakeLocked', String(d.claim.stakeLock), String(outcome.lock));
        filled++;
      } else {
        skipped++;
        comparisons++;
        const name = SKIP_SELECTORS[outcome.selector];
        if (!name) fault(item, 'skip', `${who()} skipped only for WitnessNotRegistered or WitnessStakeInsufficient`, `selector ${outcome.selector}`);
        else if (outcome.justified) fault(item, 'skip', outcome.justified, `${who()} skipped with ${name}`);
      }
    }
    d.claim.slots = slots.slice(0, WITNESSES);
    // A skip leaves a slot empty: the same transaction asks for fresh randomness; a full draw does not.
    comparisons++;
    const needRequest = filled < d.job.count;
    if (needRequest !== d.rerequested) {
      fault(item, 'request', needRequest ? `a new DrawRandomnessRequested (${skipped} skipped)` : 'no new request (every slot filled)', d.rerequested ? 'a new request' : 'none');
    }
  };

  const closeAll = (tx: Hex | undefined) => {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.tx !== tx) {
        closeDraw(open[i]!);
        open.splice(i, 1);
      }
    }
  };

  for (const [position, log] of logs.entries()) {
    if (previous && (log.blockNumber < previous.blockNumber || (log.blockNumber === previous.blockNumber && log.logIndex <= previous.logIndex))) {
      fault(`log at block ${log.blockNumber}, index ${log.logIndex}`, 'order', `after block ${previous.blockNumber}, index ${previous.logIndex}`, 'before it: the logs are not in chain order');
    }
    previous = log;
    if (open.length !== 0) closeAll(log.transactionHash);
    const a = log.args;
    const at = `block ${log.blockNumber}`;

    if (log.contract === 'registry') {
      switch (log.eventName) {
        case 'WitnessEligibilityChanged':
          eligibility.push(log);
          break;
        case 'WitnessStaked': {
          const w = witnessBook(lower(a.witness));
          w.registered = true;
          w.stake = big(a.totalStake);
          break;
        }
        case 'WitnessWithdrew': {
          const w = witnessBook(lower(a.witness));
          w.registered = false;
          w.stake = 0n;
          w.locked = 0n;
          break;
        }
        case 'StakeLocked':
          witnessBook(lower(a.witness)).locked += big(a.amount);
          break;
        case 'StakeUnlocked':
          witnessBook(lower(a.witness)).locked -= big(a.amount);
          break;
        case 'StakeSlashed': {
          const w = witnessBook(lower(a.witness));
          w.stake -= big(a.amount);
          w.locked -= big(a.amount);
          break;
        }
        case 'WitnessDrawRequested': {
          const claimId = big(a.claimId);
          const d = open.find((o) => o.job.claimId === claimId && o.tx === log.transactionHash && !o.requested);
          if (!d) {
            registryOnly.push({ tx: log.transactionHash, requested: log, order: position });
            break;
          }
          d.requested = true;
          const { item } = d.job;
          compare(item, 'requestedRegion', String(d.claim.region), String(big(a.requestedRegion)));
          compare(item, 'registry count', String(d.job.count), String(big(a.count)));
          compareList(item, 'registry exclude', d.job.exclude, (a.exclude as string[]).map(lower));
          compare(item, 'registry snapshotBlock', String(d.job.snapshot), String(big(a.snapshotBlock)));
          if (d.claim.stakeLock !== undefined) compare(item, 'lockAmount', String(d.claim.stakeLock), String(big(a.lockAmount)));
          d.job.lockAmount = big(a.lockAmount);
          break;
        }
        case 'WitnessesDrawn': {
          const claimId = big(a.claimId);
          const drawn = {
            seed: big(a.seed),
            drawnRegion: big(a.drawnRegion),
            firstTier: big(a.firstTier),
            setSize: big(a.setSize),
            witnesses: (a.witnesses as string[]).map(lower),
          };
          const d = open.find((o) => o.job.claimId === claimId && o.tx === log.transactionHash && o.requested && !o.drawnSeen);
          if (!d) {
            const pending = registryOnly.findIndex((r) => r.tx === log.transactionHash && r.requested && big(r.requested.args.claimId) === claimId);
            const requested = pending === -1 ? undefined : registryOnly.splice(pending, 1)[0]!.requested!;
            const item = `registry draw for claim ${claimId} at ${at}`;
            notes.push(`${item} was not made by the claims module ${wiring.claims} (no DrawMade before it): only its picks are recomputed`);
            if (!requested) {
              fault(item, 'WitnessDrawRequested', 'the draw\'s inputs just before it', 'missing');
              break;
            }
            const r = requested.args;
            jobs.push({
              item,
              claimId,
              drawNumber: 0n,
              snapshot: big(r.snapshotBlock),
              ...(big(r.snapshotBlock) === requested.blockNumber ? { cutoff: requested.logIndex } : {}),
              order: position,
              region: Number(big(r.requestedRegion)),
              exclude: (r.exclude as string[]).map(lower),
              count: Number(big(r.count)),
              lockAmount: big(r.lockAmount),
              seed: drawn.seed,
              drawn,
            });
            break;
          }
          d.drawnSeen = true;
          d.job.drawn = drawn;
          if (d.job.seed !== undefined) compare(d.job.item, 'registry seed', String(d.job.seed), String(drawn.seed));
          // What the claims module pushes: every witness drawn, skipped or not.
          for (const w of drawn.witnesses) d.claim.exclusions.push(w);
          break;
        }
        default:
          break;
      }
      continue;
    }

    if (log.contract === 'source') {
      if (log.eventName === 'RandomnessRequested') {
        requests.set(big(a.requestId), { requestId: big(a.requestId), block: log.blockNumber, tx: log.transactionHash, consumer: lower(a.consumer), commitment: big(a.commitment) });
      } else if (log.eventName === 'RandomnessFulfilled') {
        const r = requests.get(big(a.requestId));
        if (r) r.value = big(a.value);
      }
      continue;
    }

    if (log.contract !== 'claims') continue;
    switch (log.eventName) {
      case 'ClaimFiled': {
        const claimId = big(a.claimId);
        claims.set(claimId, {
          claimId,
          claimant: lower(a.claimant),
          region: Number(big(a.region)),
          stakeLock: undefined,
          exclusions: [lower(a.claimant)],
          slots: [undefined, undefined, undefined],
          draws: 0,
          pending: undefined,
        });
        break;
      }
      case 'ClaimReviewed': {
        const claim = claims.get(big(a.claimId));
        if (claim && a.approved) claim.stakeLock = big(a.stakeLock);
        break;
      }
      case 'DrawRandomnessRequested': {
        const claimId = big(a.claimId);
        const claim = claimOf(claimId, log);
        if (!claim) break;
        const requestId = big(a.requestId);
        const replaced = big(a.expiredRequestId);
        const item = `claim ${claimId}, request ${requestId}`;
        compare(item, 'snapshotBlock', String(log.blockNumber - 1n), String(big(a.snapshotBlock)));
        const request = requests.get(requestId);
        comparisons++;
        if (!request || request.tx !== log.transactionHash) {
          fault(item, 'RandomnessRequested', `the source ${wiring.randomnessSource} announcing request ${requestId} in the same transaction`, request ? `announced at block ${request.block}` : 'never announced');
        } else {
          compare(item, 'consumer', claimsAddress, request.consumer);
          if (wiring.randomness.kind === 'prevrandao') compare(item, 'targetBlock', String(log.blockNumber + wiring.randomness.delay), String(request.commitment));
        }
        comparisons++;
        const pendingId = claim.pending?.requestId ?? 0n;
        if (replaced !== pendingId) fault(item, 'expiredRequestId', `${pendingId} (the claim's pending request)`, String(replaced));
        if (replaced !== 0n) {
          // The claims module replaces a pending request either when a decision empties a slot (a decline, a
          // replacement, an overrule: their events are in the same transaction) or, in drawWitnesses, when the
          // request expired unfulfilled: a re-roll, noted with the draw the expired value would have made.
          if (!decisions.has(`${log.transactionHash}:${claimId}`)) {
            expiredReplacements++;
            const old = requests.get(replaced);
            if (old?.value !== undefined) fault(item, 'expiry', `request ${replaced} still usable (fulfilled, value ${old.value})`, 'replaced as expired');
            if (old && wiring.randomness.kind === 'prevrandao' && log.blockNumber <= old.commitment + BLOCKHASH_HISTORY) {
              fault(item, 'expiry', `request ${replaced} expires only after block ${old.commitment + BLOCKHASH_HISTORY}`, `replaced as expired at block ${log.blockNumber}`);
            }
            jobs.push({
              item: `claim ${claimId}, draw ${claim.draws + 1} (expired request ${replaced})`,
              claimId,
              drawNumber: BigInt(claim.draws + 1),
              snapshot: claim.pending?.snapshot ?? log.blockNumber - 1n,
              order: position,
              region: claim.region,
              exclude: exclusionWindow(claim),
              count: claim.slots.filter((s) => s === undefined).length,
              lockAmount: claim.stakeLock ?? 0n,
              seed: undefined,
              expired: { requestId: replaced, replacedBy: requestId, block: log.blockNumber, target: old?.commitment },
            });
          }
        }
        claim.pending = { requestId, snapshot: big(a.snapshotBlock), block: log.blockNumber };
        const d = open.find((o) => o.claim === claim && o.tx === log.transactionHash);
        if (d) d.rerequested = true;
        break;
      }
      case 'DrawMade': {
        const claimId = big(a.claimId);
        const claim = claimOf(claimId, log);
        if (!claim) break;
        claim.draws++;
        const drawNumber = BigInt(claim.draws);
        const item = `claim ${claimId}, draw ${drawNumber}`;
        const requestId = big(a.requestId);
        const pending = claim.pending;
        compare(item, 'requestId', String(pending?.requestId ?? '(no pending request)'), String(requestId));
        const snapshot = pending && pending.requestId === requestId ? pending.snapshot : big(a.snapshotBlock);
        if (pending) compare(item, 'snapshotBlock', String(pending.snapshot), String(big(a.snapshotBlock)));
        claim.pending = undefined;
        const request = requests.get(requestId);
        let seed: bigint | undefined;
        comparisons++;
        if (!request || request.value === undefined) {
          fault(item, 'value', `a RandomnessFulfilled of request ${requestId} before the draw`, 'none');
        } else {
          seed = drawSeedOf(request.value, claimId, drawNumber);
          compare(item, 'seed', String(seed), String(big(a.seed)));
          if (seed !== big(a.seed)) {
            for (let k = 1n; k <= drawNumber + 4n; k++) {
              if (k !== drawNumber && drawSeedOf(request.value, claimId, k) === big(a.seed)) {
                notes.push(`${item}: the logged seed is that of draw number ${k}, not ${drawNumber}`);
              }
            }
          }
        }
        compare(item, 'region', String(claim.region), String(big(a.region)));
        const expectedExclude = exclusionWindow(claim);
        const exclude = (a.exclude as string[]).map(lower);
        compareList(item, 'exclude', expectedExclude, exclude);
        const empty = claim.slots.filter((s) => s === undefined).length;
        compare(item, 'count', String(empty), String(big(a.count)));
        const job: DrawJob = {
          item,
          claimId,
          drawNumber,
          snapshot,
          order: position,
          region: claim.region,
          exclude,
          count: Number(big(a.count)),
          lockAmount: claim.stakeLock ?? 0n,
          seed,
        };
        jobs.push(job);
        open.push({ tx: log.transactionHash, claim, job, requested: false, drawnSeen: false, outcomes: [], rerequested: false });
        break;
      }
      case 'WitnessAssigned':
      case 'WitnessSkipped': {
        const claimId = big(a.claimId);
        const d = open.find((o) => o.job.claimId === claimId && o.tx === log.transactionHash);
        const witness = lower(a.witness);
        if (!d) {
          fault(`claim ${claimId}`, log.eventName, 'only within a draw\'s transaction', `at ${at} with no DrawMade before it`);
          break;
        }
        if (log.eventName === 'WitnessAssigned') {
          d.outcomes.push({ witness, kind: 'assigned', slot: Number(big(a.slot)), lock: big(a.stakeLocked) });
        } else {
          const w = witnessBook(witness);
          const selector = lower(a.registryError);
          const lock = d.claim.stakeLock ?? 0n;
          let justified: string | undefined;
          if (SKIP_SELECTORS[selector] === 'WitnessNotRegistered' && w.registered) justified = `${getAddress(witness)} registered (stake ${w.stake}): lockable`;
          if (SKIP_SELECTORS[selector] === 'WitnessStakeInsufficient' && (!w.registered || w.stake - w.locked >= lock)) {
            justified = w.registered ? `${getAddress(witness)} had ${w.stake - w.locked} free, enough for the lock of ${lock}` : `${getAddress(witness)} not registered (WitnessNotRegistered)`;
          }
          d.outcomes.push({ witness, kind: 'skipped', selector, justified });
        }
        break;
      }
      case 'WitnessDeclined':
      case 'WitnessReplaced': {
        const claim = claims.get(big(a.claimId));
        if (claim) claim.slots[Number(big(a.slot))] = undefined;
        break;
      }
      case 'ClaimArbitrated': {
        const claim = claims.get(big(a.claimId));
        if (claim && a.upheld === false) claim.slots[Number(big(a.slot))] = undefined;
        break;
      }
      default:
        break;
    }
  }
  closeAll(undefined);
  for (const r of registryOnly) fault(`registry draw at transaction ${r.tx}`, 'WitnessesDrawn', 'the draw\'s result after its inputs', 'missing');

  // ── The randomness of every draw and expired request: PrevrandaoSource values from the target blocks ──
  if (wiring.randomness.kind === 'prevrandao') {
    const targets = new Map<bigint, RequestRecord[]>();
    const used = new Set<bigint>();
    for (const job of jobs) {
      if (job.expired) used.add(job.expired.requestId);
    }
    for (const log of logs) if (log.contract === 'claims' && log.eventName === 'DrawMade') used.add(big(log.args.requestId));
    for (const id of used) {
      const r = requests.get(id);
      if (!r || r.consumer !== claimsAddress) continue;
      const forTarget = targets.get(r.commitment) ?? [];
      forTarget.push(r);
      targets.set(r.commitment, forTarget);
    }
    const mixHashes = await readMixHashes(input.client, [...targets.keys()].filter((t) => t <= wiring.toBlock));
    for (const [target, records] of targets) {
      const mix = mixHashes.get(target);
      for (const r of records) {
        const item = `request ${r.requestId}`;
        if (mix === undefined) {
          if (r.value !== undefined) fault(item, 'value', `the mixHash of block ${target}`, 'not readable from the node');
          continue;
        }
        const value = prevrandaoValueOf(mix, r.requestId);
        if (r.value !== undefined) compare(item, 'value', String(value), String(r.value));
        else r.value = value; // an expired request: the value it would have had
      }
    }
  }
  for (const job of jobs) {
    if (!job.expired) continue;
    const value = requests.get(job.expired.requestId)?.value;
    if (value !== undefined) job.seed = drawSeedOf(value, job.claimId, job.drawNumber);
  }

  // ── Pass 2: eligibility replayed forward, draws in snapshot order ──
  const arrays = new EligibleArrays();
  const cutoffOf = (job: DrawJob) => job.cutoff ?? Number.POSITIVE_INFINITY;
  const ordered = [...jobs].sort((x, y) =>
    x.snapshot < y.snapshot ? -1 : x.snapshot > y.snapshot ? 1 : cutoffOf(x) !== cutoffOf(y) ? cutoffOf(x) - cutoffOf(y) : x.order - y.order,
  );
  const realDraws = jobs.filter((j) => !j.expired);
  const picksOf = new Map<string, string[]>();
  let cursor = 0;
  let done = 0;
  const total = ordered.length;
  for (const job of ordered) {
    const cutoff = cutoffOf(job);
    for (
      ;
      cursor < eligibility.length &&
      (eligibility[cursor]!.blockNumber < job.snapshot || (eligibility[cursor]!.blockNumber === job.snapshot && eligibility[cursor]!.logIndex < cutoff));
      cursor++
    ) {
      const e = eligibility[cursor]!;
      const problem = arrays.apply(lower(e.args.witness), Number(big(e.args.region)), Number(big(e.args.tier)), Boolean(e.args.eligible));
      if (problem) fault(`witness ${getAddress(lower(e.args.witness))}`, 'eligibility', 'events that replay (§1.2)', `block ${e.blockNumber}, log ${e.logIndex}: ${problem}`);
    }
    recompute(job);
    done++;
    if (input.onProgress && (done % 256 === 0 || done === total)) input.onProgress(done, total);
  }

  function recompute(job: DrawJob) {
    const { item } = job;
    const firstTier = firstTierFor(minimumStake, job.lockAmount);
    if (firstTier === undefined) {
      if (!job.expired) fault(item, 'firstTier', `none: a lock of ${job.lockAmount} exceeds ${minimumStake << 7n} (the registry refuses the draw)`, String(job.drawn?.firstTier ?? '(no draw)'));
      return;
    }
    if (job.drawn) compare(item, 'firstTier', String(firstTier), String(job.drawn.firstTier));
    const exclude = new Set(job.exclude);
    let choice: ReturnType<EligibleArrays['chooseUnion']>;
    try {
      choice = arrays.chooseUnion({ region: job.region, firstTier, exclude, count: job.count, minRegionWitnesses });
    } catch (error) {
      if (!(error instanceof DrawImpossibleError)) throw error;
      if (job.expired) notes.push(expiredNote(job, `no draw: ${error.message}`));
      else fault(item, 'witnesses', `no draw: ${error.message}`, list(job.drawn?.witnesses ?? []));
      return;
    }
    if (job.drawn) {
      compare(item, 'drawnRegion', String(choice.drawnRegion), String(job.drawn.drawnRegion));
      compare(item, 'setSize', String(choice.union.size), String(job.drawn.setSize));
    }
    const seed = job.seed ?? job.drawn?.seed;
    if (seed === undefined) {
      if (job.expired) notes.push(expiredNote(job, 'its value is not known (no fulfilment, and the source\'s value cannot be recomputed)'));
      return;
    }
    let picks: string[];
    try {
      picks = pickWitnesses({ union: choice.union, seed, claimId: job.claimId, exclude, count: job.count }).picks;
    } catch (error) {
      if (!(error instanceof DrawImpossibleError)) throw error;
      if (job.expired) notes.push(expiredNote(job, `no draw: ${error.message}`));
      else fault(item, 'witnesses', `no draw: ${error.message}`, list(job.drawn?.witnesses ?? []));
      return;
    }
    if (job.drawn) compareList(item, 'witnesses', picks.map(lower), job.drawn.witnesses);
    else picksOf.set(item, picks);
    if (job.expired) {
      const actual = realDraws.find((r) => r.claimId === job.claimId && r.drawNumber === job.drawNumber)?.drawn?.witnesses;
      notes.push(
        expiredNote(
          job,
          `its value would have drawn ${list(picks)} from ${choice.drawnRegion === 0 ? 'all regions' : `region ${choice.drawnRegion}`}` +
            (actual ? `; the draw made instead picked ${list(actual)}` : ''),
        ),
      );
    }
  }

  function expiredNote(job: DrawJob, outcome: string): string {
    const e = job.expired!;
    return (
      `claim ${job.claimId}: randomness request ${e.requestId}${e.target === undefined ? '' : ` (target block ${e.target})`} expired unfulfilled and ` +
      `request ${e.replacedBy} replaced it at block ${e.block}, a re-roll of draw ${job.drawNumber} (snapshot ${job.snapshot}): ${outcome}`
    );
  }

  if (expiredReplacements === 0 && jobs.length !== 0) notes.push('no randomness request expired: no draw was re-rolled');
  return { area: 'draw', items: realDraws.length, comparisons, differences, notes };
}

/**
 * The `mixHash` of each block (the prevrandao after the merge), read with `eth_getBlockByNumber` in JSON-RPC
 * batches when the client's transport is HTTP, else a few requests at a time.
 */
async function readMixHashes(client: PublicClient, blocks: bigint[]): Promise<Map<bigint, bigint>> {
  const result = new Map<bigint, bigint>();
  const transport = client.transport as { type?: string; url?: string };
  const url = transport.type === 'http' ? transport.url : undefined;
  const concurrency = url ? HEADER_BATCH : 8;
  for (let i = 0; i < blocks.length; i += concurrency) {
    const chunk = blocks.slice(i, i + concurrency);
    const calls = chunk.map((n) => ({ method: 'eth_getBlockByNumber', params: [`0x${n.toString(16)}`, false] }));
    const headers = (
      url ? await rpcBatch(url, calls) : await Promise.all(calls.map((c) => client.request(c as never)))
    ) as ({ mixHash?: Hex } | null)[];
    headers.forEach((h, k) => {
      if (h?.mixHash) result.set(chunk[k]!, BigInt(h.mixHash));
    });
  }
  return result;
}


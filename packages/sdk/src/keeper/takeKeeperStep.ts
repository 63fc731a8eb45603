import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Abi, type Account, type Address, type Hash, type TransactionReceipt, parseEventLogs } from 'viem';
import { estimateContractGas, readContract } from 'viem/actions';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { formatAmount } from '../amounts/formatAmount.js';
import { getBlockHeaderRlp } from '../claims/fulfilRandomness.js';
import { CLAIM_STATES, REPORT_OUTCOMES } from '../errors/contractErrors.js';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, resolveAccount } from '../internal/client.js';
import { explain, sendContractWrite } from '../internal/write.js';
import type { KeeperDeployment, KeeperStep } from './findKeeperSteps.js';

/** Gas limit of one keeper call unless told otherwise. */
export const DEFAULT_KEEPER_MAX_GAS = 3_000_000n;
/** Members lapsed per `processLapses` call unless told otherwise. */
export const DEFAULT_KEEPER_LAPSE_STEPS = 200;

/** Parameters of {@link takeKeeperStep}. */
export type TakeKeeperStepParameters = {
  deployment: KeeperDeployment;
  step: KeeperStep;
  account?: Account | Address | undefined;
  /** Refuse a call whose gas estimate exceeds this (default 3,000,000); the limit sent is the estimate plus 20 %, capped here. */
  maxGas?: bigint | undefined;
  /** Members per `processLapses` call (default 200; halved until the call fits `maxGas`). */
  maxLapseSteps?: number | undefined;
  /** Fee caps to send with (default: the node's estimate). */
  fees?: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } | undefined;
  /** Estimate only: nothing is signed or sent. */
  dryRun?: boolean | undefined;
};

/** What was sent (or, in a dry run, would have been). */
export type TakeKeeperStepReturnType = {
  /** The contract function called. */
  functionName: string;
  /** The node's gas estimate. */
  estimatedGas: bigint;
  /** The gas limit sent (estimate + 20 %, at most `maxGas`). */
  gasLimit: bigint;
  sent: boolean;
  hash?: Hash | undefined;
  receipt?: TransactionReceipt | undefined;
  gasUsed?: bigint | undefined;
  /** What the call cost its sender in the chain's native currency (wei): gas used × effective gas price. */
  cost?: bigint | undefined;
  /** What the call did, read from its events (e.g. `settled epoch 3 (27 members)`, `activated witness 0x… (tier 1)`,
   *  `closed claim 7 paid in part: 900.00 tUSD paid, 2,100.00 tUSD short`). */
  outcome?: string | undefined;
};

/**
 * Sends one permissionless step found by {@link findKeeperSteps}, with bounded gas: the call is estimated
 * first (a step someone else already took fails here, before anything is signed) and refused when it needs
 * more than `maxGas`.
 * @example
 * const { due } = await findKeeperSteps(keeperClient, { deployment })
 * for (const step of due) await takeKeeperStep(keeperClient, { deployment, step })
 */
export async function takeKeeperStep(client: LashouClient, parameters: TakeKeeperStepParameters): Promise<TakeKeeperStepReturnType> {
  const { deployment, step } = parameters;
  const maxGas = parameters.maxGas ?? DEFAULT_KEEPER_MAX_GAS;
  const account = resolveAccount(client, parameters.account);
  let lapseSteps = parameters.maxLapseSteps ?? DEFAULT_KEEPER_LAPSE_STEPS;
  let call = await callOf(client, deployment, step, lapseSteps);
  let estimatedGas = await estimate(client, call, account, deployment);
  // Lapse processing is bounded by its step count: fewer members per call until one call fits the gas limit.
  while (estimatedGas > maxGas && step.kind === 'processLapses' && lapseSteps > 1) {
    lapseSteps = Math.floor(lapseSteps / 2);
    call = await callOf(client, deployment, step, lapseSteps);
    estimatedGas = await estimate(client, call, account, deployment);
  }
  if (estimatedGas > maxGas) {
    throw new InvalidInputError(`${step.key} needs ${estimatedGas} gas, above the keeper's limit of ${maxGas} per call: raise --max-gas if that is expected`, {
      code: 'keeper.gasAboveLimit', params: { step: step.key, gas: estimatedGas, maxGas },
    });
  }
  const padded = (estimatedGas * 12n) / 10n;
  const gasLimit = padded > maxGas ? maxGas : padded;
  if (parameters.dryRun) return { functionName: call.functionName, estimatedGas, gasLimit, sent: false };
  const { hash, receipt } = await sendContractWrite(client, {
    ...call, account, pool: deployment.pool, gas: gasLimit,
    maxFeePerGas: parameters.fees?.maxFeePerGas, maxPriorityFeePerGas: parameters.fees?.maxPriorityFeePerGas,
  });
  return {
    functionName: call.functionName, estimatedGas, gasLimit, sent: true, hash, receipt, gasUsed: receipt.gasUsed, cost: receipt.gasUsed * receipt.effectiveGasPrice,
    outcome: await outcomeOf(client, deployment, step, receipt),
  };
}

const EVENTS_ABI = [...mutualPoolAbi, ...claimsManagerAbi, ...prevrandaoSourceAbi, ...fraudReportsAbi, ...witnessRegistryAbi] as Abi;

/** One phrase for what a step's transaction did, from its events. */
async function outcomeOf(client: LashouClient, deployment: KeeperDeployment, step: KeeperStep, receipt: TransactionReceipt): Promise<string> {
  const logs = parseEventLogs({ abi: EVENTS_ABI, logs: receipt.logs }) as unknown as { eventName: string; args: Record<string, unknown> }[];
  const first = (name: string) => logs.find((l) => l.eventName === name)?.args;
  // Amounts in the pool's token; base units if it cannot be read.
  const money = async () => {
    const token = await readContract(client, { address: deployment.pool, abi: mutualPoolAbi, functionName: 'token' })
      .then((address) => getTokenInfo(client, { token: address }))
      .catch(() => undefined);
    return (v: unknown) => (token ? formatAmount(v as bigint, token) : `${v} base units`);
  };
  switch (step.kind) {
    case 'payOwedStake': {
      const e = first('OwedStakePaid');
      return e ? `sent ${(await money())(e.amount)} of owed stake to ${e.to}` : `nothing was owed to ${step.recipient} any more`;
    }
    case 'creditPendingNoShow':
    case 'creditPendingReport': {
      const e = first('MembersCredited');
      if (!e) return 'no credit event';
      const amount = await money();
      return `credited ${amount(e.amount)} to ${e.members} member${e.members === 1n ? '' : 's'} (${amount(e.perMember)} each${(e.reserveAdded as bigint) > 0n ? `, ${amount(e.reserveAdded)} to the reserve` : ''})`;
    }
    case 'releasePayout': {
      const e = first('PayoutClaimed');
      return e ? `released ${(await money())(e.amount)} to payee ${e.recipient}` : 'no payout event';
    }
    case 'releaseReportRefund': {
      const e = first('RefundClaimed');
      return e ? `released ${(await money())(e.amount)} to reporter ${e.reporter}` : 'no refund event';
    }
    case 'activateWitness': {
      const e = logs.find((l) => l.eventName === 'WitnessEligibilityChanged' && l.args.eligible === true)?.args;
      return e ? `activated witness ${e.witness} (tier ${e.tier}, region ${e.region})` : `witness ${step.witness} was already in the draw`;
    }
    case 'markClaimPaid': {
      const part = first('ClaimPaidInPart');
      if (!part) return first('ClaimPaid') ? `claim ${step.claimId} is now Paid` : 'no payment event';
      const amount = await money();
      return `closed claim ${part.claimId} paid in part: ${amount(part.paid)} paid, ${amount(part.shortfall)} short`;
    }
    case 'expireReport': {
      const e = first('ReportResolved');
      if (!e) return 'no report event';
      const outcome = REPORT_OUTCOMES[Number(e.outcome)] ?? String(e.outcome);
      return outcome === 'Superseded'
        ? `report ${e.reportId} closed as superseded (claim ${e.claimId} ended through another report); bond back to ${e.reporter}`
        : `report ${e.reportId} expired; bond back to ${e.reporter}, claim ${e.claimId} goes on`;
    }
    case 'settleEpoch': {
      const e = first('EpochSettled');
      return e ? `settled epoch ${e.epoch} (${e.members} members, share ${e.share} base units each)` : 'no settlement event';
    }
    case 'processLapses': {
      const e = first('LapsesProcessed');
      return e ? `${e.lapsed} lapsed in ${e.steps} steps${e.pending ? ', more pending' : ''}` : 'no lapse event';
    }
    case 'fulfilRandomness':
      return first('RandomnessFulfilled') ? `randomness request ${step.requestId} recorded` : `randomness request ${step.requestId} was already recorded`;
    case 'drawWitnesses': {
      const assigned = logs.filter((l) => l.eventName === 'WitnessAssigned').map((l) => `slot ${l.args.slot}: ${l.args.witness}`);
      return assigned.length ? `drew ${assigned.join(', ')}` : 'nobody drawn: fresh randomness requested';
    }
    case 'replaceWitness': {
      const e = first('WitnessReplaced');
      if (!e) return 'no replacement event';
      // While the token cannot move the replacement stands and the credit waits (group deferred sends it on).
      const credit = first('CreditDeferred') ? 'its credit to the members waits for the token' : 'credited to the members';
      return `replaced ${e.witness} (slot ${e.slot}); ${e.slashed} base units of its stake slashed and ${credit}`;
    }
    default: {
      const last = logs.filter((l) => l.eventName === 'ClaimStateChanged').at(-1);
      if (!last) return 'done';
      return `claim ${last.args.claimId} is now ${CLAIM_STATES[Number(last.args.to)] ?? last.args.to}`;
    }
  }
}

type Call = { address: Address; abi: Abi; functionName: string; args: readonly unknown[] };

/** The node's gas estimate of a call (which also simulates it: a step already taken fails here, before signing). */
async function estimate(client: LashouClient, call: Call, account: Account | Address, deployment: KeeperDeployment): Promise<bigint> {
  try {
    return await estimateContractGas(client, { address: call.address, abi: call.abi, functionName: call.functionName, args: call.args, account } as never);
  } catch (error) {
    throw await explain(client, error, { pool: deployment.pool });
  }
}

/** The contract call of a step. */
async function callOf(client: LashouClient, d: KeeperDeployment, step: KeeperStep, maxLapseSteps: number): Promise<Call> {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new InvalidInputError(`step ${step.key} has no ${what}`, { code: 'keeper.stepIncomplete', params: { step: step.key, what } });
    return value;
  };
  const claim = (functionName: string, ...extra: unknown[]): Call => ({
    address: need(d.claims, 'claims address'), abi: claimsManagerAbi as Abi, functionName, args: [need(step.claimId, 'claim id'), ...extra],
  });
  switch (step.kind) {
    case 'processLapses':
      return { address: d.pool, abi: mutualPoolAbi as Abi, functionName: 'processLapses', args: [BigInt(maxLapseSteps)] };
    case 'settleEpoch':
      return { address: d.pool, abi: mutualPoolAbi as Abi, functionName: 'settleEpoch', args: [] };
    case 'fulfilRandomness': {
      const header = await getBlockHeaderRlp(client, { blockNumber: need(step.allowedAtBlock, 'target block') });
      return { address: need(d.randomness, 'randomness source'), abi: prevrandaoSourceAbi as Abi, functionName: 'fulfill', args: [need(step.requestId, 'randomness request'), header] };
    }
    case 'drawWitnesses':
      return claim('drawWitnesses');
    case 'replaceWitness':
      return claim('replaceWitness', BigInt(need(step.slot, 'slot')));
    case 'approveClaim':
      return claim('approveClaim');
    case 'markClaimPaid':
      return claim('markPaid');
    case 'releaseStakes':
      return claim('releaseStakes');
    case 'expireClaim':
      return claim('expireClaim');
    case 'expireReport':
      return { address: need(d.reports, 'reports address'), abi: fraudReportsAbi as Abi, functionName: 'expireReport', args: [need(step.reportId, 'report id')] };
    case 'activateWitness': {
      const registry = need(d.registry, 'registry address');
      const witness = need(step.witness, 'witness');
      // An activation someone else just made would still pass the estimate (it is a no-op): refuse it here instead.
      const [, , , eligible] = await readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'witnessInfo', args: [witness] });
      if (eligible) throw new InvalidInputError(`witness ${witness} is already in the draw: nothing to activate`, { code: 'keeper.stepTaken', params: { step: step.key, witness } });
      return { address: registry, abi: witnessRegistryAbi as Abi, functionName: 'activate', args: [witness] };
    }
    case 'payOwedStake': {
      const registry = d.registry ?? (await readContract(client, { address: need(d.claims, 'claims address'), abi: claimsManagerAbi, functionName: 'registry' }));
      const module = need(step.recipient, 'module');
      // payOwed with nothing owed succeeds and does nothing (a credit or refund fetched it meanwhile): refuse it here.
      const owed = await readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'owedTo', args: [module] });
      if (owed === 0n) throw new InvalidInputError(`the witness registry owes ${module} nothing any more: it was sent meanwhile`, { code: 'stake.nothingOwed', params: { module } });
      return { address: registry, abi: witnessRegistryAbi as Abi, functionName: 'payOwed', args: [module] };
    }
    case 'creditPendingNoShow':
      return claim('creditPending');
    case 'creditPendingReport':
      return { address: need(d.reports, 'reports address'), abi: fraudReportsAbi as Abi, functionName: 'creditPending', args: [need(step.reportId, 'report id')] };
    case 'releasePayout':
      return { address: d.pool, abi: mutualPoolAbi as Abi, functionName: 'releasePayout', args: [need(step.recipient, 'payee')] };
    case 'releaseReportRefund':
      return { address: need(d.reports, 'reports address'), abi: fraudReportsAbi as Abi, functionName: 'releaseRefund', args: [need(step.recipient, 'reporter')] };
  }
}

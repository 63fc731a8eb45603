import { claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type AbiEvent, type Address, type Hash, getAbiItem } from 'viem';
import { getBlock, getLogs, getTransaction, getTransactionReceipt } from 'viem/actions';
import { read } from '../claims/internal.js';
import type { LashouClient } from '../internal/client.js';
import type { KeeperDeployment } from './findKeeperSteps.js';

/** Parameters of {@link getKeeperSpending}. */
export type GetKeeperSpendingParameters = {
  deployment: KeeperDeployment;
  /** The keeper's address. */
  account: Address;
  /** Count transactions in blocks from this chain time on (unix seconds). */
  since: bigint;
  /** Blocks per `eth_getLogs` request (default 5,000; public endpoints cap the range). */
  chunk?: bigint | undefined;
};

/** The keeper's transactions found since `since`, and what they cost (wei). */
export type GetKeeperSpendingReturnType = { spent: bigint; transactions: { hash: Hash; blockNumber: bigint; timestamp: bigint; cost: bigint }[]; fromBlock: bigint };

// Every event a permissionless step emits: a keeper transaction always leaves at least one of them.
const STEP_EVENTS = [
  getAbiItem({ abi: mutualPoolAbi, name: 'LapsesProcessed' }),
  getAbiItem({ abi: mutualPoolAbi, name: 'EpochSettled' }),
  getAbiItem({ abi: prevrandaoSourceAbi, name: 'RandomnessFulfilled' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'ClaimStateChanged' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'DrawMade' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'DrawRandomnessRequested' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'WitnessReplaced' }),
  getAbiItem({ abi: claimsManagerAbi, name: 'WitnessStakeReleased' }),
  getAbiItem({ abi: fraudReportsAbi, name: 'ReportResolved' }),
  getAbiItem({ abi: witnessRegistryAbi, name: 'WitnessEligibilityChanged' }),
  // Money that waited for the token: owed stake paid, deferred credits made, kept payouts and refunds released.
  getAbiItem({ abi: witnessRegistryAbi, name: 'OwedStakePaid' }),
  getAbiItem({ abi: mutualPoolAbi, name: 'MembersCredited' }),
  getAbiItem({ abi: mutualPoolAbi, name: 'PayoutClaimed' }),
  getAbiItem({ abi: fraudReportsAbi, name: 'RefundClaimed' }),
] as AbiEvent[];

/**
 * What a keeper's key spent on the protocol's permissionless steps since a time, recomputed from the chain: the
 * transactions sent by `account` that emitted a step's event from one of the protocol's contracts, at their
 * gas used × effective gas price. A restarted keeper resumes its daily budget from this, keeping no file.
 * @example
 * const { spent } = await getKeeperSpending(client, { deployment, account, since: now - 86_400n })
 */
export async function getKeeperSpending(client: LashouClient, parameters: GetKeeperSpendingParameters): Promise<GetKeeperSpendingReturnType> {
  const { deployment, since } = parameters;
  const account = parameters.account.toLowerCase();
  const chunk = parameters.chunk ?? 5_000n;
  const latest = await read(client, () => getBlock(client, { blockTag: 'latest' }));
  const fromBlock = await firstBlockAtOrAfter(client, since, latest.number, latest.timestamp);
  const addresses = [deployment.pool, deployment.claims, deployment.reports, deployment.randomness, deployment.registry].filter((a): a is Address => a !== undefined);
  const hashes = new Map<Hash, bigint>();
  for (let start = fromBlock; start <= latest.number; start += chunk) {
    const end = start + chunk - 1n > latest.number ? latest.number : start + chunk - 1n;
    const logs = await read(client, () => getLogs(client, { address: addresses, events: STEP_EVENTS, fromBlock: start, toBlock: end }));
    for (const log of logs) if (log.transactionHash && log.blockNumber !== null) hashes.set(log.transactionHash, log.blockNumber);
  }
  const transactions: GetKeeperSpendingReturnType['transactions'] = [];
  for (const [hash, blockNumber] of hashes) {
    const tx = await read(client, () => getTransaction(client, { hash }));
    if (tx.from.toLowerCase() !== account) continue;
    const [receipt, block] = await read(client, () => Promise.all([getTransactionReceipt(client, { hash }), getBlock(client, { blockNumber })]));
    transactions.push({ hash, blockNumber, timestamp: block.timestamp, cost: receipt.gasUsed * receipt.effectiveGasPrice });
  }
  return { spent: transactions.reduce((sum, t) => sum + t.cost, 0n), transactions, fromBlock };
}

/** The first block whose timestamp is ≥ `since` (binary search; timestamps never decrease). */
async function firstBlockAtOrAfter(client: LashouClient, since: bigint, latestNumber: bigint, latestTimestamp: bigint): Promise<bigint> {
  if (latestTimestamp < since) return latestNumber + 1n;
  let low = 0n;
  let high = latestNumber;
  while (low < high) {
    const middle = (low + high) / 2n;
    const block = await read(client, () => getBlock(client, { blockNumber: middle }));
    if (block.timestamp >= since) high = middle;
    else low = middle + 1n;
  }
  return low;
}

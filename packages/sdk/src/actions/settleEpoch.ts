import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, parseEventLogs } from 'viem';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { processLapses, type ProcessLapsesReturnType } from './processLapses.js';

/** Parameters of {@link settleEpoch}. */
export type SettleEpochParameters = {
  pool: Address;
  /** Steps per `processLapses` transaction (default 200). */
  maxLapseSteps?: number | undefined;
  onProgress?: ((progress: { steps: number; lapsed: number; pending: boolean }) => void) | undefined;
  account?: Account | Address | undefined;
};

/** The settlement and what it did, plus the lapse processing sent before it. */
export type SettleEpochReturnType = WriteResult & {
  lapses: ProcessLapsesReturnType;
  epoch: bigint;
  members: bigint;
  share: bigint;
  collected: bigint;
  reserveAdded: bigint;
  carriedOver: bigint;
  exitsFinalised: bigint;
  payments: { paymentId: bigint; claimId: bigint; recipient: Address; amount: bigint; remaining: bigint; transferred: boolean }[];
  lapseHashes: Hash[];
};

/**
 * Settles the oldest unsettled epoch (permissionless): first processes pending lapses until none remain,
 * then charges the epoch's payments equally to all active members and pays them.
 * @example
 * const { share, members } = await settleEpoch(walletClient, { pool })
 */
export async function settleEpoch(client: LashouClient, parameters: SettleEpochParameters): Promise<SettleEpochReturnType> {
  const { pool, account } = parameters;
  const lapses = await processLapses(client, { pool, maxSteps: parameters.maxLapseSteps, onProgress: parameters.onProgress, account });
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'settleEpoch', account, pool });
  const logs = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs });
  const settled = logs.find((log) => log.eventName === 'EpochSettled');
  const args = settled?.eventName === 'EpochSettled' ? settled.args : undefined;
  const payments = logs.flatMap((log) =>
    log.eventName === 'PaymentMade'
      ? [{ paymentId: log.args.paymentId, claimId: log.args.claimId, recipient: log.args.recipient, amount: log.args.amount, remaining: log.args.remaining, transferred: log.args.transferred }]
      : [],
  );
  return {
    ...result,
    lapses,
    lapseHashes: lapses.hashes,
    epoch: args?.epoch ?? 0n,
    members: args?.members ?? 0n,
    share: args?.share ?? 0n,
    collected: args?.collected ?? 0n,
    reserveAdded: args?.reserveAdded ?? 0n,
    carriedOver: args?.carriedOver ?? 0n,
    exitsFinalised: args?.exitsFinalised ?? 0n,
    payments,
  };
}

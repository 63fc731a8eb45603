import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { prepareFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { findPositionHint, type HintFallback } from './findPositionHint.js';

/** Parameters of {@link topUpBalance}. */
export type TopUpBalanceParameters = {
  pool: Address;
  amount: bigint;
  /** The HintHelpers contract (`deployment.hintHelpers`): the sorted-list hint in one call, whatever the pool size. */
  hintHelpers?: Address | undefined;
  /** Base URL of a Lashou API serving `/api/hints` (the indexer), asked first; its hint is checked on chain. */
  apiUrl?: string | undefined;
  /** Told when the API or the helper fails and the next way to compute the hint is tried (see findPositionHint). */
  onHintFallback?: ((fallback: HintFallback) => void) | undefined;
  account?: Account | Address | undefined;
};

/** The top-up, the member's balance afterwards, and whether a lapsed member rejoined. */
export type TopUpBalanceReturnType = WriteResult & { approvalHash: Hash | undefined; balance: bigint; rejoined: boolean; coverageStart: bigint };

/** `MemberView` values (IMutualPool.statusOf) whose top-up inserts a key into the sorted list. */
const WAITING = 1;
const COVERED = 2;
const LAPSED = 4;

/**
 * Adds funds to a membership. A lapsed member whose balance reaches the minimum rejoins (with a new waiting
 * period). Approves the amount if needed and computes the sorted-list hint for the new balance: the new key is
 * `balance + amount + index` for an active member (whose balance is `key − index`) and for a lapsed one (whose
 * balance is frozen) alike, so one round of reads gives it, and the hint costs two RPC round trips with
 * `hintHelpers`, three at most with `apiUrl` (see findPositionHint).
 * @example
 * const deployment = loadDeployment(chainId)
 * const { balance } = await topUpBalance(walletClient, { pool: deployment.pool, hintHelpers: deployment.hintHelpers, amount: parseAmount('20', { decimals: 6 }) })
 */
export async function topUpBalance(client: LashouClient, parameters: TopUpBalanceParameters): Promise<TopUpBalanceReturnType> {
  const { pool, amount, hintHelpers, apiUrl, onHintFallback } = parameters;
  const account = resolveAccount(client, parameters.account);
  const owner = accountAddress(account);
  let token: Address;
  let hint = 0;
  try {
    const [tokenAddress, index, memberId, balance, status] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'index' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'memberIdOf', args: [owner] }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'balanceOf', args: [owner] }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'statusOf', args: [owner] }),
    ]);
    token = tokenAddress;
    // Other statuses are refused by the pool, which the simulation below reports.
    if (memberId !== 0 && (status === WAITING || status === COVERED || status === LAPSED)) {
      hint = await findPositionHint(client, { pool, key: balance + amount + index, exclude: memberId, hintHelpers, apiUrl, onFallback: onHintFallback });
    }
  } catch (error) {
    throw await explain(client, error, { pool });
  }
  const approval = await prepareFunding(client, { token, pool, account, amount, poolCall: { functionName: 'topUp', args: [amount, hint] } });
  const result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'topUp', args: [amount, hint], account, token });
  const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberToppedUp' });
  return { ...result, approvalHash: approval?.hash, balance: event?.args.balance ?? 0n, rejoined: event?.args.rejoined ?? false, coverageStart: event?.args.coverageStart ?? 0n };
}

import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, type Hex, parseEventLogs } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, resolveAccount } from '../internal/client.js';
import { explainCommitmentUsed } from './findCommitmentHolder.js';
import { prepareFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { findPositionHint, type HintFallback } from './findPositionHint.js';

/** Parameters of {@link joinPool}. */
export type JoinPoolParameters = {
  pool: Address;
  /** From `createIdentity(...).commitment`. */
  identityCommitment: Hex;
  /** First deposit in token units (≥ the minimum balance). */
  deposit: bigint;
  /** The HintHelpers contract (`deployment.hintHelpers`): the sorted-list hint in one call, whatever the pool size. */
  hintHelpers?: Address | undefined;
  /** Base URL of a Lashou API serving `/api/hints` (the indexer), asked first; its hint is checked on chain. */
  apiUrl?: string | undefined;
  /** Told when the API or the helper fails and the next way to compute the hint is tried (see findPositionHint). */
  onHintFallback?: ((fallback: HintFallback) => void) | undefined;
  /** The pool's first block (`deployment.blockNumber`): where a used commitment's `MemberJoined` is looked for, to say who holds it (default: the chain's first block). */
  fromBlock?: bigint | number | undefined;
  account?: Account | Address | undefined;
};

/** The join transaction, the approval sent before it (if one was needed) and the new membership. */
export type JoinPoolReturnType = WriteResult & { approvalHash: Hash | undefined; memberId: number; coverageStart: bigint; epoch: bigint };

/**
 * Joins the pool: approves the deposit if needed, computes the sorted-list hint, and sends `join`.
 * The hint costs two RPC round trips with `hintHelpers` (the pool's token and index, then the helper), three at most
 * with `apiUrl` (plus the API request); without either, about n/64 (see findPositionHint).
 * @example
 * const deployment = loadDeployment(chainId)
 * const identity = createIdentity({ docType: 'CN_RESIDENT_ID', idNumber, name })
 * const { memberId } = await joinPool(walletClient, {
 *   pool: deployment.pool, hintHelpers: deployment.hintHelpers, identityCommitment: identity.commitment, deposit: parseAmount('50', { decimals: 6 }),
 * })
 */
export async function joinPool(client: LashouClient, parameters: JoinPoolParameters): Promise<JoinPoolReturnType> {
  const { pool, identityCommitment, deposit, hintHelpers, apiUrl, onHintFallback } = parameters;
  if (!/^0x[0-9a-fA-F]{64}$/.test(identityCommitment)) throw new InvalidInputError('identity commitment must be 32 bytes (0x + 64 hex digits)', { code: 'identityCommitment.format', params: { value: identityCommitment } });
  const account = resolveAccount(client, parameters.account);
  let token: Address;
  let hint: number;
  try {
    const [tokenAddress, index] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'index' }),
    ]);
    token = tokenAddress;
    hint = await findPositionHint(client, { pool, key: deposit + index, hintHelpers, apiUrl, onFallback: onHintFallback });
  } catch (error) {
    throw await explain(client, error, { pool });
  }
  let approval: WriteResult | undefined;
  let result: WriteResult;
  try {
    approval = await prepareFunding(client, { token, pool, account, amount: deposit, poolCall: { functionName: 'join', args: [identityCommitment, deposit, hint] } });
    result = await sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'join', args: [identityCommitment, deposit, hint], account, token });
  } catch (error) {
    // A used commitment: say who joined with it (this person is already a member).
    throw await explainCommitmentUsed(client, error, { pool, identityCommitment, fromBlock: parameters.fromBlock, account });
  }
  const [joined] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberJoined' });
  if (!joined) throw new InvalidInputError(`transaction ${result.hash} emitted no MemberJoined event: is ${pool} a Lashou pool?`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'MemberJoined', contract: pool, expected: 'MutualPool' } });
  return { ...result, approvalHash: approval?.hash, memberId: Number(joined.args.memberId), coverageStart: joined.args.coverageStart, epoch: joined.args.epoch };
}

import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, type Hash, type Hex, parseEventLogs, parseSignature } from 'viem';
import { getBlock, readContract, signTypedData, simulateContract } from 'viem/actions';
import { InvalidInputError, RpcUnreachableError } from '../errors/LashouError.js';
import { getTokenInfo } from './getTokenInfo.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { explainCommitmentUsed } from './findCommitmentHolder.js';
import { checkFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { findPositionHint, type HintFallback } from './findPositionHint.js';
import { joinPool } from './joinPool.js';
import { getPermitSupport, type GetPermitSupportReturnType } from '../tokens/getPermitSupport.js';
import { allowPermitAbi, allowPermitTypes, eip2612PermitAbi, eip2612PermitTypes, permitProbeAbi } from '../tokens/tokenAbis.js';

/** Parameters of {@link joinPoolWithPermit}. */
export type JoinPoolWithPermitParameters = {
  pool: Address;
  identityCommitment: Hex;
  deposit: bigint;
  /** Permit deadline (unix seconds; a DAI-style permit's expiry); by default one hour after the latest block. */
  deadline?: bigint | undefined;
  /**
   * `true`: refuse (an `InvalidInputError` naming the token and why) when the token has no usable permit, instead of
   * falling back to approve + join. Default `false`: fall back, and say why in `notice` and `onPermitFallback`.
   */
  requirePermit?: boolean | undefined;
  /** Told, before the approval is sent, when the token has no usable permit and approve + join is used instead. */
  onPermitFallback?: ((fallback: { token: Address; reason: string }) => void) | undefined;
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

/** The join transaction, how the deposit was authorised, and the new membership. */
export type JoinPoolWithPermitReturnType = WriteResult & {
  memberId: number;
  coverageStart: bigint;
  epoch: bigint;
  /** `eip2612`: a permit for exactly the deposit; `allow`: DAI's permit (an unlimited allowance); `approve`: no usable permit, approved first. */
  method: 'eip2612' | 'allow' | 'approve';
  /** The approval sent on the `approve` path, if one was needed. */
  approvalHash: Hash | undefined;
  /**
   * True when the pool now holds an unlimited allowance of the member's tokens: a DAI-style permit can only grant
   * `type(uint256).max` (`allowed = true`). The pool only ever pulls tokens in the member's own calls; the member
   * may lower it with the token's `approve(pool, 0)`.
   */
  unlimitedAllowance: boolean;
  /** What the member should know: why approve was used instead of a permit, or that the permit granted an unlimited allowance. */
  notice: string | undefined;
};

/** A signed permit of either kind, checked against the token, ready for the pool. */
type SignedPermit = { kind: 'eip2612' | 'allow'; v: number; r: Hex; s: Hex; deadline: bigint; nonce: bigint };

/**
 * Joins in one transaction with the token's permit instead of a separate approval: EIP-2612 (the test stablecoin,
 * USDC: a permit for exactly the deposit, sent with `joinWithPermit`) or DAI's own permit (`joinWithAllowPermit`;
 * it grants the pool an unlimited allowance, which the result says). The permit's EIP-712 domain is resolved and
 * checked against the token's `DOMAIN_SEPARATOR()` before anyone is asked to sign ({@link getPermitSupport}), and the
 * signed permit is tried against the token before it is sent. A token without a usable permit (USDT, or a domain that
 * does not check out) falls back to approve + join, saying why in `notice` — or, with `requirePermit`, is refused.
 * The sorted-list hint is computed alongside the permit's reads: with `hintHelpers` or `apiUrl` it adds no round trip.
 * @example
 * const deployment = loadDeployment(chainId)
 * const { memberId, method, notice } = await joinPoolWithPermit(walletClient, { pool: deployment.pool, hintHelpers: deployment.hintHelpers, identityCommitment, deposit: 50_000_000n })
 * if (notice) console.log(notice)
 */
export async function joinPoolWithPermit(client: LashouClient, parameters: JoinPoolWithPermitParameters): Promise<JoinPoolWithPermitReturnType> {
  const { pool, identityCommitment, deposit, hintHelpers, apiUrl, onHintFallback } = parameters;
  if (!/^0x[0-9a-fA-F]{64}$/.test(identityCommitment)) throw new InvalidInputError('identity commitment must be 32 bytes (0x + 64 hex digits)', { code: 'identityCommitment.format', params: { value: identityCommitment } });
  const account = resolveAccount(client, parameters.account);
  const owner = accountAddress(account);
  let token: Address;
  let hint: number;
  let support: GetPermitSupportReturnType;
  let signed: SignedPermit | undefined;
  let refusal: string | undefined;
  try {
    const [tokenAddress, index] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'index' }),
    ]);
    token = tokenAddress;
    const [found, nonce, block, foundHint] = await Promise.all([
      getPermitSupport(client, { token }),
      readContract(client, { address: token, abi: permitProbeAbi, functionName: 'nonces', args: [owner] }).catch(() => undefined),
      getBlock(client),
      findPositionHint(client, { pool, key: deposit + index, hintHelpers, apiUrl, onFallback: onHintFallback }),
    ]);
    support = found;
    hint = foundHint;
    // Pool refusals first (simulated as a plain join), then the balance; the permit replaces the approval.
    await checkFunding(client, { token, pool, account, amount: deposit, poolCall: { functionName: 'join', args: [identityCommitment, deposit, hint] } });
    if (support.kind === 'none' || support.domain === undefined || nonce === undefined) {
      refusal = support.reason;
    } else {
      const deadline = parameters.deadline ?? block.timestamp + 3600n;
      signed = await signPermit(client, { account, owner, pool, token, deposit, deadline, nonce, support });
      refusal = await tryPermit(client, { token, owner, pool, deposit, signed });
      if (refusal) signed = undefined;
    }
  } catch (error) {
    // A used commitment: say who joined with it (this person is already a member).
    throw await explainCommitmentUsed(client, await explain(client, error, { pool }), { pool, identityCommitment, fromBlock: parameters.fromBlock, account });
  }
  if (!signed) {
    const reason = refusal ?? support.reason;
    if (parameters.requirePermit) {
      throw new InvalidInputError(`cannot join with a permit: ${reason}. Join with approve + join instead (joinPool; lashou member join without --permit)`, {
        code: 'permit.unsupported',
        params: { token, reason },
      });
    }
    parameters.onPermitFallback?.({ token, reason });
    const joined = await joinPool(client, { pool, identityCommitment, deposit, hintHelpers, apiUrl, onHintFallback, fromBlock: parameters.fromBlock, account });
    return { ...joined, method: 'approve', unlimitedAllowance: false, notice: `joined with approve + join, not a permit: ${reason}` };
  }
  let result: WriteResult;
  try {
    result =
      signed.kind === 'allow'
        ? await sendContractWrite(client, {
            address: pool, abi: mutualPoolAbi, functionName: 'joinWithAllowPermit',
            args: [identityCommitment, deposit, hint, signed.nonce, signed.deadline, signed.v, signed.r, signed.s], account, token,
          })
        : await sendContractWrite(client, {
            address: pool, abi: mutualPoolAbi, functionName: 'joinWithPermit',
            args: [identityCommitment, deposit, hint, signed.deadline, signed.v, signed.r, signed.s], account, token,
          });
  } catch (error) {
    throw await explainCommitmentUsed(client, error, { pool, identityCommitment, fromBlock: parameters.fromBlock, account });
  }
  const [joined] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberJoined' });
  if (!joined) throw new InvalidInputError(`transaction ${result.hash} emitted no MemberJoined event: is ${pool} a Lashou pool?`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'MemberJoined', contract: pool, expected: 'MutualPool' } });
  const unlimited = signed.kind === 'allow';
  return {
    ...result,
    memberId: Number(joined.args.memberId),
    coverageStart: joined.args.coverageStart,
    epoch: joined.args.epoch,
    method: signed.kind,
    approvalHash: undefined,
    unlimitedAllowance: unlimited,
    notice: unlimited
      ? `the token's DAI-style permit can only grant an unlimited allowance: the pool ${pool} may now take any amount of ${owner}'s tokens in ${owner}'s own pool calls (it never pulls otherwise); lower it with the token's approve(${pool}, 0) if you wish`
      : undefined,
  };
}

/** Signs the permit of the token's kind with the verified domain. */
async function signPermit(
  client: LashouClient,
  args: { account: Account | Address; owner: Address; pool: Address; token: Address; deposit: bigint; deadline: bigint; nonce: bigint; support: GetPermitSupportReturnType },
): Promise<SignedPermit> {
  const { account, owner, pool, deadline, nonce, support } = args;
  const domain = support.domain!;
  const signature =
    support.kind === 'allow'
      ? await signTypedData(client, { account, domain, types: allowPermitTypes, primaryType: 'Permit', message: { holder: owner, spender: pool, nonce, expiry: deadline, allowed: true } })
      : await signTypedData(client, { account, domain, types: eip2612PermitTypes, primaryType: 'Permit', message: { owner, spender: pool, value: args.deposit, nonce, deadline } });
  const { r, s, v, yParity } = parseSignature(signature);
  return { kind: support.kind === 'allow' ? 'allow' : 'eip2612', r, s, v: Number(v ?? BigInt(yParity + 27)), deadline, nonce };
}

/**
 * Submits the signed permit to the token in a simulation: the pool swallows a failing permit (so a front-run one
 * cannot block a join), and the join would then fail on the allowance. Returns why the token refused it, if it did.
 */
async function tryPermit(client: LashouClient, args: { token: Address; owner: Address; pool: Address; deposit: bigint; signed: SignedPermit }): Promise<string | undefined> {
  const { token, owner, pool, signed } = args;
  try {
    if (signed.kind === 'allow') {
      await simulateContract(client, { address: token, abi: allowPermitAbi, functionName: 'permit', args: [owner, pool, signed.nonce, signed.deadline, true, signed.v, signed.r, signed.s], account: owner });
    } else {
      await simulateContract(client, { address: token, abi: eip2612PermitAbi, functionName: 'permit', args: [owner, pool, args.deposit, signed.deadline, signed.v, signed.r, signed.s], account: owner });
    }
    return undefined;
  } catch (error) {
    const explained = await explain(client, error, { token, account: owner });
    if (explained instanceof RpcUnreachableError) throw explained;
    const said = typeof explained.params.reason === 'string' ? `"${explained.params.reason}"` : explained.shortMessage;
    const { symbol } = await getTokenInfo(client, { token }).catch(() => ({ symbol: undefined }));
    return `${symbol ? `${symbol} (${token})` : token} refused the permit signed for it (${said}), so its permit cannot be used here`;
  }
}

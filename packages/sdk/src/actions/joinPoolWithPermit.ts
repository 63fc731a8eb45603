import { mutualPoolAbi, testStablecoinAbi } from '@lashou/abi';
import { type Account, type Address, type Hex, parseEventLogs, parseSignature } from 'viem';
import { getBlock, getChainId, readContract, signTypedData } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount } from '../internal/client.js';
import { explainCommitmentUsed } from './findCommitmentHolder.js';
import { prepareFunding } from '../internal/funds.js';
import { explain, sendContractWrite, type WriteResult } from '../internal/write.js';
import { findPositionHint, type HintFallback } from './findPositionHint.js';

/** Parameters of {@link joinPoolWithPermit}. */
export type JoinPoolWithPermitParameters = {
  pool: Address;
  identityCommitment: Hex;
  deposit: bigint;
  /** Permit deadline (unix seconds); by default one hour after the latest block. */
  deadline?: bigint | undefined;
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

/** The join transaction and the new membership. */
export type JoinPoolWithPermitReturnType = WriteResult & { memberId: number; coverageStart: bigint };

/**
 * Joins in one transaction: signs an EIP-2612 permit for the deposit (off chain, no gas) and sends
 * `joinWithPermit`. The token must implement EIP-2612 (the test stablecoin, USDC and DAI-style tokens do).
 * The sorted-list hint is computed alongside the permit's reads: with `hintHelpers` or `apiUrl` it adds no round trip.
 * @example
 * const deployment = loadDeployment(chainId)
 * const { memberId } = await joinPoolWithPermit(walletClient, { pool: deployment.pool, hintHelpers: deployment.hintHelpers, identityCommitment, deposit: 50_000_000n })
 */
export async function joinPoolWithPermit(client: LashouClient, parameters: JoinPoolWithPermitParameters): Promise<JoinPoolWithPermitReturnType> {
  const { pool, identityCommitment, deposit, hintHelpers, apiUrl, onHintFallback } = parameters;
  if (!/^0x[0-9a-fA-F]{64}$/.test(identityCommitment)) throw new InvalidInputError('identity commitment must be 32 bytes (0x + 64 hex digits)', { code: 'identityCommitment.format', params: { value: identityCommitment } });
  const account = resolveAccount(client, parameters.account);
  const owner = accountAddress(account);
  let signed: { v: number; r: Hex; s: Hex; deadline: bigint; hint: number };
  let token: Address;
  try {
    const [tokenAddress, index] = await Promise.all([
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'token' }),
      readContract(client, { address: pool, abi: mutualPoolAbi, functionName: 'index' }),
    ]);
    token = tokenAddress;
    const [domain, nonce, chainId, block, hint] = await Promise.all([
      readContract(client, { address: token, abi: testStablecoinAbi, functionName: 'eip712Domain' }),
      readContract(client, { address: token, abi: testStablecoinAbi, functionName: 'nonces', args: [owner] }),
      getChainId(client),
      getBlock(client),
      findPositionHint(client, { pool, key: deposit + index, hintHelpers, apiUrl, onFallback: onHintFallback }),
    ]);
    // Pool refusals first (simulated as a plain join), then the balance; the permit replaces the approval.
    await prepareFunding(client, { token, pool, account, amount: deposit, poolCall: { functionName: 'join', args: [identityCommitment, deposit, hint] }, approve: false });
    const deadline = parameters.deadline ?? block.timestamp + 3600n;
    const signature = await signTypedData(client, {
      account,
      domain: { name: domain[1], version: domain[2], chainId, verifyingContract: token },
      types: {
        Permit: [
          { name: 'owner', type: 'address' },
          { name: 'spender', type: 'address' },
          { name: 'value', type: 'uint256' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
        ],
      },
      primaryType: 'Permit',
      message: { owner, spender: pool, value: deposit, nonce, deadline },
    });
    const { r, s, v, yParity } = parseSignature(signature);
    signed = { r, s, v: Number(v ?? BigInt(yParity + 27)), deadline, hint };
  } catch (error) {
    // A used commitment: say who joined with it (this person is already a member).
    throw await explainCommitmentUsed(client, await explain(client, error, { pool }), { pool, identityCommitment, fromBlock: parameters.fromBlock, account });
  }
  let result: WriteResult;
  try {
    result = await sendContractWrite(client, {
      address: pool,
      abi: mutualPoolAbi,
      functionName: 'joinWithPermit',
      args: [identityCommitment, deposit, signed.hint, signed.deadline, signed.v, signed.r, signed.s],
      account,
      token,
    });
  } catch (error) {
    throw await explainCommitmentUsed(client, error, { pool, identityCommitment, fromBlock: parameters.fromBlock, account });
  }
  const [joined] = parseEventLogs({ abi: mutualPoolAbi, logs: result.receipt.logs, eventName: 'MemberJoined' });
  if (!joined) throw new InvalidInputError(`transaction ${result.hash} emitted no MemberJoined event: is ${pool} a Lashou pool?`, { code: 'transaction.noEvent', params: { hash: result.hash, event: 'MemberJoined', contract: pool, expected: 'MutualPool' } });
  return { ...result, memberId: Number(joined.args.memberId), coverageStart: joined.args.coverageStart };
}

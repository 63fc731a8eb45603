import { mutualPoolAbi } from '@lashou/abi';
import type { Account, Address } from 'viem';
import { readContract, simulateContract } from 'viem/actions';
import { formatAmount } from '../amounts/formatAmount.js';
import { LashouContractError, toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, type LashouError, TokenRefusedError } from '../errors/LashouError.js';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { approveToken, type ApproveTokenReturnType } from '../tokens/approveToken.js';
import { erc20Abi } from '../tokens/tokenAbis.js';
import { type LashouClient, accountAddress, transportUrl } from './client.js';
import { addressesOf, isVagueTokenRefusal, refineTokenRefusal } from './tokenRefusal.js';
import { explain } from './write.js';

/** OpenZeppelin errors a token raises (and the pool passes on) about the token side of a call, not the pool's rules. */
const TOKEN_CONTRACT_ERRORS = new Set([
  'ERC20InsufficientAllowance', 'ERC20InsufficientBalance', 'ERC20InvalidSender', 'ERC20InvalidReceiver', 'ERC20InvalidApprover',
  'ERC20InvalidSpender', 'SafeERC20FailedOperation', 'ERC2612ExpiredSignature', 'ERC2612InvalidSigner', 'InvalidAccountNonce',
]);

/** Token refusals no approval cures. */
const BLOCKING = new Set(['token.paused', 'token.blacklisted']);

/**
 * Whether a refusal came from the token side of the call (any token's way of saying no: a custom error, a reason
 * string, no data, a panic) rather than from the pool's own rules (`PoolNotMember`, `PoolBelowMinimumBalance`, …).
 */
function fromTokenSide(error: LashouError): boolean {
  if (error instanceof TokenRefusedError) return true;
  if (error instanceof LashouContractError) return TOKEN_CONTRACT_ERRORS.has(error.errorName);
  return error.code === 'contract.panic' || error.code === 'contract.noReason' || error.code === 'contract.reverted';
}

/** What the funding check read: the owner's balance and allowance for the pool, and the token's decimals and symbol. */
export type FundingState = { owner: Address; balance: bigint; allowance: bigint; decimals: number; symbol: string };

/**
 * Before money moves into the pool, for any token: the pool call is simulated while the owner's balance and allowance
 * are read (one round trip). A refusal by the pool's own rules (not a member, below the minimum, …) is reported first.
 * A refusal from the token side is expected while the allowance or the balance is short — whatever its shape (USDC's
 * "ERC20: transfer amount exceeds allowance", USDT's empty revert, OpenZeppelin's custom errors) — and reported only
 * when both suffice — except a paused token or a blacklisted address, which no approval cures and which is reported
 * at once (for a token that says nothing, like USDT, its `paused()` and blacklist say it). Then a balance below
 * `amount` is refused with the amounts before anything is sent.
 */
export async function checkFunding(
  client: LashouClient,
  args: { token: Address; pool: Address; account: Account | Address; amount: bigint; poolCall: { functionName: string; args: readonly unknown[] } },
): Promise<FundingState> {
  if (args.amount <= 0n) throw new InvalidInputError('the amount must be positive', { code: 'amount.notPositive' });
  const owner = accountAddress(args.account);
  const simulated = simulateContract(client, { address: args.pool, abi: mutualPoolAbi, functionName: args.poolCall.functionName, args: args.poolCall.args, account: args.account } as never).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const [refusal, balance, allowance, { decimals, symbol }] = await Promise.all([
    simulated,
    readContract(client, { address: args.token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] }),
    readContract(client, { address: args.token, abi: erc20Abi, functionName: 'allowance', args: [owner, args.pool] }),
    getTokenInfo(client, { token: args.token }),
  ]).catch(async (error: unknown) => {
    throw await explain(client, error, { token: args.token, account: args.account });
  });
  if (refusal) {
    const context = { token: args.token, decimals, symbol, account: owner, rpcUrl: transportUrl(client), chainId: client.chain?.id };
    const explained = toLashouError(refusal.error, context);
    if (!fromTokenSide(explained)) throw explained;
    // A paused token or a blacklisted address refuses whatever is approved: that is said before anything is sent.
    // USDT says nothing and USDC not whom it blocks: the token's state tells. (Balance and allowance were just read,
    // so they are not read again: when both suffice, only a pause or a blacklist is left to explain the refusal.)
    const funded = balance >= args.amount && allowance >= args.amount;
    if (funded || isVagueTokenRefusal(explained)) {
      const refined = await refineTokenRefusal(client, explained, {
        token: args.token, symbol, addresses: addressesOf(refusal.error, [owner]), owner, spender: args.pool,
      });
      if (funded || BLOCKING.has(refined.code)) throw refined;
    } else if (BLOCKING.has(explained.code)) {
      throw explained;
    }
  }
  if (balance < args.amount) {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    throw new InvalidInputError(`${owner} holds ${fmt(balance)} but ${fmt(args.amount)} is needed: get at least ${fmt(args.amount - balance)} more (lashou token faucet on test chains)`, {
      code: 'funds.insufficientBalance',
      params: { owner, balance, needed: args.amount, decimals, symbol },
    });
  }
  return { owner, balance, allowance, decimals, symbol };
}

/**
 * {@link checkFunding}, then approves the pool for `amount` when the allowance is short (by the token's rules: USDT's
 * allowance goes through zero). Approvals are decided by reading `allowance`, never by the shape of a revert.
 * Returns the approval, if one was sent (`resetHash` when the allowance had to be set to zero first).
 */
export async function prepareFunding(
  client: LashouClient,
  args: { token: Address; pool: Address; account: Account | Address; amount: bigint; poolCall: { functionName: string; args: readonly unknown[] }; approve?: boolean },
): Promise<ApproveTokenReturnType | undefined> {
  const { allowance } = await checkFunding(client, args);
  if (args.approve === false || allowance >= args.amount) return undefined;
  return approveToken(client, { token: args.token, spender: args.pool, amount: args.amount, currentAllowance: allowance, account: args.account });
}

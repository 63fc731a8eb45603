import type { Abi, Account, Address, Hash, TransactionReceipt } from 'viem';
import { simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { mutualPoolAbi } from '@lashou/abi';
import { estimateContractGas, estimateFeesPerGas, getBalance, getGasPrice, readContract } from 'viem/actions';
import { type ErrorContext, findSender, isInsufficientFunds, toLashouError } from '../errors/contractErrors.js';
import { LashouError, TransactionFailedError, causeChain } from '../errors/LashouError.js';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { type LashouClient, accountAddress, resolveAccount, transportUrl } from './client.js';
import { addressesOf, isVagueTokenRefusal, refineTokenRefusal } from './tokenRefusal.js';

/** A contract write: simulated first (so reverts are decoded before anything is signed), sent, awaited. */
export type ContractWrite = {
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[];
  account?: Account | Address | undefined;
  /** The token whose decimals phrase amounts in error messages. */
  token?: Address | undefined;
  /** The pool whose token phrases amounts (read lazily, only when an error must be explained). */
  pool?: Address | undefined;
  /** Gas limit (default: estimated by the node). */
  gas?: bigint | undefined;
  /** EIP-1559 fee caps (default: estimated by viem). */
  maxFeePerGas?: bigint | undefined;
  maxPriorityFeePerGas?: bigint | undefined;
};

/** What every write action returns at least. */
export type WriteResult = { hash: Hash; receipt: TransactionReceipt };

async function errorContext(client: LashouClient, call: Pick<ContractWrite, 'token' | 'pool' | 'account'>, error?: unknown): Promise<ErrorContext> {
  const rpcUrl = transportUrl(client);
  const chain = {
    rpcUrl,
    chainId: client.chain?.id,
    nativeCurrency: client.chain?.nativeCurrency,
    account: call.account ? accountAddress(call.account) : client.account?.address,
  };
  if (error !== undefined && isInsufficientFunds(error)) return { ...chain, gasFunds: await gasShortfall(client, error, chain.account) };
  let token: Address | undefined;
  try {
    token = call.token ?? (call.pool ? ((await readContract(client, { address: call.pool, abi: mutualPoolAbi, functionName: 'token' })) as Address) : undefined);
    if (!token) return chain;
    const { decimals, symbol } = await getTokenInfo(client, { token });
    return { ...chain, decimals, symbol, token };
  } catch {
    return token ? { ...chain, token } : chain;
  }
}

/**
 * For a transaction its sender cannot pay the gas of: what the sender holds and roughly what the transaction needs
 * (its gas, estimated as if the sender were funded, times the fee cap the wallet would sign). Best effort: any part
 * the node does not answer is left out.
 */
export async function gasShortfall(client: LashouClient, error: unknown, fallback?: Address): Promise<{ balance?: bigint; needed?: bigint }> {
  const address = findSender(error) ?? fallback;
  if (!address) return {};
  const out: { balance?: bigint; needed?: bigint } = {};
  try {
    out.balance = await getBalance(client, { address });
  } catch {
    return out;
  }
  const call = [...causeChain(error)].find((e) => (e as { abi?: unknown; contractAddress?: unknown }).abi && (e as { contractAddress?: unknown }).contractAddress) as
    | { abi: Abi; functionName: string; args?: readonly unknown[]; contractAddress: Address }
    | undefined;
  try {
    const gas = call
      ? await estimateContractGas(client, {
          address: call.contractAddress, abi: call.abi, functionName: call.functionName, args: call.args ?? [], account: address,
          stateOverride: [{ address, balance: 10n ** 30n }],
        } as never)
      : 500_000n;
    let fee: bigint;
    try {
      fee = (await estimateFeesPerGas(client)).maxFeePerGas ?? (await getGasPrice(client));
    } catch {
      fee = await getGasPrice(client);
    }
    out.needed = gas * fee;
  } catch {
    // the balance alone still helps
  }
  return out;
}

/** Explains any error of a call with the pool's or token's units (and, for a gas shortfall, the sender's funds). */
export async function explain(client: LashouClient, error: unknown, call: Pick<ContractWrite, 'token' | 'pool' | 'account'>): Promise<LashouError> {
  if (error instanceof LashouError) return error;
  const context = await errorContext(client, call, error);
  const explained = toLashouError(error, context);
  // A token that refused without saying why (USDT), or a blacklist that does not say whom: its state tells.
  if (context.token && isVagueTokenRefusal(explained)) {
    return refineTokenRefusal(client, explained, { token: context.token, symbol: context.symbol, addresses: addressesOf(error, [context.account]) });
  }
  return explained;
}

/** Simulates, sends and waits for a contract write; every failure becomes a `LashouError`. */
export async function sendContractWrite(client: LashouClient, call: ContractWrite): Promise<WriteResult> {
  const account = resolveAccount(client, call.account);
  try {
    const { request } = await simulateContract(client, {
      address: call.address,
      abi: call.abi as Abi,
      functionName: call.functionName,
      args: call.args ?? [],
      account,
      ...(call.gas !== undefined ? { gas: call.gas } : {}),
      ...(call.maxFeePerGas !== undefined ? { maxFeePerGas: call.maxFeePerGas, maxPriorityFeePerGas: call.maxPriorityFeePerGas } : {}),
    } as never);
    const hash = await writeContract(client, request as never);
    const receipt = await waitForTransactionReceipt(client, { hash });
    if (receipt.status !== 'success') {
      throw new TransactionFailedError(`transaction ${hash} (${call.functionName}) was mined but reverted: retry, the chain state changed meanwhile`, {
        code: 'transaction.reverted',
        params: { hash, functionName: call.functionName },
      });
    }
    return { hash, receipt };
  } catch (error) {
    throw await explain(client, error, call);
  }
}

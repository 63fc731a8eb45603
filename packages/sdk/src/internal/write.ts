import type { Abi, Account, Address, Hash, TransactionReceipt } from 'viem';
import { simulateContract, waitForTransactionReceipt, writeContract } from 'viem/actions';
import { mutualPoolAbi } from '@lashou/abi';
import { readContract } from 'viem/actions';
import { type ErrorContext, toLashouError } from '../errors/contractErrors.js';
import { TransactionFailedError } from '../errors/LashouError.js';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { type LashouClient, resolveAccount, transportUrl } from './client.js';

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

async function errorContext(client: LashouClient, call: Pick<ContractWrite, 'token' | 'pool'>): Promise<ErrorContext> {
  const rpcUrl = transportUrl(client);
  try {
    const token =
      call.token ?? (call.pool ? ((await readContract(client, { address: call.pool, abi: mutualPoolAbi, functionName: 'token' })) as Address) : undefined);
    if (!token) return { rpcUrl };
    const { decimals, symbol } = await getTokenInfo(client, { token });
    return { decimals, symbol, rpcUrl };
  } catch {
    return { rpcUrl };
  }
}

/** Explains any error of a call with the pool's or token's units. */
export async function explain(client: LashouClient, error: unknown, call: Pick<ContractWrite, 'token' | 'pool'>) {
  return toLashouError(error, await errorContext(client, call));
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

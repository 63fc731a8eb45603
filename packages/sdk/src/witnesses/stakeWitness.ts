import { witnessRegistryAbi } from '@lashou/abi';
import type { Account, Address, Hash } from 'viem';
import { readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { approveIfNeeded, read } from '../claims/internal.js';

/** Parameters of {@link stakeWitness}. */
export type StakeWitnessParameters = {
  registry: Address;
  /** Stake in token units (the first stake must reach the registry's minimum). */
  amount: bigint;
  /** Coarse region code (1–65535) where this witness can visit patients; fixed at registration. */
  region: number;
  account?: Account | Address | undefined;
};
export type StakeWitnessReturnType = WriteResult & { approvalHash: Hash | undefined };

/**
 * Registers as a witness (or tops up a stake): approves the registry if needed, then stakes.
 * @example
 * await stakeWitness(witnessClient, { registry, amount: 5_000_000_000n, region: 110000 })
 */
export async function stakeWitness(client: LashouClient, parameters: StakeWitnessParameters): Promise<StakeWitnessReturnType> {
  const { registry, amount, region, account } = parameters;
  if (amount <= 0n) throw new InvalidInputError('the stake must be positive', { code: 'stake.notPositive' });
  if (!Number.isInteger(region) || region < 1 || region > 65_535) throw new InvalidInputError(`region ${region} is not valid: give a region code from 1 to 65535`, { code: 'region.invalid', params: { region } });
  const token = await read(client, () => readContract(client, { address: registry, abi: witnessRegistryAbi, functionName: 'token' }));
  const approval = await approveIfNeeded(client, { token, spender: registry, amount, account });
  const result = await sendContractWrite(client, { address: registry, abi: witnessRegistryAbi, functionName: 'stake', args: [amount, BigInt(region)], account, token });
  return { ...result, approvalHash: approval?.hash };
}

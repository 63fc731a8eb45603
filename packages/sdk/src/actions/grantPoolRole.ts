import { mutualPoolAbi } from '@lashou/abi';
import { type Account, type Address, keccak256, toHex } from 'viem';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';

/** Roles of the pool that modules hold. */
export type PoolRole = 'CLAIMS_ROLE' | 'CREDITOR_ROLE';

/** Parameters of {@link grantPoolRole}. */
export type GrantPoolRoleParameters = { pool: Address; role: PoolRole; to: Address; account?: Account | Address | undefined };
export type GrantPoolRoleReturnType = WriteResult;

/**
 * Grants a module role on the pool. Only a role admin may: the timelock, or the deployer while it wires the
 * modules (it then renounces).
 * @example
 * await grantPoolRole(deployerClient, { pool, role: 'CLAIMS_ROLE', to: claimsManager })
 */
export async function grantPoolRole(client: LashouClient, { pool, role, to, account }: GrantPoolRoleParameters): Promise<GrantPoolRoleReturnType> {
  return sendContractWrite(client, { address: pool, abi: mutualPoolAbi, functionName: 'grantRole', args: [keccak256(toHex(role)), to], account, pool });
}

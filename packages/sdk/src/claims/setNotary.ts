import { type Account, type Address, isAddress } from 'viem';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import type { WriteResult } from '../internal/write.js';
import { claimsWrite } from './internal.js';

/** Parameters of {@link setNotary}. */
export type SetNotaryParameters = { claims: Address; notary: Address; /** true adds, false removes. */ listed: boolean; account?: Account | Address | undefined };
export type SetNotaryReturnType = WriteResult;

/**
 * The operator adds or removes a notary whose diagnosis signatures claims may carry (OPERATOR_ROLE).
 * @example
 * await setNotary(operatorClient, { claims, notary, listed: true })
 */
export async function setNotary(client: LashouClient, parameters: SetNotaryParameters): Promise<SetNotaryReturnType> {
  if (!isAddress(parameters.notary)) throw new InvalidInputError(`notary ${parameters.notary} is not an address: give 0x followed by 40 hex digits`, { code: 'address.invalid', params: { name: 'notary', value: parameters.notary } });
  return claimsWrite(client, { claims: parameters.claims, functionName: 'setNotary', args: [parameters.notary, parameters.listed], account: parameters.account });
}

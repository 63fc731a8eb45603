import { saveDeployment } from '@lashou/abi/node';
import {
  type DeployLashouParameters as BrowserDeployLashouParameters,
  type DeployLashouReturnType,
  deployLashou as deployLashouWithoutFiles,
} from '../actions/deployLashou.js';
import type { LashouClient } from '../internal/client.js';

/** Parameters of the Node {@link deployLashou}: the main entry's, plus where to write the address book. */
export type DeployLashouParameters = BrowserDeployLashouParameters & {
  /** Write `<dir>/<chainId>.json`; omit to only return the record. */
  deploymentsDir?: string | undefined;
};

export type { DeployLashouReturnType };

/**
 * The main entry's `deployLashou`, which also writes the address book `<deploymentsDir>/<chainId>.json` when
 * `deploymentsDir` is given (the file write is why this lives in `@lashou/sdk/node`).
 * @example
 * import { deployLashou } from '@lashou/sdk/node'
 * const deployment = await deployLashou(walletClient, { claimsOperator, deploymentsDir: 'deployments' })
 * deployment.path // 'deployments/31337.json'
 */
export async function deployLashou(client: LashouClient, parameters: DeployLashouParameters = {}): Promise<DeployLashouReturnType> {
  const { deploymentsDir, ...rest } = parameters;
  if (!deploymentsDir) return deployLashouWithoutFiles(client, rest);
  return deployLashouWithoutFiles(client, { ...rest, saveRecord: (record) => saveDeployment(record, deploymentsDir) });
}

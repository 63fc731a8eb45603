import { type Deployment, mutualPoolAbi, mutualPoolBytecode, saveDeployment, testStablecoinAbi, testStablecoinBytecode, timelockControllerAbi, timelockControllerBytecode } from '@lashou/abi';
import { type Account, type Address, type Hex, getAddress, isAddress, keccak256, toHex, zeroAddress } from 'viem';
import { deployContract, getBytecode, getChainId, waitForTransactionReceipt } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { InvalidInputError, NoContractCodeError } from '../errors/LashouError.js';
import { type LashouClient, accountAddress, resolveAccount, transportUrl } from '../internal/client.js';
import { sendContractWrite } from '../internal/write.js';
import { getTokenInfo } from './getTokenInfo.js';

/** Parameters of {@link deployLashou}. */
export type DeployLashouParameters = {
  /** An existing stablecoin; omit to deploy a TestStablecoin (local and test chains only). */
  token?: Address | undefined;
  /** The TestStablecoin to deploy when `token` is omitted (default `Test USD`, `tUSD`, 6 decimals). */
  testToken?: { name: string; symbol: string; decimals: number } | undefined;
  /** Seconds per epoch (default 14 days). */
  epochLength?: bigint | undefined;
  /** Seconds from joining to coverage (default 90 days). */
  waitingPeriod?: bigint | undefined;
  /** Minimum balance in whole token units (default 10). */
  minimumBalanceUnits?: bigint | undefined;
  /** Timelock delay in seconds; must exceed the epoch (default 21 days). */
  governanceDelay?: bigint | undefined;
  /** Who may propose and cancel governance operations (a multisig in production); default the deployer. */
  timelockAdmin?: Address | undefined;
  /** Holder of CLAIMS_ROLE until the claims module lands (a helper account on local chains). */
  claimsOperator?: Address | undefined;
  /** Holder of CREDITOR_ROLE, if any. */
  creditor?: Address | undefined;
  /** Give up the deployer's temporary role admin once wired (do it on public chains). */
  renounceAdmin?: boolean | undefined;
  /** Write `<dir>/<chainId>.json`; omit to only return the record. */
  deploymentsDir?: string | undefined;
  onStep?: ((step: string) => void) | undefined;
  account?: Account | Address | undefined;
};

/** The deployment record (also written to `deployments/<chainId>.json` when asked) and where it went. */
export type DeployLashouReturnType = Deployment & { path: string | undefined };

const DAY = 86_400n;

/**
 * Deploys a Lashou mutual: a TestStablecoin (or uses the given stablecoin, refusing an address with no code),
 * a TimelockController whose delay exceeds one epoch, and the MutualPool it governs.
 * @example
 * const deployment = await deployLashou(walletClient, { claimsOperator, deploymentsDir: 'deployments' })
 */
export async function deployLashou(client: LashouClient, parameters: DeployLashouParameters = {}): Promise<DeployLashouReturnType> {
  const account = resolveAccount(client, parameters.account);
  const deployer = accountAddress(account);
  const epochLength = parameters.epochLength ?? 14n * DAY;
  const waitingPeriod = parameters.waitingPeriod ?? 90n * DAY;
  const governanceDelay = parameters.governanceDelay ?? 21n * DAY;
  const step = parameters.onStep ?? (() => {});
  if (governanceDelay <= epochLength) {
    throw new InvalidInputError(`governance delay ${governanceDelay} s must exceed the epoch length ${epochLength} s, so members can leave before a change applies`);
  }
  for (const [name, value] of [['token', parameters.token], ['timelockAdmin', parameters.timelockAdmin], ['claimsOperator', parameters.claimsOperator], ['creditor', parameters.creditor]] as const) {
    if (value !== undefined && !isAddress(value)) throw new InvalidInputError(`${name} ${value} is not an address: give 0x followed by 40 hex digits`);
  }
  const rpcUrl = transportUrl(client);
  const deploy = async (label: string, abi: readonly unknown[], bytecode: Hex, args: readonly unknown[]) => {
    step(`deploying ${label}`);
    try {
      const hash = await deployContract(client, { abi, bytecode, args, account, chain: client.chain } as never);
      const receipt = await waitForTransactionReceipt(client, { hash });
      if (receipt.status !== 'success' || !receipt.contractAddress) throw new InvalidInputError(`${label} deployment ${hash} reverted`);
      return { address: getAddress(receipt.contractAddress), blockNumber: Number(receipt.blockNumber) };
    } catch (error) {
      throw toLashouError(error, { rpcUrl });
    }
  };

  let chainId: number;
  try {
    chainId = await getChainId(client);
  } catch (error) {
    throw toLashouError(error, { rpcUrl });
  }
  let token: Address;
  let decimals: number;
  const testToken = parameters.token === undefined;
  if (parameters.token !== undefined) {
    const code = await getBytecode(client, { address: parameters.token }).catch((error: unknown) => { throw toLashouError(error, { rpcUrl }); });
    if (!code || code === '0x') {
      throw new NoContractCodeError(`there is no contract at ${parameters.token} on chain ${chainId}: check the stablecoin's address for this chain`);
    }
    try {
      ({ decimals } = await getTokenInfo(client, { token: parameters.token }));
    } catch (error) {
      throw new NoContractCodeError(`${parameters.token} on chain ${chainId} does not answer name/symbol/decimals: it is not an ERC-20 stablecoin`, { cause: error });
    }
    token = parameters.token;
  } else {
    const spec = parameters.testToken ?? { name: 'Test USD', symbol: 'tUSD', decimals: 6 };
    ({ address: token } = await deploy('TestStablecoin', testStablecoinAbi, testStablecoinBytecode, [spec.name, spec.symbol, spec.decimals]));
    decimals = spec.decimals;
  }
  const minimumBalance = (parameters.minimumBalanceUnits ?? 10n) * 10n ** BigInt(decimals);
  const admin = parameters.timelockAdmin ?? deployer;
  const timelock = await deploy('TimelockController', timelockControllerAbi, timelockControllerBytecode, [governanceDelay, [admin], [zeroAddress], zeroAddress]);
  const pool = await deploy('MutualPool', mutualPoolAbi, mutualPoolBytecode, [token, epochLength, waitingPeriod, minimumBalance, timelock.address, deployer]);
  const grant = async (role: string, to: Address) => {
    step(`granting ${role} to ${to}`);
    await sendContractWrite(client, { address: pool.address, abi: mutualPoolAbi, functionName: 'grantRole', args: [keccak256(toHex(role)), to], account, token });
  };
  if (parameters.claimsOperator) await grant('CLAIMS_ROLE', parameters.claimsOperator);
  if (parameters.creditor) await grant('CREDITOR_ROLE', parameters.creditor);
  if (parameters.renounceAdmin) {
    step('renouncing the deployer role admin');
    await sendContractWrite(client, { address: pool.address, abi: mutualPoolAbi, functionName: 'renounceRole', args: [`0x${'0'.repeat(64)}`, deployer], account, token });
  }
  const record: Deployment = {
    chainId,
    token,
    testToken,
    pool: pool.address,
    timelock: timelock.address,
    ...(parameters.claimsOperator ? { claimsOperator: parameters.claimsOperator } : {}),
    blockNumber: pool.blockNumber,
    parameters: { epochLength: Number(epochLength), waitingPeriod: Number(waitingPeriod), minimumBalance: minimumBalance.toString(), governanceDelay: Number(governanceDelay) },
    deployer,
    deployedAt: new Date().toISOString(),
  };
  const path = parameters.deploymentsDir ? saveDeployment(record, parameters.deploymentsDir) : undefined;
  return { ...record, path };
}

import { createConfig } from 'ponder';
import {
  claimParametersAbi,
  claimsManagerAbi,
  fraudReportsAbi,
  mutualPoolAbi,
  prevrandaoSourceAbi,
  timelockControllerAbi,
  vrfSourceAbi,
  witnessRegistryAbi,
} from '@lashou/abi';
import { indexerSettings } from './src/settings';

// Every address and start block comes from the deployment address book (deployments/<chainId>.json), so a
// redeploy on the local chain needs no edit here. Settings and their environment variables: src/settings.ts.
const settings = indexerSettings();
const { deployment } = settings;
const startBlock = deployment.blockNumber;

function required(name: string, value: `0x${string}` | undefined): `0x${string}` {
  if (!value) {
    throw new Error(
      `the deployment record ${settings.deploymentPath} has no "${name}" address: redeploy the whole protocol (lashou deploy, or npm start --fresh locally)`,
    );
  }
  return value;
}

export default createConfig({
  database: settings.database,
  ordering: 'multichain',
  chains: {
    lashou: {
      id: deployment.chainId,
      rpc: settings.rpcConnections > 1 ? Array.from({ length: settings.rpcConnections }, () => settings.rpcUrl) : settings.rpcUrl,
      ...(settings.wsUrl ? { ws: settings.wsUrl } : {}),
      pollingInterval: settings.pollingInterval,
      ...(settings.ethGetLogsBlockRange ? { ethGetLogsBlockRange: settings.ethGetLogsBlockRange } : {}),
    },
  },
  contracts: {
    MutualPool: { chain: 'lashou', abi: mutualPoolAbi, address: deployment.pool, startBlock },
    ClaimsManager: { chain: 'lashou', abi: claimsManagerAbi, address: required('claims', deployment.claims), startBlock },
    FraudReports: { chain: 'lashou', abi: fraudReportsAbi, address: required('reports', deployment.reports), startBlock },
    WitnessRegistry: { chain: 'lashou', abi: witnessRegistryAbi, address: required('registry', deployment.registry), startBlock },
    ClaimParameters: {
      chain: 'lashou',
      abi: claimParametersAbi,
      address: required('claimParameters', deployment.claimParameters),
      startBlock,
    },
    // The timelock is deployed just before the pool, whose block the address book records; its constructor
    // grants the first roles, so start a little earlier (a log filter by address makes the extra range cheap).
    Timelock: { chain: 'lashou', abi: timelockControllerAbi, address: deployment.timelock, startBlock: Math.max(0, startBlock - 5_000) },
    RandomnessSource: {
      chain: 'lashou',
      abi: deployment.randomnessKind === 'vrf' ? vrfSourceAbi : prevrandaoSourceAbi,
      address: required('randomness', deployment.randomness),
      startBlock,
    },
  },
});

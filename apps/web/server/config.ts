import { writeFileSync } from 'node:fs';
import { parseDeployment, type Deployment } from '@lashou/abi';
import { anvilDevKey, demoWitnessKey } from '@lashou/sdk/node';
import { privateKeyToAccount } from 'viem/accounts';
import type { Hex } from 'viem';

/** Short names of anvil's dev accounts in the demo mutual (the CLI's `lashou dev` banner has the long ones). */
export const DEV_ACCOUNT_LABELS = [
  'Operator',
  'Notary',
  'Supervisor',
  'Member 3 (paid claim)',
  'Member 4 (exited)',
  'Member 5 (lapsed)',
  'Member 6 (fraud, expelled)',
  'Member 7 (approved claim)',
  'Member 8 (announced claim)',
  'Member 9 (witnesses drawn)',
] as const;

/** The demo's witnesses (deterministic keys, regions 1, 2, 3 in turn). */
export const DEMO_WITNESS_COUNT = 12;

export type WebDevAccount = { label: string; address: Hex; privateKey: Hex };

/** The local chain's known accounts: anvil's dev keys #0–#9 and the demo witnesses. Local chain only. */
export function localDevAccounts(): WebDevAccount[] {
  const account = (label: string, privateKey: Hex) => ({ label, address: privateKeyToAccount(privateKey).address, privateKey });
  return [
    ...DEV_ACCOUNT_LABELS.map((label, i) => account(`#${i} ${label}`, anvilDevKey(i))),
    ...Array.from({ length: DEMO_WITNESS_COUNT }, (_, i) => account(`Witness ${i + 1} (region ${(i % 3) + 1})`, demoWitnessKey(i))),
  ];
}

export type WebConfigParameters = { rpcUrl: string; apiUrl: string; deployment: Deployment; chainName?: string; devAccounts?: WebDevAccount[] };

/** The runtime configuration the web app reads at `/lashou.json` (see apps/web/src/lib/config.ts). */
export function webConfig({ rpcUrl, apiUrl, deployment, chainName, devAccounts }: WebConfigParameters) {
  const local = deployment.chainId === 31337;
  return {
    chainId: deployment.chainId,
    chainName: chainName ?? (local ? 'Lashou local' : `Chain ${deployment.chainId}`),
    rpcUrl,
    apiUrl,
    deployment: {
      pool: deployment.pool,
      token: deployment.token,
      testToken: deployment.testToken,
      claims: deployment.claims,
      reports: deployment.reports,
      registry: deployment.registry,
      randomness: deployment.randomness,
      randomnessKind: deployment.randomnessKind,
      claimParameters: deployment.claimParameters,
      hintHelpers: deployment.hintHelpers,
      timelock: deployment.timelock,
    },
    ...(local ? { devAccounts: devAccounts ?? localDevAccounts() } : {}),
  };
}

/** Writes `lashou.json` for a deployment record (JSON text of an address book). */
export function writeWebConfig(path: string, parameters: Omit<WebConfigParameters, 'deployment'> & { deployment: Deployment | string }) {
  const deployment = typeof parameters.deployment === 'string' ? parseDeployment(JSON.parse(parameters.deployment)) : parameters.deployment;
  writeFileSync(path, `${JSON.stringify(webConfig({ ...parameters, deployment }), null, 2)}\n`);
  return path;
}

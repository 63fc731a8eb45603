import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Deployment, parseDeployment } from '@lashou/abi';
import { defaultDeploymentsDir, deploymentPath, loadDeployment } from '@lashou/abi/node';
import { InvalidInputError, LashouError, redactUrl, NoContractCodeError, RpcUnreachableError, getTokenInfo, parseAmount, toLashouError, type GetTokenInfoReturnType } from '@lashou/sdk';
import { localChain } from '@lashou/sdk/node';
import { type Address, type Chain, type Hex, type PublicClient, type WalletClient, type PrivateKeyAccount, createPublicClient, createWalletClient, http, isAddress, publicActions, getAddress } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { devAccountKey } from './devAccounts.js';
import { decryptKeystore, parsePrivateKey } from './keystore.js';
import { readPassword } from './password.js';
import { hasAmounts, toJson } from './output.js';

/** The local development chain (anvil): its faucet also gives gas money, and its address book goes stale on restart. */
export const LOCAL_CHAIN_ID = 31337;

/** Options every command accepts (see `lashou --help`). */
export type GlobalOptions = {
  rpc?: string;
  deployment?: string;
  api?: string;
  keystore?: string;
  /** --account <name>: a keystore in the keystore folder, or a dev: account on the local chain. */
  account?: string;
  passwordFile?: string;
  config?: string;
  json?: boolean;
  yes?: boolean;
};

type ConfigFile = { rpc?: string; deployment?: string; api?: string; keystore?: string; account?: string; deploymentsDir?: string };

/** A failure the user can fix; printed as one line. */
export class CliError extends LashouError {
  override name = 'CliError';
}

export type Wallet = WalletClient<ReturnType<typeof http>, Chain, PrivateKeyAccount> & ReturnType<typeof publicActions>;


/** Validates an address typed by the user. */
export function parseAddress(text: string, what = 'address'): Address {
  if (!isAddress(text, { strict: false })) throw new InvalidInputError(`${what} "${text}" is not an address: give 0x followed by 40 hex digits`);
  return getAddress(text);
}

/** Everything a command needs, resolved lazily from flags, environment (LASHOU_*), then the config file. */
export class Context {
  readonly options: GlobalOptions;
  private readonly config: ConfigFile;
  private chainIdPromise: Promise<number> | undefined;

  constructor(options: GlobalOptions) {
    this.options = options;
    const path = options.config ?? process.env.LASHOU_CONFIG ?? (existsSync('lashou.config.json') ? 'lashou.config.json' : undefined);
    if (path) {
      if (!existsSync(path)) throw new CliError(`config file ${path} does not exist`);
      try {
        this.config = JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
      } catch {
        throw new CliError(`config file ${path} is not valid JSON`);
      }
    } else {
      this.config = {};
    }
  }

  get json(): boolean {
    return this.options.json === true;
  }

  /** The indexer API's base URL (--api, LASHOU_API_URL, the config file), if any: joins and top-ups ask it for
   *  their sorted-list hint and fall back to the chain when it does not answer. */
  apiUrl(): string | undefined {
    const url = this.options.api ?? process.env.LASHOU_API_URL ?? this.config.api;
    if (url === undefined || url === '') return undefined;
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new InvalidInputError(`API URL "${redactUrl(url)}" is not an http(s) URL: e.g. --api http://127.0.0.1:42069`);
    return url.replace(/\/+$/, '');
  }

  /** The RPC URL: --rpc, LASHOU_RPC_URL, the config file, or a local node on 8545. */
  rpcUrl(): string {
    const url = this.options.rpc ?? process.env.LASHOU_RPC_URL ?? this.config.rpc ?? 'http://127.0.0.1:8545';
    if (!/^(https?|wss?):\/\/./.test(url)) throw new InvalidInputError(`RPC URL "${redactUrl(url)}" is not an http(s) or ws(s) URL`);
    return url;
  }

  /** Works offline on chain `chainId` (e.g. a notary signing with --chain-id): no node is asked which chain it is. */
  assumeChainId(chainId: number): void {
    this.chainIdPromise = Promise.resolve(chainId);
  }

  async chainId(): Promise<number> {
    this.chainIdPromise ??= (async () => {
      const url = this.rpcUrl();
      try {
        const client = createPublicClient({ transport: http(url, { retryCount: 0, timeout: 10_000 }) });
        return await client.getChainId();
      } catch (error) {
        const explained = toLashouError(error, { rpcUrl: url });
        throw explained instanceof RpcUnreachableError ? explained : new RpcUnreachableError(`cannot reach the RPC endpoint ${redactUrl(url)}: ${explained.shortMessage}`, { cause: error });
      }
    })();
    return this.chainIdPromise;
  }

  async chain(): Promise<Chain> {
    return localChain(this.rpcUrl(), await this.chainId());
  }

  async publicClient(): Promise<PublicClient> {
    return createPublicClient({ chain: await this.chain(), pollingInterval: 100, transport: http(this.rpcUrl(), { retryCount: 0, timeout: 30_000 }) }) as PublicClient;
  }

  private deploymentPromise: Promise<Deployment> | undefined;

  /**
   * The address book: --deployment, LASHOU_DEPLOYMENT, the config file, or deployments/<chainId>.json. Read once per
   * command, and checked against the chain: a record whose pool has no code here is stale (a local chain restarted
   * since it was written) and is refused with the fix, before any call returns "no data".
   */
  async deployment(): Promise<Deployment> {
    this.deploymentPromise ??= this.loadDeploymentRecord();
    return this.deploymentPromise;
  }

  private async loadDeploymentRecord(): Promise<Deployment> {
    const file = this.options.deployment ?? process.env.LASHOU_DEPLOYMENT ?? this.config.deployment;
    const chainId = await this.chainId();
    let deployment: Deployment;
    let source: string;
    if (file) {
      const from = this.options.deployment ? '--deployment' : process.env.LASHOU_DEPLOYMENT ? 'LASHOU_DEPLOYMENT' : 'the config file';
      if (!existsSync(file)) throw new CliError(`deployment file ${file} (from ${from}) does not exist: check the path, or leave it out to use ${deploymentPath(chainId, this.deploymentsDir())}`);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        throw new CliError(`deployment file ${file} is not valid JSON: point --deployment at the record lashou deploy (or lashou dev) wrote`);
      }
      try {
        deployment = parseDeployment(json, file);
      } catch (error) {
        throw new CliError(`${(error as Error).message}: point --deployment at the record lashou deploy (or lashou dev) wrote`);
      }
      if (deployment.chainId !== chainId) throw new CliError(`deployment ${file} is for chain ${deployment.chainId} but the RPC ${redactUrl(this.rpcUrl())} serves chain ${chainId}: check --rpc, or pass the deployment of chain ${chainId}`);
      source = file;
    } else {
      const path = deploymentPath(chainId, this.deploymentsDir());
      if (!existsSync(path)) {
        const how =
          chainId === LOCAL_CHAIN_ID
            ? `start the local chain with lashou dev (npm start; it deploys and writes ${path}), or deploy to this chain with lashou deploy --test-token`
            : `deploy with lashou deploy (it writes ${path}), or get the record from whoever deployed and pass --deployment <file>`;
        throw new CliError(`no Lashou deployment for chain ${chainId}: ${path} does not exist: ${how}; or pass --deployment <file>`);
      }
      try {
        deployment = loadDeployment(chainId, this.deploymentsDir());
      } catch (error) {
        throw new CliError(`${(error as Error).message}; rewrite it with lashou deploy (lashou dev locally), or pass --deployment <file>`);
      }
      source = path;
    }
    let code: Hex | undefined;
    try {
      code = await (await this.publicClient()).getCode({ address: deployment.pool });
    } catch (error) {
      throw toLashouError(error, { rpcUrl: this.rpcUrl(), chainId });
    }
    if (!code || code === '0x') {
      const fix =
        chainId === LOCAL_CHAIN_ID
          ? `restart lashou dev (it deploys again and rewrites ${source}), or deploy with lashou deploy --test-token, or pass --deployment <file> written for this chain`
          : `deploy again with lashou deploy, or pass --deployment <file> written for this chain`;
      throw new NoContractCodeError(
        `there is no contract at ${deployment.pool} (the pool of ${source}) on chain ${chainId}: the address book is stale — written for an earlier run of this chain or for another one: ${fix}`,
        { code: 'contract.noCode', params: { address: deployment.pool, chainId } },
      );
    }
    return deployment;
  }

  deploymentsDir(): string {
    return process.env.LASHOU_DEPLOYMENTS_DIR ?? this.config.deploymentsDir ?? defaultDeploymentsDir;
  }

  /**
   * Where the signing key comes from, first match wins: --keystore, --account, LASHOU_PRIVATE_KEY, LASHOU_ACCOUNT,
   * LASHOU_KEYSTORE, then the config file's keystore or account. An account name is a keystore in the keystore
   * folder (see `keystoreDir`), or a public `dev:` key of the local chain (kind 'privateKey'). Undefined when none is set.
   */
  keySource():
    | { kind: 'keystore'; path: string; from: string; account?: string }
    | { kind: 'privateKey'; from: string; account?: string }
    | undefined {
    const named = (name: string, from: string) =>
      name.startsWith('dev:') ? { kind: 'privateKey' as const, from, account: name } : { kind: 'keystore' as const, path: accountPath(name, from), from, account: name };
    if (this.options.keystore) return { kind: 'keystore', path: this.options.keystore, from: '--keystore' };
    if (this.options.account) return named(this.options.account, '--account');
    if (process.env.LASHOU_PRIVATE_KEY) return { kind: 'privateKey', from: 'LASHOU_PRIVATE_KEY' };
    if (process.env.LASHOU_ACCOUNT) return named(process.env.LASHOU_ACCOUNT, 'LASHOU_ACCOUNT');
    if (process.env.LASHOU_KEYSTORE) return { kind: 'keystore', path: process.env.LASHOU_KEYSTORE, from: 'LASHOU_KEYSTORE' };
    if (this.config.keystore) return { kind: 'keystore', path: this.config.keystore, from: 'the config file' };
    if (this.config.account) return named(this.config.account, 'the config file');
    return undefined;
  }

  private accountPromise: Promise<PrivateKeyAccount> | undefined;

  /**
   * The signing key (see `keySource`), resolved once per command: a keystore's password comes from --password-file,
   * LASHOU_KEYSTORE_PASSWORD or a hidden prompt; a `dev:` account only on the local chain (31337).
   */
  async account(): Promise<PrivateKeyAccount> {
    this.accountPromise ??= this.loadAccount();
    return this.accountPromise;
  }

  private async loadAccount(): Promise<PrivateKeyAccount> {
    const source = this.keySource();
    if (!source) {
      throw new CliError('no signing key: pass --keystore <file> or --account <name> (create one with lashou key new; on the local chain --account dev:member acts as a demo member), or set LASHOU_KEYSTORE or LASHOU_ACCOUNT');
    }
    if (source.kind === 'privateKey') {
      if (source.account) {
        const key = devAccountKey(source.account);
        const chainId = await this.chainId();
        if (chainId !== LOCAL_CHAIN_ID) {
          throw new CliError(`${source.account} (from ${source.from}): dev: accounts are anvil's public keys, usable on the local chain (${LOCAL_CHAIN_ID}) only; this RPC serves chain ${chainId}: use --keystore or --account <name>`);
        }
        return privateKeyToAccount(key);
      }
      return privateKeyToAccount(parsePrivateKey(process.env.LASHOU_PRIVATE_KEY as string, 'LASHOU_PRIVATE_KEY'));
    }
    const keystore = source.path;
    if (!existsSync(keystore)) {
      const how = source.account
        ? `import one with cast wallet import ${source.account} --interactive, or create one with lashou key new --account ${source.account}`
        : `check the path, or create one with lashou key new --out ${keystore}`;
      throw new CliError(`keystore ${keystore} (from ${source.from}) does not exist: ${how}`);
    }
    const password = await readPassword({ purpose: `keystore ${keystore}`, passwordFile: this.options.passwordFile });
    return privateKeyToAccount(await decryptKeystore(keystore, password));
  }

  /** The keystore file the key comes from (see `keySource`), if it is one. */
  keystorePath(): string | undefined {
    const source = this.keySource();
    return source?.kind === 'keystore' ? source.path : undefined;
  }

  /** A wallet client signing with `account` (default: the configured key, see `account`). */
  async wallet(account?: PrivateKeyAccount): Promise<Wallet> {
    account ??= await this.account();
    return createWalletClient({ account, chain: await this.chain(), pollingInterval: 100, transport: http(this.rpcUrl(), { retryCount: 0, timeout: 60_000 }) }).extend(publicActions) as unknown as Wallet;
  }

  private tokenPromise: Promise<GetTokenInfoReturnType> | undefined;

  /** The deployment's stablecoin (address, symbol, decimals), read once per command. */
  async token(): Promise<GetTokenInfoReturnType> {
    this.tokenPromise ??= (async () => {
      const { token } = await this.deployment();
      return getTokenInfo(await this.publicClient(), { token });
    })();
    return this.tokenPromise;
  }

  async amount(text: string): Promise<bigint> {
    const { decimals, symbol } = await this.token();
    const value = parseAmount(text, { decimals, symbol });
    if (value === 0n) throw new InvalidInputError('the amount is zero: give a positive amount');
    return value;
  }

  /** Asks before money moves; --yes skips; a non-interactive stdin without --yes refuses. */
  async confirm(question: string): Promise<void> {
    if (this.options.yes) return;
    if (!process.stdin.isTTY) {
      throw new CliError(`refusing to continue without confirmation (${question}): stdin is not a terminal, so pass --yes to confirm`);
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve));
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('cancelled: nothing was sent');
  }

  /** Prints the result: human lines, or with --json one JSON document in the CLI's schema (output.ts: amounts in
   *  token units and base units, times in unix seconds and ISO, ids as strings). */
  async print(human: string | string[], json: unknown, options: { decimals?: number } = {}): Promise<void> {
    if (this.json) {
      // `decimals` when the amounts are not in the configured deployment's token (a deployment just written elsewhere).
      const decimals = hasAmounts(json) ? (options.decimals ?? (await this.token()).decimals) : undefined;
      process.stdout.write(`${JSON.stringify(toJson(json, decimals), null, 2)}\n`);
    } else process.stdout.write(`${(Array.isArray(human) ? human : [human]).join('\n')}\n`);
  }

  /** Progress and notes go to stderr, and only in human mode. */
  note(text: string): void {
    if (!this.json) process.stderr.write(`${text}\n`);
  }
}

/** Foundry's keystore folder (LASHOU_KEYSTORE_DIR, default ~/.foundry/keystores): `cast wallet import <name>` writes there. */
export function keystoreDir(): string {
  return process.env.LASHOU_KEYSTORE_DIR || join(homedir(), '.foundry', 'keystores');
}

/** The keystore file of account `name`: <keystore folder>/<name>. */
export function accountPath(name: string, from = '--account'): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._@+-]*$/.test(name) || name.length > 200) {
    throw new InvalidInputError(`account name "${name}" (from ${from}) is not valid: use letters, digits, ".", "_", "-" (the file name in ${keystoreDir()}), or dev:<name> on the local chain`);
  }
  return join(keystoreDir(), name);
}


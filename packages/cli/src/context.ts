import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Deployment, parseDeployment } from '@lashou/abi';
import { defaultDeploymentsDir, loadDeployment } from '@lashou/abi/node';
import { InvalidInputError, LashouError, RpcUnreachableError, getTokenInfo, parseAmount, toLashouError, type GetTokenInfoReturnType } from '@lashou/sdk';
import { localChain } from '@lashou/sdk/node';
import { type Address, type Chain, type Hex, type PublicClient, type WalletClient, type PrivateKeyAccount, createPublicClient, createWalletClient, http, isAddress, publicActions, getAddress } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { decryptKeystore } from './keystore.js';

/** Options every command accepts (see `lashou --help`). */
export type GlobalOptions = {
  rpc?: string;
  deployment?: string;
  api?: string;
  keystore?: string;
  config?: string;
  json?: boolean;
  yes?: boolean;
};

type ConfigFile = { rpc?: string; deployment?: string; api?: string; keystore?: string; deploymentsDir?: string };

/** A failure the user can fix; printed as one line. */
export class CliError extends LashouError {
  override name = 'CliError';
}

export type Wallet = WalletClient<ReturnType<typeof http>, Chain, PrivateKeyAccount> & ReturnType<typeof publicActions>;

// Receipts (with every log) stay out of --json output: the transaction hash is there to look them up.
const stringify = (value: unknown) => JSON.stringify(value, (key, v) => (key === 'receipt' ? undefined : typeof v === 'bigint' ? v.toString() : v), 2);

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
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new InvalidInputError(`API URL "${url}" is not an http(s) URL: e.g. --api http://127.0.0.1:42069`);
    return url.replace(/\/+$/, '');
  }

  /** The RPC URL: --rpc, LASHOU_RPC_URL, the config file, or a local node on 8545. */
  rpcUrl(): string {
    const url = this.options.rpc ?? process.env.LASHOU_RPC_URL ?? this.config.rpc ?? 'http://127.0.0.1:8545';
    if (!/^(https?|wss?):\/\/./.test(url)) throw new InvalidInputError(`RPC URL "${url}" is not an http(s) or ws(s) URL`);
    return url;
  }

  async chainId(): Promise<number> {
    this.chainIdPromise ??= (async () => {
      const url = this.rpcUrl();
      try {
        const client = createPublicClient({ transport: http(url, { retryCount: 0, timeout: 10_000 }) });
        return await client.getChainId();
      } catch (error) {
        const explained = toLashouError(error, { rpcUrl: url });
        throw explained instanceof RpcUnreachableError ? explained : new RpcUnreachableError(`cannot reach the RPC endpoint ${url}: ${explained.shortMessage}`, { cause: error });
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

  /** The address book: --deployment, LASHOU_DEPLOYMENT, the config file, or deployments/<chainId>.json. */
  async deployment(): Promise<Deployment> {
    const file = this.options.deployment ?? process.env.LASHOU_DEPLOYMENT ?? this.config.deployment;
    const chainId = await this.chainId();
    if (file) {
      if (!existsSync(file)) throw new CliError(`deployment file ${file} does not exist`);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        throw new CliError(`deployment file ${file} is not valid JSON`);
      }
      const deployment = parseDeployment(json, file);
      if (deployment.chainId !== chainId) throw new CliError(`deployment ${file} is for chain ${deployment.chainId} but the RPC serves chain ${chainId}: check --rpc`);
      return deployment;
    }
    try {
      return loadDeployment(chainId, this.deploymentsDir());
    } catch (error) {
      throw new CliError(`${(error as Error).message}; or pass --deployment <file>`);
    }
  }

  deploymentsDir(): string {
    return process.env.LASHOU_DEPLOYMENTS_DIR ?? this.config.deploymentsDir ?? defaultDeploymentsDir;
  }

  /** The signing key: LASHOU_PRIVATE_KEY, or a keystore (--keystore, LASHOU_KEYSTORE, config) and its password. */
  async account(): Promise<PrivateKeyAccount> {
    const raw = process.env.LASHOU_PRIVATE_KEY;
    if (raw) {
      const key = (raw.startsWith('0x') ? raw : `0x${raw}`) as Hex;
      if (!/^0x[0-9a-fA-F]{64}$/.test(key)) throw new InvalidInputError('LASHOU_PRIVATE_KEY is not a private key: it must be 32 bytes (64 hex digits)');
      return privateKeyToAccount(key);
    }
    const keystore = this.keystorePath();
    if (!keystore) {
      throw new CliError('no signing key: set LASHOU_PRIVATE_KEY, or pass --keystore <file> (create one with lashou key new)');
    }
    const password = process.env.LASHOU_KEYSTORE_PASSWORD ?? (await promptHidden(`password for ${keystore}: `));
    return privateKeyToAccount(decryptKeystore(keystore, password));
  }

  /** The keystore file named by --keystore, LASHOU_KEYSTORE or the config file, if any. */
  keystorePath(): string | undefined {
    return this.options.keystore ?? process.env.LASHOU_KEYSTORE ?? this.config.keystore;
  }

  /** A wallet client signing with `account` (default: the configured key, see `account`). */
  async wallet(account?: PrivateKeyAccount): Promise<Wallet> {
    account ??= await this.account();
    return createWalletClient({ account, chain: await this.chain(), pollingInterval: 100, transport: http(this.rpcUrl(), { retryCount: 0, timeout: 60_000 }) }).extend(publicActions) as unknown as Wallet;
  }

  async token(): Promise<GetTokenInfoReturnType> {
    const { token } = await this.deployment();
    return getTokenInfo(await this.publicClient(), { token });
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

  /** Prints the result: human lines, or one JSON document with --json. */
  print(human: string | string[], json: unknown): void {
    if (this.json) process.stdout.write(`${stringify(json)}\n`);
    else process.stdout.write(`${(Array.isArray(human) ? human : [human]).join('\n')}\n`);
  }

  /** Progress and notes go to stderr, and only in human mode. */
  note(text: string): void {
    if (!this.json) process.stderr.write(`${text}\n`);
  }
}

async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('the keystore needs a password: set LASHOU_KEYSTORE_PASSWORD (stdin is not a terminal)');
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write(question);
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

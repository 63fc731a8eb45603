// `@lashou/sdk/node`: what needs Node (files, child processes, sockets). Everything else is in the main entry.
export { startAnvil, findFreePort, type StartAnvilParameters, type StartAnvilReturnType } from './startAnvil.js';
export { ANVIL_MNEMONIC, anvilDevKey, demoKeeperKey, demoMemberKey, demoResidentId, demoWitnessKey } from './devAccounts.js';
export { startTestChain, walletFor, localChain, type TestChain, type TestWalletClient } from './testChain.js';
export { countingTransport, type RpcCounter, type RpcRequestRecord } from './countingTransport.js';
export { saveIdentity, loadIdentity, type SaveIdentityParameters } from '../identity/identityStore.js';
export { hashDocument, type HashDocumentParameters, type HashDocumentReturnType } from '../documents/hashDocument.js';
export { deployLashou, type DeployLashouParameters, type DeployLashouReturnType } from './deployLashou.js';
export { startTcpProxy, type StartTcpProxyReturnType } from './startTcpProxy.js';
export {
  deployStablecoin, deployCallForwarder, STABLECOIN_KINDS, type StablecoinKind, type TestStablecoin,
} from './stablecoinDoubles.js';

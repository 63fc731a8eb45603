// Browser-safe: the generated ABIs and bytecode, and the address book's type and check. The files on disk
// (loadDeployment, saveDeployment, deploymentPath, defaultDeploymentsDir) are in `@lashou/abi/node`.
export * from './generated.js';
export { type Deployment, parseDeployment } from './addressBook.js';

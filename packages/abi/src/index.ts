export * from './generated.js';
export {
  type Deployment,
  defaultDeploymentsDir,
  deploymentPath,
  loadDeployment,
  parseDeployment,
  saveDeployment,
} from './addressBook.js';

import { packageTestConfig } from '../../scripts/packageTestConfig.js';

export default packageTestConfig('core');

import { runAdapterConformance } from '../runAdapterConformance';
import { createMemoryCaseStorePort } from './createMemoryCaseStorePort';

runAdapterConformance({ adapter: 'memory', setup: async () => createMemoryCaseStorePort() });

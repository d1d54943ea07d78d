import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-base';

export default defineConfig(
  packageBuild(
    { index: 'src/index.ts' },
    { platform: 'node', target: 'node20', removeNodeProtocol: false },
  ),
);

import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-base';

export default defineConfig(
  packageBuild(
    { index: 'src/index.ts', bin: 'src/bin.ts' },
    { platform: 'node', target: 'node20', removeNodeProtocol: false },
  ),
);

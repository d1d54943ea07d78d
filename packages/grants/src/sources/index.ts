export type { SourceRef } from './SourceRef';
export { SEED_004, SFS_2022_1416, seed004 } from './seed004';

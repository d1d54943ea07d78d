export { type AssignedPair, type Assignment, assignMatches } from './assignMatches';
export type { AssignmentSolution, SparseGraph } from './SparseGraph';
export { solveAssignment } from './solveAssignment';

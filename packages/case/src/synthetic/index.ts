export { caseDistributions } from './distributions';
export { type GenerateCasesOptions, generateCases } from './generateCases';
export { mulberry32 } from './mulberry32';

export { caseDistributions } from './distributions';
export { generateCaseInputs } from './generateCaseInputs';
export { type GenerateCasesOptions, generateCases } from './generateCases';
export { mulberry32 } from './mulberry32';

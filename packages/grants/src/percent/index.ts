export { roundedPercent } from './roundedPercent';

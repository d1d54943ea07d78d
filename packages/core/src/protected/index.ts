export { isProtected } from './isProtected';
export { Protected, type ProtectedKind } from './Protected';
export { protect } from './protect';
export { reveal } from './reveal';

export { mappingProfileJsonSchema } from './mappingProfileJsonSchema';
export { type MappingProfile, mappingProfileSchema } from './mappingProfileSchema';
export { parseMappingProfile } from './parseMappingProfile';

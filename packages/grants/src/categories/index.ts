export {
  type ActivityCategory,
  type ActivityCategoryInfo,
  activityCategories,
  activityCategoryIds,
  type CategoryEligibility,
} from './activityCategories';
export {
  type IneligiblePurpose,
  type IneligiblePurposeInfo,
  ineligiblePurposeIds,
  ineligiblePurposes,
} from './ineligiblePurposes';

/**
 * The privacy rule of school-wide views (docs/privacy.md): a number about fewer than 5 learners
 * is not shown outside a school the coordinator opens. Zero learners reveals nobody, so it shows.
 */
export const MIN_GROUP_SIZE = 5;

export const isSmallGroup = (learners: number): boolean => learners > 0 && learners < MIN_GROUP_SIZE;

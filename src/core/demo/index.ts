/** Demo class data (docs/reports.md, "Demo data"): a seeded generator and the curricula it works through. */
export { generateClassData, type ClassData, type ClassDataOptions } from './class-data';
export { curriculumFromPacks, curriculumOf, syntheticPack, type Curriculum, type CurriculumLesson, type CurriculumPack, type CurriculumQuiz } from './curriculum';
export { mulberry32, type Prng } from './prng';

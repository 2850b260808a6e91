/**
 * The first-start step that fills the demo class (SABIL_DEMO=1, unless SABIL_DEMO_DATA=0): with
 * the published demo packs as curriculum, or not at all when none is published. Sample data is a
 * convenience: a failure is logged and the server starts with the class as it is.
 */
import type { Logger } from '../log';
import type { Storage } from '../storage/storage';
import { loadDemoCurriculum } from './demo-curriculum';
import { seedDemoClass } from './seed-demo-class';

export function addDemoDataStep(storage: Storage, deps: { now: Date; log: Logger; announce: (text: string) => void; packsRoot?: string }) {
  return async (demoClass: { schoolId: string; classId: string; teacherId: string }): Promise<void> => {
    try {
      const curriculum = await loadDemoCurriculum(storage, deps.packsRoot);
      if (!curriculum) {
        deps.log.info('no demo pack is published: the demo class starts empty');
        return;
      }
      const seeded = await seedDemoClass(storage, { ...demoClass, now: deps.now, curriculum });
      deps.announce(
        `"Demo class" has ${seeded.learners} sample learners, four weeks of their work (${seeded.events} events from two sample tablets) and ${seeded.assignments} assignments, so its reports are alive at once. SABIL_DEMO_DATA=0 on a new data folder starts with an empty class.\n`,
      );
    } catch (error) {
      deps.log.error('demo data was not added', { error: error instanceof Error ? error.message : String(error) });
    }
  };
}

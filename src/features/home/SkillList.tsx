import type { LearnerProgress } from '../../core/progress/index';
import type { PackRow } from '../../data/db';
import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';
import { pick } from '../lessons/content-language';

interface SkillSummary {
  id: string;
  name: string;
  rule: { m: number; n: number };
}

/** Every skill a pack's quizzes practise, with the rule of the first quiz that uses it. */
function skillsOf(pack: PackRow, lang: string): SkillSummary[] {
  const found = new Map<string, SkillSummary>();
  for (const lesson of pack.manifest.lessons) {
    for (const block of lesson.blocks) {
      if (block.type !== 'quiz') continue;
      for (const skill of block.items.flatMap((item) => item.skills)) {
        if (!found.has(skill)) found.set(skill, { id: skill, name: pick(pack.manifest.skills?.[skill], lang) || skill, rule: block.mastery });
      }
    }
  }
  return [...found.values()];
}

/** Progress per skill: mastered, or how many of the last answers were right at the first try. */
export function SkillList({ pack, lang, progress }: { pack: PackRow; lang: string; progress: LearnerProgress | null }) {
  const { t } = useTranslation();
  const skills = skillsOf(pack, lang);
  if (skills.length === 0) return null;
  return (
    <details class="skills">
      <summary>{t('lessons.skills')}</summary>
      <ul class="stack">
        {skills.map((skill) => {
          const recent = (progress?.skillAnswers.get(skill.id) ?? []).slice(-skill.rule.n);
          const status = progress?.masteredSkills.has(skill.id)
            ? t('lessons.mastered')
            : recent.length === 0
              ? t('lessons.skillNotTried')
              : t('lessons.skillProgress', { right: formatNumber(recent.filter(Boolean).length), total: formatNumber(recent.length) });
          return (
            <li key={skill.id} class="row skill">
              <span lang={lang}>{skill.name}</span>
              <span class="hint">{status}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

import type { ReadinessRule, Stage } from '../model/process.js';
import type { Catalog, Messages } from '../text/catalog.js';

type CareerStageKey = keyof Messages['careerStages'];
type CareerRuleKey = keyof Messages['careerRules'];
import { careerProcess } from './career-process.js';
import { defaultTexts } from './rules.js';

/** The text of a language tag, or of its primary language (`es` for `es-MX`). */
function byTag<T>(table: Readonly<Record<string, T>> | undefined, locale: string): T | undefined {
  if (table === undefined) return undefined;
  if (Object.hasOwn(table, locale)) return table[locale];
  const primary = locale.split('-')[0] ?? locale;
  return Object.hasOwn(table, primary) ? table[primary] : undefined;
}

const BUILT_IN_STAGES: ReadonlySet<Stage> = new Set(careerProcess.stages as readonly Stage[]);
const BUILT_IN_RULES: ReadonlySet<ReadinessRule> = new Set(careerProcess.stages.flatMap((stage) => stage.rules));

/**
 * A stage's title in a language: its own translation, else the catalog's for a stage of the
 * built-in career process, else its title.
 */
export function stageTitle(stage: Stage, catalog: Catalog): string {
  const own = byTag(stage.translations, catalog.locale)?.title;
  if (own !== undefined) return own;
  if (BUILT_IN_STAGES.has(stage)) return catalog.messages.careerStages[stage.id as CareerStageKey].title;
  return stage.title;
}

/** A stage's description in a language, as {@link stageTitle} finds its title. */
export function stageDescription(stage: Stage, catalog: Catalog): string {
  const own = byTag(stage.translations, catalog.locale)?.description;
  if (own !== undefined) return own;
  if (BUILT_IN_STAGES.has(stage)) return catalog.messages.careerStages[stage.id as CareerStageKey].description;
  return stage.description;
}

/**
 * A readiness rule's message in a language: its own in that language, else the catalog's for a
 * rule of the built-in process or a default message of `hasStageData` and `hasVisited` (which
 * name their stage by its title in the language), else its message.
 */
export function ruleMessage(rule: ReadinessRule, catalog: Catalog, title: (stage: string) => string): string {
  const own = byTag(rule.messages, catalog.locale);
  if (own !== undefined) return own;
  if (BUILT_IN_RULES.has(rule)) return catalog.messages.careerRules[rule.code as CareerRuleKey];
  const fallback = defaultTexts.get(rule);
  return fallback === undefined ? rule.message : fallback(catalog.messages as Messages, title);
}

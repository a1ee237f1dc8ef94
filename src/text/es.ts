import { freezeCatalog, type Catalog } from './catalog.js';
import { formatDecimal, formatList } from './intl.js';

const list = (items: readonly string[]): string => formatList('es', items);
const AREAS = ['', 'tu interés más alto', 'tus dos intereses más altos', 'tus tres intereses más altos'];

/**
 * Spanish: every sentence the library writes, as a Spanish speaker would write it; the RIASEC
 * areas as O\*NET's Mi Próximo Paso names them. Import it from `career-plan/locales/es`, so that an
 * app that shows English only does not ship it.
 *
 * @example
 * ```ts
 * import { es } from 'career-plan/locales/es';
 *
 * console.log(es.messages.matchSharesTop({ count: 2, areas: ['Investigador', 'Realista'] }));
 * // 'Comparte tus dos intereses más altos: Investigador y Realista'
 * ```
 * @category Languages
 */
export const es: Catalog = /* @__PURE__ */ freezeCatalog({
  locale: 'es',
  messages: {
    area: {
      realistic: 'Realista',
      investigative: 'Investigador',
      artistic: 'Artístico',
      social: 'Social',
      enterprising: 'Emprendedor',
      conventional: 'Convencional',
    },
    matchSharesTop: ({ count, areas }) =>
      `Comparte ${AREAS[count] ?? `tus ${count} intereses más altos`}: ${list(areas)}`,
    matchSharesSome: ({ count, of, areas }) =>
      `Comparte ${count} de ${AREAS[of] ?? `tus ${of} intereses más altos`}: ${list(areas)}`,
    matchSharesNone: ({ code }) => `No comparte ninguno de tus intereses más altos (${code})`,
    matchCorrelation: ({ r }) =>
      `Los perfiles de intereses se correlacionan en ${formatDecimal('es', r)} (1 es la misma forma)`,
    matchCIndex: ({ person, occupation, c }) => `Códigos Holland ${person} y ${occupation}: índice C de ${c} sobre 18`,
    matchValues: ({ r }) => `Los valores laborales se correlacionan en ${formatDecimal('es', r)} (1 es la misma forma)`,
    matchJobZone: ({ zone, preparing }) =>
      preparing === undefined
        ? `Zona laboral ${zone}`
        : preparing === zone
          ? `Zona laboral ${zone}, la zona para la que te preparas`
          : `Zona laboral ${zone}; te preparas para la zona laboral ${preparing}`,
    notRated: {
      'no-interests-assessment':
        'Sin calificar: el plan no tiene una evaluación de intereses con puntajes o un código Holland',
      'no-values-assessment': 'Sin calificar: el plan no tiene una evaluación de valores laborales con puntajes',
      'no-values-profile': 'Sin calificar: no tiene un perfil de valores laborales',
      'flat-values': 'Sin calificar: un perfil de valores laborales plano no tiene forma que comparar',
      'code-without-scores': 'Sin calificar: la evaluación de intereses tiene un código Holland pero no puntajes',
      'no-interest-levels': 'Sin calificar: no tiene un perfil de intereses (los seis niveles de O*NET)',
      'flat-interests': 'Sin calificar: un perfil de intereses plano no tiene forma que comparar',
      'no-interest-code': 'Sin calificar: no tiene un perfil de intereses ni un código Holland',
    },
    smart: {
      'no-description': 'Di concretamente qué significa la meta: agrega una descripción',
      'no-success-measure': 'Di cómo sabrás que alcanzaste la meta: agrega una medida de éxito',
      'no-one-assigned': 'Di quién hace el trabajo: asigna al menos una estrategia a alguien',
      'no-strategies': 'Agrega al menos un paso de acción (estrategia) a la meta',
      'not-shown-realistic':
        'Di por qué la meta es realista (tiempo, dinero, apoyo) o vincula los recursos que la hacen posible',
      'no-target-date': 'Fija una fecha límite para la meta',
      'target-date-past': 'La fecha límite ya pasó: fija una nueva, o marca la meta como lograda o abandonada',
      'too-far-for-short-term':
        'La fecha límite está demasiado lejos para una meta a corto plazo: acércala o haz la meta a largo plazo',
      'close-enough-for-short-term':
        'La fecha límite está lo bastante cerca para una meta a corto plazo: haz la meta a corto plazo',
      'beyond-long-term': 'La fecha límite está más allá del horizonte a largo plazo: acércala',
    },
    reviewThePlan: 'Revisar el plan',
    unknownStage: ({ process, stage }) => `El proceso «${process}» no tiene la etapa «${stage}»`,
    sameStage: ({ stage }) => `El plan ya está en la etapa «${stage}»`,
    noSkipping: ({ next }) => `Pasa primero por «${next}»: este proceso avanza una etapa a la vez`,
    ruleFailed: ({ rule, stage, error }) => `Falló la regla de preparación «${rule}» de «${stage}»: ${error}`,
    needsStageData: ({ stage }) => `Completa primero la etapa ${stage}`,
    needsVisit: ({ stage }) => `Pasa primero por la etapa ${stage}`,
    careerProcess: 'Proceso de planificación profesional',
    careerStages: {
      'self-assessment': {
        title: 'Autoevaluación',
        description:
          'Conócete: tus intereses, tus valores laborales, tu personalidad, tus aptitudes y habilidades, el ambiente ' +
          'de trabajo que prefieres y las circunstancias que te limitan. El resultado es una lista de ocupaciones ' +
          'por explorar.',
      },
      exploration: {
        title: 'Exploración de carreras',
        description:
          'Investiga cada ocupación candidata: tareas, educación y capacitación, ingresos y perspectivas de empleo; ' +
          'luego, entrevistas informativas y observación en el trabajo. Reduce la lista a unas pocas.',
      },
      match: {
        title: 'Elección',
        description:
          'Compara las opciones preseleccionadas con lo que te importa y elige la que mejor te queda, a corto y a ' +
          'largo plazo.',
      },
      'action-plan': {
        title: 'Plan de acción',
        description:
          'Traza el camino desde la ocupación elegida hasta trabajar en ella: metas, estrategias, obstáculos, ' +
          'recursos e hitos.',
      },
    },
    careerRules: {
      'needs-assessment': 'Registra al menos una evaluación antes de explorar carreras',
      'needs-career-option': 'Identifica al menos una opción profesional para explorar',
      'needs-research':
        'Investiga al menos una opción profesional (notas de investigación o una actividad de exploración) antes de ' +
        'comparar tus opciones',
      'needs-decision': 'Elige una opción profesional antes de escribir tu plan de acción',
    },
  },
});

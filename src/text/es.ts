import { freezeCatalog, type Catalog, type Noun } from './catalog.js';
import { formatDay, formatDecimal, formatList, plural } from './intl.js';

const list = (items: readonly string[]): string => formatList('es', items);
const day = (date: string): string => formatDay('es', date);
/** The kinds of exploration activity. */
const ACTIVITIES = {
  'informational-interview': 'Entrevista informativa',
  'job-shadowing': 'Observación en el trabajo',
  internship: 'Pasantía',
  volunteering: 'Voluntariado',
  course: 'Curso',
  research: 'Investigación',
  other: 'Otra actividad',
} as const;

/** Each thing's name with its article, definite or not (Spanish nouns have a gender). */
const NOUNS = (definite: boolean): Record<Noun, string> => {
  const names: Record<Noun, [feminine: boolean, noun: string]> = {
    goal: [true, 'meta'],
    strategy: [true, 'estrategia'],
    assessment: [true, 'evaluación'],
    careerOption: [true, 'opción profesional'],
    activity: [true, 'actividad de exploración'],
    barrier: [false, 'obstáculo'],
    resource: [false, 'recurso'],
    milestone: [false, 'hito'],
    alternative: [true, 'alternativa'],
    note: [true, 'nota'],
    employment: [false, 'empleo'],
    education: [true, 'formación'],
    license: [true, 'licencia'],
    volunteerWork: [false, 'voluntariado'],
    backgroundEntry: [false, 'antecedente'],
    advisor: [false, 'asesor'],
    comment: [false, 'comentario'],
    skill: [true, 'habilidad'],
    review: [true, 'revisión'],
    evidence: [true, 'evidencia'],
  };
  const out = {} as Record<Noun, string>;
  for (const [noun, [feminine, name]] of Object.entries(names) as [Noun, [boolean, string]][])
    out[noun] = `${definite ? (feminine ? 'la' : 'el') : feminine ? 'una' : 'un'} ${name}`;
  return out;
};
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
    planTitle: 'Plan de acción profesional',
    reviewThePlan: 'Revisar el plan',
    unknownStage: ({ process, stage }) => `El proceso «${process}» no tiene la etapa «${stage}»`,
    sameStage: ({ stage }) => `El plan ya está en la etapa «${stage}»`,
    noSkipping: ({ next }) => `Pasa primero por «${next}»: este proceso avanza una etapa a la vez`,
    ruleFailed: ({ rule, stage, error }) => `Falló la regla de preparación «${rule}» de «${stage}»: ${error}`,
    needsStageData: ({ stage }) => `Completa primero la etapa ${stage}`,
    needsVisit: ({ stage }) => `Pasa primero por la etapa ${stage}`,
    markdown: {
      owner: 'Titular',
      created: 'Creado',
      currentStage: 'Etapa actual',
      journey: 'Recorrido',
      since: ({ date }) => `desde el ${day(date)}`,
      span: ({ from, to }) => `del ${day(from)} al ${day(to)}`,
      background: 'Antecedentes',
      entry: {
        employment: 'Empleo',
        education: 'Estudios',
        license: 'Licencia',
        volunteerWork: 'Voluntariado',
      },
      range: ({ start, end }) =>
        `(${start === undefined ? '¿?' : day(start)} a ${end === undefined ? 'hoy' : day(end)})`,
      inProgress: 'en curso',
      expires: ({ date }) => `vence el ${day(date)}`,
      selfAssessment: 'Autoevaluación',
      assessmentTaken: ({ kind, date }) => `Evaluación de ${kind}, realizada el ${day(date)}.`,
      assessmentKind: {
        interests: 'intereses',
        values: 'valores',
        personality: 'personalidad',
        aptitude: 'aptitudes',
        skills: 'habilidades',
        environment: 'ambiente de trabajo',
        other: 'otro tipo',
      },
      hollandCode: 'Código Holland',
      riasec: 'RIASEC',
      workValues: 'Valores laborales',
      workValue: {
        achievement: 'Logro',
        workingConditions: 'Condiciones de trabajo',
        recognition: 'Reconocimiento',
        relationships: 'Relaciones',
        support: 'Apoyo',
        independence: 'Independencia',
      },
      personalityType: 'Tipo de personalidad',
      jobZone: 'Zona laboral',
      careerOptions: 'Opciones profesionales',
      optionFacts: {
        socCode: ({ code }) => `O*NET-SOC ${code}`,
        status: ({ status }) => `estado: ${status}`,
        fit: ({ n }) => `afinidad ${n} de 5`,
        code: ({ code }) => `código Holland ${code}`,
        zone: ({ n }) => `zona laboral ${n}`,
      },
      optionStatus: {
        identified: 'identificada',
        researching: 'en investigación',
        shortlisted: 'preseleccionada',
        rejected: 'descartada',
        chosen: 'elegida',
      },
      research: {
        duties: 'Tareas',
        education: 'Educación',
        earnings: 'Ingresos',
        outlook: 'Perspectivas',
        other: 'Otros datos',
      },
      activityKind: ACTIVITIES,
      activityWith: ({ contact }) => `con ${contact}`,
      decision: {
        heading: 'Decisión',
        chosen: 'Elegida',
        shortTerm: 'A corto plazo',
        longTerm: 'A largo plazo',
        criteria: 'Criterios considerados',
        pros: 'A favor',
        cons: 'En contra',
        rationale: 'Razones',
      },
      decided: ({ date }) => `decidida el ${day(date)}`,
      goalsBy: { short: 'Metas a corto plazo', long: 'Metas a largo plazo' },
      goalFacts: ({ kind, priority, status, target }) =>
        `Tipo: ${kind}, prioridad: ${priority}, estado: ${status}` +
        `${target === undefined ? '' : `, fecha límite: ${day(target)}`}.`,
      goalKind: {
        occupational: 'ocupacional',
        education: 'educación y capacitación',
        skill: 'habilidad',
        advancement: 'avance profesional',
        personal: 'personal',
        funding: 'financiamiento',
      },
      priority: { high: 'alta', medium: 'media', low: 'baja' },
      goalStatus: { open: 'abierta', 'in-progress': 'en curso', achieved: 'lograda', dropped: 'abandonada' },
      goal: {
        successMeasure: 'Medida de éxito',
        realistic: 'Por qué es realista',
        leadsTo: 'Lleva a',
        resources: 'Recursos',
        strategies: 'Estrategias',
      },
      strategy: {
        due: ({ date }) => `vence el ${day(date)}`,
        by: ({ who }) => `a cargo de ${who}`,
        done: ({ date }) => `hecha el ${day(date)}`,
        inProgress: 'en curso',
        skipped: 'omitida',
        success: 'éxito',
        needs: 'necesita',
      },
      barriers: 'Obstáculos',
      barrierStatus: { open: 'pendiente', addressing: 'en solución', overcome: 'superado' },
      noPlanToOvercome: 'aún no hay un plan para superarlo',
      resources: 'Recursos',
      resourceKind: {
        person: 'persona',
        organization: 'organización',
        course: 'curso',
        website: 'sitio web',
        funding: 'financiamiento',
        publication: 'publicación',
        other: 'otro recurso',
      },
      milestones: 'Hitos',
      reached: ({ date }) => `alcanzado el ${day(date)}`,
      alternatives: 'Alternativas',
      trigger: 'se activa si',
      skills: 'Habilidades',
      skill: {
        own: ({ n }) => `calificación propia ${formatDecimal('es', n, 0)} de 5`,
        advisors: ({ n }) => `calificación de asesores ${formatDecimal('es', n, 0)} de 5`,
        importance: ({ n }) => `importancia ${n} de 5`,
      },
      portfolio: 'Portafolio',
      evidenceFor: {
        goal: 'Meta',
        strategy: 'Estrategia',
        milestone: 'Hito',
        earlier: 'Partes anteriores del plan',
      },
      evidenceKind: {
        certificate: 'certificado',
        transcript: 'historial académico',
        link: 'enlace',
        note: 'nota',
        other: 'otra evidencia',
      },
      reviews: 'Revisiones',
      everyMonths: ({ n }) => `Se revisa cada ${plural('es', n, { one: 'mes', other: `${n} meses` })}.`,
      dueOn: ({ dates }) => `Revisiones previstas: ${dates}.`,
      reviewWith: ({ who }) => (who === '' ? 'sin participantes anotados' : `con ${who}`),
      goalsChanged: ({ goals }) => `Metas modificadas: ${goals}.`,
      signatures: 'Firmas',
      revision: ({ n }) => `revisión ${n}`,
      unchangedSince: 'sin cambios desde entonces',
      changedSince: ({ n }) => `con ${n} ${plural('es', n, { one: 'cambio', other: 'cambios' })} desde entonces`,
      notes: 'Notas',
      revisionLog: 'Registro de cambios',
    },
    history: {
      the: /* @__PURE__ */ NOUNS(true),
      a: /* @__PURE__ */ NOUNS(false),
      activity: ({ kind, option }) => `${ACTIVITIES[kind].toLowerCase()} para ${option}`,
      at: ({ what, where }) => `${what} en ${where}`,
      quote: ({ name }) => `«${name}»`,
      did: {
        add: ({ what }) => `agregó ${what}`,
        update: ({ what }) => `actualizó ${what}`,
        remove: ({ what }) => `eliminó ${what}`,
        move: ({ what }) => `movió ${what}`,
        complete: ({ what }) => `completó ${what}`,
        reopen: ({ what }) => `reabrió ${what}`,
      },
      changes: {
        chose: ({ what }) => `eligió ${what} como la mejor opción`,
        withdrewDecision: 'retiró la decisión',
        updatedPlan: 'actualizó los datos del plan',
        movedStage: ({ from, to }) => `pasó el plan de ${from} a ${to}`,
        updatedStageData: ({ what }) => `actualizó los datos de la etapa ${what}`,
        suggested: ({ what }) => `sugirió ${what}`,
        accepted: ({ what }) => `aceptó la sugerencia de ${what}`,
        declined: ({ what }) => `rechazó la sugerencia de ${what}`,
        withdrewSuggestion: ({ what }) => `retiró la sugerencia de ${what}`,
        commented: ({ what }) => `comentó ${what}`,
        addedPrivateNote: 'agregó una nota privada',
        removedPrivateNote: 'eliminó una nota privada',
        rated: ({ what }) => `calificó ${what}`,
        recordedReview: ({ what }) => `registró la revisión ${what}`,
        signed: 'firmó el plan',
        undid: ({ what }) => (what === undefined ? 'deshizo un cambio' : `deshizo un cambio (${what})`),
        redid: ({ what }) => (what === undefined ? 'rehízo un cambio' : `rehízo un cambio (${what})`),
      },
      proposal: {
        add: ({ a, name }) => (name === undefined ? `agregar ${a}` : `agregar ${a}: ${name}`),
        update: ({ the, name }) => `cambiar ${the} «${name}»`,
        remove: ({ the, name }) => `eliminar ${the} «${name}»`,
        move: ({ the, name }) => `mover ${the} «${name}»`,
        complete: ({ the, name }) => `completar ${the} «${name}»`,
        reopen: ({ the, name }) => `reabrir ${the} «${name}»`,
        transition: ({ name }) => `pasar a la etapa «${name}»`,
        setDecision: ({ name }) => `elegir «${name}»`,
        clearDecision: 'retirar la decisión',
        updatePlan: 'cambiar los datos del plan',
        setStageData: ({ name }) => `completar los datos de la etapa «${name}»`,
        unknown: 'un cambio',
      },
      sentence: ({ actor, change, suggestedBy, reason }) =>
        `${actor} ${change}${suggestedBy === undefined ? '' : ` (sugerencia de ${suggestedBy})`}` +
        (reason === undefined ? '' : `: ${reason}`),
    },
    input: {
      field: {
        title: 'un título',
        name: 'un nombre',
        description: 'una descripción',
        text: 'un texto',
        instrument: 'el instrumento',
        employer: 'el empleador',
        institution: 'la institución',
        organization: 'la organización',
        role: 'el rol',
        agreed: 'lo acordado',
        trigger: 'qué lo activaría',
        reason: 'un motivo',
      },
      required: ({ field }) => (field === undefined ? 'Completa este campo' : `Escribe ${field}`),
      tooShort: ({ n }) => `Usa al menos ${n} caracteres`,
      tooLong: ({ n }) => `Usa como máximo ${n} caracteres`,
      tooFew: ({ n }) => `Indica al menos ${n}`,
      tooMany: ({ n }) => `Indica como máximo ${n}`,
      atLeast: ({ n }) => `Escribe ${n} o más`,
      atMost: ({ n }) => `Escribe ${n} o menos`,
      type: {
        string: 'Escribe un texto',
        number: 'Escribe un número',
        int: 'Escribe un número entero',
        boolean: 'Elige sí o no',
        array: 'Indica una lista',
        object: 'Indica los datos',
      },
      date: ({ example }) => `Usa una fecha como ${example}`,
      noSuchDay: ({ day }) => `No existe el día ${day}`,
      instant: ({ example }) => `Usa una fecha y hora como ${example}`,
      url: 'Usa una dirección web que empiece por http:// o https://',
      pattern: {
        socCode: 'Usa un código O*NET-SOC como 15-1232.00',
        hollandCode: 'Usa de una a tres letras distintas de RIASEC, como IRC',
        role: 'Usa palabras en minúscula unidas por guiones, como orientador',
        other: 'Usa el formato que pide este campo',
      },
      oneOf: ({ options }) => `Elige una opción: ${options}`,
      unknownFields: ({ fields }) => `Quita lo que no corresponde: ${fields}`,
      invalid: 'Revisa este valor',
    },
    errors: {
      'invalid-input': ({ what }) => (what === undefined ? 'Revisa los datos' : `Revisa los datos: ${what}`),
      'invalid-plan': () => 'Esto no es un plan con el que la aplicación pueda trabajar',
      'not-found': ({ what }) => (what === undefined ? 'No se encontró' : `No se encontró ${what}`),
      'duplicate-id': ({ what }) => `El id ${what ?? ''} ya está en uso`,
      'invalid-reference': () => 'Nombra algo que el plan no tiene, o dejaría un vínculo a nada',
      'transition-blocked': ({ what }) =>
        what === undefined ? 'El plan todavía no puede avanzar' : `El plan todavía no puede avanzar: ${what}`,
      'unknown-stage': ({ what }) => `El proceso no tiene la etapa ${what ?? ''}`,
      'invalid-process': () => 'Esta etapa o este proceso no puede funcionar tal como está definido',
      'unknown-process': () => 'El documento nombra un proceso que no se dio para cargarlo',
      'invalid-json': () => 'El documento no es JSON',
      'invalid-document': () => 'El documento no es un plan de carrera válido',
      'unsupported-version': () => 'Este documento necesita una versión más nueva de la aplicación',
      'corrupt-history': () => 'El historial del plan no cuadra: puede estar dañado o alterado',
      'too-large': () => 'Esto supera el tamaño permitido',
      forbidden: () => 'No puedes hacer este cambio en el plan',
      conflict: () => 'El plan cambió mientras tanto: vuelve a cargarlo e inténtalo otra vez',
      'history-not-loaded': () => 'Esa parte del historial todavía no está cargada',
    },
    pictures: {
      hexagonTitle: ({ name }) => `Intereses de ${name}`,
      hexagonDesc: ({ profiles }) => `Hexágono de intereses de Holland. ${profiles.join('. ')}.`,
      hexagonScales:
        'Centro lo más bajo, vértice lo más alto: puntajes de la persona de 0 a 100, ' +
        'niveles O*NET de las ocupaciones de 1 a 7',
      noScores: 'Todavía no hay puntajes de intereses',
      timelineTitle: ({ title }) => `Cronología de ${title}`,
      timelineDesc: ({ goals, steps, overdue, from, to, today }) =>
        `${goals} ${plural('es', goals, { one: 'meta', other: 'metas' })} y ${steps} ` +
        `${plural('es', steps, { one: 'paso', other: 'pasos' })} del ${day(from)} al ${day(to)}; ` +
        `${overdue} ${plural('es', overdue, { one: 'atrasado', other: 'atrasados' })} al ${day(today)}.`,
      today: 'Hoy',
      milestones: 'Hitos',
      reviews: 'Revisiones',
      mark: ({ what, date, state }) =>
        `${what}: ${state === 'target' ? 'fecha límite' : 'vence'} el ${day(date)}` +
        (state === undefined || state === 'target'
          ? ''
          : ` (${{ done: 'hecho', overdue: 'atrasado', skipped: 'omitido', reached: 'alcanzado' }[state]})`),
    },
    calendar: {
      goal: ({ title }) => `Meta: ${title}`,
      by: ({ who }) => `Responsable: ${who}`,
      success: ({ measure }) => `Éxito: ${measure}`,
    },
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

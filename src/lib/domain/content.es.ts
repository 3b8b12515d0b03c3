/**
 * The seed content in Spanish (neutral Latin-American Spanish for community health settings),
 * translated by Convene from the two English source documents (see SOURCES and the About page).
 * Faithful to the meaning; wording tightened where the English slide fragments needed it. Every
 * item keeps the English item's id: content-language.test.ts checks both languages have the same.
 *
 * Loaded with `import()` only when Spanish is needed ($lib/i18n/content.ts). The module and template
 * names live in content.es.catalogue.ts: the home page loads only those.
 */

import type { ContentTranslation } from './content-language';
import { CATALOGUE_ES } from './content.es.catalogue';

/** `{ 'prefix-1': texts[0], 'prefix-2': texts[1], … }`, matching content.ts's `items()` ids. */
const list = (prefix: string, texts: readonly string[]) =>
	Object.fromEntries(texts.map((text, i) => [`${prefix}-${i + 1}`, text]));

const rubricTasks = (slug: string, tasks: [string, string][]) =>
	Object.fromEntries(tasks.map(([numeral, text]) => [`rubric-${slug}-${numeral}`, text]));

export const CONTENT_ES: ContentTranslation = {
	items: {
		...list('cross-sector', [
			'Un diseño y una implementación eficaces activan mejores sistemas de salud',
			'Un cauce eficaz para atender los determinantes sociales'
		]),
		...list('strong-case', [
			'Los problemas de salud complejos tienen varias causas y efectos distintos pero relacionados',
			'Organizaciones de distintos sectores intentan resolver las cosas por separado',
			'Muchas organizaciones tienen recursos limitados',
			'Las alianzas aumentan la capacidad y el alcance',
			'Las alianzas ayudan a construir un entendimiento común y a aprovechar el conocimiento'
		]),
		...list('condition', [
			'Liderazgo',
			'Mecanismo financiero',
			'Capacidad necesaria en todos los sectores',
			'Condiciones del mercado',
			'Diseño',
			'Fases de la alianza: diseñe para su fase'
		]),
		...list('learned', [
			'La alianza es una estrategia clave para que las clínicas de salud comunitaria atiendan los determinantes sociales',
			'Implementar alianzas bien diseñadas aprovecha las fortalezas y oportunidades de distintos socios comunitarios para mejorar el sistema de salud, y el bienestar y los resultados de salud de quienes reciben los servicios de las alianzas'
		]),
		...list('clear-plan', [
			'Identificar e involucrar a socios comunitarios para entender sus prioridades y necesidades',
			'Identificar y fortalecer las conexiones con socios comunitarios',
			'Dar datos a los socios comunitarios para priorizar el problema que se intenta resolver',
			'Codiseñar un plan de acción, incluida la definición de posibles intervenciones basadas en datos y en los aportes de la comunidad',
			'Desarrollar acuerdos de alianza'
		]),
		...list('grappling', [
			'Generar interés en posibles socios',
			'Desarrollar criterios que ayuden a seleccionar socios',
			'Lograr más eficacia en las relaciones actuales',
			'Ganar influencia con socios actuales y posibles, así como dentro de sus propias organizaciones y sistemas'
		]),
		...list('opportunity', [
			'Encontrar a los socios adecuados con un enfoque sistemático para identificarlos y seleccionarlos',
			'Encontrar, dentro de la organización socia, a las personas con la autoridad y la influencia para activar el cambio',
			'Prepararse para un éxito sostenible',
			'Incorporar el aprendizaje temprano en el proceso de alianza',
			'Crear y fortalecer las bases de la relación que se necesitarán en fases posteriores de la alianza'
		]),
		...list('pitfall', [
			'Evaluación insuficiente del caso de negocio para ustedes y para su socio',
			'Subestimar el tiempo y la atención que se necesitan para activar el cambio',
			'Demasiadas conversaciones sobre aliarse y poca acción',
			'No hay criterios claros para la alianza',
			'Falta de comprensión sobre las fuentes de experiencia',
			'Dejar fuera a un socio o a una persona influyente importante',
			'Apresurar acuerdos sin el compromiso pleno del socio',
			'Falta de comprensión suficiente de las culturas, las estructuras de toma de decisiones y de quién es quién dentro de la organización socia',
			'Poca apropiación, influencia o poder entre las personas que impulsan la alianza y/o dentro de las organizaciones socias'
		]),
		...list('aspiration', [
			'¿Cuál es el caso para su organización al lograr su aspiración (en relación con la iniciativa ROOTS)?',
			'¿Qué tiene de atractivo su aspiración que motivaría a posibles socios a trabajar con ustedes?',
			'¿Qué es posible si las alianzas se forman de manera eficaz que no lo sería si no se forman?'
		]),
		...list('map', [
			'¿Quiénes son sus socios más adecuados y por qué?',
			'¿Cómo se identificarán estas organizaciones socias?',
			'¿Comparten una meta común? ¿Cómo lo saben o cómo lo averiguarán?',
			'¿Qué capacidades aportan a la alianza? ¿Cómo evaluarán si esas capacidades existen en las organizaciones socias?',
			'¿Qué recursos o apoyo pueden ofrecer a sus socios? ¿Qué valor les aporta?',
			'¿Qué criterios o expectativas tienen para sus socios? ¿Y ellos para ustedes?',
			'¿Qué se puede aprender de otros y aplicar a su trabajo de selección y participación de socios?'
		]),
		...list('identified', [
			'¿Con qué personas necesitan trabajar (quién contribuye, asigna recursos, implementa, toma decisiones) en cada organización?',
			'¿Cómo construirán valor y compromiso compartidos? ¿Cuál es su filosofía compartida de la alianza?',
			'¿Qué trabajo tendrá que hacer cada organización?',
			'¿Qué condiciones de la relación hay que definir?'
		]),
		...list('final', [
			'El ritmo es acelerado y este trabajo lleva tiempo',
			'Aliarse puede ser difícil, y la resistencia lo hace aún más',
			'Hablar no es gratis y puede crear la ilusión de colaborar o de estar aliados',
			'La cultura interna puede imponerse a las iniciativas externas',
			'El trabajo previo es fundamental, y a menudo lanzarse a hacer aporta la claridad que se necesita'
		]),
		'final-thoughts': 'Sus reflexiones finales',
		...list('why', [
			'Las personas con necesidades complejas y costos altos suelen enfrentar retos que van más allá del sistema de salud, como la pobreza, el trauma, las necesidades de salud mental, el abuso de sustancias, los trastornos cognitivos y la falta de vivienda. Los determinantes sociales de la salud influyen más en los resultados de salud que la propia atención médica, y el sistema de salud no está preparado para atender la mayoría de las necesidades relacionadas con ellos. Las organizaciones comunitarias y de servicios sociales prestan esos servicios y trabajan para mejorar los determinantes sociales de la salud.',
			'Los equipos de atención de los modelos de atención ampliada deben identificar necesidades no cubiertas de los pacientes, buscar recursos comunitarios que las atiendan y establecer alianzas eficaces con esas organizaciones. Muchos sistemas de salud tienen varios programas y recursos para pacientes vulnerables, pero la mayoría siguen desconectados entre sí: es igual de importante forjar alianzas sólidas con los propios departamentos de la organización que con organizaciones y grupos de la comunidad. Los modelos de atención ampliada que se apoyan en atención primaria ubicada fuera de la organización también necesitan forjar alianzas con la atención primaria.',
			'Las alianzas eficaces se construyen con comunicación abierta y con el desarrollo de la confianza a largo plazo. Ya sea que el equipo de atención fortalezca una alianza dentro o fuera de la organización, la alianza se construirá sobre las mismas bases.'
		]),
		...list('characteristic', [
			'Capacidad de desarrollar un propósito compartido con otros grupos, incluida la capacidad de ampliar la propia visión para abarcar la de los demás.',
			'Apertura a reunirse en persona y a mantener una comunicación continua y abierta (por ejemplo, entre quienes dirigen los programas y el personal de atención de los distintos departamentos u organizaciones).',
			'Humildad y capacidad de escuchar a los demás.'
		]),
		...list('activity', [
			'Identificar las poblaciones de pacientes en común que atienden los equipos de todas las organizaciones socias.',
			'Conocer cómo atiende cada equipo a sus pacientes o usuarios. ¿Qué servicios presta el equipo? ¿Quién atiende directamente a los pacientes? ¿Qué criterios de elegibilidad tiene cada equipo y por qué?',
			'Reconocer de palabra lo que el socio aporta a la salud y el bienestar de la población de pacientes.',
			'Identificar y conversar sobre posibles prioridades en conflicto entre los socios.',
			'Desarrollar metas compartidas, incluida la decisión sobre una población de enfoque y la definición de un objetivo medible y con plazo.',
			'Determinar el alcance de la alianza. Ser claros sobre la capacidad desde el principio: ¿a cuántas personas pueden atender en colaboración los equipos de las organizaciones socias? Planificar de forma continua para ajustar la capacidad a la demanda de servicios.',
			'Comprometerse a compartir datos, lo que puede requerir apoyo legal y negociación prolongados cuando los equipos dependen de organizaciones distintas.',
			'Probar juntos estrategias de colaboración que lleven a desarrollar procesos de trabajo compartidos. Esto suele incluir desarrollar procesos de evaluación compartidos o complementarios y afinar los procesos de derivación con circuitos de retroalimentación que aseguren la comunicación.',
			'Realizar reuniones mensuales de análisis de casos en colaboración para reunir a integrantes de distintos equipos de atención a resolver problemas, conocer la atención que presta cada equipo, probar nuevas formas de atender a pacientes concretos, desarrollar procesos de trabajo que den forma a la atención de todos los pacientes e identificar áreas en las que abogar por un cambio sistémico.',
			'Comprometerse a desarrollar métodos compartidos de toma de decisiones. Esto puede implicar el compromiso de que quienes asisten a una reunión tengan facultades para decidir, un liderazgo rotativo entre los equipos socios o la elección de una persona que tome las decisiones principales.',
			'Construir cohesión entre los socios. Celebrar los logros, reconocer los aportes de todos los socios y crear oportunidades de reunirse para desarrollar relaciones más allá del trabajo.'
		]),
		...list('recommendation', [
			'Fortalecer las alianzas dentro de su organización para integrar y aprovechar los recursos existentes.',
			'Fortalecer las alianzas comunitarias para atender las necesidades y potenciar las fortalezas de la población con necesidades complejas y costos altos.'
		]),
		...list('start-internal', [
			'Reunirse con las áreas de finanzas y con la alta dirección para conversar sobre lo que cada una entiende por éxito y establecer indicadores significativos. Comunicar que será un proceso colaborativo a lo largo del tiempo y agendar una próxima reunión.',
			'Reunirse con otros departamentos de gestión de la atención para conocer su trabajo. Explorar la posibilidad de realizar reuniones conjuntas de análisis de casos.',
			'Desarrollar materiales sencillos que cuenten la historia del modelo de atención ampliada, con datos pertinentes e historias de pacientes.',
			'Identificar necesidades de los pacientes que pueden atender otros departamentos de la organización, por ejemplo, salud en el hogar y abuso de sustancias. Contactar a esos departamentos y explorar un proceso de atención más fluido.'
		]),
		...list('start-external', [
			'Identificar necesidades comunes de la población con necesidades complejas y costos altos que su modelo de atención ampliada no cubre. Luego, priorizar una de esas necesidades, por urgencia o por el número de personas afectadas, y buscar un socio en la comunidad que ayude a cubrir esa brecha.',
			'Identificar a alguien del equipo de atención con buen perfil para conocer los recursos comunitarios e identificar posibles socios comunitarios.',
			'Empezar a identificar apoyos comunitarios preguntando directamente a los pacientes qué organizaciones apoyan sus metas de salud y de vida.',
			'Aliarse con grupos externos hará que el equipo de atención note la competencia entre las distintas partes interesadas. Empezar con socios dispuestos y comprometerse a sortear los retos a medida que surjan.'
		]),
		...list('tip', [
			'Quienes lideran el modelo de atención ampliada deben mirar hacia afuera y comunicar con claridad el valor del modelo dentro y fuera de la organización.',
			'Resistir la tentación de crear servicios nuevos antes de que el equipo haya investigado los servicios existentes en la organización y en la comunidad.',
			'Adoptar un enfoque basado en activos para entender las fortalezas y los recursos de la comunidad, sin olvidar revisar los recursos internos de la organización.',
			'Ya sea que su equipo se alíe con otros departamentos de su propia organización o con organizaciones externas, el valor de una comunicación constante, abierta y franca no puede exagerarse.'
		]),
		...rubricTasks('lc4', [
			[
				'iii',
				'Se desarrolló una plataforma formal de contactos con referentes del sector de la salud'
			],
			[
				'iv',
				'Se reasignaron recursos internos y responsables del desarrollo de nuevos negocios, las tendencias y la recomendación de estrategias de posicionamiento'
			]
		]),
		...rubricTasks('mc1', [
			['i', 'Existe un organigrama y se mantiene actualizado'],
			[
				'ii',
				'La dirección y el personal tienen funciones claras y metas que exigen un esfuerzo adicional para alcanzarse'
			],
			[
				'iii',
				'Se han instituido evaluaciones de desempeño, también para la junta directiva (habilidades, competencias, credenciales)'
			],
			['iv', 'Hay acompañamiento y retroalimentación internos y externos, pertinentes y periódicos']
		]),
		...rubricTasks('mc2', [
			['i', 'Existen canales abiertos de comunicación entre el equipo directivo y el personal'],
			[
				'ii',
				'Hay normas de comunicación establecidas en la organización (por ejemplo, expectativas de seguimiento, protocolos)'
			],
			['iii', 'Hay procesos y prácticas establecidos para la comunicación (interna y externa)']
		]),
		...rubricTasks('mc3', [
			[
				'i',
				'Hay un proceso establecido para reclutar, desarrollar y retener a gerentes y personal'
			],
			[
				'ii',
				'Se evaluaron las brechas de talento y se atienden las necesidades actuales y futuras'
			],
			['iii', 'Hay prácticas y políticas establecidas para el desarrollo gerencial'],
			['iv', 'Hay prácticas y procesos de gestión del cambio establecidos']
		])
	},
	phases: {
		'phase-1': {
			title: 'Evaluar internamente',
			verbs: ['Conocerse', 'desarrollar capacidades', 'cambiar', 'organizarse']
		},
		'phase-2': { title: 'Evaluar externamente', verbs: ['Explorar', 'identificar', 'seleccionar'] },
		'phase-3': {
			title: 'Involucramiento y construcción de relaciones',
			verbs: ['Escuchar', 'entender', 'inspirar', 'alinearse en un terreno común']
		},
		'phase-4': {
			title: 'Codiseñar la estructura de la alianza',
			verbs: ['Diseñar', 'integrar', 'gestionar', 'experimentar']
		},
		'phase-5': {
			title: 'Incorporar mecanismos para monitorear y hacer evolucionar la alianza',
			verbs: ['Mantener (o terminar)', 'medir', 'ajustar']
		},
		'phase-6': {
			title: 'Ampliar lo que funciona',
			verbs: ['Crecer', 'replicar', 'nuevas poblaciones', 'nuevos socios']
		}
	},
	momentum: {
		'momentum-1': { from: 'Más es mejor', to: 'Mejor es mejor' },
		'momentum-2': { from: 'Incentivo de la organización', to: 'Incentivo del sistema' },
		'momentum-3': { from: 'Mi paciente', to: 'Nuestra población' },
		'momentum-4': { from: 'Un estilo de liderazgo de control', to: 'Influencia' }
	},
	shiftText: (from, to) => `De «${from}» a «${to}»`,
	rubric: {
		'rubric-lc': {
			title: 'Dominio LC',
			note: 'La diapositiva de la fuente muestra solo parte de este dominio (desde LC 4, tareas iii y iv) y no da su nombre completo.'
		},
		'rubric-mc': { title: 'Capacidad de gestión', note: '' },
		'rubric-lc4': { text: 'Establecer estrategias de desarrollo de negocios' },
		'rubric-mc1': { text: 'Demostrar una evaluación continua' },
		'rubric-mc2': { text: 'Mejorar la comunicación' },
		'rubric-mc3': {
			text: 'Demostrar una atención continua al reclutamiento y al desarrollo del personal'
		}
	},
	criteria: {
		'criterion-shared-goal': { name: 'Meta compartida', description: '¿Comparten una meta común?' },
		'criterion-capacities': {
			name: 'Capacidades',
			description: '¿Qué capacidades aportan a la alianza?'
		},
		'criterion-resources': {
			name: 'Recursos',
			description: 'Recursos que pueden aportar, y el valor que podemos ofrecerles a cambio.'
		},
		'criterion-reach': {
			name: 'Alcance en la población de enfoque',
			description:
				'Poblaciones de pacientes en común que atienden los equipos de todas las organizaciones socias.'
		},
		'criterion-leadership': {
			name: 'Calidad del liderazgo',
			description: 'La calidad del liderazgo de los socios es, sin duda, un punto crucial.'
		},
		'criterion-willingness': {
			name: 'Disposición',
			description:
				'Empezar con socios dispuestos y comprometerse a sortear los retos a medida que surjan.'
		}
	},
	quotes: {
		'quote-foundation': { text: 'Crear una base no es un piloto… es un compromiso', author: '' },
		'quote-ellison': {
			text: 'Se necesita un compromiso profundo con el cambio y un compromiso aún más profundo con crecer',
			author: 'Ralph Ellison'
		},
		'quote-coburn': {
			text: 'Construir alianzas se basa en las relaciones y en demostrar cierta integridad con la misión y con una forma de hacer el trabajo. … Empiecen por lo que distingue a su programa y hagan que la propuesta de valor resuene con los posibles socios. Si tienen la suerte de contar con una enorme prueba de retorno de la inversión, empiecen por ahí. Si no tienen pruebas del retorno de la inversión, empiecen por sus fortalezas.',
			author:
				'Ken Coburn, MD, DrPH, FACP, presidente, director ejecutivo y director médico, Health Quality Partners'
		}
	},
	sources: {
		'partnership-design': {
			title: 'Sesión de convocatoria: Diseño de alianzas',
			kind: 'Presentación de una sesión de convocatoria',
			credit:
				'Center for Care Innovations, programa ROOTS; presentada por Collaborative Consulting («Where Ideas Evolve Into Action»).'
		},
		'strengthening-partnerships': {
			title: 'Fortalecer las alianzas',
			kind: 'Capítulo de un manual',
			credit:
				'Un capítulo de un manual sobre alianzas para poblaciones con necesidades complejas y costos altos; incluye una cita de Ken Coburn, MD, DrPH, FACP, presidente, director ejecutivo y director médico de Health Quality Partners.'
		}
	},
	sections: {
		Momentum: 'Impulso',
		'Cross-Sector Partnerships': 'Alianzas intersectoriales',
		'Strong Case': 'Argumentos sólidos',
		'Conditions to Support Effectiveness': 'Condiciones que favorecen la eficacia',
		'Partnership Development Phases / Design for the Phase You are In':
			'Fases del desarrollo de alianzas / Diseñe para la fase en la que está',
		'Design for the Phase You are In — 1. Assess Internally':
			'Diseñe para la fase en la que está — 1. Evaluar internamente',
		'What We Learned From You': 'Lo que aprendimos de ustedes',
		'What We Learned From You — A clear plan is needed for':
			'Lo que aprendimos de ustedes — Se necesita un plan claro para',
		'What We Learned From You — You are grappling with':
			'Lo que aprendimos de ustedes — Están lidiando con',
		'Opportunities in Phases 2 and 3': 'Oportunidades en las fases 2 y 3',
		'Common Pitfalls (or Accelerators?) in Phases 2 and 3':
			'Obstáculos comunes (¿o aceleradores?) en las fases 2 y 3',
		Quote: 'Cita',
		'Building your Partnership Map — Revisit your aspiration':
			'Construir su mapa de alianzas — Revisar su aspiración',
		'Building your Partnership Map': 'Construir su mapa de alianzas',
		'Building your Partnership Map — Once your partner organizations are identified':
			'Construir su mapa de alianzas — Una vez identificadas las organizaciones socias',
		'Final Words': 'Palabras finales',
		'Your Final Thoughts': 'Sus reflexiones finales',
		'Why is this important? And what do we know?': '¿Por qué es importante? ¿Y qué sabemos?',
		'Characteristics that forge effective partnerships':
			'Características que forjan alianzas eficaces',
		'Core activities of effective partnerships': 'Actividades centrales de las alianzas eficaces',
		'Core recommendations': 'Recomendaciones centrales',
		'How to get started with internal partnerships': 'Cómo empezar con las alianzas internas',
		'How to get started with external partnerships': 'Cómo empezar con las alianzas externas',
		'Overall tips and guidance': 'Consejos y orientación generales',
		'Opening quote': 'Cita inicial'
	},
	modules: CATALOGUE_ES.modules,
	templates: CATALOGUE_ES.templates,
	singletons: {
		phaseQuestion: '¿En qué fase del desarrollo de alianzas están?',
		majorityNote: 'La mayoría en las fases 2 y 3',
		aspirationAdvice:
			'Pídanselo, pero primero asegúrense de tener algo que ellos quieran o necesiten (esto último es importante).',
		guidingQuestion:
			'¿Cómo desarrollamos alianzas internas y externas eficaces para atender las necesidades y aprovechar los recursos de nuestra población?'
	}
};

/**
 * The module and template names and descriptions in Spanish: all the seed content the home page
 * shows (the template cards) or stores (a new workshop's agenda step titles). Split from
 * content.es.ts so the home page loads this and not the whole seed content; content.es.ts
 * includes it, so CONTENT_ES stays the one complete translation.
 */

import type { CatalogueTranslation } from './catalogue-language';

export const CATALOGUE_ES: CatalogueTranslation = {
	modules: {
		momentum: {
			title: 'Impulso y condiciones para la eficacia',
			summary: 'Los cuatro cambios «De … a …» y las condiciones que favorecen alianzas eficaces.'
		},
		aspiration: {
			title: 'Revisar su aspiración',
			summary: 'Tres preguntas sobre el caso de su aspiración y sobre lo que atrae a los socios.'
		},
		phase: {
			title: '¿En qué fase del desarrollo de alianzas están?',
			summary: 'Ubiquen al equipo (y cada alianza) en una de las seis fases; diseñen para esa fase.'
		},
		rubric: {
			title: 'Evaluar internamente: rúbrica de capacidad',
			summary:
				'Califiquen cada tarea de la rúbrica de capacidad interna: no establecida, en proceso, establecida.'
		},
		'map-questions': {
			title: 'Construir su mapa de alianzas',
			summary:
				'Las siete preguntas sobre socios y las cuatro preguntas una vez identificados los socios.'
		},
		'stakeholder-map': {
			title: 'Mapa de actores',
			summary:
				'Los socios, las personas que los integran y sus funciones, y las conexiones entre ellos.'
		},
		criteria: {
			title: 'Criterios de selección de socios',
			summary: 'Definan criterios ponderados y puntúen con ellos a los socios candidatos.'
		},
		pitfalls: {
			title: 'Obstáculos comunes (¿o aceleradores?)',
			summary: 'Los nueve obstáculos comunes de las fases 2 y 3: riesgo, bajo control o acelerador.'
		},
		characteristics: {
			title: 'Por qué aliarse y qué hace eficaces a las alianzas',
			summary:
				'Por qué es importante, las características de las alianzas eficaces y las recomendaciones centrales.'
		},
		'core-activities': {
			title: 'Actividades centrales de las alianzas eficaces',
			summary: 'Den seguimiento a las once actividades centrales de cada alianza.'
		},
		'getting-started': {
			title: 'Cómo empezar',
			summary: 'Primeros pasos para alianzas internas y externas, con responsables.'
		},
		tips: {
			title: 'Consejos y orientación generales',
			summary: 'Cuatro consejos para tener presentes al aliarse.'
		},
		actions: {
			title: 'Plan de acción',
			summary: 'Acciones con un socio, un responsable, una fecha límite y un estado.'
		},
		'final-words': {
			title: 'Palabras finales',
			summary: 'Los recordatorios de cierre y sus reflexiones finales.'
		},
		custom: { title: 'Paso propio', summary: 'Un paso propio con un título y una consigna.' }
	},
	templates: {
		'partnership-design': {
			title: 'Convocatoria de diseño de alianzas',
			description:
				'La sesión de convocatoria de ROOTS: impulso, fases, capacidad interna, obstáculos y construcción de su mapa de alianzas.'
		},
		'strengthening-partnerships': {
			title: 'Fortalecer las alianzas',
			description:
				'Alianzas internas y externas para poblaciones con necesidades complejas: características, actividades centrales, cómo empezar.'
		},
		blank: {
			title: 'Taller en blanco',
			description: 'Una agenda vacía: agregue los módulos que necesite.'
		}
	}
};

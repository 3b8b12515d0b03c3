/**
 * The shapes of everything a workshop holds. Pure types: shared by the domain logic, the database
 * (each row type is one table), the workshop file format and the UI.
 *
 * Every row that belongs to a workshop carries `workshopId` and an `id` that is unique *within* that
 * workshop. The database keys rows by `[workshopId+id]`, so a workshop can be duplicated, or imported
 * next to an existing copy, by changing only `workshopId`: no cross-references need rewriting.
 */

import type { BundleRows, ContentRows } from './tables';

export type ModuleKind =
	| 'momentum'
	| 'aspiration'
	| 'phase'
	| 'rubric'
	| 'map-questions'
	| 'stakeholder-map'
	| 'criteria'
	| 'pitfalls'
	| 'characteristics'
	| 'core-activities'
	| 'getting-started'
	| 'tips'
	| 'actions'
	| 'final-words'
	| 'custom';

export type TemplateId = 'partnership-design' | 'strengthening-partnerships' | 'blank';

export interface WorkshopSettings {
	/** Participants may hand in without a name. */
	anonymous: boolean;
	/** How many hand-ins the facilitator expects (0 = not set). */
	expectedParticipants: number;
	/**
	 * The language of the workshop's PDF plan and spreadsheets. Absent in workshops made before it
	 * existed: they use the facilitator's current interface language.
	 */
	language?: ContentLanguage;
}

/** A language Convene's interface and seed content exist in. */
export type ContentLanguage = 'en' | 'es';

export interface Workshop {
	id: string;
	title: string;
	/** The home organisation or team running the partnership work. */
	organisation: string;
	/** ISO date `YYYY-MM-DD` of the convening, or '' when not set. */
	date: string;
	facilitator: string;
	templateId: TemplateId;
	/** Version of the seed content the workshop was created from. */
	contentVersion: number;
	archived: boolean;
	settings: WorkshopSettings;
	createdAt: number;
	updatedAt: number;
}

/** Rows of the tables below all carry these two keys. */
interface WorkshopRow {
	workshopId: string;
	id: string;
}

export interface AgendaStep extends WorkshopRow {
	order: number;
	module: ModuleKind;
	title: string;
	/** For custom steps: the prompt shown; for modules: an optional facilitator override. */
	prompt: string;
	durationMin: number;
	notes: string;
	/**
	 * The seed questions (content item ids) participants are asked at this step, in content order.
	 * Absent = every participant question of the step's module (see `askedQuestions` in
	 * `room-answers.ts`); an empty list = none.
	 */
	asked?: string[];
}

/** Live facilitation state, one row per workshop (id is always 'session'). */
export interface SessionState extends WorkshopRow {
	currentStepId: string;
	/** Timer: accumulated running time before the current run, and when the current run began. */
	timerElapsedMs: number;
	timerStartedAt: number | null;
	timerExtraMs: number;
	blank: boolean;
	revealed: boolean;
	showJoin: boolean;
	/** What the projector's map shows; absent until the facilitator chooses (see `projectedMap`). */
	mapView?: ProjectedMap;
	/** What the projector shows of the room's answers; absent = the first page, nothing featured. */
	roomView?: RoomView;
	/** The live room is locked to new participants (those already in keep answering); absent = open. */
	roomLocked?: boolean;
}

/**
 * What the projector shows of a step's results, as the facilitator drives it from the session screen
 * (file format 3). Page numbers start at 0; '' = none.
 */
export interface RoomView {
	/** The agenda step this view belongs to; a view of another step is ignored (the step moved on). */
	stepId: string;
	/** The question (content item id) whose answers are shown; '' = the step's first question. */
	itemId: string;
	/** The page of answers shown, from 0. */
	page: number;
	/** The answer shown alone in large type (`answerKey`), '' = none. */
	featured: string;
	/** The theme whose answers are shown (paged), '' = none: the answers, or the themes (`showThemes`). */
	themeId: string;
	/**
	 * With no `themeId`: the question's themes with how many answers each holds, instead of the
	 * answers themselves (absent = false; optional since it came after format 3's first version).
	 */
	showThemes?: boolean;
	/** Results shown side by side per side of the partnership. */
	split: boolean;
	/** The vote round shown (its tally, once revealed), '' = none. */
	voteId: string;
}

/** The stakeholder map's drawn views (the one list: map page, session page, projector, file format). */
export const MAP_VIEWS = ['network', 'rings', 'grid'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

/**
 * The stakeholder map as the projector shows it during the map step: the drawn view, the map page's
 * filters and the partner highlighted, as chosen on the facilitator's map page or session page.
 */
export interface ProjectedMap {
	view: MapView;
	/** A sector id or custom label; '' = every sector. */
	sector: string;
	/** A relationship phase 0–6; null = every phase. */
	phase: RelationshipPhase | null;
	/** The partner highlighted (and named) on the projector; '' = none. */
	highlightId: string;
}

/**
 * A free-text (optionally rated) answer to one content item: a question, a momentum shift, a
 * condition, a reflection. `partnerId` is '' for workshop-level answers. id = `${itemId}@${partnerId}`.
 */
export interface Answer extends WorkshopRow {
	itemId: string;
	partnerId: string;
	text: string;
	/** 1–5 self-rating where the module asks for one; 0 = not rated. */
	rating: number;
	updatedAt: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

export type PhaseNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** The team's own placement in a phase; partnerId '' = the team overall. id = partnerId || 'team'. */
export interface PhaseVote extends WorkshopRow {
	partnerId: string;
	phase: PhaseNumber;
	/** 1 (unsure) – 5 (certain); 0 = not given. */
	confidence: number;
	reason: string;
	updatedAt: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

/** A rubric task's ratings, from worst to best (the one list: forms, results, file format, PDF). */
export const RUBRIC_VALUES = ['not-in-place', 'in-progress', 'in-place'] as const;
/** A rubric task's rating; '' = not rated. */
export type RubricRatingValue = '' | (typeof RUBRIC_VALUES)[number];

/** A facilitator-added rubric item (the seed's items live in content). */
export interface CustomRubricItem extends WorkshopRow {
	domainId: string;
	text: string;
	order: number;
}

/** id = the rubric task id (seed or custom). */
export interface RubricRating extends WorkshopRow {
	rating: RubricRatingValue;
	note: string;
	updatedAt: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

export type Sector =
	| 'hospital'
	| 'clinic'
	| 'health-plan'
	| 'public-health'
	| 'housing'
	| 'food'
	| 'behavioral-health'
	| 'social-services'
	| 'faith-community'
	| 'education'
	| 'workforce'
	| 'government'
	| 'foundation'
	| 'internal'
	| 'other';

/** 0 = candidate (not yet partnering), 1–6 = partnership development phase. */
export type RelationshipPhase = 0 | PhaseNumber;

export type StatusDecisionKind = 'sustain' | 'refine' | 'expand' | 'terminate';

export interface StatusDecision {
	kind: StatusDecisionKind;
	reason: string;
	/** ISO date. */
	date: string;
}

export interface Partner extends WorkshopRow {
	name: string;
	/** A preset sector id or a custom label typed by the team. */
	sector: string;
	phase: RelationshipPhase;
	/** 1–5. */
	influence: number;
	/** 1–5. */
	interest: number;
	sharedGoal: string;
	capacities: string;
	/** "What resources or support can you offer your partners? What value does this bring to them?" */
	valueWeOffer: string;
	overlappingPopulation: string;
	/** "What relationship terms need to be determined?" — agreements recorded so far. */
	relationshipTerms: string;
	notes: string;
	decision: StatusDecision | null;
	/** Map position a user placed (null = let the layout decide). */
	x: number | null;
	y: number | null;
	pinned: boolean;
	/**
	 * Rings view: the angle on its ring the team dragged the partner to, in degrees [0, 360) on the
	 * ring's ellipse (0 = the right-hand end, 90 = the bottom, clockwise). Absent or null = the ring
	 * spreads it with the others. Its ring itself always follows `phase`.
	 */
	ringAngle?: number | null;
	/**
	 * True for the workshop's own organisation (at most one per workshop, since file format 2): drawn
	 * distinctly at the centre of the map; connections to and from it are ordinary connections.
	 */
	home: boolean;
	createdAt: number;
	updatedAt: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

export type PersonRole = 'contributes' | 'allocates-resources' | 'implements' | 'makes-decisions';

export interface Person extends WorkshopRow {
	partnerId: string;
	name: string;
	title: string;
	roles: PersonRole[];
	contact: string;
}

export interface Connection extends WorkshopRow {
	sourceId: string;
	targetId: string;
	type: string;
	/** 1 (weak) – 3 (strong). */
	strength: number;
}

export interface Criterion extends WorkshopRow {
	name: string;
	description: string;
	/** Relative weight, 0–10. */
	weight: number;
	order: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

/** id = `${criterionId}@${partnerId}`. */
export interface CriterionScore extends WorkshopRow {
	criterionId: string;
	partnerId: string;
	/** 0–5, or null when not scored yet. */
	score: number | null;
}

/** The marks a pitfall can get, in the checklist's order (the one list: forms, file format, PDF). */
export const PITFALL_MARKS = ['risk', 'under-control', 'accelerator', 'n/a'] as const;
/** A pitfall's mark; '' = not marked. */
export type PitfallMark = '' | (typeof PITFALL_MARKS)[number];

/** id = the pitfall id. */
export interface PitfallAssessment extends WorkshopRow {
	mark: PitfallMark;
	mitigation: string;
	owner: string;
	dueDate: string;
	updatedAt: number;
	/** Set when the value was adopted from the room's answers (file format 3); absent = typed by the team. */
	source?: RoomSource;
}

export type CheckStatus = 'not-started' | 'in-progress' | 'done';

/**
 * Progress on a listed item: a core activity per partnership, a getting-started step.
 * id = `${itemId}@${partnerId}` (partnerId '' = the workshop as a whole).
 */
export interface CheckItem extends WorkshopRow {
	itemId: string;
	partnerId: string;
	status: CheckStatus;
	owner: string;
	note: string;
}

export type ActionStatus = 'todo' | 'doing' | 'done';

export interface Action extends WorkshopRow {
	title: string;
	partnerId: string;
	owner: string;
	dueDate: string;
	status: ActionStatus;
	order: number;
	createdAt: number;
}

/**
 * The side of a cross-sector partnership a participant speaks for (the one list: join forms, file
 * format, results, PDF). A short list grouped from the map's sectors (`SECTOR_SIDES` in `sides.ts`).
 */
export const SIDES = ['health-care', 'community', 'public-agency', 'other'] as const;
export type Side = (typeof SIDES)[number];

/**
 * Where a team value adopted from the room came from (file format 3): how many responses it was built
 * from, when, the room's counts per value (the spread kept beside it), and the value as adopted (a
 * phase number, a rating, a mark, a text), so that a later edit by the team is told apart from the
 * adopted value.
 */
export interface RoomSource {
	responses: number;
	/** When it was adopted (ms since 1970). */
	at: number;
	/** The room's count per value (`'2'` → 7 participants placed the team in phase 2). */
	counts: Record<string, number>;
	adopted: string;
}

/** A named group of a step's text answers to one question, made by the facilitator. */
export interface Theme extends WorkshopRow {
	stepId: string;
	/** The question (content item id) whose answers it groups. */
	itemId: string;
	label: string;
	order: number;
	createdAt: number;
	updatedAt: number;
}

/**
 * The facilitator's handling of one participant's answer to one question: its theme (at most one,
 * '' = none) and whether it is set aside (kept, but off the projector). id = `answerKey(responseId,
 * itemId)`.
 */
export interface AnswerMark extends WorkshopRow {
	responseId: string;
	itemId: string;
	themeId: string;
	setAside: boolean;
	updatedAt: number;
}

/** What a dot vote is on (the one list: session screen, join forms, file format, PDF). */
export const VOTE_TARGETS = ['themes', 'partners', 'criteria'] as const;
export type VoteTarget = (typeof VOTE_TARGETS)[number];

/** The most dots a vote may give each participant, and the default. */
export const MAX_DOTS = 10;
export const DEFAULT_DOTS = 3;

/**
 * A dot vote the facilitator opened: each participant spreads up to `dots` dots over `itemIds`
 * (theme, partner or criterion ids, fixed when it opened), more than one on an item if they like.
 * Participants' dots travel in their responses (`ParticipantResponse.votes[voteId]`).
 */
export interface VoteRound extends WorkshopRow {
	stepId: string;
	target: VoteTarget;
	/** For a vote on themes: the question whose themes; '' otherwise. */
	itemId: string;
	/** Dots per participant, 1–`MAX_DOTS`. */
	dots: number;
	itemIds: string[];
	open: boolean;
	openedAt: number;
	/** When it closed; null while open. */
	closedAt: number | null;
}

/** What one participant handed in (imported by the facilitator). id = participantId. */
export interface ParticipantResponse extends WorkshopRow {
	name: string;
	revision: number;
	submittedAt: number;
	/** Answers keyed by content item id. */
	answers: Record<string, string>;
	phase: PhaseNumber | null;
	phaseReason: string;
	rubric: Record<string, RubricRatingValue>;
	pitfalls: Record<string, PitfallMark>;
	suggestedPartners: string[];
	/** The participant's public signing key (`PublicKeyText`) when the response was signed; pins the id. */
	signer?: string;
	/** The side they speak for; '' or absent = not said (file format 3, participation 2). */
	side?: Side | '';
	/** Their organisation's name, if they gave it. */
	organisation?: string;
	/** Momentum shift id → the participant's rating 1–5. */
	momentum?: Record<string, number>;
	/** Vote round id → item id → dots put on it. */
	votes?: Record<string, Record<string, number>>;
	/** When the facilitator removed this participant (their answers leave results; restorable); null or absent = counted. */
	removedAt?: number | null;
}

export interface Snapshot extends WorkshopRow {
	label: string;
	takenAt: number;
	/** The frozen workshop content at that moment. */
	content: WorkshopContent;
}

/**
 * Everything that belongs to one workshop, with the rows' `workshopId` stripped: the record and one
 * field per content table of `ROW_TABLES` (`tables.ts`), e.g. `agenda: Omit<AgendaStep, 'workshopId'>[]`,
 * `session: Omit<SessionState, 'workshopId'> | null`.
 */
export interface WorkshopContent extends ContentRows {
	workshop: Omit<Workshop, 'id'>;
}

/** A whole workshop in memory: its record plus one field per table of `ROW_TABLES`, rows with their workshopId. */
export interface WorkshopBundle extends BundleRows {
	workshop: Workshop;
}

/**
 * A workshop as its pages show and edit it: the bundle without its snapshots (full frozen copies,
 * read only where they are compared; see `Repository.loadLiveBundle`).
 */
export type LiveBundle = Omit<WorkshopBundle, 'snapshots'>;

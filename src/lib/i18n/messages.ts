/**
 * The interface text, in one catalogue, so that a translation (Spanish first) can follow by adding a
 * second object with the same keys. Seed content (questions, phases, pitfalls) lives in
 * `$lib/domain/content.ts`, not here.
 */

const en = {
	'app.name': 'Convene',
	'app.tagline': 'Partnership design workshops, in the browser',
	'nav.workshops': 'Workshops',
	'nav.about': 'About & sources',
	'nav.skip': 'Skip to content',

	'save.saved': 'Saved',
	'save.saving': 'Saving…',
	'save.failed': 'Not saved — {reason}',
	'save.quota': 'the browser’s storage is full. Export a backup, then free some space.',
	'save.blocked': 'Convene was updated in another tab. Reload this tab to keep working.',
	'save.reload': 'Reload',

	'storage.where': 'Your workshops are stored only in this browser, on this device (IndexedDB). Nothing is sent to a server.',
	'storage.persisted': 'This browser has agreed to keep the data (persistent storage).',
	'storage.notPersisted': 'This browser may clear the data when space runs low or after a long time unused. Export a backup after each session.',
	'storage.unknown': 'This browser does not say whether it will keep the data. Export a backup after each session.',
	'storage.usage': 'Using {used} of about {quota} available.',

	'home.title': 'Workshops',
	'home.empty': 'No workshops yet. Create one from a template, or try the demo to see a full workshop.',
	'home.create': 'New workshop',
	'home.createButton': 'Create workshop',
	'home.template': 'Template',
	'home.fieldTitle': 'Title',
	'home.fieldOrganisation': 'Organisation or team',
	'home.fieldDate': 'Date',
	'home.fieldFacilitator': 'Facilitator',
	'home.demo': 'Try the demo',
	'home.demoHint': 'A fictional community health center with a dozen partners, answers and actions.',
	'home.import': 'Import a workshop file',
	'home.importHint': 'Or drop a .json workshop file anywhere on this page.',
	'home.showArchived': 'Show archived ({count})',
	'home.colTitle': 'Workshop',
	'home.colOrganisation': 'Organisation',
	'home.colDate': 'Date',
	'home.colEdited': 'Last edited',
	'home.colActions': 'Actions',
	'home.open': 'Open',
	'home.rename': 'Rename',
	'home.renameLabel': 'New title for {title}',
	'home.renameSave': 'Save',
	'home.renameCancel': 'Cancel',
	'home.duplicate': 'Duplicate',
	'home.archive': 'Archive',
	'home.unarchive': 'Unarchive',
	'home.delete': 'Delete',
	'home.export': 'Export',
	'home.deleted': 'Deleted “{title}”.',
	'home.undo': 'Undo',
	'home.restored': 'Restored “{title}”.',
	'home.duplicated': 'Created “{title}”.',
	'home.copyTitle': '{title} (copy)',
	'home.archivedBadge': 'Archived',

	'import.refused': 'The file “{name}” was not imported: {reason}',
	'import.tooBig': 'it is too large ({size}; the limit is {limit}).',
	'import.unreadable': 'it could not be read.',
	'import.done': 'Imported “{title}”.',
	'import.reviewTitle': 'Import “{title}”?',
	'import.reviewBody': 'The file holds {partners} partners, {people} people, {actions} actions, {answers} answers, {responses} participant responses and {snapshots} snapshots.',
	'import.exists': 'A workshop with the same identity is already here (“{title}”, last edited {edited}). Replacing it overwrites everything in it with the file’s content.',
	'import.new': 'It will be added as a new workshop.',
	'import.replace': 'Replace the existing one',
	'import.keepBoth': 'Keep both',
	'import.add': 'Import',
	'import.cancel': 'Cancel',
	'import.importedCopy': '{title} (imported)',

	'workshop.nav.label': 'Sections of {title}',
	'workshop.nav.overview': 'Overview',
	'workshop.notFound': 'This workshop is not in this browser. It may have been deleted, or created in another browser.',
	'workshop.back': 'All workshops',
	'workshop.details': 'Details',
	'workshop.agenda': 'Agenda',
	'workshop.agendaTotal': '{count} steps · {minutes} minutes in all',
	'workshop.agendaEmpty': 'This agenda is empty.',
	'workshop.minutes': '{n} min',
	'workshop.untitled': 'Untitled workshop',
	'workshop.contents': 'In this workshop',
	'workshop.count.partners': 'Partners',
	'workshop.count.people': 'People',
	'workshop.count.actions': 'Actions',
	'workshop.count.answers': 'Answers',
	'workshop.count.responses': 'Participant responses',
	'workshop.backup': 'Backup',
	'workshop.backupHint': 'Export the whole workshop as a file you can keep, share or import in another browser.',
	'workshop.exportJson': 'Export workshop file (.json)',
	'workshop.template': 'Template: {name}',

	'about.title': 'About Convene',
	'about.sources': 'Sources',
	'about.sourcesIntro': 'Every question, phase, pitfall, rubric item and activity in Convene comes from these two documents. Their wording is carried over with light tightening only.',
	'about.content': 'What is inside',
	'about.data': 'Where your data lives',

	'offline.updateReady': 'A new version of Convene is ready.',
	'offline.reload': 'Reload',
	'offline.later': 'Not now',

	'common.close': 'Close',
	'common.loading': 'Loading…'
} as const;

export type MessageKey = keyof typeof en;

const catalogues: Record<string, Record<MessageKey, string>> = { en };
let locale = 'en';

export function setLocale(next: string): void {
	if (catalogues[next]) locale = next;
}

/** The message for `key`, with `{name}` placeholders filled from `vars` (as plain text). */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	const template = catalogues[locale][key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

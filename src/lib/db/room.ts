/**
 * Writes on the room's themes that touch several rows: merging one theme into another and removing a
 * theme (its answers kept, back to no theme). Each reads the stored themes and marks and writes in one
 * transaction, so a theme removed in another window is refused (`theme-gone`), never half-merged.
 */

import { mergeThemes, removeTheme, type ThemeProblem } from '$lib/domain/room-answers';
import type { Repository } from './repository';

export async function mergeThemesStored(
	repo: Repository,
	workshopId: string,
	fromId: string,
	intoId: string,
	now = Date.now()
): Promise<ThemeProblem | null> {
	const db = repo.db;
	return db.transaction('rw', db.workshops, db.themes, db.answerMarks, async () => {
		const themes = await db.themes.where('workshopId').equals(workshopId).toArray();
		const marks = await db.answerMarks.where('workshopId').equals(workshopId).toArray();
		const plan = mergeThemes(fromId, intoId, themes, marks, now);
		if (typeof plan === 'string') return plan;
		await db.answerMarks.bulkPut(plan.marks);
		await db.themes.delete([workshopId, plan.deleteThemeId]);
		await db.workshops.update(workshopId, { updatedAt: now });
		return null;
	});
}

export async function removeThemeStored(
	repo: Repository,
	workshopId: string,
	themeId: string,
	now = Date.now()
): Promise<ThemeProblem | null> {
	const db = repo.db;
	return db.transaction('rw', db.workshops, db.themes, db.answerMarks, async () => {
		if (!(await db.themes.get([workshopId, themeId]))) return 'theme-gone';
		const marks = await db.answerMarks.where('workshopId').equals(workshopId).toArray();
		await db.answerMarks.bulkPut(removeTheme(themeId, marks, now));
		await db.themes.delete([workshopId, themeId]);
		await db.workshops.update(workshopId, { updatedAt: now });
		return null;
	});
}

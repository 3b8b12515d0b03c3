/**
 * The version of the seed content (phases, questions, pitfalls, rubric). Its own module so that code
 * which only records the version (new workshops, files) does not pull the whole content into the
 * first page load. Bump when an item is added, removed or reworded in meaning.
 */
export const CONTENT_VERSION = 1;

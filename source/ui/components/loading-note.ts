/**
 * How far the whole article's build is, as shown while its preview is read: `loading… 42%`.
 * At most 99 %: once built, a long article is still made ready to show (wrapped, its events
 * put in order) before it replaces the preview.
 */
export function loadingNote(loading: number): string {
	return `loading… ${Math.min(99, Math.floor(loading * 100))}%`;
}

/** A pane title with the loading note after it while the article is a preview. */
export function withLoading(title: string, loading: number | null): string {
	return loading === null ? title : `${title} · ${loadingNote(loading)}`;
}

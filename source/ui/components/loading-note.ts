/** How far the whole article's build is, as shown while its preview is read: `loading… 42%`. */
export function loadingNote(loading: number): string {
	return `loading… ${Math.floor(loading * 100)}%`;
}

/** A pane title with the loading note after it while the article is a preview. */
export function withLoading(title: string, loading: number | null): string {
	return loading === null ? title : `${title} · ${loadingNote(loading)}`;
}

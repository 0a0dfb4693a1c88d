/** Texts longer than this are long enough for their heap's growth to matter. */
export const longTextCharacters = 1_000_000;

/**
 * Has V8 grow the heap by 15 % between full collections instead of up to several times over:
 * with V8's own growth, the garbage between collections of a long article's build roughly
 * doubles the peak memory. Each full collection takes time in proportion to what lives: up to a
 * second when printing a 100 MB article, whose model is hundreds of thousands of objects, but
 * little in the reader, whose model of a long file is kept compact (see `storedArticleSteps`).
 * node:v8 is imported only here, for long articles.
 */
export async function keepHeapTight(): Promise<void> {
	const {setFlagsFromString} = await import('node:v8');
	setFlagsFromString('--heap-growing-percent=15');
}

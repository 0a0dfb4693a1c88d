/** Texts longer than this are long enough for their heap's growth to matter. */
export const longTextCharacters = 1_000_000;

/**
 * Has V8 grow the heap by 15 % between full collections instead of up to several times over.
 * A long article's model is built from hundreds of thousands of small objects, and with V8's own
 * growth the garbage between collections roughly doubles the peak memory. The price is more
 * full collections, each a pause of up to a second on a 100 MB article: fine when printing, but
 * not in the reader, where keys must be answered, so only the printed path asks for it. node:v8
 * is imported only here, for long articles.
 */
export async function keepHeapTight(): Promise<void> {
	const {setFlagsFromString} = await import('node:v8');
	setFlagsFromString('--heap-growing-percent=15');
}

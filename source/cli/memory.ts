/** Texts longer than this are long enough for their heap's growth to matter. */
export const longTextCharacters = 1_000_000;

/**
 * Has V8 grow the heap by 15 % between full collections instead of up to several times over.
 * A long article's model is built from hundreds of thousands of small objects, and with V8's own
 * growth the garbage between collections roughly doubled the peak memory of a 100 MB article;
 * the price is more frequent collections, which mostly run beside the program. node:v8 is
 * imported only here, for long articles.
 */
export async function keepHeapTight(): Promise<void> {
	const {setFlagsFromString} = await import('node:v8');
	setFlagsFromString('--heap-growing-percent=15');
}

import {expect, test} from 'vitest';
import {computeLayout, innerSize} from '../../source/ui/layout.js';

test.each([
	[140, 40, 'wide'],
	[120, 30, 'wide'],
	[119, 30, 'medium'],
	[80, 24, 'medium'],
	[79, 24, 'narrow'],
	[40, 10, 'narrow'],
	[39, 30, 'tiny'],
	[100, 9, 'tiny'],
])('%i×%i is %s', (columns, rows, tier) => {
	expect(computeLayout(columns, rows).tier).toBe(tier);
});

test.each([
	[140, 40],
	[120, 10],
	[100, 30],
	[80, 12],
	[70, 30],
	[40, 10],
])(
	'at %i×%i the panes fill the width and the frame is one line short of the terminal',
	(columns, rows) => {
		const layout = computeLayout(columns, rows);
		expect(layout.frameHeight).toBe(rows - 1);
		const width = (layout.side?.width ?? 0) + layout.article.width + (layout.quotes?.width ?? 0);
		expect(width).toBe(columns);
		expect(innerSize(layout.article).width).toBeGreaterThan(10);
		if (layout.quotes && layout.timeline) {
			expect(layout.quotes.height + layout.timeline.height).toBe(layout.bodyHeight);
		}
	},
);

test('the too-small notice is one line', () => {
	expect(computeLayout(30, 8).frameHeight).toBe(1);
});

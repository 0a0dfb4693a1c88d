import {readFile} from 'node:fs/promises';
import {buildArticle} from './article/article.js';
import {decode} from './article/decode.js';

const bundled = new URL('../content/trump-putin-call.md', import.meta.url);
const text = decode(await readFile(process.argv[2] ?? bundled));
const article = buildArticle(text);
process.stdout.write(JSON.stringify(article, null, 2) + '\n');

// Lets a child `node` process run the TypeScript sources directly, as jest does through @swc/jest:
// `node --import test/helpers/ts-loader.mjs child.ts`. Relative `.js` imports resolve to the `.ts` file.
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);

// `npm run post-build [-- out] [step ...]`: after `next build`, the steps of lib/post-build/post-build.ts
// over the exported site, all of them or those named (e.g. `npm run feeds` runs `feeds`), each
// printed with its time. One process for all steps: starting a process per step cost ~1.5 s each.
import path from 'node:path';
import { POST_BUILD_STEPS, type PostBuildStep, postBuildCommand } from '../lib/post-build/post-build';

const [siteArg = 'out', ...names] = process.argv.slice(2);
const isStep = (name: string): name is PostBuildStep => (POST_BUILD_STEPS as readonly string[]).includes(name);
const unknown = names.filter((name) => !isStep(name));
if (unknown.length > 0) throw new Error(`unknown post-build step ${unknown.join(', ')} (steps: ${POST_BUILD_STEPS.join(', ')})`);

await postBuildCommand(path.resolve(siteArg), names.length === 0 ? POST_BUILD_STEPS : names.filter(isStep));

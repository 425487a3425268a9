// Entry of the normalising thread: a worker does not inherit the TypeScript loader registered by the main
// thread (bin/pilar.js), so it registers its own before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./row-verdicts.worker.ts');

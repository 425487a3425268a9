#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so the CLI and the server are the same code.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');

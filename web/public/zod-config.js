// Runs before the app's modules: zod would otherwise probe `new Function` while building its schemas,
// which the Content Security Policy (no eval) reports as a violation.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });

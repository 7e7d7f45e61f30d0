// The floor is a bare page: without a register of its own, the build would take the app's (the project root's
// instrumentation.ts: migrations, the demo account and the job runner on the app's data folder).
export function register() {}

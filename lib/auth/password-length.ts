// The shortest password accepted; its own module so the sign-up and settings forms (client components) can
// show it without bundling the server's password checks.
export const passwordMinLength = 10;

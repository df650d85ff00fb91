import { z } from 'zod';

/**
 * Who a CODEOWNERS line can name: `@user`, `@org/team` (GitLab: `@group/subgroup/…`) or an
 * e-mail address. Anything else GitHub and GitLab silently ignore, so it is refused here.
 */
export const ownerHandleSchema = z
  .string()
  .regex(
    // The domain as dot-separated labels: `[^\s@]+\.[^\s@]+` traded dots (quadratic on a@.....).
    /^(?:@[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+)$/,
    'a git handle: @user, @org/team or an e-mail address',
  )
  .meta({ description: 'A git handle for CODEOWNERS: @user, @org/team (GitLab: @group/subgroup) or an e-mail address.' });

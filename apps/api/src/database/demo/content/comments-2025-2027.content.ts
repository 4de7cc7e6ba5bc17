import { COMMENTS_AXES_1_2 } from './comments-axes-1-2.content';
import { COMMENTS_AXES_3_4 } from './comments-axes-3-4.content';
import type { DemoComment } from './demo-content.types';

export const COMMENTS_2025_2027: DemoComment[] = [...COMMENTS_AXES_1_2, ...COMMENTS_AXES_3_4];

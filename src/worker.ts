/** Workers entry: the API and record pages over the case-base embedded at build time. */
import caseBase from './generated/casebase.js';
import { createApp } from './api/app.ts';

export default createApp(caseBase);

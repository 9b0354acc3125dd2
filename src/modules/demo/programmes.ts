import type { ProgrammeInputDraft } from "../programmes/programme.input.js";
import { CERV } from "./programmes/cerv.js";
import { CREATIVE_EUROPE } from "./programmes/creative-europe.js";
import { ERASMUS_PLUS } from "./programmes/erasmus-plus.js";
import { ESF_PLUS } from "./programmes/esf-plus.js";
import { HORIZON_EUROPE } from "./programmes/horizon-europe.js";
import { LIFE } from "./programmes/life.js";

/** In saving order: a programme only names synergies with programmes saved before it. */
export const DEMO_PROGRAMMES: ProgrammeInputDraft[] = [HORIZON_EUROPE, LIFE, CREATIVE_EUROPE, CERV, ESF_PLUS, ERASMUS_PLUS];

import type { FollowSubjectType } from "../../../platform/db/schema.js";
import { contactStore } from "../../contacts/contact.store.js";
import type { EntityStore, EntityType } from "../../history/save-entity.js";
import { programmeStore } from "../../programmes/programme.store.js";
import { beneficiaryTypeStore, themeStore } from "../../themes/theme.store.js";

/** What an editor can merge: the records importers leave twice. */
export const MERGE_KINDS = ["programme", "theme", "beneficiary_type", "contact"] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

export interface MergeKindRules {
  table: "programmes" | "themes" | "beneficiaryTypes" | "contacts";
  // biome-ignore lint/suspicious/noExplicitAny: each kind has its own input type; the merge only reads and removes
  store: EntityStore<any>;
  entityType: EntityType;
  /** Members follow programmes and themes; nobody follows a beneficiary type. */
  followType: FollowSubjectType | null;
  /** The search parameter a saved search names such a record with, and its field in a parsed search; null: no search names it. */
  searchParam: "programme" | "theme" | "beneficiary" | null;
  searchField: "programmes" | "themes" | "beneficiaryTypes" | null;
}

export const mergeKinds: Record<MergeKind, MergeKindRules> = {
  programme: {
    table: "programmes",
    store: programmeStore,
    entityType: "programme",
    followType: "programme",
    searchParam: "programme",
    searchField: "programmes",
  },
  theme: {
    table: "themes",
    store: themeStore,
    entityType: "theme",
    followType: "theme",
    searchParam: "theme",
    searchField: "themes",
  },
  beneficiary_type: {
    table: "beneficiaryTypes",
    store: beneficiaryTypeStore,
    entityType: "beneficiary_type",
    followType: null,
    searchParam: "beneficiary",
    searchField: "beneficiaryTypes",
  },
  contact: {
    table: "contacts",
    store: contactStore,
    entityType: "contact",
    followType: null,
    searchParam: null,
    searchField: null,
  },
};

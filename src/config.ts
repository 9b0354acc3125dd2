import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * The environment, parsed once. Every mistake gets its own line so an operator can fix
 * them all in one go; nothing else in the code reads process.env.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "use true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** How many proxies in front append to X-Forwarded-For: false (none, the default), true (one) or a count. */
const trustedProxies = z
  .string()
  .regex(/^(true|false|\d{1,2})$/, "use false, true or the number of proxies in front")
  .transform((v) => (v === "true" ? 1 : v === "false" ? 0 : Number(v)))
  .default(0);

function wholeNumber(min: number, fallback: number) {
  return z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .default(fallback);
}

/**
 * Search's memory: the postings of every word in at least 0.3 % of the documents of a
 * 100 000-call catalogue fit in three quarters of the posting cache (docs/performance.md).
 * Also the defaults of a search service made without a configuration (tests, benchmark).
 */
export const SEARCH_DEFAULTS = { cacheMb: 256, textMb: 64, resultEntries: 1000 } as const;

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: "use development, production or test" })
    .default("development"),
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, "must start with postgres://, postgresql:// or sqlite:")
    .optional(),
  BASE_URL: z.url({ message: "must be an absolute URL such as https://subsidiegids.be" }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_POOL_SIZE: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 50")
    .max(50, "must be between 1 and 50")
    .default(5),
  MAIL_FROM: z.string().min(3).default("Subsidiegids <noreply@subsidiegids.local>"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  SEED_DEMO: booleanFlag.default(true),
  API_RATE_LIMIT: wholeNumber(1, 120),
  API_RATE_WINDOW_SECONDS: wholeNumber(1, 60),
  PAGE_RATE_LIMIT: wholeNumber(1, 600),
  PAGE_RATE_WINDOW_SECONDS: wholeNumber(1, 60),
  TRUST_PROXY: trustedProxies,
  SEARCH_CACHE_MB: wholeNumber(1, SEARCH_DEFAULTS.cacheMb),
  SEARCH_TEXT_CACHE_MB: wholeNumber(1, SEARCH_DEFAULTS.textMb),
  SEARCH_RESULT_CACHE_ENTRIES: wholeNumber(0, SEARCH_DEFAULTS.resultEntries),
  PAGE_CACHE_ENTRIES: wholeNumber(0, 500),
  SHUTDOWN_DRAIN_SECONDS: wholeNumber(1, 10),
  WEB_CONCURRENCY: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 64")
    .max(64, "must be between 1 and 64")
    .optional(),
  MAX_IN_FLIGHT: wholeNumber(1, 128),
  MAX_LOOP_DELAY_MS: wholeNumber(10, 500),
  MAX_COSTLY_IN_PROGRESS: wholeNumber(1, 1),
  /** The Brussels hour at which the day's digest (and on Mondays the week's) closes and is built. */
  DIGEST_HOUR: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be an hour between 0 and 23")
    .max(23, "must be an hour between 0 and 23")
    .default(7),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"], { message: "use debug, info, warn, error or silent" })
    .default("info"),
});

export type Config = Readonly<
  Omit<z.infer<typeof schema>, "DATABASE_URL" | "BASE_URL" | "WEB_CONCURRENCY"> & {
    DATABASE_URL: string;
    databaseKind: "sqlite" | "postgres";
    /** The public address: BASE_URL, or this process's own address when it is not set. */
    BASE_URL: string;
    baseUrlGiven: boolean;
    WEB_CONCURRENCY: number;
  }
>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0", "[::]"]);

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${issue.path.join(".")}: ${issue.message} (got ${shown(name, String(cleaned[name] ?? ""))})`;
      }),
    };
  }
  const value = parsed.data;
  const errors = value.NODE_ENV === "production" ? productionProblems(value) : [];
  if (errors.length) return { ok: false, errors };
  const databaseUrl = value.DATABASE_URL ?? `sqlite:${value.DATA_DIR}/subsidiegids.sqlite`;
  const databaseKind = databaseUrl.startsWith("sqlite:") ? "sqlite" : "postgres";
  return {
    ok: true,
    config: Object.freeze({
      ...value,
      DATABASE_URL: databaseUrl,
      databaseKind,
      BASE_URL: (value.BASE_URL ?? ownAddress(value.HOST, value.PORT)).replace(/\/+$/, ""),
      baseUrlGiven: value.BASE_URL !== undefined,
      // Production uses every core; development keeps one process, so a debugger or a log reads simply.
      WEB_CONCURRENCY: value.WEB_CONCURRENCY ?? (value.NODE_ENV === "production" ? availableParallelism() : 1),
    }),
  };
}

/**
 * The configuration as served: without BASE_URL, links name the port actually listened on
 * (`--port`, or a free port for PORT=0), so canonical links, feeds and the API point here.
 */
export function servedConfig(config: Config, port: number): Config {
  if (config.baseUrlGiven) return config;
  return Object.freeze({ ...config, BASE_URL: ownAddress(config.HOST, port) });
}

function ownAddress(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** A production site sets its cookies' secret and names its public address. */
function productionProblems(value: z.infer<typeof schema>): string[] {
  const errors: string[] = [];
  if (!value.SESSION_SECRET) {
    errors.push("SESSION_SECRET: required in production; set 32 or more random characters (openssl rand -hex 32)");
  }
  if (!value.BASE_URL) {
    errors.push("BASE_URL: required in production; set the public address, such as https://subsidiegids.be");
  } else if (LOCAL_HOSTS.has(new URL(value.BASE_URL).hostname) || new URL(value.BASE_URL).hostname.startsWith("127.")) {
    errors.push(`BASE_URL: in production it must be the public address, not ${new URL(value.BASE_URL).host}`);
  }
  return errors;
}

/** A value as an error line may show it: secrets never, passwords in URLs masked. */
function shown(name: string, value: string): string {
  if (/SECRET|PASSWORD|TOKEN|KEY/.test(name)) return "a hidden value";
  return `"${value.replace(/(\/\/[^/:@]*:)[^@/]*@/, "$1***@").slice(0, 200)}"`;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  process.stderr.write(`Subsidiegids cannot start: the configuration has ${result.errors.length} problem(s)\n`);
  for (const line of result.errors) process.stderr.write(`  - ${line}\n`);
  process.exit(78);
}

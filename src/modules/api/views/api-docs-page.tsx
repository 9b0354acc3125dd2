import { type ErrorCode, errorCatalogue } from "../../../errors.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { problemType } from "../problem.js";
import { docsText } from "./api-docs-text.js";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  explode?: boolean;
  description?: string;
  example?: unknown;
  schema?: {
    example?: unknown;
    type?: string;
    enum?: string[];
    default?: unknown;
    items?: { enum?: string[]; type?: string };
    minimum?: number;
    maximum?: number;
  };
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  responses?: Record<string, { description: string }>;
}

/** The human docs: our conventions in prose, then every endpoint as the OpenAPI document has it. */
export function ApiDocsPage({
  page,
  document,
}: {
  page: PageContext;
  document: { paths?: Record<string, unknown>; servers?: { url: string }[] };
}) {
  const text = docsText[page.lang];
  const server = document.servers?.[0]?.url ?? "/api/v1";
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <Layout page={page} title={text.title} description={text.intro} breadcrumbs={[{ label: text.title }]}>
      <h1>{text.title}</h1>
      <p class="lead">{text.intro}</p>
      <p>
        <a href="/api/v1/openapi.json">{text.openapi}</a>
      </p>
      <h2>{text.conventions}</h2>
      <ul>
        {(["times", "inherited", "pagination", "conditional", "errors", "cors", "rateLimit", "feeds"] as const).map((key) => (
          <li>{text[key]}</li>
        ))}
      </ul>
      <h2>{text.endpoints}</h2>
      {operations.map(({ path, method, op }) => (
        <section class="page-section" id={`${method}-${path.replace(/[^a-z]+/g, "-")}`}>
          <h3>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h3>
          {op.summary ? <p>{op.summary}</p> : null}
          {op.description ? <p class="muted">{op.description}</p> : null}
          {op.parameters?.length ? (
            // A region of its own that scrolls sideways on a phone, so no word is broken mid-word.
            <div
              class="table-scroll"
              role="region"
              aria-label={`${text.parameter}: ${method.toUpperCase()} ${path}`}
              tabindex={0}
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.parameter}</th>
                    <th scope="col">{text.where}</th>
                    <th scope="col">{text.values}</th>
                    <th scope="col">{text.description}</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td>{p.in}</td>
                      <td>{valuesOf(p, text.repeat)}</td>
                      <td>{p.description ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p>
            {text.example}: <code>{`curl ${server}${exampleOf(path, op)}`}</code>
          </p>
          <p>
            {text.responses}:{" "}
            {Object.entries(op.responses ?? {})
              .map(([code, r]) => `${code} ${r.description}`)
              .join(" · ")}
          </p>
        </section>
      ))}
      <h2>{text.problems}</h2>
      <dl class="facts">
        {(Object.keys(errorCatalogue) as ErrorCode[]).map((code) => (
          <>
            <dt id={`problem-${code.replaceAll("_", "-")}`}>
              <code>{problemType(code)}</code> ({errorCatalogue[code].status})
            </dt>
            <dd>{errorCatalogue[code][page.lang]}</dd>
          </>
        ))}
      </dl>
    </Layout>
  );
}

function valuesOf(p: Parameter, repeat: string): string {
  const schema = p.schema ?? {};
  const values = schema.enum ?? schema.items?.enum;
  const parts = [values ? values.join(" | ") : (schema.items?.type ?? schema.type ?? "string")];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ""}–${schema.maximum ?? ""}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  if (schema.type === "array") parts.push(`(${repeat})`);
  return parts.join(", ");
}

/** A request to copy: the path with a first query parameter that has an example. */
function exampleOf(path: string, op: Operation): string {
  const example = (p: Parameter) => p.example ?? p.schema?.example;
  const first = (op.parameters ?? []).find(
    (p) => p.in === "query" && example(p) !== undefined && p.name !== "page" && p.name !== "size",
  );
  return first ? `${path}?${first.name}=${encodeURIComponent(String(example(first)))}` : path;
}

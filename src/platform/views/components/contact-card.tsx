import type { Row } from "../../db/schema.js";

/** A person or organisation that helps, with every way to reach them that we know. */
export function ContactCard({ contact, heading }: { contact: Row<"contacts">; heading?: string | null }) {
  return (
    <div class="contact-card">
      {heading ? <p class="contact-heading">{heading}</p> : null}
      <p class="contact-name">
        <strong>{contact.name}</strong>
        {contact.role ? `, ${contact.role}` : ""}
      </p>
      {contact.organisation && contact.organisation !== contact.name ? <p>{contact.organisation}</p> : null}
      {contact.address ? (
        <address>
          {contact.address.split("\n").map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </address>
      ) : null}
      <ul class="plain-list">
        {contact.phone ? (
          <li>
            <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
          </li>
        ) : null}
        {contact.email ? (
          <li>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        ) : null}
        {contact.website ? (
          <li>
            <a href={contact.website}>{contact.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * A document as the renderer sees it: a title, who and what it is about, then sections of rows
 * (label and amounts, already formatted) or paragraphs. Built by the pure builders beside this file;
 * the PDF renderer lays it out and adds nothing.
 */
export type DocumentModel = {
  title: string;
  /** Lines under the title: the employer, the employee, the period. */
  header: readonly string[];
  sections: readonly DocumentSection[];
  /** Small print at the bottom. */
  footer?: string;
};

export type DocumentSection =
  | { kind: "table"; heading: string; columns: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: "paragraphs"; heading?: string; paragraphs: readonly string[] };

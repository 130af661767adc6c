/**
 * Documents: the PDFs Suara issues — first the receipt (tanda terima), then the SOPs' letters, sheets and records — in the
 * official layouts, each stored as issued with its checksum and a public verification page (ADR 0024). An institution's
 * administrator may replace a type's template with the institution's own, kept in versions and rendered in a sandbox
 * that reaches only the document's data (ADR 0029).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package id.suara.documents;

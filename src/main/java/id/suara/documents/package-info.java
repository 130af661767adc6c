/**
 * Documents: the PDFs Suara issues — first the receipt (tanda terima), then the SOPs' letters, sheets and records — in the
 * official layouts, each stored as issued with its checksum and a public verification page (ADR 0024).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package id.suara.documents;

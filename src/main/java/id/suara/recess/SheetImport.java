package id.suara.recess;

/**
 * What importing a filled sheet did.
 *
 * @param sheet the sheet's code
 * @param created the lines entered now
 * @param alreadyEntered the lines entered before (from this sheet, imported or typed), which created nothing
 * @param total the filled lines
 */
public record SheetImport(String sheet, int created, int alreadyEntered, int total) {}

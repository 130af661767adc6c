package id.suara.recess;

/**
 * Where an entry came from on paper: the code of the sheet Suara gave out (printed on it and in its XLSX) and the line
 * number on that sheet. Entering the same sheet and line again creates nothing twice.
 *
 * @param sheet the sheet's code, e.g. {@code RS-7Q2K-A1}; at most 40 characters
 * @param line the line number on the sheet, from 1
 */
public record SourceLine(String sheet, int line) {}

package id.suara.intake;

import id.suara.shared.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks office documents that are ZIP containers (DOCX, XLSX, ODT) before they are accepted, so that they cannot harm
 * whoever opens them: no zip bomb (more than {@value #MAX_ENTRIES} entries, more than {@value #MAX_TOTAL_BYTES} bytes
 * unpacked, or an entry packed tighter than {@value #MAX_RATIO}:1 once past {@value #RATIO_GRACE_BYTES} bytes), no
 * archive nested inside, no entry named with {@code ..} or an absolute path. Both views of the archive are walked: the
 * entries as they follow each other in the file (what streaming readers see) and the central directory (what office
 * programs read), as the two can be crafted to differ. Entries are unpacked only as far as the limits, never whole.
 */
final class ZipContainerCheck {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100L * 1024;

    /** How far {@link ZipInputStream} reads ahead of the entry it is at. */
    private static final int READ_AHEAD = 512;

    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*");

    private ZipContainerCheck() {}

    /** What the container holds: the names of its entries, in central-directory order. */
    record Contents(Set<String> entryNames) {

        boolean hasEntryUnder(String folder) {
            return entryNames.stream().anyMatch(name -> name.startsWith(folder));
        }
    }

    /** Walks the container; refuses it with a problem naming {@code field} if it breaks a limit or cannot be read. */
    static Contents check(Path file, String field) {
        try {
            walkStream(file, field);
            return walkCentralDirectory(file, field);
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8
            throw InvalidInputException.invalid(field, "The document cannot be read as an office document");
        } catch (IOException e) {
            throw InvalidInputException.invalid(field, "The file could not be read");
        }
    }

    private static void walkStream(Path file, String field) throws IOException {
        try (var raw = new CountingInputStream(Files.newInputStream(file));
                var zip = new ZipInputStream(raw)) {
            var budget = new Budget(field);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.enter(entry.getName());
                // the reader may have taken up to READ_AHEAD bytes of this entry before it began counting
                long start = raw.count;
                budget.inflate(zip, () -> raw.count - start + READ_AHEAD);
            }
            budget.requireEntries();
        }
    }

    private static Contents walkCentralDirectory(Path file, String field) throws IOException {
        long fileSize = Files.size(file);
        try (var zip = new ZipFile(file.toFile())) {
            var budget = new Budget(field);
            if (zip.size() > MAX_ENTRIES) {
                throw refused(field, "has more than " + MAX_ENTRIES + " entries");
            }
            var names = new LinkedHashSet<String>();
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                budget.enter(entry.getName());
                names.add(entry.getName());
                // as the directory declares it, which an attacker chooses: never more than the whole file
                long compressed = Math.min(fileSize, entry.getCompressedSize());
                try (var in = zip.getInputStream(entry)) {
                    budget.inflate(in, () -> compressed);
                }
            }
            budget.requireEntries();
            return new Contents(Set.copyOf(names));
        }
    }

    private static InvalidInputException refused(String field, String why) {
        return InvalidInputException.invalid(field, "The document is refused: it " + why);
    }

    /** What one view of the archive has used up so far. */
    private static final class Budget {

        private final String field;
        private int entries;
        private long total;

        Budget(String field) {
            this.field = field;
        }

        void enter(String name) {
            if (++entries > MAX_ENTRIES) {
                throw refused(field, "has more than " + MAX_ENTRIES + " entries");
            }
            checkName(name);
        }

        void requireEntries() {
            if (entries == 0) {
                throw refused(field, "is an empty archive");
            }
        }

        /** Unpacks one entry, stopping at the first limit it breaks. */
        void inflate(InputStream in, CompressedSoFar compressed) throws IOException {
            var buffer = new byte[8192];
            var head = new byte[4];
            int headLength = 0;
            long inflated = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n && headLength < head.length; i++) {
                    head[headLength++] = buffer[i];
                }
                if (headLength == head.length && isZip(head)) {
                    throw refused(field, "holds another archive");
                }
                inflated += n;
                total += n;
                if (total > MAX_TOTAL_BYTES) {
                    throw refused(field, "unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
                }
                if (inflated > RATIO_GRACE_BYTES && inflated > MAX_RATIO * Math.max(1, compressed.bytes())) {
                    throw refused(field, "is packed more than " + MAX_RATIO + " times tighter than documents are");
                }
            }
        }

        private void checkName(String name) {
            if (name.isEmpty() || ABSOLUTE.matcher(name).matches()) {
                throw refused(field, "has an entry with an absolute path");
            }
            for (var segment : name.split("[/\\\\]")) {
                if (segment.equals("..")) {
                    throw refused(field, "has an entry whose name leaves its folder");
                }
            }
            for (int i = 0; i < name.length(); i++) {
                if (Character.isISOControl(name.charAt(i))) {
                    throw refused(field, "has an entry whose name holds control characters");
                }
            }
        }

        private static boolean isZip(byte[] head) {
            return head[0] == 'P'
                    && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4)
                            || (head[2] == 5 && head[3] == 6)
                            || (head[2] == 7 && head[3] == 8));
        }
    }

    @FunctionalInterface
    private interface CompressedSoFar {
        long bytes();
    }

    /** Counts the bytes read from the file, to relate an entry's packed size to what it unpacks to. */
    private static final class CountingInputStream extends FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

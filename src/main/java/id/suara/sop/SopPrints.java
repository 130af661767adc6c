package id.suara.sop;

import id.suara.calendar.TimeLimit;
import id.suara.documents.Documents;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import id.suara.shared.NotFoundException;
import id.suara.shared.ReadMostlyCache;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;

/**
 * An SOP version printed in the official Indonesian SOP layout (PermenPAN-RB 35/2012, as the seed documents lay it out;
 * ADR 0039): A4 landscape, first the identity block beside the institution's name, then the flow table with one column
 * per actor and the flow drawn through the actors' columns. Any version prints, a draft with "DRAF" on every page, for
 * signature; it is a working document of the documents module (not issued, numbered or stored).
 */
@Service
public class SopPrints {

    /** A one-pixel black PNG: the flow's connecting lines are this image stretched into each cell's background. */
    private static final String INK = ink();

    /** How thick the connecting lines are drawn. */
    private static final String LINE = "0.9pt";

    /** How long the public's print of a version is served again before it is printed anew. */
    static final Duration PUBLIC_PRINT_KEPT = Duration.ofMinutes(5);

    private final Documents documents;
    private final Institutions institutions;
    private final SopVersions sops;

    /**
     * The public's prints by version: an anonymous link may be followed any number of times, and each print costs a
     * rendering, so one is rendered per version at most every {@link #PUBLIC_PRINT_KEPT} (a changed letterhead shows
     * after that at the latest).
     */
    private final ReadMostlyCache<UUID, byte[]> publicPrints = new ReadMostlyCache<>(PUBLIC_PRINT_KEPT);

    SopPrints(Documents documents, Institutions institutions, SopVersions sops) {
        this.documents = documents;
        this.institutions = institutions;
        this.sops = sops;
    }

    /** The symbol of a step in its actor's column. */
    public enum Shape {
        /** Start or end: a rounded terminator. */
        TERMINATOR,
        /** An ordinary activity: a rectangle. */
        ACTIVITY,
        /** A step that leads to more than one step: a decision diamond. */
        DECISION
    }

    /**
     * One actor's cell of a row of the flow table.
     *
     * @param shape the step's symbol, null where this actor does not act in the row
     * @param label the text in the symbol ("Mulai", "Selesai"), or null
     * @param lines the inline CSS that draws the connecting lines through the cell, empty for none
     */
    public record Cell(Shape shape, String label, String lines) {}

    /**
     * One row of the flow table: a step that is not an end state.
     *
     * @param number the step's number in the SOP table
     * @param activity the activity (kegiatan)
     * @param cells one per actor, in the order of {@link PrintedSop#lanes()}
     * @param requirements the requirements (kelengkapan), or null
     * @param timeLimit the time (waktu), or null
     * @param outputs the outputs
     * @param notes the notes (keterangan): the source's, then where a decision leads
     */
    public record Row(
            String number,
            String activity,
            List<Cell> cells,
            String requirements,
            TimeLimit timeLimit,
            List<String> outputs,
            List<String> notes) {}

    /**
     * What the SOP template prints.
     *
     * @param lanes the actors (pelaksana): the roles of the steps in the order they first act
     */
    public record PrintedSop(
            String code,
            String title,
            String number,
            int version,
            SopVersionStatus status,
            SopIdentity identity,
            List<Role> lanes,
            List<Row> rows) {

        public boolean draft() {
            return status == SopVersionStatus.DRAFT;
        }

        /**
         * The share of the page's width all actor columns take, in percent: 37, or 6.5 per actor when there are more
         * than five, so that an actor's name breaks between words, not inside one.
         */
        public double lanesPercent() {
            return Math.max(37.0, 6.5 * lanes.size());
        }

        /** The share of one actor's column, in percent. */
        public double lanePercent() {
            return lanesPercent() / Math.max(1, lanes.size());
        }

        /** The share of the activity column: 19 percent, less half of what more actors take beyond 37. */
        public double activityPercent() {
            return 19.0 - (lanesPercent() - 37.0) / 2;
        }

        /** The share of the requirements and of the output column each: 12.5 percent, less a quarter of it. */
        public double qualityPercent() {
            return 12.5 - (lanesPercent() - 37.0) / 4;
        }
    }

    /** The file name a printed version is offered under, e.g. {@code sop-kebumen-written-v2-draf.pdf}. */
    public static String fileName(SopVersion version) {
        return "sop-" + version.code() + "-v" + version.version()
                + (version.status() == SopVersionStatus.DRAFT ? "-draf" : "") + ".pdf";
    }

    /** The printed SOP of a stored version, on its institution's letterhead; a draft is marked as one. */
    public byte[] pdf(SopVersion version) {
        return pdf(
                institutions.get(version.institutionId()), version.definition(), version.version(), version.status());
    }

    /**
     * The active version of an institution's procedure with this code: what the public may print; never a draft.
     *
     * @throws NotFoundException when the institution has no active procedure with the code
     */
    public SopVersion activeVersion(Institution institution, String code) {
        return sops.active(institution.id()).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No active procedure " + code));
    }

    /**
     * The printed SOP of an active version for the public: rendered at most once per version every
     * {@link #PUBLIC_PRINT_KEPT}.
     */
    public byte[] publicPdf(SopVersion version) {
        if (version.status() != SopVersionStatus.ACTIVE) {
            throw new NotFoundException("No active version " + version.id());
        }
        return publicPrints.get(version.id(), id -> pdf(version));
    }

    /** The printed SOP of a definition on an institution's letterhead, such as a shipped preset's. */
    public byte[] pdf(Institution institution, SopDefinition definition, int version, SopVersionStatus status) {
        var content = new LinkedHashMap<String, Object>();
        content.put("sop", printed(definition, version, status));
        return documents.renderWorking(institution, "sop", content);
    }

    /** The data the template prints: the identity block, the actors and the rows with their symbols and lines. */
    static PrintedSop printed(SopDefinition definition, int version, SopVersionStatus status) {
        var lanes = definition.lanes();
        var steps = definition.steps().stream().filter(s -> !s.terminal()).toList();
        var rows = new ArrayList<Row>();
        var drawn = new ArrayList<List<Segments>>();
        for (int i = 0; i < steps.size(); i++) {
            var segments = new ArrayList<Segments>();
            lanes.forEach(lane -> segments.add(new Segments()));
            drawn.add(segments);
        }
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var row = drawn.get(i);
            var columns = step.roles().stream()
                    .map(lanes::indexOf)
                    .filter(c -> c >= 0)
                    .sorted()
                    .toList();
            // a step several actors perform: their symbols joined by a line across the row
            if (columns.size() > 1) {
                var first = columns.getFirst();
                var last = columns.getLast();
                for (int c = first; c <= last; c++) {
                    row.get(c).left |= c > first;
                    row.get(c).right |= c < last;
                }
            }
            if (i + 1 < steps.size()) {
                connect(drawn, i, entry(steps.get(i), lanes), entry(steps.get(i + 1), lanes));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var shape = i == 0 || i == steps.size() - 1
                    ? Shape.TERMINATOR
                    : decision(definition, step) ? Shape.DECISION : Shape.ACTIVITY;
            var label = i == 0 ? "Mulai" : i == steps.size() - 1 ? "Selesai" : null;
            var cells = new ArrayList<Cell>();
            int entry = entry(step, lanes);
            for (int c = 0; c < lanes.size(); c++) {
                var acts = step.roles().contains(lanes.get(c));
                cells.add(new Cell(
                        acts ? shape : null,
                        c == entry ? label : null,
                        drawn.get(i).get(c).css()));
            }
            var notes = new ArrayList<String>();
            if (step.notes() != null) {
                notes.add(step.notes().id());
            }
            if (decision(definition, step)) {
                notes.addAll(branches(definition, step));
            }
            rows.add(new Row(
                    step.number() == null ? String.valueOf(i + 1) : step.number(),
                    step.name().id(),
                    cells,
                    step.requirements() == null ? null : step.requirements().id(),
                    step.timeLimit(),
                    step.outputs().stream().map(LocalizedText::id).toList(),
                    notes));
        }
        return new PrintedSop(
                definition.code(),
                definition.title() == null
                        ? definition.code()
                        : definition.title().id(),
                definition.documentNumber(),
                version,
                status,
                definition.identity() == null ? SopIdentity.none() : definition.identity(),
                lanes,
                rows);
    }

    /** The column the flow enters and leaves a step by: its first actor's. */
    private static int entry(StepDefinition step, List<Role> lanes) {
        return step.roles().stream()
                .mapToInt(lanes::indexOf)
                .filter(c -> c >= 0)
                .findFirst()
                .orElse(0);
    }

    /**
     * The line from row {@code i}'s symbol in column {@code from} to the next row's in column {@code to}: down out of the
     * symbol, and in the next row down to the middle of the cell and then across into the side of the next symbol (an
     * elbow), or straight down into it when the actor stays the same.
     */
    private static void connect(List<List<Segments>> drawn, int i, int from, int to) {
        drawn.get(i).get(from).down = true;
        var next = drawn.get(i + 1);
        next.get(from).up = true;
        if (from == to) {
            return;
        }
        int step = to > from ? 1 : -1;
        for (int c = from; c != to; c += step) {
            if (step > 0) {
                next.get(c).right = true;
                next.get(c + 1).left = true;
            } else {
                next.get(c).left = true;
                next.get(c - 1).right = true;
            }
        }
    }

    /** Whether a step leads to more than one other step. */
    private static boolean decision(SopDefinition definition, StepDefinition step) {
        return definition.transitionsFrom(step.code()).stream()
                        .map(TransitionDefinition::to)
                        .distinct()
                        .count()
                > 1;
    }

    /** Where a decision leads, one entry per outcome: "Catat pengaduan → langkah 3", "Arsipkan → Diarsipkan". */
    private static List<String> branches(SopDefinition definition, StepDefinition step) {
        var seen = new LinkedHashSet<String>();
        var lines = new ArrayList<String>();
        for (var transition : definition.transitionsFrom(step.code())) {
            if (!seen.add(transition.to())) {
                continue;
            }
            var target = definition.step(transition.to());
            var where = target.map(t -> t.number() != null && !t.terminal()
                            ? "langkah " + t.number()
                            : t.name().id())
                    .orElse(transition.to());
            lines.add((transition.label() == null ? "" : transition.label().id() + " → ") + where);
        }
        return lines;
    }

    /** Which halves of the cell's middle lines are drawn. */
    private static final class Segments {
        boolean up;
        boolean down;
        boolean left;
        boolean right;

        /** The cell's backgrounds that draw them: the ink stretched to half the cell's height or width. */
        String css() {
            var layers = new ArrayList<String[]>();
            if (up) {
                layers.add(new String[] {LINE + " 50%", "center top"});
            }
            if (down) {
                layers.add(new String[] {LINE + " 50%", "center bottom"});
            }
            if (left) {
                layers.add(new String[] {"50% " + LINE, "left center"});
            }
            if (right) {
                layers.add(new String[] {"50% " + LINE, "right center"});
            }
            if (layers.isEmpty()) {
                return "";
            }
            var images = new ArrayList<String>();
            var sizes = new ArrayList<String>();
            var positions = new ArrayList<String>();
            var repeats = new ArrayList<String>();
            for (var layer : layers) {
                images.add("url(" + INK + ")");
                sizes.add(layer[0]);
                positions.add(layer[1]);
                repeats.add("no-repeat");
            }
            return "background-image: " + String.join(", ", images) + "; background-size: " + String.join(", ", sizes)
                    + "; background-position: " + String.join(", ", positions) + "; background-repeat: "
                    + String.join(", ", repeats) + ";";
        }
    }

    private static String ink() {
        try {
            var pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            var png = new ByteArrayOutputStream();
            ImageIO.write(pixel, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

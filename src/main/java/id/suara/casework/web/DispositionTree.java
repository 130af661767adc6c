package id.suara.casework.web;

import id.suara.casework.Disposition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case's dispositions as a chain reads: each followed by those answering it, oldest first at every level. */
final class DispositionTree {

    private DispositionTree() {}

    /** A disposition and how deep in its chain it is (0 for the first). */
    record Node(Disposition disposition, int depth) {}

    /** The dispositions (oldest first) in tree order; one whose parent is not among them starts a chain of its own. */
    static List<Node> of(List<Disposition> dispositions) {
        var ids = new HashSet<UUID>();
        dispositions.forEach(d -> ids.add(d.id()));
        var out = new ArrayList<Node>();
        var placed = new HashSet<UUID>();
        for (var d : dispositions) {
            if (d.parentId() == null || !ids.contains(d.parentId())) {
                add(d, 0, dispositions, out, placed);
            }
        }
        return out;
    }

    private static void add(Disposition d, int depth, List<Disposition> all, List<Node> out, Set<UUID> placed) {
        if (!placed.add(d.id())) {
            return;
        }
        out.add(new Node(d, depth));
        for (var child : all) {
            if (d.id().equals(child.parentId())) {
                add(child, depth + 1, all, out, placed);
            }
        }
    }
}

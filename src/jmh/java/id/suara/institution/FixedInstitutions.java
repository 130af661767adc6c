package id.suara.institution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Institutions answered from memory for benchmarks: one institution and its units, no database. */
public final class FixedInstitutions extends Institutions {

    private final Institution institution;
    private final List<Unit> units;

    public FixedInstitutions(Institution institution, List<Unit> units) {
        super(null);
        this.institution = institution;
        this.units = List.copyOf(units);
    }

    @Override
    public Institution get(UUID id) {
        return institution;
    }

    @Override
    public List<Unit> units(UUID institutionId) {
        return units;
    }

    @Override
    public Optional<Unit> findUnit(UUID unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }
}

package id.suara.recess;

import java.util.List;
import java.util.UUID;

/** A constituency (daerah pemilihan) of the council, with the districts (kecamatan) it covers. */
public record Dapil(UUID id, UUID institutionId, int number, String name, List<String> districts) {

    public Dapil {
        districts = List.copyOf(districts);
    }
}

package id.suara.recess;

import java.util.List;
import java.util.UUID;

/**
 * A pokir compilation to create.
 *
 * @param planningYear the planning year (tahun perencanaan), the RKPD year the items are proposed for
 * @param recessIds the recesses whose aspirations it draws from
 */
public record NewPokirCompilation(Integer planningYear, String title, List<UUID> recessIds) {}

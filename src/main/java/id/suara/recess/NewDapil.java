package id.suara.recess;

import java.util.List;

/** A dapil as the administrator enters it; {@code name} is e.g. "Kebumen 1". */
public record NewDapil(Integer number, String name, List<String> districts) {}

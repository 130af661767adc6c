package id.suara.casework;

import id.suara.shared.LocalizedText;
import id.suara.sop.ActionField;
import java.util.List;

/** An action the current user may perform on a case now. */
public record AvailableAction(String action, LocalizedText label, String toStep, List<ActionField> fields) {}

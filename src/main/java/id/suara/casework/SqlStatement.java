package id.suara.casework;

import java.util.Map;

/** SQL with its named parameters, built apart from running it so that tests can read its plan. */
record SqlStatement(String sql, Map<String, Object> params) {}

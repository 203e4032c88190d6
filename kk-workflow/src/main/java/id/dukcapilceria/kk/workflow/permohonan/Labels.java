package id.dukcapilceria.kk.workflow.permohonan;

import java.util.Locale;

/** Display names of the workflow's enums (roles, statuses, transitions, problem categories). */
public final class Labels {

  private Labels() {}

  public static String of(Enum<?> value, Locale locale) {
    if (value == null) {
      return "-";
    }
    return WorkflowException.format(
        value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
  }

  public static String of(Enum<?> value) {
    return of(value, Locale.forLanguageTag("id"));
  }
}

package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.validasi.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A violation as the operator reads it: which member (by its row number) and what is wrong. */
public final class ViolationText {

  private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\..*");

  private ViolationText() {}

  public static String of(Violation violation) {
    String message = violation.message(UserFeedback.locale());
    Matcher member = MEMBER.matcher(violation.path());
    return member.matches()
        ? Texts.get("form.memberPrefix", Integer.parseInt(member.group(1)) + 1) + message
        : message;
  }
}

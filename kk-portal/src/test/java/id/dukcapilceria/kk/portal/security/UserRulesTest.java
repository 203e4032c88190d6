package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.pejabat.Capacity;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserRulesTest {

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final Set<KodeWilayah> REGENCY = Set.of(LUBUK_ALUNG);

  private static String key(Optional<UserRules.Problem> problem) {
    return problem.map(UserRules.Problem::key).orElse(null);
  }

  @Test
  void userNamesAreLowerCaseLettersDigitsAndSeparators() {
    for (String ok : List.of("kasi", "nagari.lubukalung", "op_2", "a-b", "abc")) {
      assertEquals(Optional.empty(), UserRules.username(ok), ok);
    }
    for (String bad : List.of("ab", "Kasi", "nagari lubuk", ".kasi", "kasi.", "kasi'--", "<b>", "é" + "ab",
        "a".repeat(61))) {
      assertEquals("admin.error.usernameChars", key(UserRules.username(bad)), bad);
    }
    assertEquals("admin.error.usernameRequired", key(UserRules.username(" ")));
    assertEquals("admin.error.usernameRequired", key(UserRules.username(null)));
  }

  @Test
  void aPasswordNeedsTenCharactersLettersAndDigitsAndNotTheName() {
    assertEquals(Optional.empty(), UserRules.password("Padang2026!".toCharArray(), "kasi"));
    assertEquals("admin.error.passwordWeak", key(UserRules.password("abc12345".toCharArray(), "kasi")), "too short");
    assertEquals("admin.error.passwordWeak", key(UserRules.password("abcdefghijk".toCharArray(), "kasi")), "no digit");
    assertEquals("admin.error.passwordWeak", key(UserRules.password("12345678901".toCharArray(), "kasi")), "no letter");
    assertEquals("admin.error.passwordWeak", key(UserRules.password("KASI-2026-xyz".toCharArray(), "kasi")), "contains the name");
    assertEquals("admin.error.passwordRequired", key(UserRules.password(new char[0], "kasi")));
  }

  @Test
  void onlyANagariOperatorHasANagariAndItMustBeOfTheRegency() {
    assertEquals(Optional.empty(), UserRules.roleAndNagari(Role.OPERATOR_NAGARI, LUBUK_ALUNG, REGENCY));
    assertEquals(Optional.empty(), UserRules.roleAndNagari(Role.KASI_KABID, null, REGENCY));
    assertEquals("admin.error.nagariRequired", key(UserRules.roleAndNagari(Role.OPERATOR_NAGARI, null, REGENCY)));
    assertEquals("admin.error.nagariUnknown",
        key(UserRules.roleAndNagari(Role.OPERATOR_NAGARI, KodeWilayah.of("13.71.01.1001"), REGENCY)));
    assertEquals("admin.error.nagariNotAllowed", key(UserRules.roleAndNagari(Role.ADMIN, LUBUK_ALUNG, REGENCY)));
    assertEquals("admin.error.roleRequired", key(UserRules.roleAndNagari(null, null, REGENCY)));
  }

  @Test
  void aNewUserIsRefusedWithEveryReasonAtItsField() {
    List<UserRules.Problem> problems = UserRules.newUser("Bad Name", " ", Role.OPERATOR_NAGARI, null,
        "short1".toCharArray(), REGENCY);
    assertEquals(List.of("username", "displayName", "nagari", "password"),
        problems.stream().map(UserRules.Problem::field).toList());
    assertTrue(UserRules.newUser("nagari.baru", "Operator Baru", Role.OPERATOR_NAGARI, LUBUK_ALUNG,
        "Sandi-Kuat-2026".toCharArray(), REGENCY).isEmpty());
  }

  @Test
  void theLastActiveAdministratorAndOnesOwnAdminRightsAreKept() {
    assertEquals("admin.error.self", key(UserRules.keepsAnAdministrator("admin", "admin", true, false, 3)));
    assertEquals("admin.error.lastAdmin", key(UserRules.keepsAnAdministrator("admin", "admin2", true, false, 1)));
    assertEquals(Optional.empty(), UserRules.keepsAnAdministrator("admin", "admin2", true, false, 2));
    assertEquals(Optional.empty(), UserRules.keepsAnAdministrator("admin", "kasi", false, false, 1), "not an admin");
    assertEquals(Optional.empty(), UserRules.keepsAnAdministrator("admin", "admin", true, true, 1), "stays admin");
  }

  @Test
  void aDesignationIsAKadisAccountPlhOrPltWithNameNipAndAPeriodNotOver() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);
    var good = new ActingOfficial.Designation(Capacity.PLH, "RAHMAT HIDAYAT, S.SOS", "19750505 200003 1 002",
        "1305010101700001", today, today.plusDays(5));
    assertEquals(List.of(), UserRules.designation(Role.KADIS, good, today));
    assertEquals(List.of(), UserRules.designation(Role.KADIS, new ActingOfficial.Designation(Capacity.PLT,
        "RAHMAT", "197505052000031002", "", today.minusDays(30), today), today), "a period ending today, no NIK");

    List<String> everything = UserRules.designation(Role.KASI_KABID, new ActingOfficial.Designation(Capacity.HEAD,
        " ", "1975", "13050101", today, today.minusDays(1)), today).stream().map(UserRules.Problem::field).toList();
    assertEquals(List.of("actingUser", "actingCapacity", "actingName", "actingNip", "actingNik", "actingUntil"), everything);

    for (var period : List.of(List.of(today.minusDays(5), today.minusDays(1)), List.of(today, today.plusDays(366)))) {
      assertEquals(List.of("acting.error.period"), UserRules.designation(Role.KADIS, new ActingOfficial.Designation(
          Capacity.PLH, "RAHMAT", "197505052000031002", null, period.get(0), period.get(1)), today).stream()
          .map(UserRules.Problem::key).toList(), period.toString());
    }
    assertEquals(List.of(), UserRules.designation(Role.KADIS, new ActingOfficial.Designation(
        Capacity.PLH, "RAHMAT", "197505052000031002", null, today, today.plusDays(365)), today), "a year");
  }
}

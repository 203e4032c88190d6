package id.dukcapilceria.kk.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingRulesTest {

  private static String refused(String key, String value) {
    return assertThrows(SettingRules.InvalidSetting.class, () -> SettingRules.normalise(key, value)).messageKey();
  }

  @Test
  void aTimeStandardIsAPositiveWholeNumberOfMinutes() {
    String key = SettingRules.mutuBakuKey(SopStep.VERIFIKASI);
    assertEquals("kk.mutu-baku.VERIFIKASI", key);
    assertEquals("15", SettingRules.normalise(key, " 15 "));
    assertEquals("10080", SettingRules.normalise(key, "10080"));
    for (String bad : List.of("0", "-1", "2.5", "abc", "", "10081", "99999999999")) {
      assertEquals("settings.error.minutes", refused(key, bad), bad);
    }
  }

  @Test
  void sessionLimitsAreWholeMinutesAndHoursWithinTheirRanges() {
    assertEquals("30", SettingRules.normalise(SettingRules.SESSION_IDLE_MINUTES, " 30 "));
    assertEquals("480", SettingRules.normalise(SettingRules.SESSION_IDLE_MINUTES, "480"));
    for (String bad : new String[] {"4", "481", "-1", "", "1.5", "tiga puluh"}) {
      assertEquals("settings.error.idle", refused(SettingRules.SESSION_IDLE_MINUTES, bad), bad);
    }
    assertEquals("10", SettingRules.normalise(SettingRules.SESSION_MAX_HOURS, "10"));
    for (String bad : new String[] {"0", "25", "x"}) {
      assertEquals("settings.error.maxHours", refused(SettingRules.SESSION_MAX_HOURS, bad), bad);
    }
    assertTrue(SettingRules.keys().containsAll(java.util.List.of(SettingRules.SESSION_IDLE_MINUTES, SettingRules.SESSION_MAX_HOURS)));
  }

  @Test
  void theSecondFactorRolesAreRoleNamesStoredInTheRolesOwnOrder() {
    String key = SettingRules.SECOND_FACTOR_ROLES;
    assertEquals("KADIS,ADMIN", SettingRules.normalise(key, "admin, kadis"));
    assertEquals("KASI_KABID,KADIS", SettingRules.normalise(key, " KADIS KASI_KABID,KADIS "));
    assertEquals("", SettingRules.normalise(key, " "), "no role must use it");
    for (String bad : new String[] {"KEPALA", "ADMIN;KADIS", "KADIS,ADMIN,X", "ROLE_ADMIN"}) {
      assertEquals("settings.error.roles", refused(key, bad), bad);
    }
    assertTrue(SettingRules.keys().contains(key));
  }

  @Test
  void theSigningLevelIsOneOfTheFourBaselines() {
    assertEquals("B-LTA", SettingRules.normalise(SettingRules.SIGNATURE_LEVEL, "b-lta"));
    assertEquals("B-B", SettingRules.normalise(SettingRules.SIGNATURE_LEVEL, "B-B"));
    assertEquals("settings.error.level", refused(SettingRules.SIGNATURE_LEVEL, "B-LTX"));
    assertEquals("settings.error.level", refused(SettingRules.SIGNATURE_LEVEL, ""));
  }

  @Test
  void theBaseUrlIsAnAbsoluteHttpAddressWithoutQueryOrFragment() {
    assertEquals("https://kk.padangpariamankab.go.id",
        SettingRules.normalise(SettingRules.BASE_URL, "https://kk.padangpariamankab.go.id/"));
    assertEquals("http://127.0.0.1:8080/portal", SettingRules.normalise(SettingRules.BASE_URL, "http://127.0.0.1:8080/portal"));
    for (String bad : List.of("kk.padangpariamankab.go.id", "/verifikasi", "ftp://kk.example", "javascript:alert(1)",
        "https://kk.example/?x=1", "https://kk.example/#a", "https://user@kk.example", "https://kk example",
        "https://" + "a".repeat(200) + ".id", "")) {
      assertEquals("settings.error.baseUrl", refused(SettingRules.BASE_URL, bad), bad);
    }
  }

  @Test
  void everyStepHasAKeyAndUnknownKeysAreRefused() {
    assertEquals(SopStep.values().length + 5, SettingRules.keys().size()); // level, base URL, two session limits, second factor
    assertTrue(SettingRules.keys().contains(SettingRules.BASE_URL));
    assertEquals(SopStep.KONFIRMASI, SettingRules.stepOf("kk.mutu-baku.KONFIRMASI").orElseThrow());
    assertEquals("settings.error.unknown", refused("kk.data.dir", "/tmp"));
  }
}

package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.permohonan.Role;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every part of the portal that a request may open, with who may open it: the allow-list that
 * {@link WorkspaceAccessFilter} decides on (the path the container resolved) and that the pages
 * and servlets ask again where they serve their data. A path in no area is refused to everyone.
 * What a user may do inside an area is decided by kk-workflow on every call.
 */
public enum PortalArea {

  /**
   * Anyone: start page, login, error page, the public verification and status page, the first administrator's
   * setup (a one-time code from the log), JSF's resources, the demo root certificate.
   */
  PUBLIC(null, Set.of("/", "/index.xhtml", "/login.xhtml", "/error.xhtml", "/verifikasi.xhtml", "/lacak.xhtml", "/j_security_check",
      "/pemasangan.xhtml"),
      "/jakarta.faces.resource/", "/sertifikat/"),
  /** The REST API: each call authenticates itself ({@code api.BasicAuthenticationFilter}) and the workflow decides. */
  API(null, Set.of(), "/api/"),
  /**
   * Payara Micro's readiness and liveness checks and the API description, served in the portal's
   * context when it is deployed at the root (a load balancer asks them without signing in).
   */
  OPERATIONS(null, Set.of("/health", "/openapi"), "/health/", "/openapi/"),
  /**
   * Payara Micro's metrics (waiting applications, signing times), likewise: only for the
   * addresses in {@code kk.metrics.addresses} ({@link ClientAddress#mayReadMetrics}).
   */
  METRICS(null, Set.of("/metrics"), "/metrics/"),
  /** After sign-in: sends each user to their own workspace. */
  RUANG_KERJA(EnumSet.allOf(Role.class), Set.of("/ruang-kerja")),
  /** The signed-in user's own account: the authenticator for the second factor ({@link SecondFactor}). */
  AKUN(EnumSet.allOf(Role.class), Set.of(), "/akun/"),
  NAGARI(EnumSet.of(Role.OPERATOR_NAGARI), Set.of(), "/nagari/"),
  LAYANAN(EnumSet.of(Role.OPERATOR_LAYANAN), Set.of(), "/layanan/"),
  KASI(EnumSet.of(Role.KASI_KABID), Set.of(), "/kasi/"),
  KADIS(EnumSet.of(Role.KADIS), Set.of(), "/kadis/"),
  /** Users, settings and the audit trail; no family data (see {@link Role#readsFamilyData}). */
  ADMIN(EnumSet.of(Role.ADMIN), Set.of(), "/admin/"),
  /** The SLA dashboard: the Dinas officers who answer for the SOP's time standards. */
  DASBOR(Dinas.ROLES, Set.of(), "/dasbor/"),
  /** The buku register and buku permasalahan, as pages and as exports: the Dinas officers who keep them. */
  BUKU(Dinas.ROLES, Set.of(), "/buku/", "/ekspor/"),
  /** The card as it will be signed: the Dinas officers who check it and the Kadis. */
  PRATINJAU_KK(Dinas.ROLES, Set.of(), "/pratinjau-kk/"),
  /** Signed cards and scanned requirement documents: the four SOP roles (the workflow: which applications). */
  DOKUMEN(Dinas.SOP_ROLES, Set.of(), "/dokumen/", "/dokumen-persyaratan/");

  /**
   * Role sets as kk-workflow defines them ({@link Role#isDinas}, {@link Role#readsFamilyData}),
   * named once: an enum constant cannot refer to a static field of its own enum.
   */
  private static final class Dinas {
    static final Set<Role> ROLES = rolesWhere(Role::isDinas);
    static final Set<Role> SOP_ROLES = rolesWhere(Role::readsFamilyData);

    private static Set<Role> rolesWhere(java.util.function.Predicate<Role> test) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if (test.test(role)) {
          roles.add(role);
        }
      }
      return Collections.unmodifiableSet(roles);
    }
  }

  private final Set<Role> roles;
  private final Set<String> exactPaths;
  private final String[] prefixes;

  PortalArea(Set<Role> roles, Set<String> exactPaths, String... prefixes) {
    this.roles = roles == null ? null : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    this.exactPaths = exactPaths;
    this.prefixes = prefixes;
  }

  /**
   * The area of a path as the container resolved it (servlet path and path info: decoded, dot
   * segments and doubled slashes removed, {@code ;} parameters dropped), compared exactly as
   * written, case included. Nothing for a path outside every area.
   */
  public static Optional<PortalArea> of(String resolvedPath) {
    if (resolvedPath == null) {
      return Optional.empty();
    }
    String path = resolvedPath.isEmpty() ? "/" : resolvedPath;
    return Arrays.stream(values())
        .filter(area -> area.exactPaths.contains(path) || Arrays.stream(area.prefixes).anyMatch(path::startsWith))
        .findFirst();
  }

  /** Whether anyone may open the area without signing in. */
  public boolean isPublic() {
    return roles == null;
  }

  /** Whether a signed-in user with this role may open the area; a public area is open to all. */
  public boolean admits(Role role) {
    return roles == null || roles.contains(role);
  }
}

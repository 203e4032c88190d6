package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import java.util.Objects;
import java.util.Optional;

/**
 * Who performs a step: an authenticated user with one role. A nagari operator is bound to exactly
 * one nagari and may act only on applications of that nagari.
 */
public record Actor(String username, Role role, KodeWilayah nagari) {

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    if (role == Role.OPERATOR_NAGARI && nagari == null) {
      throw new IllegalArgumentException("A nagari operator must be bound to a nagari");
    }
    if (role == Role.OPERATOR_NAGARI && !nagari.isVillage()) {
      throw new IllegalArgumentException("A nagari operator must be bound to a village code");
    }
  }

  public static Actor of(String username, Role role) {
    return new Actor(username, role, null);
  }

  public Optional<KodeWilayah> boundNagari() {
    return Optional.ofNullable(nagari);
  }
}

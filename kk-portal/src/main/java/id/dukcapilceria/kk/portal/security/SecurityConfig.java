package id.dukcapilceria.kk.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login against {@link UserIdentityStore}. Which role may open which workspace is declared in
 * WEB-INF/web.xml; which role may perform which step is decided by kk-workflow on every call.
 */
@FormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/login.xhtml",
            errorPage = "/login.xhtml?gagal=1",
            useForwardToLogin = false))
@DeclareRoles({"OPERATOR_NAGARI", "OPERATOR_LAYANAN", "KASI_KABID", "KADIS", "ADMIN"})
@ApplicationScoped
public class SecurityConfig {}

package id.dukcapilceria.kk.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for other systems under {@code /api/v1}; its OpenAPI document is served by Payara
 * Micro at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Dukcapil Ceria Digital KK API", version = "1",
    description = "Applications for the Kartu Keluarga and the steps of the SOP, the registers, validation of KK "
        + "data and public verification of signed PDFs. Sign in with HTTP Basic as a portal user (over TLS in "
        + "production); a user with two-step verification also sends the authenticator app's current code in the "
        + "header X-Kode-Autentikator (the same credentials and code are recognised for 5 minutes); a user whose "
        + "role requires it and who has not set it up in the portal is refused with 403. Each call is allowed "
        + "exactly as in the portal. Code lists (agama, pendidikan, pekerjaan, "
        + "jenisKelamin, statusPerkawinan, hubungan, golonganDarah, kewarganegaraan, penyandangCacat) are accepted by "
        + "enum name (\"KAWIN_TERCATAT\") or printed label (\"KAWIN TERCATAT\"), by number, which is always SIAK's "
        + "as OpenSID numbers it (1), or by a number of a named code system ({\"system\": \"F-1.01\", \"code\": 3}), "
        + "and answered by enum name. Marital status: SIAK numbers the old four values (1 BELUM KAWIN, 2 KAWIN, "
        + "3 CERAI HIDUP, 4 CERAI MATI); 2 is read as KAWIN_TERCATAT only with noAktaPerkawinan and 3 as "
        + "CERAI_HIDUP_TERCATAT only with noAktaPerceraian, otherwise refused (send the name or the F-1.01 code, 1-6: "
        + "BELUM KAWIN, KAWIN TERCATAT, KAWIN BELUM TERCATAT, CERAI HIDUP TERCATAT, CERAI HIDUP BELUM TERCATAT, "
        + "CERAI MATI). OpenSID's penyandangCacat 7 (TIDAK CACAT) means none; its kewarganegaraan 3 (DUA "
        + "KEWARGANEGARAAN) is refused, the card printing WNI or WNA. Errors are application/problem+json "
        + "(RFC 9457) with errors[] {field, code, message}; messages in Indonesian, English with Accept-Language: en."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {}

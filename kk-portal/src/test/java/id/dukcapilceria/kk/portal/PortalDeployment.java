package id.dukcapilceria.kk.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build packaged it (target/kk-portal.war), so the tests exercise what a
 * user deploys, plus the given test classes for in-container tests; and the ClamAV daemon the
 * portal under test scans uploads with.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  public static WebArchive portal(Class<?>... testClasses) {
    // every upload in the tests goes through a real virus scan, as configured in production
    // (pom.xml gives the portal kk.clamav.host and kk.clamav.port)
    id.dukcapilceria.kk.portal.dokumen.TestClamd.ensureRunning(Integer.getInteger("kk.it.clamd.port", 33917));
    File war = new File(System.getProperty("kk.it.war", "target/kk-portal.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "kk-portal.war").importFrom(war).as(WebArchive.class);
    return archive.addClasses(testClasses);
  }
}

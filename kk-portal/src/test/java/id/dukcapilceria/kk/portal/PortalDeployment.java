package id.dukcapilceria.kk.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build packaged it (target/kk-portal.war), so the tests exercise what a
 * user deploys, plus the given test classes for in-container tests; and the ClamAV daemon the
 * portal under test scans uploads with, and the SMTP server and gateway it notifies through.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  public static WebArchive portal(Class<?>... testClasses) {
    // every upload in the tests goes through a real virus scan, as configured in production
    // (pom.xml gives the portal kk.clamav.host and kk.clamav.port)
    id.dukcapilceria.kk.portal.dokumen.TestClamd.ensureRunning(Integer.getInteger("kk.it.clamd.port", 33917));
    // and notifies through a real SMTP server and a recording gateway (kk.notify.* in pom.xml)
    id.dukcapilceria.kk.portal.notification.TestNotificationServers.ensureRunning();
    File war = new File(System.getProperty("kk.it.war", "target/kk-portal.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
    }
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "kk-portal.war").importFrom(war).as(WebArchive.class);
    // the portal refuses every path outside its allow-list: Arquillian's runner servlet, which the
    // in-container tests are called through, is opened by a web fragment of the tests' own
    archive.addAsLibrary(ShrinkWrap.create(org.jboss.shrinkwrap.api.spec.JavaArchive.class, "kk-it-runner.jar")
        .addAsManifestResource(new org.jboss.shrinkwrap.api.asset.StringAsset(
            "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                + "<name>kk_it_runner</name><context-param><param-name>kk.access.open-paths</param-name>"
                + "<param-value>/ArquillianServletRunnerEE9</param-value></context-param></web-fragment>"),
            "web-fragment.xml"));
    return archive.addClasses(testClasses);
  }
}

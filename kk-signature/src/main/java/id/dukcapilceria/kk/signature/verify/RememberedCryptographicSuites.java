package id.dukcapilceria.kk.signature.verify;

import eu.europa.esig.dss.model.policy.CryptographicSuite;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DSS validation policy whose cryptographic suites (which algorithm, key size and digest is
 * acceptable until when) are built once. DSS's policy builds a new suite for every check of every
 * token, and each one parses all the algorithms' expiry dates of the policy again: about a sixth
 * of a verification in a JFR profile. The suites are read-only once built (DSS sets their levels
 * only when a policy is loaded), so one built suite answers every later check of the same kind.
 * Everything else is the wrapped policy's own answer.
 */
final class RememberedCryptographicSuites implements InvocationHandler {

  private final ValidationPolicy policy;
  /** Keyed by the policy method and its arguments (context, sub-context); a dozen at most. */
  private final Map<List<Object>, Optional<CryptographicSuite>> suites = new ConcurrentHashMap<>();

  private RememberedCryptographicSuites(ValidationPolicy policy) {
    this.policy = policy;
  }

  static ValidationPolicy of(ValidationPolicy policy) {
    return (ValidationPolicy) Proxy.newProxyInstance(
        ValidationPolicy.class.getClassLoader(),
        new Class<?>[] {ValidationPolicy.class},
        new RememberedCryptographicSuites(policy));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getReturnType() != CryptographicSuite.class) {
      return call(method, args);
    }
    List<Object> key = new ArrayList<>();
    key.add(method.getName());
    if (args != null) {
      key.addAll(Arrays.asList(args));
    }
    Optional<CryptographicSuite> suite = suites.get(key);
    if (suite == null) {
      CryptographicSuite built = (CryptographicSuite) call(method, args);
      if (built != null) {
        // the suite fills these lazily; filled here, before another thread can see it
        built.getAcceptableDigestAlgorithms();
        built.getAcceptableSignatureAlgorithms();
      }
      suite = suites.computeIfAbsent(key, k -> Optional.ofNullable(built));
    }
    return suite.orElse(null);
  }

  private Object call(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(policy, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

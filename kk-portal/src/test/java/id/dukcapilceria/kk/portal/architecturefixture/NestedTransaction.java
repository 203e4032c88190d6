package id.dukcapilceria.kk.portal.architecturefixture;

import jakarta.transaction.Transactional;

/** Breaks the one-connection rule on purpose: PortalArchitectureTest expects its violation. */
public class NestedTransaction {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void besideTheCallers() {
    // nothing: the annotation is the violation
  }
}

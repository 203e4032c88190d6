package id.dukcapilceria.kk.portal.cluster;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the nodes of a cluster share in memory: the sign-in throttle, the public rate limit, the
 * batch signatures' progress, and the word that the settings changed. Kept by Payara Micro's own
 * Hazelcast, which joins the nodes started with the same cluster name (docs/deployment.md,
 * "A cluster"); we coordinate nothing ourselves. A node started with {@code --nocluster} (the
 * Run command, the Arquillian tests) still has its Hazelcast, with itself as the only member; one
 * started with {@code --nohazelcast} (the portals some tests start on their own) keeps the same
 * state in its own memory, with the same limits.
 */
@ApplicationScoped
public class SharedState {

  private static final Logger LOG = Logger.getLogger(SharedState.class.getName());
  /** Where Payara publishes its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private HazelcastInstance hazelcast;
  private final String localNode = UUID.randomUUID().toString();
  private final Map<String, SharedMap<?>> maps = new ConcurrentHashMap<>();
  private final Map<String, ITopic<String>> topics = new ConcurrentHashMap<>();
  private final Map<String, List<Runnable>> localListeners = new ConcurrentHashMap<>();
  private final List<Runnable> unsubscribe = new CopyOnWriteArrayList<>();

  /** Without Hazelcast: the state in this JVM's memory (unit tests). */
  public static SharedState alone() {
    return new SharedState();
  }

  @PostConstruct
  void join() {
    try {
      Object found = new InitialContext().lookup(JNDI_NAME);
      if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
        hazelcast = instance;
        LOG.info(() -> "Shared state kept by the cluster " + instance.getConfig().getClusterName()
            + " (" + instance.getCluster().getMembers().size() + " members)");
      }
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.fine(() -> "No Hazelcast (" + e + "): shared state kept on this node only");
    }
  }

  @PreDestroy
  void leave() {
    unsubscribe.forEach(Runnable::run);
  }

  /** This node's name in the cluster. */
  public String node() {
    return hazelcast == null ? localNode : hazelcast.getCluster().getLocalMember().getUuid().toString();
  }

  /** Whether {@code node} is still a member of the cluster (a node that crashed is not). */
  public boolean isMember(String node) {
    if (hazelcast == null) {
      return localNode.equals(node);
    }
    return hazelcast.getCluster().getMembers().stream().anyMatch(m -> m.getUuid().toString().equals(node));
  }

  /**
   * The map called {@code name}, whose entries are forgotten {@code forgetAfter} after their last
   * change and of which each node keeps at most {@code maxEntries} (the least recently used go).
   * One name, one set of limits: the first call's.
   */
  @SuppressWarnings("unchecked")
  public <V extends Serializable> SharedMap<V> map(String name, Duration forgetAfter, int maxEntries) {
    return (SharedMap<V>) maps.computeIfAbsent(name, n -> {
      if (hazelcast == null) {
        return new SharedMap<>(new LocalEntries<V>(forgetAfter, maxEntries, System::nanoTime));
      }
      MapConfig config = new MapConfig(n)
          .setTimeToLiveSeconds((int) Math.max(1, forgetAfter.toSeconds()))
          .setEvictionConfig(new EvictionConfig()
              .setEvictionPolicy(EvictionPolicy.LRU)
              .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
              .setSize(maxEntries));
      // the same configuration from each node: Hazelcast accepts an equal one again
      hazelcast.getConfig().addMapConfig(config);
      return new SharedMap<V>(outsideTheApplication(() -> hazelcast.getMap(n)));
    });
  }

  private ITopic<String> topic(String name) {
    return topics.computeIfAbsent(name, n -> outsideTheApplication(() -> hazelcast.getTopic(n)));
  }

  /**
   * Makes a Hazelcast object on a thread that carries none of the application's invocation
   * context. Why: Payara gives each Hazelcast object the context of the thread that made it
   * ("tenant control"), and re-enters that context around each of the object's operations on
   * Hazelcast's own threads; leaving it there closes the caller's EntityManagers that work outside
   * a transaction (the sign-in's reads), which then fail in the middle of the request ("closed
   * EntityManager"). An object made outside any invocation gets no such context. A plain thread
   * would inherit the invocation (an inheritable thread-local), hence {@code inheritThreadLocals}
   * false. Our values need none of it: they are compared in their serialised form and read back
   * on the caller's thread.
   */
  private static <T> T outsideTheApplication(java.util.function.Supplier<T> make) {
    java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(make::get);
    Thread thread = new Thread(null, task, "kk-shared-state", 0, false);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while joining the cluster's shared state", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("The cluster's shared state is not available", e.getCause());
    }
  }

  /**
   * Runs {@code whenStopping} as this node starts to stop, while the shared state still works:
   * Payara stops its Hazelcast before it stops the application, so what a stopping application
   * writes to the shared state must be written here, not in a {@code @PreDestroy}. The portal
   * alone has no such moment; its {@code @PreDestroy} is early enough.
   */
  public void onStopping(Runnable whenStopping) {
    if (hazelcast == null) {
      return;
    }
    UUID registration = hazelcast.getLifecycleService().addLifecycleListener(event -> {
      if (event.getState() == com.hazelcast.core.LifecycleEvent.LifecycleState.SHUTTING_DOWN) {
        whenStopping.run();
      }
    });
    unsubscribe.add(() -> {
      if (hazelcast.getLifecycleService().isRunning()) {
        hazelcast.getLifecycleService().removeLifecycleListener(registration);
      }
    });
  }

  /** Tells every node, this one included, that {@code topic} happened. */
  public void publish(String topic) {
    if (hazelcast == null) {
      localListeners.getOrDefault(topic, List.of()).forEach(Runnable::run);
    } else {
      topic(topic).publish(topic);
    }
  }

  /** Runs {@code listener} whenever {@code topic} is published, on any node, until undeployed. */
  public void subscribe(String topic, Runnable listener) {
    if (hazelcast == null) {
      localListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
      return;
    }
    ITopic<String> shared = topic(topic);
    UUID registration = shared.addMessageListener(message -> listener.run());
    unsubscribe.add(() -> shared.removeMessageListener(registration));
  }
}
